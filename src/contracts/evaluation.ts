// Issue 6: programmes under evaluation, their cohorts, costs and business measures; the evaluation (Kirkpatrick
// levels 1–4 and the Phillips ROI per cohort) and the executive dashboard. Amounts are integer cents.
import { z } from "zod";
import { COHORT_KINDS, COST_CATEGORIES } from "../domain/evaluation/types";
import type { TCohortEvaluation, TEvaluationStepShown } from "../domain/evaluation/types";
import type { TBootstrapResult } from "../domain/roi/bootstrap-roi";
import type { TEffectSize } from "../domain/roi/effect-size";
import type { TRoiResult } from "../domain/roi/types";

export { COHORT_KINDS, COST_CATEGORIES };
export const PROGRAMME_STATUSES = ["planned", "running", "completed"] as const;
export const MEASURE_DIRECTIONS = ["higher_is_better", "lower_is_better"] as const;
export const CONFIDENCE_PCTS = [80, 90, 95, 99] as const;

const ZMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "a month as YYYY-MM");
const ZDate = z.iso.date();
const ZCents = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
/** Text PostgreSQL can store: no NUL, no lone surrogate. */
const storable = (schema: z.ZodString) => schema.regex(/^(?:[^\u0000\uD800-\uDFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF])*$/, "must not contain NUL characters or lone surrogates");
const ZName = storable(z.string().trim().min(1).max(200));

/** Create or replace a programme's own fields (PUT replaces all of them). */
export const ZProgrammeInput = z.object({
  name: ZName,
  description: storable(z.string().max(4000)).default(""),
  currency: z.string().regex(/^[A-Z]{3}$/, "an ISO 4217 code such as EUR"),
  status: z.enum(PROGRAMME_STATUSES).default("planned"),
  startsOn: ZDate,
  endsOn: ZDate,
  baselineFrom: ZMonth.meta({ description: "first month averaged into each person's 'before' value" }),
  baselineTo: ZMonth,
  followupFrom: ZMonth.meta({ description: "first month averaged into each person's 'after' value" }),
  followupTo: ZMonth,
  confidencePct: z.union(CONFIDENCE_PCTS.map((n) => z.literal(n))).default(90),
  intangibles: z.array(storable(z.string().trim().min(1).max(300))).max(30).default([]).meta({ description: "benefits listed, never monetised" }),
});
export type TProgrammeInput = z.input<typeof ZProgrammeInput>;

export const ZCohortInput = z.object({ name: ZName, kind: z.enum(COHORT_KINDS) });
export const ZCohortMembersInput = z.object({ personIds: z.array(z.uuid()).max(100_000) });
export const ZCostInput = z.object({
  name: ZName,
  category: z.enum(COST_CATEGORIES),
  amountCents: ZCents,
  cohortId: z.uuid().nullable().meta({ description: "null = shared by the enrolled cohorts, prorated by participants" }),
});
export const ZParticipantTimeInput = z.object({
  hoursPerParticipant: z.number().min(0).max(10_000),
  loadedHourlyRateCents: ZCents,
});
export const ZMeasureInput = z.object({
  name: ZName,
  unit: storable(z.string().max(100)).default(""),
  direction: z.enum(MEASURE_DIRECTIONS),
  unitValueCents: ZCents.meta({ description: "the value of one unit of improvement, from finance" }),
  unitValueSource: storable(z.string().trim().min(1).max(500)).meta({ description: "where the unit value comes from" }),
  periodsPerYear: z.number().int().min(1).max(366).default(12),
});
export const ZProgrammeMeasuresInput = z.object({ measureIds: z.array(z.uuid()).max(50) });
/** Measure values entered by hand: one per person and month; `value` null deletes it. */
export const ZMeasureValuesInput = z.object({
  values: z.array(z.object({ personId: z.uuid(), period: ZMonth, value: z.number().finite().nullable() })).min(1).max(10_000),
});
/** A participant's follow-up questionnaire: per measure the yearly improvement they estimate, contribution and confidence. */
export const ZEstimatesInput = z.object({
  estimates: z
    .array(
      z.object({
        measureId: z.uuid(),
        annualValueCents: ZCents,
        contributionPct: z.number().min(0).max(100),
        confidencePct: z.number().min(0).max(100),
        comment: storable(z.string().max(2000)).optional(),
      }),
    )
    .max(50),
});

