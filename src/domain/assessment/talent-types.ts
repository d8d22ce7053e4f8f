import type { TBigFiveDomain, TFacetNumber } from "./ipip-neo-120-items";
import type { TLocalised } from "./localised";

/** One pole of a facet as written in the catalogue: a strength name and a one-sentence description. */
export type TTalentText = {
  id: string;
  name: TLocalised;
  description: TLocalised;
};

/** A facet with its name and the talent at each pole (high score, low score). */
export type TFacetTalents = {
  domain: TBigFiveDomain;
  facet: TFacetNumber;
  name: TLocalised;
  high: TTalentText;
  low: TTalentText;
};
