// The programme evaluation engine (issue 6): Kirkpatrick levels 1–4 per cohort and the Phillips ROI from the
// data Sterk holds, conservative and explained. Pure: the PRNG for the bootstrap is injected.
import { bootstrapRoi, computeRoi, hedgesG, pairedChange, type TWorksheet } from "../roi/index";
import type { TRandom } from "../shared/random";
import { checkProgramme } from "./validate";
import type {
  TBeforeAfter,
  TCohort,
  TCohortEvaluation,
  TDirection,
  TEvaluationStep,
  TLevelData,
  TLevelResult,
  TMeasure,
  TMeasureResult,
  TProgrammeEvaluation,
  TProgrammeInput,
} from "./types";

/** An estimate is extreme (principle 8) above Q3 + EXTREME_IQR × IQR of the adjusted estimates, with at least MIN_FOR_EXTREMES of them. */
export const EXTREME_IQR = 3;
export const MIN_FOR_EXTREMES = 4;
/** The comparison group needs this many people with both measurements to isolate a measure. */
export const MIN_COMPARISON_RESPONDERS = 2;

const mean = (xs: readonly number[]) => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);
const signed = (direction: TDirection, change: number) => (direction === "lower_is_better" ? -change : change);
const complete = (v: TBeforeAfter): v is { personId: string; before: number; after: number } => v.before !== null && v.after !== null;

function quantile(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const below = sorted[lo] ?? 0;
  return below + (h - lo) * ((sorted[Math.min(lo + 1, sorted.length - 1)] ?? below) - below);
}

/** Splits cents over weights so the parts add up exactly (largest remainder, ties by position). */
function splitCents(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0) return weights.map(() => 0);
  const raw = weights.map((w) => (total * w) / sum);
  const parts = raw.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
    left--;
  }
  return parts;
}

function levelOf(data: TLevelData | null, members: ReadonlySet<string>, level: number): { result: TLevelResult; improvements: number[] } | null {
  if (!data) return null;
  const pairs = data.values.filter((v) => members.has(v.personId) && complete(v)) as { before: number; after: number }[];
  const improvements = pairs.map((p) => signed(data.direction, p.after - p.before));
  // d_z of the improvements (already oriented so that positive is better)
  const effect = pairedChange(improvements.map(() => 0), improvements, level);
  return { result: { pairs: pairs.length, meanImprovement: mean(improvements), effect }, improvements };
}

type TCohortCosts = TCohortEvaluation["costs"];

function costsOf(input: TProgrammeInput, cohort: TCohort, enrolled: readonly TCohort[], steps: TEvaluationStep[]): TCohortCosts {
  const lines: TCohortCosts["lines"] = [];
  const sizes = enrolled.map((c) => c.personIds.length);
  const index = enrolled.findIndex((c) => c.id === cohort.id);
  for (const cost of input.costs) {
    if (cost.cohortId === cohort.id) lines.push({ name: cost.name, category: cost.category, amountCents: cost.amountCents, prorated: false });
    else if (cost.cohortId === null && index >= 0) {
      const share = splitCents(cost.amountCents, sizes)[index] ?? 0;
      lines.push({ name: cost.name, category: cost.category, amountCents: share, prorated: true });
      steps.push({ code: "COST_PRORATED", name: cost.name, amountCents: cost.amountCents, shareCents: share, participants: cohort.personIds.length, enrolled: sizes.reduce((a, b) => a + b, 0) });
    }
  }
  for (const time of input.participantTime.filter((t) => t.cohortId === cohort.id)) {
    const amountCents = Math.round(time.hoursPerParticipant * time.loadedHourlyRateCents * cohort.personIds.length);
    lines.push({ name: "participant time", category: "participant_time", amountCents, prorated: false });
    steps.push({ code: "PARTICIPANT_TIME", participants: cohort.personIds.length, hours: time.hoursPerParticipant, rateCents: time.loadedHourlyRateCents, amountCents });
  }
  return { totalCents: lines.reduce((a, l) => a + l.amountCents, 0), lines };
}

type TMeasureOutcome = { result: TMeasureResult; perPerson: Map<string, number> };