export const ZCohort = z.object({ id: z.uuid(), name: z.string(), kind: z.enum(COHORT_KINDS), members: z.number().int() });
export const ZCost = ZCostInput.extend({ id: z.uuid() });
export const ZMeasure = ZMeasureInput.extend({ id: z.uuid(), archived: z.boolean(), values: z.number().int().meta({ description: "values stored" }) });
export type TMeasure = z.infer<typeof ZMeasure>;

export const ZProgrammeSummary = z.object({
  id: z.uuid(),
  name: z.string(),
  status: z.enum(PROGRAMME_STATUSES),
  currency: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  participants: z.number().int().meta({ description: "people in enrolled cohorts" }),
  cohorts: z.array(ZCohort),
});
export type TProgrammeSummary = z.infer<typeof ZProgrammeSummary>;

export const ZProgramme = ZProgrammeSummary.extend({
  description: z.string(),
  baselineFrom: z.string(),
  baselineTo: z.string(),
  followupFrom: z.string(),
  followupTo: z.string(),
  confidencePct: z.number().int(),
  intangibles: z.array(z.string()),
  costs: z.array(ZCost),
  participantTime: z.array(ZParticipantTimeInput.extend({ cohortId: z.uuid() })),
  measures: z.array(ZMeasure),
  estimates: z.number().int().meta({ description: "participants who answered the follow-up questionnaire" }),
  dataVersion: z.number().int(),
});
export type TProgramme = z.infer<typeof ZProgramme>;

/** Members of a cohort as names (HR only). */
export const ZCohortMembers = z.object({ people: z.array(z.object({ id: z.uuid(), name: z.string(), employeeNumber: z.string().nullable(), department: z.string().nullable() })) });

// ---- the evaluation as readers receive it: strict objects, so a field the contract does not name (a person id)
// fails the integration tests' contract check instead of reaching a reader.

const ZEffectSize = z.strictObject({ value: z.number(), low: z.number(), high: z.number(), level: z.number(), n: z.number().int() });
const ZLevelResult = z.strictObject({ pairs: z.number().int(), meanImprovement: z.number().nullable(), effect: ZEffectSize.nullable() });
const ZMeasureResult = z.strictObject({
  measureId: z.string(),
  responders: z.number().int(),
  meanImprovement: z.number().nullable(),
  method: z.enum(["comparison-group", "estimates", "none"]),
  benefitCents: z.number(),
});
/** The evaluation's steps as data; an excluded estimate never says whose it was. */
export const ZEvaluationStep = z.discriminatedUnion("code", [
  z.strictObject({ code: z.literal("COST_PRORATED"), name: z.string(), amountCents: z.number(), shareCents: z.number(), participants: z.number().int(), enrolled: z.number().int() }),
  z.strictObject({ code: z.literal("PARTICIPANT_TIME"), participants: z.number().int(), hours: z.number(), rateCents: z.number(), amountCents: z.number() }),
  z.strictObject({ code: z.literal("MEASURE_COMPARISON_GROUP"), measureId: z.string(), responders: z.number().int(), participantImprovement: z.number(), comparisonImprovement: z.number(), benefitCents: z.number() }),
  z.strictObject({ code: z.literal("MEASURE_ESTIMATES"), measureId: z.string(), estimates: z.number().int(), excluded: z.number().int(), benefitCents: z.number() }),
  z.strictObject({ code: z.literal("MEASURE_MORE_CONSERVATIVE"), measureId: z.string(), chosen: z.enum(["comparison-group", "estimates"]), comparisonCents: z.number(), estimatesCents: z.number() }),
  z.strictObject({ code: z.literal("MEASURE_NOT_ISOLATED"), measureId: z.string(), responders: z.number().int() }),
  z.strictObject({ code: z.literal("NON_RESPONDERS_ZERO"), measureId: z.string(), nonResponders: z.number().int() }),
  z.strictObject({ code: z.literal("ESTIMATE_EXCLUDED"), measureId: z.string(), adjustedCents: z.number(), limitCents: z.number() }),
]);

