// The en texts in one chunk, loaded when the interface is in en (the other languages stay off the first load).
import { mergeCatalogue, type TCatalogue } from "../catalogue";

export default mergeCatalogue(
  import.meta.glob<TCatalogue>(["../locales/en.json", "../locales/*.en.json"], { eager: true, import: "default" }),
);
