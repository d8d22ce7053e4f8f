// Every ROI figure opens to how it was computed, in the reader's language (issue 6, part 5). The engine
// records its steps and warnings as data (types.ts); these functions turn them into sentences in nl, fr or
// en. Pure: numbers are formatted with Intl for the locale, nothing else.
import type { TLocale } from "../shared/locale";
import type { TPhillipsPrinciple, TRoiStep, TRoiWarning } from "./types";

type TTexts = Readonly<Record<TLocale, string>>;

/** The guiding principles the engine applies, named as the methodology does. */
const PRINCIPLE_NAMES: Readonly<Record<TPhillipsPrinciple, TTexts>> = {
  4: {
    en: "use only the most conservative alternative",
    nl: "gebruik alleen het meest conservatieve alternatief",
    fr: "n'utiliser que l'alternative la plus prudente",
  },
  5: {
    en: "isolate the effect of the programme",
    nl: "isoleer het effect van het programma",
    fr: "isoler l'effet du programme",
  },
  6: {
    en: "no data means no improvement",
    nl: "geen gegevens betekent geen verbetering",
    fr: "pas de données signifie pas d'amélioration",
  },
  7: {
    en: "adjust estimates for potential error",
    nl: "corrigeer schattingen voor mogelijke fouten",
    fr: "corriger les estimations pour l'erreur possible",
  },
  8: {
    en: "leave out extreme data and unsupported claims",
    nl: "laat extreme gegevens en ononderbouwde claims weg",
    fr: "écarter les données extrêmes et les affirmations non étayées",
  },
  9: {
    en: "count only first-year benefits for short programmes",
    nl: "tel voor korte programma's alleen de baten van het eerste jaar",
    fr: "ne compter que les bénéfices de la première année pour les programmes courts",
  },
  10: {
    en: "fully load all costs",
    nl: "neem alle kosten volledig op",
    fr: "prendre en compte l'intégralité des coûts",
  },
};

/** "Principle 5: isolate the effect of the programme" in the reader's language. */
export function principleText(principle: TPhillipsPrinciple, locale: TLocale): string {
  const label = { en: "Principle", nl: "Principe", fr: "Principe" }[locale];
  return `${label} ${principle}: ${PRINCIPLE_NAMES[principle][locale]}`;
}

export type TExplainOptions = { locale: TLocale; currency?: string };

function formatters(options: TExplainOptions) {
  const tag = { en: "en-GB", nl: "nl-BE", fr: "fr-BE" }[options.locale];
  const money = options.currency
    ? new Intl.NumberFormat(tag, { style: "currency", currency: options.currency, maximumFractionDigits: 0 })
    : new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  const number = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
  return { money: (v: number) => money.format(v), number: (v: number) => number.format(v), pct: (v: number) => `${number.format(v)} %` };
}

const LINE = { en: "Benefit line", nl: "Batenlijn", fr: "Ligne de bénéfice" } as const;
const COST = { en: "Cost line", nl: "Kostenlijn", fr: "Ligne de coût" } as const;

const ADJUSTMENT_NAMES = {
  contribution: { en: "contribution of the programme", nl: "bijdrage van het programma", fr: "contribution du programme" },
  confidence: { en: "confidence in the estimate", nl: "zekerheid over de schatting", fr: "confiance dans l'estimation" },
  extra: { en: "extra adjustment", nl: "extra correctie", fr: "correction supplémentaire" },
} as const;