const ZPrinciple = z.literal([4, 5, 6, 7, 8, 9, 10]);
const ZDirection = z.enum(["higher_is_better", "lower_is_better"]);
const ZRoiStep = z.discriminatedUnion("code", [
  z.strictObject({ code: z.literal("COST_ITEM"), index: z.number().int(), amount: z.number(), principle: ZPrinciple }),
  z.strictObject({ code: z.literal("COSTS_GIVEN_AS_TOTAL"), amount: z.number(), principle: ZPrinciple }),
  z.strictObject({ code: z.literal("COSTS_UNKNOWN") }),
  z.strictObject({
    code: z.literal("BENEFIT_LINE"),
    index: z.number().int(),
    annualValue: z.number(),
    adjustments: z.array(z.strictObject({ kind: z.enum(["contribution", "confidence", "extra"]), pct: z.number(), principle: ZPrinciple })),
    adjustedValue: z.number(),
  }),
  z.strictObject({ code: z.literal("BENEFIT_LINE_EXCLUDED"), index: z.number().int(), annualValue: z.number(), excludeReason: z.string().nullable(), principle: ZPrinciple }),
  z.strictObject({
    code: z.literal("CONTROL_GROUP_DID"),
    direction: ZDirection,
    experimentalChange: z.number(),
    controlChange: z.number(),
    effectPerParticipantPerPeriod: z.number(),
    unitValue: z.number(),
    periodsPerYear: z.number(),
    nParticipants: z.number(),
    benefit: z.number(),
    principle: ZPrinciple,
  }),
  z.strictObject({ code: z.literal("BENEFITS_GIVEN_AS_TOTAL"), amount: z.number() }),
  z.strictObject({ code: z.literal("BENEFITS_TOTAL_IGNORED"), amount: z.number() }),
  z.strictObject({ code: z.literal("NO_BENEFIT_DATA"), principle: ZPrinciple }),
]);
const ZRoiWarning = z.discriminatedUnion("code", [
  z.strictObject({ code: z.enum(["COSTS_GIVEN_AS_TOTAL", "COSTS_UNKNOWN", "COSTS_ZERO", "BENEFITS_GIVEN_AS_TOTAL", "BENEFITS_TOTAL_IGNORED", "NO_BENEFIT_DATA", "NO_PAYBACK"]) }),
  z.strictObject({ code: z.enum(["BENEFITS_NOT_ISOLATED", "EXCLUDED_WITHOUT_REASON"]), indexes: z.array(z.number().int()) }),
  z.strictObject({ code: z.literal("CONTROL_GROUP_NO_IMPROVEMENT"), effectPerParticipantPerPeriod: z.number() }),
  z.strictObject({ code: z.literal("PAYBACK_BEYOND_FIRST_YEAR"), paybackMonths: z.number() }),
  z.strictObject({ code: z.literal("RESULT_OUT_OF_RANGE"), fields: z.array(z.string()) }),
]);
/** The Phillips figures of one cohort (money in the programme's currency, not cents), its warnings and steps. */
export const ZRoiResult = z.strictObject({
  totalCosts: z.number().nullable(),
  totalBenefits: z.number(),
  netBenefits: z.number().nullable(),
  roiPct: z.number().nullable(),
  bcr: z.number().nullable(),
  paybackMonths: z.number().nullable(),
  didEffectPerParticipantPerPeriod: z.number().optional(),
  warnings: z.array(ZRoiWarning),
  explanation: z.strictObject({ steps: z.array(ZRoiStep) }),
});
const ZInterval = z.strictObject({ point: z.number(), low: z.number(), high: z.number() });
/** The bootstrap interval of a cohort's benefits and ROI. */
export const ZBootstrapResult = z.strictObject({
  nParticipants: z.number().int(),
  resamples: z.number().int(),
  confidencePct: z.number(),
  totalBenefits: ZInterval,
  roiPct: ZInterval.nullable(),
});

