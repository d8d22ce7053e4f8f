import type { TBootstrapResult, TRoiResult } from "../roi/index";
import type { TEffectSize } from "../roi/effect-size";

/** personalised: à la carte plans; standard: the organisation's standard programme; comparison: not enrolled. */
export const COHORT_KINDS = ["personalised", "standard", "comparison"] as const;
export type TCohortKind = (typeof COHORT_KINDS)[number];
export type TCohort = { id: string; kind: TCohortKind; personIds: readonly string[] };

/** The fully loaded cost categories of the Phillips methodology. */
export const COST_CATEGORIES = [
  "needs_assessment",
  "design",
  "delivery",
  "mentor_fees",
  "materials",
  "participant_time",
  "travel_facilities",
  "evaluation",
  "overhead",
] as const;
export type TCostCategory = (typeof COST_CATEGORIES)[number];

/** A cost in integer cents; cohortId null = shared by the enrolled cohorts, prorated by participants. */
export type TCostLine = { name: string; category: TCostCategory; amountCents: number; cohortId: string | null };
/** Participants' time: hours each × loaded hourly rate, a cost of the cohort. */
export type TParticipantTime = { cohortId: string; hoursPerParticipant: number; loadedHourlyRateCents: number };

export type TDirection = "higher_is_better" | "lower_is_better";
/** Level 1: one person's mean reaction (1–5) over their surveys. */
export type TReaction = { personId: string; satisfaction: number; relevance: number; intentToApply: number };
/** A measurement before and after the programme for one person; null = not measured. */
export type TBeforeAfter = { personId: string; before: number | null; after: number | null };
/** Levels 2 and 3: e.g. challenge scan means before/after (lower is better), goal progress (higher is better). */
export type TLevelData = { direction: TDirection; values: readonly TBeforeAfter[] };

/** A level 4 business measure with its unit value from finance. Values are per period (e.g. days absent per month). */
export type TMeasure = { id: string; name: string; direction: TDirection; unitValueCents: number; unitValueSource: string; periodsPerYear: number };
export type TMeasureValue = TBeforeAfter & { measureId: string };
/** A participant's own estimate of a measure's yearly improvement, with the share due to the programme and their confidence. */
export type TEstimate = { personId: string; measureId: string; annualValueCents: number; contributionPct: number; confidencePct: number };

export type TProgrammeInput = {
  currency: string;
  cohorts: readonly TCohort[];
  costs: readonly TCostLine[];
  participantTime: readonly TParticipantTime[];
  reactions: readonly TReaction[];
  learning: TLevelData | null;
  application: TLevelData | null;
  measures: readonly TMeasure[];
  measureValues: readonly TMeasureValue[];
  estimates: readonly TEstimate[];
  /** the interval shown next to every ROI, in percent; default 90 */
  confidencePct?: number;
  resamples?: number;
};

/** What the evaluation did, as data; explained in the reader's language elsewhere. */
export type TEvaluationStep =
  | { code: "COST_PRORATED"; name: string; amountCents: number; shareCents: number; participants: number; enrolled: number }
  | { code: "PARTICIPANT_TIME"; participants: number; hours: number; rateCents: number; amountCents: number }
  | { code: "MEASURE_COMPARISON_GROUP"; measureId: string; responders: number; participantImprovement: number; comparisonImprovement: number; benefitCents: number }
  | { code: "MEASURE_ESTIMATES"; measureId: string; estimates: number; excluded: number; benefitCents: number }
  | { code: "MEASURE_MORE_CONSERVATIVE"; measureId: string; chosen: "comparison-group" | "estimates"; comparisonCents: number; estimatesCents: number }
  | { code: "MEASURE_NOT_ISOLATED"; measureId: string; responders: number }
  | { code: "NON_RESPONDERS_ZERO"; measureId: string; nonResponders: number }
  | { code: "ESTIMATE_EXCLUDED"; measureId: string; personId: string; adjustedCents: number; limitCents: number };
/** A step as readers see it: an excluded estimate without the person it came from. */
export type TEvaluationStepShown = Exclude<TEvaluationStep, { code: "ESTIMATE_EXCLUDED" }> | Omit<Extract<TEvaluationStep, { code: "ESTIMATE_EXCLUDED" }>, "personId">;

export type TLevelResult = { pairs: number; meanImprovement: number | null; effect: TEffectSize | null };
export type TMeasureResult = {
  measureId: string;
  responders: number;
  meanImprovement: number | null;
  method: "comparison-group" | "estimates" | "none";
  benefitCents: number;
};

export type TCohortEvaluation = {
  cohortId: string;
  kind: TCohortKind;
  participants: number;
  l1: { responses: number; responseRate: number | null; satisfaction: number | null; relevance: number | null; intentToApply: number | null };
  l2: TLevelResult | null;
  l3: TLevelResult | null;
  l4: TMeasureResult[];
  costs: { totalCents: number; lines: { name: string; category: TCostCategory; amountCents: number; prorated: boolean }[] };
  benefitsCents: number;
  /** null for the comparison group (it is not enrolled, so it has no ROI) */
  roi: TRoiResult | null;
  interval: TBootstrapResult | null;
  steps: TEvaluationStep[];
};

export type TProgrammeEvaluation = {
  currency: string;
  cohorts: TCohortEvaluation[];
  /** the seed's thesis, side by side; null unless both a personalised and a standard cohort exist */
  personalisedVsStandard: {
    l2: TEffectSize | null;
    l3: TEffectSize | null;
    roiPct: { personalised: number | null; standard: number | null };
    benefitPerParticipantCents: { personalised: number | null; standard: number | null };
  } | null;
};