/** One step of the computation as a sentence in the reader's language; lines are numbered from 1. */
export function explainStep(step: TRoiStep, options: TExplainOptions): string {
  const { locale } = options;
  const f = formatters(options);
  switch (step.code) {
    case "COST_ITEM":
      return {
        en: `${COST.en} ${step.index + 1}: ${f.money(step.amount)} counted in full (${principleText(step.principle, locale)}).`,
        nl: `${COST.nl} ${step.index + 1}: ${f.money(step.amount)} volledig meegeteld (${principleText(step.principle, locale)}).`,
        fr: `${COST.fr} ${step.index + 1} : ${f.money(step.amount)} comptés entièrement (${principleText(step.principle, locale)}).`,
      }[locale];
    case "COSTS_GIVEN_AS_TOTAL":
      return {
        en: `Costs were given as one total of ${f.money(step.amount)}, without lines to check that they are fully loaded.`,
        nl: `De kosten zijn als één totaal van ${f.money(step.amount)} opgegeven, zonder lijnen om na te gaan of ze volledig zijn.`,
        fr: `Les coûts ont été donnés en un total de ${f.money(step.amount)}, sans lignes pour vérifier qu'ils sont complets.`,
      }[locale];
    case "COSTS_UNKNOWN":
      return {
        en: "The costs are unknown, so no ROI, benefit-cost ratio or payback can be computed.",
        nl: "De kosten zijn onbekend; ROI, baten-kostenverhouding en terugverdientijd kunnen niet berekend worden.",
        fr: "Les coûts sont inconnus : ni le ROI, ni le rapport bénéfices-coûts, ni le délai de récupération ne peuvent être calculés.",
      }[locale];
    case "BENEFIT_LINE": {
      const parts = step.adjustments.map((a) => `× ${f.pct(a.pct)} ${ADJUSTMENT_NAMES[a.kind][locale]}`).join(" ");
      const tail = step.adjustments.length > 0 ? ` ${parts}` : "";
      return {
        en: `${LINE.en} ${step.index + 1}: first-year value ${f.money(step.annualValue)}${tail} = ${f.money(step.adjustedValue)}.`,
        nl: `${LINE.nl} ${step.index + 1}: waarde in het eerste jaar ${f.money(step.annualValue)}${tail} = ${f.money(step.adjustedValue)}.`,
        fr: `${LINE.fr} ${step.index + 1} : valeur la première année ${f.money(step.annualValue)}${tail} = ${f.money(step.adjustedValue)}.`,
      }[locale];
    }
    case "BENEFIT_LINE_EXCLUDED": {
      const reason = step.excludeReason ?? { en: "no reason given", nl: "geen reden opgegeven", fr: "aucune raison donnée" }[locale];
      return {
        en: `${LINE.en} ${step.index + 1} (${f.money(step.annualValue)}) left out: ${reason} (${principleText(step.principle, locale)}).`,
        nl: `${LINE.nl} ${step.index + 1} (${f.money(step.annualValue)}) weggelaten: ${reason} (${principleText(step.principle, locale)}).`,
        fr: `${LINE.fr} ${step.index + 1} (${f.money(step.annualValue)}) écartée : ${reason} (${principleText(step.principle, locale)}).`,
      }[locale];
    }
    case "CONTROL_GROUP_DID":
      return {
        en: `Comparison group: participants changed by ${f.number(step.experimentalChange)}, the comparison group by ${f.number(step.controlChange)}; the programme's effect is ${f.number(step.effectPerParticipantPerPeriod)} per participant per period × ${f.money(step.unitValue)} × ${f.number(step.periodsPerYear)} periods × ${f.number(step.nParticipants)} participants = ${f.money(step.benefit)} (${principleText(step.principle, locale)}).`,
        nl: `Vergelijkingsgroep: de deelnemers veranderden met ${f.number(step.experimentalChange)}, de vergelijkingsgroep met ${f.number(step.controlChange)}; het effect van het programma is ${f.number(step.effectPerParticipantPerPeriod)} per deelnemer per periode × ${f.money(step.unitValue)} × ${f.number(step.periodsPerYear)} periodes × ${f.number(step.nParticipants)} deelnemers = ${f.money(step.benefit)} (${principleText(step.principle, locale)}).`,
        fr: `Groupe de comparaison : les participants ont évolué de ${f.number(step.experimentalChange)}, le groupe de comparaison de ${f.number(step.controlChange)} ; l'effet du programme est de ${f.number(step.effectPerParticipantPerPeriod)} par participant et par période × ${f.money(step.unitValue)} × ${f.number(step.periodsPerYear)} périodes × ${f.number(step.nParticipants)} participants = ${f.money(step.benefit)} (${principleText(step.principle, locale)}).`,
      }[locale];
    case "BENEFITS_GIVEN_AS_TOTAL":
      return {
        en: `Benefits were given as one total of ${f.money(step.amount)}, without a way to check how they were isolated.`,
        nl: `De baten zijn als één totaal van ${f.money(step.amount)} opgegeven, zonder na te kunnen gaan hoe ze geïsoleerd zijn.`,
        fr: `Les bénéfices ont été donnés en un total de ${f.money(step.amount)}, sans pouvoir vérifier comment ils ont été isolés.`,
      }[locale];
    case "BENEFITS_TOTAL_IGNORED":
      return {
        en: `A stated total of ${f.money(step.amount)} was ignored: the benefit lines were used instead.`,
        nl: `Een opgegeven totaal van ${f.money(step.amount)} is genegeerd: de batenlijnen zijn gebruikt.`,
        fr: `Un total annoncé de ${f.money(step.amount)} a été ignoré : les lignes de bénéfice ont été utilisées.`,
      }[locale];
    case "NO_BENEFIT_DATA":
      return {
        en: `There are no benefit data, so the benefits count as zero (${principleText(step.principle, locale)}).`,
        nl: `Er zijn geen gegevens over baten, dus tellen de baten als nul (${principleText(step.principle, locale)}).`,
        fr: `Il n'y a pas de données de bénéfices : les bénéfices comptent pour zéro (${principleText(step.principle, locale)}).`,
      }[locale];
  }
}