/** A cohort's levels 1–4, costs, benefits, ROI and interval, and every step taken. */
export const ZCohortFigures = z.strictObject({
  cohortId: z.string(),
  kind: z.enum(COHORT_KINDS),
  participants: z.number().int(),
  l1: z.strictObject({
    responses: z.number().int(),
    responseRate: z.number().nullable(),
    satisfaction: z.number().nullable(),
    relevance: z.number().nullable(),
    intentToApply: z.number().nullable(),
  }),
  l2: ZLevelResult.nullable(),
  l3: ZLevelResult.nullable(),
  l4: z.array(ZMeasureResult),
  costs: z.strictObject({
    totalCents: z.number(),
    lines: z.array(z.strictObject({ name: z.string(), category: z.enum(COST_CATEGORIES), amountCents: z.number(), prorated: z.boolean() })),
  }),
  benefitsCents: z.number(),
  roi: ZRoiResult.nullable(),
  interval: ZBootstrapResult.nullable(),
  steps: z.array(ZEvaluationStep),
});
export type TCohortFigures = z.infer<typeof ZCohortFigures>;
/** A cohort under 5 participants read by an executive: its size and kind, every figure null and no steps. */
export const ZCohortWithheld = z.strictObject({
  cohortId: z.string(),
  kind: z.enum(COHORT_KINDS),
  participants: z.number().int(),
  tooSmall: z.literal(true),
  l1: z.null(),
  l2: z.null(),
  l3: z.null(),
  l4: z.null(),
  costs: z.null(),
  benefitsCents: z.null(),
  roi: z.null(),
  interval: z.null(),
  steps: z.tuple([]),
});
export type TCohortWithheld = z.infer<typeof ZCohortWithheld>;
export const ZCohortEvaluationView = z.union([ZCohortFigures, ZCohortWithheld]);
export type TCohortEvaluationView = z.infer<typeof ZCohortEvaluationView>;

/** True when the reader sees the cohort's figures (it is not withheld as too small). */
export function hasFigures(c: TCohortEvaluationView): c is TCohortFigures {
  return !("tooSmall" in c);
}

const ZEffectPair = z.strictObject({ personalised: z.number().nullable(), standard: z.number().nullable() });
/** The seed's thesis side by side; null unless both a personalised and a standard cohort exist (and an executive may see both). */
const ZPersonalisedVsStandard = z
  .strictObject({ l2: ZEffectSize.nullable(), l3: ZEffectSize.nullable(), roiPct: ZEffectPair, benefitPerParticipantCents: ZEffectPair })
  .nullable();
const ZFunnel = z.strictObject({ participants: z.number(), l1: z.number(), l2: z.number(), l3: z.number(), l4: z.number() });

/** What the cache holds and every reader starts from: every cohort's figures (without person ids) and its funnel. */
export const ZStoredEvaluation = z.strictObject({
  evaluation: z.strictObject({ currency: z.string(), cohorts: z.array(ZCohortFigures), personalisedVsStandard: ZPersonalisedVsStandard }),
  funnel: z.record(z.string(), ZFunnel),
});
export type TStoredEvaluation = z.infer<typeof ZStoredEvaluation>;

/**
 * The evaluation: per cohort levels 1–4, costs, benefits, ROI with its bootstrap interval, and every step taken,
 * plus each step explained in the reader's language. Person ids are never included.
 */
