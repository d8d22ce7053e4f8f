// The evaluation's own steps (costs prorated, participants' time, how each measure was isolated) as sentences
// in nl, fr or en, next to the ROI engine's (roi/explain.ts). Pure; numbers formatted with Intl for the locale.
import type { TLocale } from "../shared/locale";
import type { TEvaluationStepShown, TMeasure } from "./types";

const TAGS = { en: "en-GB", nl: "nl-BE", fr: "fr-BE" } as const;

function format(locale: TLocale, currency: string) {
  const money = new Intl.NumberFormat(TAGS[locale], { style: "currency", currency, maximumFractionDigits: 0 });
  const number = new Intl.NumberFormat(TAGS[locale], { maximumFractionDigits: 2 });
  return { money: (cents: number) => money.format(cents / 100), number: (v: number) => number.format(v) };
}

/** One evaluation step as a sentence; `measures` names the measures (their id otherwise). */
export function explainEvaluationStep(step: TEvaluationStepShown, options: { locale: TLocale; currency: string; measures?: readonly Pick<TMeasure, "id" | "name">[] }): string {
  const { locale } = options;
  const f = format(locale, options.currency);
  const measure = (id: string) => options.measures?.find((m) => m.id === id)?.name ?? id;
  switch (step.code) {
    case "COST_PRORATED":
      return {
        en: `${step.name}: ${f.money(step.amountCents)} shared by ${f.number(step.enrolled)} participants; this cohort's ${f.number(step.participants)} carry ${f.money(step.shareCents)}.`,
        nl: `${step.name}: ${f.money(step.amountCents)} gedeeld door ${f.number(step.enrolled)} deelnemers; de ${f.number(step.participants)} van deze groep dragen ${f.money(step.shareCents)}.`,
        fr: `${step.name} : ${f.money(step.amountCents)} partagés entre ${f.number(step.enrolled)} participants ; les ${f.number(step.participants)} de cette cohorte en portent ${f.money(step.shareCents)}.`,
      }[locale];
    case "PARTICIPANT_TIME":
      return {
        en: `Participants' time: ${f.number(step.participants)} people × ${f.number(step.hours)} hours × ${f.money(step.rateCents)} per hour (loaded) = ${f.money(step.amountCents)}.`,
        nl: `Tijd van de deelnemers: ${f.number(step.participants)} personen × ${f.number(step.hours)} uur × ${f.money(step.rateCents)} per uur (volledig geladen) = ${f.money(step.amountCents)}.`,
        fr: `Temps des participants : ${f.number(step.participants)} personnes × ${f.number(step.hours)} heures × ${f.money(step.rateCents)} de l'heure (coût complet) = ${f.money(step.amountCents)}.`,
      }[locale];
    case "MEASURE_COMPARISON_GROUP":
      return {
        en: `${measure(step.measureId)}: ${f.number(step.responders)} participants improved by ${f.number(step.participantImprovement)} on average, the comparison group by ${f.number(step.comparisonImprovement)}; only the difference counts: ${f.money(step.benefitCents)} in the first year.`,
        nl: `${measure(step.measureId)}: ${f.number(step.responders)} deelnemers verbeterden gemiddeld met ${f.number(step.participantImprovement)}, de vergelijkingsgroep met ${f.number(step.comparisonImprovement)}; alleen het verschil telt: ${f.money(step.benefitCents)} in het eerste jaar.`,
        fr: `${measure(step.measureId)} : ${f.number(step.responders)} participants ont progressé en moyenne de ${f.number(step.participantImprovement)}, le groupe de comparaison de ${f.number(step.comparisonImprovement)} ; seule la différence compte : ${f.money(step.benefitCents)} la première année.`,
      }[locale];
    case "MEASURE_ESTIMATES":
      return {
        en: `${measure(step.measureId)}: ${f.number(step.estimates)} participants' estimates, each × their contribution % × their confidence %${step.excluded > 0 ? `, ${f.number(step.excluded)} left out as extreme` : ""}: ${f.money(step.benefitCents)}.`,
        nl: `${measure(step.measureId)}: ${f.number(step.estimates)} schattingen van deelnemers, elk × hun bijdrage % × hun zekerheid %${step.excluded > 0 ? `, ${f.number(step.excluded)} weggelaten als extreem` : ""}: ${f.money(step.benefitCents)}.`,
        fr: `${measure(step.measureId)} : ${f.number(step.estimates)} estimations de participants, chacune × leur contribution % × leur confiance %${step.excluded > 0 ? `, ${f.number(step.excluded)} écartées comme extrêmes` : ""} : ${f.money(step.benefitCents)}.`,
      }[locale];
    case "MEASURE_MORE_CONSERVATIVE": {
      const chosen = step.chosen === "estimates"
        ? { en: "the participants' estimates", nl: "de schattingen van de deelnemers", fr: "les estimations des participants" }[locale]
        : { en: "the comparison group", nl: "de vergelijkingsgroep", fr: "le groupe de comparaison" }[locale];
      return {
        en: `${measure(step.measureId)}: comparison group ${f.money(step.comparisonCents)}, estimates ${f.money(step.estimatesCents)}; the more conservative figure counts, from ${chosen}.`,
        nl: `${measure(step.measureId)}: vergelijkingsgroep ${f.money(step.comparisonCents)}, schattingen ${f.money(step.estimatesCents)}; het meest conservatieve cijfer telt, dat van ${chosen}.`,
        fr: `${measure(step.measureId)} : groupe de comparaison ${f.money(step.comparisonCents)}, estimations ${f.money(step.estimatesCents)} ; le chiffre le plus prudent compte, celui de ${chosen}.`,
      }[locale];
    }
    case "MEASURE_NOT_ISOLATED":
      return {
        en: `${measure(step.measureId)}: ${f.number(step.responders)} participants have measurements, but without a comparison group or estimates the programme's share cannot be isolated, so it counts as zero.`,
        nl: `${measure(step.measureId)}: ${f.number(step.responders)} deelnemers hebben metingen, maar zonder vergelijkingsgroep of schattingen is het aandeel van het programma niet te isoleren; het telt als nul.`,
        fr: `${measure(step.measureId)} : ${f.number(step.responders)} participants ont des mesures, mais sans groupe de comparaison ni estimations la part du programme ne peut être isolée ; elle compte pour zéro.`,
      }[locale];
    case "NON_RESPONDERS_ZERO":
      return {
        en: `${measure(step.measureId)}: ${f.number(step.nonResponders)} participants without a measurement count as no improvement.`,
        nl: `${measure(step.measureId)}: ${f.number(step.nonResponders)} deelnemers zonder meting tellen als geen verbetering.`,
        fr: `${measure(step.measureId)} : ${f.number(step.nonResponders)} participants sans mesure comptent comme sans amélioration.`,
      }[locale];
    case "ESTIMATE_EXCLUDED":
      return {
        en: `${measure(step.measureId)}: one estimate of ${f.money(step.adjustedCents)} is above the limit of ${f.money(step.limitCents)} for extreme claims and is left out.`,
        nl: `${measure(step.measureId)}: een schatting van ${f.money(step.adjustedCents)} ligt boven de grens van ${f.money(step.limitCents)} voor extreme claims en is weggelaten.`,
        fr: `${measure(step.measureId)} : une estimation de ${f.money(step.adjustedCents)} dépasse la limite de ${f.money(step.limitCents)} pour les affirmations extrêmes et est écartée.`,
      }[locale];
  }
}
