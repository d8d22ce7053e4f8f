// The figures every export shows, taken once from a programme and its evaluation: per cohort the participants,
// fully loaded costs, isolated benefits, net benefits, ROI % with its bootstrap interval, BCR, payback and the
// L1–L4 headline. Money in currency units (the evaluation keeps cents). Pure.
import type { TCohortEvaluationView, TProgramme, TProgrammeEvaluationView } from "../../../contracts/evaluation";
import type { TCohortKind, TEvaluationStepShown } from "../../../domain/evaluation/index";
import { PHILLIPS_PRINCIPLE, type TPhillipsPrinciple } from "../../../domain/roi/index";
import type { TLocale } from "../../../domain/shared/locale";

export type TCohortFigures = {
  cohortId: string;
  name: string;
  kind: TCohortKind;
  participants: number;
  /** an enrolled cohort whose figures the reader may not see (too small) or that were not computed */
  withheld: boolean;
  costs: number | null;
  benefits: number | null;
  net: number | null;
  roiPct: number | null;
  roiLow: number | null;
  roiHigh: number | null;
  /** the interval's confidence level in percent */
  level: number | null;
  bcr: number | null;
  paybackMonths: number | null;
  responseRate: number | null;
  satisfaction: number | null;
  l2Pairs: number | null;
  l2Effect: number | null;
  l3Pairs: number | null;
  l3Effect: number | null;
  measured: number;
  measures: number;
  evaluation: TCohortEvaluationView;
};

const finite = (value: number | null | undefined): number | null => (typeof value === "number" && Number.isFinite(value) ? value : null);

/** Per cohort of the evaluation, in its order, with the cohort's name from the programme. */
export function cohortFigures(programme: TProgramme, view: TProgrammeEvaluationView): TCohortFigures[] {
  const names = new Map(programme.cohorts.map((c) => [c.id, c.name]));
  return view.evaluation.cohorts.map((cohort) => {
    const roi = cohort.roi;
    // figures withheld from this reader (too small), or an enrolled cohort without a computed ROI
    const withheld = (view.tooSmall ?? []).includes(cohort.cohortId) || (cohort.kind !== "comparison" && roi === null);
    const interval = cohort.interval?.roiPct ?? null;
    return {
      cohortId: cohort.cohortId,
      name: names.get(cohort.cohortId) ?? cohort.cohortId,
      kind: cohort.kind,
      participants: cohort.participants,
      withheld,
      costs: finite(roi?.totalCosts),
      benefits: finite(roi?.totalBenefits),
      net: finite(roi?.netBenefits),
      roiPct: finite(roi?.roiPct),
      roiLow: roi ? finite(interval?.low) : null,
      roiHigh: roi ? finite(interval?.high) : null,
      level: roi && interval ? finite(cohort.interval?.confidencePct) : null,
      bcr: finite(roi?.bcr),
      paybackMonths: finite(roi?.paybackMonths),
      responseRate: finite(cohort.l1?.responseRate),
      satisfaction: finite(cohort.l1?.satisfaction),
      l2Pairs: cohort.l2 ? cohort.l2.pairs : null,
      l2Effect: finite(cohort.l2?.effect?.value),
      l3Pairs: cohort.l3 ? cohort.l3.pairs : null,
      l3Effect: finite(cohort.l3?.effect?.value),
      measured: (cohort.l4 ?? []).filter((m) => m.method !== "none").length,
      measures: (cohort.l4 ?? []).length,
      evaluation: cohort,
    };
  });
}

const INTL: Record<TLocale, string> = { nl: "nl-BE", fr: "fr-BE", en: "en-GB" };

/** Numbers for the reader: money without cents, percentages and ratios with up to one or two decimals; null as `none`. */
export function formatters(locale: TLocale, currency: string, none: string) {
  const tag = INTL[locale];
  let money: Intl.NumberFormat;
  try {
    money = new Intl.NumberFormat(tag, { style: "currency", currency, maximumFractionDigits: 0 });
  } catch {
    money = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  }
  const one = new Intl.NumberFormat(tag, { minimumFractionDigits: 0, maximumFractionDigits: 1 });
  const two = new Intl.NumberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const or = (format: (v: number) => string) => (value: number | null) => (value === null ? none : format(value));
  return {
    money: or((v) => money.format(v)),
    pct: or((v) => `${one.format(v)} %`),
    ratio: or((v) => two.format(v)),
    number: or((v) => one.format(v)),
    share: or((v) => `${one.format(v * 100)} %`),
    date: (iso: string) => new Intl.DateTimeFormat(tag, { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" }).format(new Date(iso)),
  };
}

const STEP_PRINCIPLES: Readonly<Record<TEvaluationStepShown["code"], readonly TPhillipsPrinciple[]>> = {
  COST_PRORATED: [PHILLIPS_PRINCIPLE.fullyLoadCosts],
  PARTICIPANT_TIME: [PHILLIPS_PRINCIPLE.fullyLoadCosts],
  MEASURE_COMPARISON_GROUP: [PHILLIPS_PRINCIPLE.isolate],
  MEASURE_ESTIMATES: [PHILLIPS_PRINCIPLE.isolate, PHILLIPS_PRINCIPLE.adjustEstimates],
  MEASURE_MORE_CONSERVATIVE: [PHILLIPS_PRINCIPLE.conservative],
  MEASURE_NOT_ISOLATED: [PHILLIPS_PRINCIPLE.isolate, PHILLIPS_PRINCIPLE.noDataNoImprovement],
  NON_RESPONDERS_ZERO: [PHILLIPS_PRINCIPLE.noDataNoImprovement],
  ESTIMATE_EXCLUDED: [PHILLIPS_PRINCIPLE.excludeExtremes],
};

/**
 * The Phillips principles the evaluation applied, in their order: those behind its steps and the ROI engine's,
 * plus first-year benefits only and fully loaded costs, which every evaluation applies.
 */
export function principlesApplied(view: TProgrammeEvaluationView): TPhillipsPrinciple[] {
  const applied = new Set<TPhillipsPrinciple>([PHILLIPS_PRINCIPLE.firstYearOnly, PHILLIPS_PRINCIPLE.fullyLoadCosts]);
  for (const cohort of view.evaluation.cohorts) {
    for (const step of cohort.steps ?? []) for (const p of STEP_PRINCIPLES[step.code] ?? []) applied.add(p);
    for (const step of cohort.roi?.explanation.steps ?? []) {
      if ("principle" in step) applied.add(step.principle);
      if (step.code === "BENEFIT_LINE") for (const a of step.adjustments) applied.add(a.principle);
    }
  }
  return [...applied].sort((a, b) => a - b);
}