export const ZProgrammeEvaluation = z.strictObject({
  programmeId: z.uuid(),
  computedAt: z.string(),
  locale: z.enum(["nl", "fr", "en"]),
  measures: z.array(z.strictObject({ id: z.string(), name: z.string(), unit: z.string() })),
  evaluation: z.strictObject({ currency: z.string(), cohorts: z.array(ZCohortEvaluationView), personalisedVsStandard: ZPersonalisedVsStandard }),
  explanations: z.record(z.string(), z.array(z.string())).meta({ description: "per cohort id: every step as a sentence" }),
  funnel: z.record(z.string(), ZFunnel),
  tooSmall: z
    .array(z.string())
    .optional()
    .meta({ description: "ids of cohorts under 5 participants read by an executive: reported as too small; in `evaluation.cohorts` they are withheld (figures null, steps empty); no funnel entry" }),
});
export type TProgrammeEvaluationView = z.infer<typeof ZProgrammeEvaluation>;

// The contract names every field the domain computes, and nothing else: either side changing alone fails typecheck.
type TSame<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const contractMatchesDomain: [
  TSame<Omit<TCohortFigures, "steps">, Omit<TCohortEvaluation, "steps">>,
  TSame<TCohortFigures["steps"][number], TEvaluationStepShown>,
  TSame<z.infer<typeof ZRoiResult>, TRoiResult>,
  TSame<z.infer<typeof ZBootstrapResult>, TBootstrapResult>,
  TSame<z.infer<typeof ZEffectSize>, TEffectSize>,
] = [true, true, true, true, true];
void contractMatchesDomain;

/** The executive dashboard: every programme's headline figures, organisation-wide participation and the L1–L4 funnel. */
export const ZDashboard = z.object({
  currency: z.string().nullable(),
  participation: z.object({ people: z.number().int(), inProgrammes: z.number().int(), withPlan: z.number().int(), inMentoring: z.number().int() }),
  programmes: z.array(
    ZProgrammeSummary.extend({
      cohortsFigures: z.array(
        z.object({
          cohortId: z.uuid(),
          kind: z.enum(COHORT_KINDS),
          participants: z.number().int(),
          costsCents: z.number().int(),
          benefitsCents: z.number().int(),
          roiPct: z.number().nullable(),
          bcr: z.number().nullable(),
          paybackMonths: z.number().nullable(),
          roiInterval: z.object({ low: z.number().nullable(), high: z.number().nullable(), level: z.number() }).nullable(),
          funnel: z.object({ participants: z.number(), l1: z.number(), l2: z.number(), l3: z.number(), l4: z.number() }),
        }),
      ),
      tooSmall: z
        .array(z.uuid())
        .optional()
        .meta({ description: "ids of cohorts under 5 participants read by an executive: reported as too small, without figures (absent from cohortsFigures; size and kind in `cohorts`)" }),
      evaluatedAt: z.string().nullable(),
    }),
  ),
});
export type TDashboard = z.infer<typeof ZDashboard>;
export type TDashboardFigures = TDashboard["programmes"][number]["cohortsFigures"][number];

/** A cohort's headline figures on the dashboard, from its evaluation and the programme's funnel (pure; the app and the web tests share it). */
export function dashboardFigures(c: TCohortFigures, funnel: TProgrammeEvaluationView["funnel"]): TDashboardFigures {
  const roiInterval = c.interval ? { low: c.interval.roiPct?.low ?? null, high: c.interval.roiPct?.high ?? null, level: c.interval.confidencePct } : null;
  return {
    cohortId: c.cohortId,
    kind: c.kind,
    participants: c.participants,
    costsCents: c.costs.totalCents,
    benefitsCents: c.benefitsCents,
    roiPct: c.roi?.roiPct ?? null,
    bcr: c.roi?.bcr ?? null,
    paybackMonths: c.roi?.paybackMonths ?? null,
    roiInterval,
    funnel: funnel[c.cohortId] ?? { participants: c.participants, l1: 0, l2: 0, l3: 0, l4: 0 },
  };
}

