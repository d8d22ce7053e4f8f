// The executive verdict in plain words for the one-page PDF, in nl, fr and en (the web page has the same sentences
// in its catalogue, roiVerdict.*). Numbers come from roiVerdict(); nothing here is a fixed figure.
import type { TRoiVerdict, TVerdictLevel } from "../../../domain/evaluation/roi-verdict";
import type { TLocale } from "../../../domain/shared/locale";

const INTL: Record<TLocale, string> = { nl: "nl-BE", fr: "fr-BE", en: "en-GB" };

type TWords = {
  returned: (one: string, back: string) => string;
  interval: (level: number, low: string, high: string) => string;
  noRoi: string;
  beat: (winner: string, loser: string, on: string, g: string) => string;
  noLead: (on: string, g: string) => string;
  stillIncludes: string;
  excludes: string;
  noComparison: string;
  kinds: { personalised: string; standard: string };
  on: { l2: string; l3: string };
  missing: Record<TVerdictLevel, string>;
};

const WORDS: Record<TLocale, TWords> = {
  en: {
    returned: (one, back) => `For every ${one} spent, ${back} came back within a year`,
    interval: (level, low, high) => ` (${level} % interval ${low}–${high})`,
    noRoi: "There is no return on investment yet: no enrolled cohort has measured business results",
    beat: (winner, loser, on, g) => `${winner} beat ${loser} on ${on} (g = ${g})`,
    noLead: (on, g) => `personalised and standard did equally well on ${on} (g = ${g})`,
    stillIncludes: ", but the interval still includes no difference.",
    excludes: ", and the interval excludes no difference.",
    noComparison: "personalised and standard cannot be compared yet (no paired before-and-after data in both).",
    kinds: { personalised: "personalised", standard: "standard" },
    on: { l2: "learning", l3: "behaviour on the job" },
    missing: {
      l1: "No reaction data (level 1) yet: we do not know how participants received the programme.",
      l2: "No learning data (level 2) yet: nothing shows that participants learned, so the return is harder to attribute to the programme.",
      l3: "No data on behaviour on the job (level 3) yet: the return rests on business results without evidence that managers work differently, so trust it less.",
      l4: "No business results (level 4) yet: there is no return to report.",
    },
  },
  nl: {
    returned: (one, back) => `Voor elke ${one} die werd uitgegeven, kwam binnen een jaar ${back} terug`,
    interval: (level, low, high) => ` (${level}%-interval ${low}–${high})`,
    noRoi: "Er is nog geen rendement: geen ingeschreven groep heeft gemeten bedrijfsresultaten",
    beat: (winner, loser, on, g) => `${winner} deed het beter dan ${loser} op ${on} (g = ${g})`,
    noLead: (on, g) => `gepersonaliseerd en standaard deden het even goed op ${on} (g = ${g})`,
    stillIncludes: ", maar het interval omvat nog altijd geen verschil.",
    excludes: ", en het interval sluit geen verschil uit.",
    noComparison: "gepersonaliseerd en standaard zijn nog niet te vergelijken (geen gepaarde voor- en nametingen in beide).",
    kinds: { personalised: "gepersonaliseerd", standard: "standaard" },
    on: { l2: "leren", l3: "gedrag op het werk" },
    missing: {
      l1: "Nog geen reactiegegevens (niveau 1): we weten niet hoe de deelnemers het programma ervoeren.",
      l2: "Nog geen leergegevens (niveau 2): niets toont dat de deelnemers iets leerden, dus het rendement is moeilijker aan het programma toe te schrijven.",
      l3: "Nog geen gegevens over gedrag op het werk (niveau 3): het rendement steunt op bedrijfsresultaten zonder bewijs dat leidinggevenden anders werken; vertrouw het dus minder.",
      l4: "Nog geen bedrijfsresultaten (niveau 4): er is geen rendement te melden.",
    },
  },
  fr: {
    returned: (one, back) => `Pour chaque ${one} dépensé, ${back} sont revenus en un an`,
    interval: (level, low, high) => ` (intervalle à ${level}\u00a0% de ${low} à ${high})`,
    noRoi: "Il n’y a pas encore de retour sur investissement\u00a0: aucune cohorte inscrite n’a de résultats mesurés",
    beat: (winner, loser, on, g) => `le parcours ${winner} a fait mieux que le ${loser} pour ${on} (g = ${g})`,
    noLead: (on, g) => `personnalisé et standard ont fait aussi bien pour ${on} (g = ${g})`,
    stillIncludes: ", mais l’intervalle inclut encore l’absence de différence.",
    excludes: ", et l’intervalle exclut l’absence de différence.",
    noComparison: "personnalisé et standard ne peuvent pas encore être comparés (pas de mesures avant-après appariées dans les deux).",
    kinds: { personalised: "personnalisé", standard: "standard" },
    on: { l2: "l’apprentissage", l3: "le comportement au travail" },
    missing: {
      l1: "Pas encore de données de réaction (niveau 1)\u00a0: nous ne savons pas comment les participants ont reçu le programme.",
      l2: "Pas encore de données d’apprentissage (niveau 2)\u00a0: rien ne montre que les participants ont appris, le retour est donc plus difficile à attribuer au programme.",
      l3: "Pas encore de données sur le comportement au travail (niveau 3)\u00a0: le retour repose sur des résultats sans preuve que les managers travaillent autrement\u00a0; fiez-vous-y donc moins.",
      l4: "Pas encore de résultats d’affaires (niveau 4)\u00a0: il n’y a pas de retour à présenter.",
    },
  },
};