/** One measure for one cohort: comparison-group DiD and/or participants' estimates, the more conservative one. */
function measureOf(input: TProgrammeInput, measure: TMeasure, cohort: TCohort, comparison: ReadonlySet<string> | null, steps: TEvaluationStep[]): TMeasureOutcome {
  const members = new Set(cohort.personIds);
  const values = input.measureValues.filter((v) => v.measureId === measure.id && complete(v)) as { personId: string; before: number; after: number }[];
  const responders = values.filter((v) => members.has(v.personId));
  const improvement = (v: { before: number; after: number }) => signed(measure.direction, v.after - v.before);
  const meanImprovement = mean(responders.map(improvement));
  const yearly = measure.unitValueCents * measure.periodsPerYear;

  let did: Map<string, number> | null = null;
  let didTotal = 0;
  const comparisonValues = comparison ? values.filter((v) => comparison.has(v.personId)) : [];
  if (comparisonValues.length >= MIN_COMPARISON_RESPONDERS && responders.length > 0) {
    const comparisonImprovement = mean(comparisonValues.map(improvement)) ?? 0;
    did = new Map(responders.map((v) => [v.personId, Math.round((improvement(v) - comparisonImprovement) * yearly)]));
    didTotal = [...did.values()].reduce((a, b) => a + b, 0);
    steps.push({ code: "MEASURE_COMPARISON_GROUP", measureId: measure.id, responders: responders.length, participantImprovement: meanImprovement ?? 0, comparisonImprovement, benefitCents: didTotal });
    const nonResponders = cohort.personIds.length - responders.length;
    if (nonResponders > 0) steps.push({ code: "NON_RESPONDERS_ZERO", measureId: measure.id, nonResponders });
  }

  let estimated: Map<string, number> | null = null;
  let estimatedTotal = 0;
  const estimates = input.estimates.filter((e) => e.measureId === measure.id && members.has(e.personId));
  if (estimates.length > 0) {
    const adjusted = estimates.map((e) => ({ personId: e.personId, cents: Math.round((e.annualValueCents * e.contributionPct * e.confidencePct) / 10_000) }));
    let limit = Number.POSITIVE_INFINITY;
    if (adjusted.length >= MIN_FOR_EXTREMES) {
      const sorted = adjusted.map((a) => a.cents).sort((a, b) => a - b);
      const q1 = quantile(sorted, 0.25);
      const q3 = quantile(sorted, 0.75);
      limit = q3 + EXTREME_IQR * (q3 - q1);
    }
    estimated = new Map();
    let excluded = 0;
    for (const a of adjusted) {
      if (a.cents > limit) {
        excluded++;
        steps.push({ code: "ESTIMATE_EXCLUDED", measureId: measure.id, personId: a.personId, adjustedCents: a.cents, limitCents: Math.floor(limit) });
        continue;
      }
      estimated.set(a.personId, (estimated.get(a.personId) ?? 0) + a.cents);
    }
    estimatedTotal = [...estimated.values()].reduce((a, b) => a + b, 0);
    steps.push({ code: "MEASURE_ESTIMATES", measureId: measure.id, estimates: estimates.length, excluded, benefitCents: estimatedTotal });
  }

  let method: TMeasureResult["method"] = "none";
  let perPerson = new Map<string, number>();
  if (did && estimated) {
    const chosen = estimatedTotal < didTotal ? "estimates" : "comparison-group";
    steps.push({ code: "MEASURE_MORE_CONSERVATIVE", measureId: measure.id, chosen, comparisonCents: didTotal, estimatesCents: estimatedTotal });
    method = chosen;
    perPerson = chosen === "estimates" ? estimated : did;
  } else if (did) {
    method = "comparison-group";
    perPerson = did;
  } else if (estimated) {
    method = "estimates";
    perPerson = estimated;
  } else if (responders.length > 0) steps.push({ code: "MEASURE_NOT_ISOLATED", measureId: measure.id, responders: responders.length });
  const benefitCents = [...perPerson.values()].reduce((a, b) => a + b, 0);
  return { result: { measureId: measure.id, responders: responders.length, meanImprovement, method, benefitCents }, perPerson };
}

function reactionsOf(input: TProgrammeInput, cohort: TCohort): TCohortEvaluation["l1"] {
  const members = new Set(cohort.personIds);
  const rows = input.reactions.filter((r) => members.has(r.personId));
  const n = cohort.personIds.length;
  return {
    responses: rows.length,
    responseRate: n === 0 ? null : rows.length / n,
    satisfaction: mean(rows.map((r) => r.satisfaction)),
    relevance: mean(rows.map((r) => r.relevance)),
    intentToApply: mean(rows.map((r) => r.intentToApply)),
  };
}