/** A participant's open follow-up questionnaires. */
export const ZMyEstimates = z.object({
  programmes: z.array(
    z.object({
      programmeId: z.uuid(),
      name: z.string(),
      currency: z.string(),
      measures: z.array(z.object({ id: z.uuid(), name: z.string(), unit: z.string() })),
      answers: z.array(ZEstimatesInput.shape.estimates.element),
    }),
  ),
});

/** A cohort's evaluation as one ROI worksheet case of the exchange format (SCHEMA.md): `inputs` is the worksheet. */
export const ZExchangeCase = z.strictObject({
  id: z.string(),
  programme_id: z.uuid(),
  cohort_id: z.string(),
  kind: z.string(),
  participants: z.number().int(),
  inputs: z.strictObject({
    currency: z.string(),
    cost_items: z.array(z.strictObject({ name: z.string(), amount: z.number(), category: z.string(), prorated: z.boolean() })),
    benefit_items: z.array(
      z.strictObject({ name: z.string(), annual_value: z.number(), contribution_pct: z.number(), confidence_pct: z.number(), measure_id: z.string(), isolation: z.string() }),
    ),
  }),
});
export type TExchangeCase = z.infer<typeof ZExchangeCase>;

/** One worksheet's result exactly as `sterk roi --json` prints it (SCHEMA.md exchange format). */
export const ZWorksheetOutput = z.object({
  id: z.string().nullable(),
  total_costs: z.number().nullable(),
  total_benefits: z.number().nullable(),
  net_benefits: z.number().nullable(),
  roi_pct: z.number().nullable(),
  bcr: z.number().nullable(),
  payback_months: z.number().nullable(),
  did_effect_per_participant_per_period: z.number().optional(),
  warnings: z.array(z.string()),
});
export type TWorksheetOutputView = z.infer<typeof ZWorksheetOutput>;

/** POST /api/roi/compute: the outputs `sterk roi --json` prints (always an array, input order) and each explained in the reader's language. */
export const ZRoiComputeResult = z.object({
  locale: z.enum(["nl", "fr", "en"]),
  outputs: z.array(ZWorksheetOutput),
  explanations: z.array(
    z.object({
      id: z.string().nullable(),
      currency: z.string().nullable(),
      steps: z.array(z.string()).meta({ description: "every step of the computation as a sentence" }),
      warnings: z.array(z.string()),
      principles: z.array(z.string()).meta({ description: "the Phillips guiding principles applied" }),
    }),
  ),
});
export type TRoiComputeResult = z.infer<typeof ZRoiComputeResult>;

// ---- added by the evaluation backend (helper A)

/** Stored values of one measure (HR). */
export const ZMeasureValuesPage = z.object({ values: z.array(z.object({ personId: z.uuid(), period: z.string(), value: z.number() })) });
export const ZMeasureValuesQuery = z.object({ from: ZMonth.optional(), to: ZMonth.optional() });
/** The outcome of a measure values import: row-level errors; a commit writes every row or, with any error, nothing. */
export const ZMeasureImportReport = z.object({
  headers: z.array(z.string()),
  rows: z.number().int(),
  accepted: z.number().int(),
  rejected: z.number().int(),
  errors: z.array(z.object({ line: z.number().int(), field: z.string(), message: z.string() })),
  committed: z.boolean(),
});
export type TMeasureImportReport = z.infer<typeof ZMeasureImportReport>;
export const ZMeasureList = z.object({ measures: z.array(ZMeasure) });
export const ZProgrammeList = z.object({ programmes: z.array(ZProgrammeSummary) });
export const ZEvaluationQuery = z.object({ locale: z.enum(["nl", "fr", "en"]).optional().meta({ description: "the reader's language; else the user's own, else the browser's" }), fresh: z.enum(["0", "1"]).optional() });
