// The nl texts in one chunk, loaded when the interface is in nl (the other languages stay off the first load).
import { mergeCatalogue, type TCatalogue } from "../catalogue";

export default mergeCatalogue(
  import.meta.glob<TCatalogue>(["../locales/nl.json", "../locales/*.nl.json"], { eager: true, import: "default" }),
);