function worksheetOf(input: TProgrammeInput, costs: TCohortCosts, measures: readonly TMeasureResult[]): TWorksheet {
  const names = new Map(input.measures.map((m) => [m.id, m.name]));
  return {
    currency: input.currency,
    costs: { kind: "items", items: costs.lines.map((l) => ({ name: l.name, amount: l.amountCents / 100 })) },
    benefitItems: measures
      .filter((m) => m.method !== "none")
      .map((m) => ({
        name: names.get(m.measureId) ?? m.measureId,
        value: { kind: "annual" as const, annualValue: m.benefitCents / 100 },
        // already isolated (comparison group) or adjusted per estimate (contribution × confidence) above
        contributionPct: 100,
        confidencePct: 100,
        extraAdjustmentPct: 100,
        include: true,
      })),
  };
}

/**
 * Evaluates a programme: per cohort the four levels, fully loaded costs, isolated benefits, the ROI with its
 * bootstrap interval and every step taken; then personalised next to standard. The comparison cohort has
 * levels but no ROI.
 */
export function evaluateProgramme(input: TProgrammeInput, random: TRandom): TProgrammeEvaluation {
  checkProgramme(input);
  const level = (input.confidencePct ?? 90) / 100;
  const enrolled = input.cohorts.filter((c) => c.kind !== "comparison");
  const comparisonIds = input.cohorts.filter((c) => c.kind === "comparison").flatMap((c) => c.personIds);
  const comparison = comparisonIds.length > 0 ? new Set(comparisonIds) : null;
  const improvementsBy = new Map<string, { l2: number[]; l3: number[] }>();

  const cohorts = input.cohorts.map((cohort): TCohortEvaluation => {
    const steps: TEvaluationStep[] = [];
    const members = new Set(cohort.personIds);
    const l2 = levelOf(input.learning, members, level);
    const l3 = levelOf(input.application, members, level);
    improvementsBy.set(cohort.id, { l2: l2?.improvements ?? [], l3: l3?.improvements ?? [] });
    const base = { cohortId: cohort.id, kind: cohort.kind, participants: cohort.personIds.length, l1: reactionsOf(input, cohort), l2: l2?.result ?? null, l3: l3?.result ?? null };
    if (cohort.kind === "comparison") {
      return { ...base, l4: input.measures.map((m) => measureOf(input, m, cohort, null, []).result), costs: { totalCents: 0, lines: [] }, benefitsCents: 0, roi: null, interval: null, steps };
    }
    const costs = costsOf(input, cohort, enrolled, steps);
    const outcomes = input.measures.map((m) => measureOf(input, m, cohort, comparison, steps));
    const perPerson = cohort.personIds.map((id) => outcomes.reduce((a, o) => a + (o.perPerson.get(id) ?? 0), 0) / 100);
    const l4 = outcomes.map((o) => o.result);
    const roi = computeRoi(worksheetOf(input, costs, l4));
    const interval =
      perPerson.length > 0
        ? bootstrapRoi({ perPersonBenefits: perPerson, totalCosts: costs.totalCents / 100, random, confidencePct: input.confidencePct ?? 90, resamples: input.resamples ?? 10_000 })
        : null;
    return { ...base, l4, costs, benefitsCents: l4.reduce((a, m) => a + m.benefitCents, 0), roi, interval, steps };
  });

  const pooled = (kind: "personalised" | "standard", level: "l2" | "l3") =>
    input.cohorts.filter((c) => c.kind === kind).flatMap((c) => improvementsBy.get(c.id)?.[level] ?? []);
  const of = (kind: "personalised" | "standard") => cohorts.filter((c) => c.kind === kind);
  const personalised = of("personalised");
  const standard = of("standard");
  const perParticipant = (rows: TCohortEvaluation[]) => {
    const n = rows.reduce((a, c) => a + c.participants, 0);
    return n === 0 ? null : rows.reduce((a, c) => a + c.benefitsCents, 0) / n;
  };
  const roiOf = (rows: TCohortEvaluation[]) => {
    const costs = rows.reduce((a, c) => a + c.costs.totalCents, 0);
    const benefits = rows.reduce((a, c) => a + c.benefitsCents, 0);
    return costs > 0 ? ((benefits - costs) / costs) * 100 : null;
  };
  const personalisedVsStandard =
    personalised.length > 0 && standard.length > 0
      ? {
          l2: hedgesG(pooled("personalised", "l2"), pooled("standard", "l2"), level),
          l3: hedgesG(pooled("personalised", "l3"), pooled("standard", "l3"), level),
          roiPct: { personalised: roiOf(personalised), standard: roiOf(standard) },
          benefitPerParticipantCents: { personalised: perParticipant(personalised), standard: perParticipant(standard) },
        }
      : null;
  return { currency: input.currency, cohorts, personalisedVsStandard };
}

