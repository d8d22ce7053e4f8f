import type { TBigFiveDomain } from "./ipip-neo-120-items";
import type { TLocalised } from "./localised";
import { DOMAIN_NAMES } from "./talents";

/** A Big Five domain as a report for the workplace names it; `reversed` flips the scale (more = calmer). */
export type TWorkplaceDomain = {
  domain: TBigFiveDomain;
  name: TLocalised;
  /** The scientific name, shown in the detail. */
  scientificName: TLocalised;
  /** What a higher position on the workplace scale means at work. */
  description: TLocalised;
  reversed: boolean;
};

const WORKPLACE: Readonly<Record<TBigFiveDomain, Omit<TWorkplaceDomain, "domain" | "scientificName">>> = {
  N: {
    name: { nl: "Emotionele stabiliteit", fr: "Stabilité émotionnelle", en: "Emotional stability" },
    description: {
      nl: "Hoe rustig u blijft onder druk en bij tegenslag. Gemeten als het omgekeerde van neuroticisme.",
      fr: "Votre calme sous pression et face aux revers. Mesurée comme l'inverse du névrosisme.",
      en: "How calm you stay under pressure and after setbacks. Measured as the reverse of neuroticism.",
    },
    reversed: true,
  },
  E: {
    name: { nl: "Sociale energie", fr: "Énergie relationnelle", en: "Social energy" },
    description: {
      nl: "Hoeveel energie u haalt uit contact, tempo en het voortouw nemen.",
      fr: "L'énergie que vous tirez des contacts, du rythme et de la prise d'initiative.",
      en: "How much energy you draw from contact, pace and taking the lead.",
    },
    reversed: false,
  },
  O: {
    name: { nl: "Openheid voor nieuwe ideeën", fr: "Ouverture aux idées nouvelles", en: "Openness to new ideas" },
    description: {
      nl: "Hoe graag u nieuwe ideeën, werkwijzen en standpunten verkent.",
      fr: "Votre goût pour explorer des idées, des méthodes et des points de vue nouveaux.",
      en: "How keen you are to explore new ideas, ways of working and viewpoints.",
    },
    reversed: false,
  },
  A: {
    name: { nl: "Samenwerkingsgerichtheid", fr: "Sens de la coopération", en: "Cooperativeness" },
    description: {
      nl: "Hoezeer u vertrouwen, behulpzaamheid en overeenstemming zoekt in het werk met anderen.",
      fr: "La place que vous donnez à la confiance, à l'entraide et à l'entente dans le travail avec les autres.",
      en: "How much you seek trust, helpfulness and agreement when working with others.",
    },
    reversed: false,
  },
  C: {
    name: { nl: "Zorgvuldigheid en discipline", fr: "Rigueur et discipline", en: "Diligence" },
    description: {
      nl: "Hoe planmatig, plichtsgetrouw en doelgericht u werkt.",
      fr: "Votre degré d'organisation, de sens du devoir et d'orientation vers les objectifs.",
      en: "How planned, dutiful and goal-directed your way of working is.",
    },
    reversed: false,
  },
};

/** The workplace framing of a domain (e.g. Neuroticism → "Emotional stability", reversed), with the scientific name. */
export function workplaceDomain(domain: TBigFiveDomain): TWorkplaceDomain {
  return { domain, ...WORKPLACE[domain], scientificName: DOMAIN_NAMES[domain] };
}

/** A percentile on the workplace scale: 100 − p for a reversed domain, one decimal. */
export function workplacePercentile(domain: TBigFiveDomain, percentile: number): number {
  return WORKPLACE[domain].reversed ? Math.round((100 - percentile) * 10) / 10 : percentile;
}
