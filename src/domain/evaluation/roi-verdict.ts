// The executive's verdict on a programme's evaluation (issue 14): what came back for every unit spent, with its
// interval; whether personalised beat standard and whether the interval still includes no difference; which levels
// have no data and so weaken the confidence. Figures only, taken from the evaluation as computed; wording is the
// reader's (web catalogue, PDF texts). Pure.
import type { TProgrammeEvaluationView } from "../../contracts/evaluation";

export type TVerdictLevel = "l1" | "l2" | "l3" | "l4";

export type TRoiVerdict = {
  /** the cohort the verdict speaks of (personalised first), or null when no enrolled cohort has an ROI */
  headline: { cohortId: string; returned: number; low: number | null; high: number | null; level: number | null } | null;
  /** personalised against standard on learning (L2), else on the job (L3); null without both cohorts or pairs */
  comparison: {
    level: "l2" | "l3";
    g: number;
    low: number;
    high: number;
    confidence: number;
    favours: "personalised" | "standard" | "neither";
    includesNoDifference: boolean;
  } | null;
  /** the headline cohort's levels without data */
  missingLevels: TVerdictLevel[];
};

type TCohort = TProgrammeEvaluationView["evaluation"]["cohorts"][number];

const finite = (value: number | null | undefined): value is number => typeof value === "number" && Number.isFinite(value);

function headlineCohort(cohorts: readonly TCohort[]) {
  const withRoi = cohorts.filter((c) => c.kind !== "comparison" && !("tooSmall" in c) && finite(c.roi?.bcr));
  return withRoi.find((c) => c.kind === "personalised") ?? withRoi[0] ?? null;
}

function missingLevels(cohort: TCohort | null): TVerdictLevel[] {
  if (!cohort || "tooSmall" in cohort) return ["l1", "l2", "l3", "l4"];
  const missing: TVerdictLevel[] = [];
  if (!cohort.l1.responses) missing.push("l1");
  if (!cohort.l2?.pairs) missing.push("l2");
  if (!cohort.l3?.pairs) missing.push("l3");
  if (!cohort.l4.some((measure) => measure.method !== "none")) missing.push("l4");
  return missing;
}

/** The verdict: returned per unit spent = BCR (1 + ROI % / 100, so its interval is the ROI interval shifted). */
export function roiVerdict(view: Pick<TProgrammeEvaluationView, "evaluation">): TRoiVerdict {
  const cohort = headlineCohort(view.evaluation.cohorts);
  const roi = cohort && !("tooSmall" in cohort) ? cohort.roi : null;
  const interval = cohort && !("tooSmall" in cohort) ? cohort.interval : null;
  const low = interval?.roiPct?.low;
  const high = interval?.roiPct?.high;
  const headline =
    cohort && roi && finite(roi.bcr)
      ? {
          cohortId: cohort.cohortId,
          returned: roi.bcr,
          low: finite(low) ? 1 + low / 100 : null,
          high: finite(high) ? 1 + high / 100 : null,
          level: finite(low) && finite(high) && interval ? interval.confidencePct : null,
        }
      : null;
  const thesis = view.evaluation.personalisedVsStandard;
  const effect = thesis?.l2 ? { level: "l2" as const, e: thesis.l2 } : thesis?.l3 ? { level: "l3" as const, e: thesis.l3 } : null;
  const comparison = effect
    ? {
        level: effect.level,
        g: effect.e.value,
        low: effect.e.low,
        high: effect.e.high,
        confidence: Math.round(effect.e.level * 100),
        favours: effect.e.value > 0 ? ("personalised" as const) : effect.e.value < 0 ? ("standard" as const) : ("neither" as const),
        includesNoDifference: effect.e.low <= 0 && effect.e.high >= 0,
      }
    : null;
  return { headline, comparison, missingLevels: missingLevels(cohort) };
}
