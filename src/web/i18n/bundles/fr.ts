// The fr texts in one chunk, loaded when the interface is in fr (the other languages stay off the first load).
import { mergeCatalogue, type TCatalogue } from "../catalogue";

export default mergeCatalogue(
  import.meta.glob<TCatalogue>(["../locales/fr.json", "../locales/*.fr.json"], { eager: true, import: "default" }),
);
