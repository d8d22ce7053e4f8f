// Every locale's catalogue at once, for tests (the key checks and jsdom renders); the app loads one locale at a time.
import { registerCatalogue, type TLocale } from ".";
import type { TCatalogue } from "./catalogue";
import en from "./bundles/en";
import fr from "./bundles/fr";
import nl from "./bundles/nl";

export const CATALOGUES: Record<TLocale, TCatalogue> = { nl, fr, en };

/** Registers every locale (tests render in any language without loading chunks). */
export function registerAllCatalogues(): void {
  for (const [locale, catalogue] of Object.entries(CATALOGUES) as [TLocale, TCatalogue][]) registerCatalogue(locale, catalogue);
}