/** A warning about a result as a sentence in the reader's language; lines are numbered from 1. */
export function explainWarning(warning: TRoiWarning, options: TExplainOptions): string {
  const { locale } = options;
  const f = formatters(options);
  const lines = (indexes: readonly number[]) => indexes.map((i) => i + 1).join(", ");
  switch (warning.code) {
    case "COSTS_GIVEN_AS_TOTAL":
      return { en: "Costs are a single total: check that they are fully loaded.", nl: "De kosten zijn één totaal: ga na of ze volledig zijn.", fr: "Les coûts forment un seul total : vérifiez qu'ils sont complets." }[locale];
    case "COSTS_UNKNOWN":
      return { en: "Costs are unknown: no ROI is shown.", nl: "De kosten zijn onbekend: er wordt geen ROI getoond.", fr: "Les coûts sont inconnus : aucun ROI n'est affiché." }[locale];
    case "COSTS_ZERO":
      return { en: "Costs are zero: the ROI and benefit-cost ratio cannot be computed.", nl: "De kosten zijn nul: ROI en baten-kostenverhouding zijn niet gedefinieerd.", fr: "Les coûts sont nuls : le ROI et le rapport bénéfices-coûts ne sont pas définis." }[locale];
    case "BENEFITS_GIVEN_AS_TOTAL":
      return { en: "Benefits are a single total: their isolation cannot be checked.", nl: "De baten zijn één totaal: hun isolatie kan niet nagegaan worden.", fr: "Les bénéfices forment un seul total : leur isolement ne peut être vérifié." }[locale];
    case "BENEFITS_TOTAL_IGNORED":
      return { en: "A stated benefits total was ignored in favour of the lines.", nl: "Een opgegeven batentotaal is genegeerd ten voordele van de lijnen.", fr: "Un total de bénéfices annoncé a été ignoré au profit des lignes." }[locale];
    case "NO_BENEFIT_DATA":
      return { en: "No benefit data: benefits count as zero.", nl: "Geen gegevens over baten: de baten tellen als nul.", fr: "Pas de données de bénéfices : les bénéfices comptent pour zéro." }[locale];
    case "BENEFITS_NOT_ISOLATED":
      return {
        en: `Benefit lines ${lines(warning.indexes)} state no contribution of the programme: they are not isolated.`,
        nl: `Batenlijnen ${lines(warning.indexes)} vermelden geen bijdrage van het programma: ze zijn niet geïsoleerd.`,
        fr: `Les lignes de bénéfice ${lines(warning.indexes)} n'indiquent aucune contribution du programme : elles ne sont pas isolées.`,
      }[locale];
    case "EXCLUDED_WITHOUT_REASON":
      return {
        en: `Benefit lines ${lines(warning.indexes)} were left out without a reason.`,
        nl: `Batenlijnen ${lines(warning.indexes)} zijn zonder reden weggelaten.`,
        fr: `Les lignes de bénéfice ${lines(warning.indexes)} ont été écartées sans raison.`,
      }[locale];
    case "CONTROL_GROUP_NO_IMPROVEMENT":
      return {
        en: `The participants did not improve more than the comparison group (effect ${f.number(warning.effectPerParticipantPerPeriod)}).`,
        nl: `De deelnemers verbeterden niet meer dan de vergelijkingsgroep (effect ${f.number(warning.effectPerParticipantPerPeriod)}).`,
        fr: `Les participants n'ont pas progressé davantage que le groupe de comparaison (effet ${f.number(warning.effectPerParticipantPerPeriod)}).`,
      }[locale];
    case "NO_PAYBACK":
      return { en: "The benefits do not pay back the costs.", nl: "De baten verdienen de kosten niet terug.", fr: "Les bénéfices ne remboursent pas les coûts." }[locale];
    case "PAYBACK_BEYOND_FIRST_YEAR":
      return {
        en: `Payback takes ${f.number(warning.paybackMonths)} months, beyond the first year of benefits counted.`,
        nl: `Terugverdienen duurt ${f.number(warning.paybackMonths)} maanden, langer dan het eerste jaar baten dat meetelt.`,
        fr: `La récupération prend ${f.number(warning.paybackMonths)} mois, au-delà de la première année de bénéfices comptée.`,
      }[locale];
    case "RESULT_OUT_OF_RANGE":
      return {
        en: `Some results are too large to show: ${warning.fields.join(", ")}.`,
        nl: `Sommige resultaten zijn te groot om te tonen: ${warning.fields.join(", ")}.`,
        fr: `Certains résultats sont trop grands pour être affichés : ${warning.fields.join(", ")}.`,
      }[locale];
  }
}