/** The verdict as sentences in the reader's language: the return and comparison first, then each missing level. */
export function verdictSentences(verdict: TRoiVerdict, locale: TLocale, currency: string): string[] {
  const words = WORDS[locale];
  let money: Intl.NumberFormat;
  try {
    money = new Intl.NumberFormat(INTL[locale], { style: "currency", currency, minimumFractionDigits: 2, maximumFractionDigits: 2 });
  } catch {
    money = new Intl.NumberFormat(INTL[locale], { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  }
  const whole = (() => {
    try {
      return new Intl.NumberFormat(INTL[locale], { style: "currency", currency, maximumFractionDigits: 0 }).format(1);
    } catch {
      return "1";
    }
  })();
  const two = new Intl.NumberFormat(INTL[locale], { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const h = verdict.headline;
  let first = h
    ? words.returned(whole, money.format(h.returned)) +
      (h.level !== null && h.low !== null && h.high !== null ? words.interval(h.level, money.format(h.low), money.format(h.high)) : "")
    : words.noRoi;
  const c = verdict.comparison;
  const separator = locale === "fr" ? "\u00a0; " : "; ";
  if (c) {
    const on = words.on[c.level];
    const part =
      c.favours === "neither"
        ? words.noLead(on, two.format(c.g))
        : words.beat(
            words.kinds[c.favours],
            words.kinds[c.favours === "personalised" ? "standard" : "personalised"],
            on,
            two.format(Math.abs(c.g)),
          );
    first += `${separator}${part}${c.includesNoDifference ? words.stillIncludes : words.excludes}`;
  } else {
    first += `${separator}${words.noComparison}`;
  }
  return [first, ...verdict.missingLevels.filter((level) => !(level === "l4" && !h)).map((level) => words.missing[level])];
}

type TForestTexts = {
  title: string;
  roiTitle: string;
  effectTitle: string;
  breakEven: string;
  noDifference: string;
  noEffects: string;
  effect: { l2: string; l3: string };
};

const FOREST: Record<TLocale, TForestTexts> = {
  en: {
    title: "At a glance: ROI and effect sizes with their intervals",
    roiTitle: "ROI % per cohort",
    effectTitle: "Personalised against standard (Hedges' g)",
    breakEven: "break-even",
    noDifference: "no difference",
    noEffects: "No effect sizes yet: both cohorts need paired before-and-after data.",
    effect: { l2: "Learning (L2)", l3: "On the job (L3)" },
  },
  nl: {
    title: "In één oogopslag: ROI en effectgroottes met hun intervallen",
    roiTitle: "ROI % per groep",
    effectTitle: "Gepersonaliseerd tegenover standaard (Hedges' g)",
    breakEven: "break-even",
    noDifference: "geen verschil",
    noEffects: "Nog geen effectgroottes: beide groepen hebben gepaarde voor- en nametingen nodig.",
    effect: { l2: "Leren (N2)", l3: "Op het werk (N3)" },
  },
  fr: {
    title: "En un coup d’œil\u00a0: ROI et tailles d’effet avec leurs intervalles",
    roiTitle: "ROI % par cohorte",
    effectTitle: "Personnalisé face au standard (g de Hedges)",
    breakEven: "seuil de rentabilité",
    noDifference: "aucune différence",
    noEffects: "Pas encore de taille d’effet\u00a0: les deux cohortes ont besoin de mesures avant-après appariées.",
    effect: { l2: "Apprentissage (N2)", l3: "Au travail (N3)" },
  },
};

/** The forest plot's wording in the reader's language. */
export function forestTexts(locale: TLocale): TForestTexts {
  return FOREST[locale];
}
