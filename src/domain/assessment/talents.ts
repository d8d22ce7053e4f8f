import { AGREEABLENESS_TALENTS } from "./talents-agreeableness";
import { CONSCIENTIOUSNESS_TALENTS } from "./talents-conscientiousness";
import { EXTRAVERSION_TALENTS } from "./talents-extraversion";
import { NEUROTICISM_TALENTS } from "./talents-neuroticism";
import { OPENNESS_TALENTS } from "./talents-openness";
import type { TBigFiveDomain, TFacetNumber } from "./ipip-neo-120-items";
import type { TLocalised } from "./localised";
import type { TFacetTalents } from "./talent-types";

export type TPole = "high" | "low";

/** One talent: a facet pole named as a strength. */
export type TTalent = {
  id: string;
  domain: TBigFiveDomain;
  facet: TFacetNumber;
  pole: TPole;
  name: TLocalised;
  description: TLocalised;
};

/** The 30 facets with their names and two talents each, in domain order N E O A C, facets 1–6. */
export const FACET_TALENTS: readonly TFacetTalents[] = [
  ...NEUROTICISM_TALENTS,
  ...EXTRAVERSION_TALENTS,
  ...OPENNESS_TALENTS,
  ...AGREEABLENESS_TALENTS,
  ...CONSCIENTIOUSNESS_TALENTS,
];

/** The Big Five domain names (the scientific labels; reports lead with talents, not with these). */
export const DOMAIN_NAMES: Readonly<Record<TBigFiveDomain, TLocalised>> = {
  N: { nl: "Neuroticisme", fr: "Névrosisme", en: "Neuroticism" },
  E: { nl: "Extraversie", fr: "Extraversion", en: "Extraversion" },
  O: { nl: "Openheid voor ervaring", fr: "Ouverture à l'expérience", en: "Openness to experience" },
  A: { nl: "Altruïsme", fr: "Agréabilité", en: "Agreeableness" },
  C: { nl: "Consciëntieusheid", fr: "Conscience", en: "Conscientiousness" },
};

function toTalent(facet: TFacetTalents, pole: TPole): TTalent {
  const text = facet[pole];
  return { id: text.id, domain: facet.domain, facet: facet.facet, pole, name: text.name, description: text.description };
}

/** All 60 talents, high pole before low pole within each facet. */
export const TALENTS: readonly TTalent[] = FACET_TALENTS.flatMap((facet) => [toTalent(facet, "high"), toTalent(facet, "low")]);

/** The facet entry (name and both talents) for a domain and facet number. */
export function facetTalents(domain: TBigFiveDomain, facet: TFacetNumber): TFacetTalents {
  const found = FACET_TALENTS.find((entry) => entry.domain === domain && entry.facet === facet);
  if (!found) throw new Error(`no talents for facet ${domain}${facet}`);
  return found;
}

/** The talent at one pole of a facet. */
export function talentAt(domain: TBigFiveDomain, facet: TFacetNumber, pole: TPole): TTalent {
  return toTalent(facetTalents(domain, facet), pole);
}
