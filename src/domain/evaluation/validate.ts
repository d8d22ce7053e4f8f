import { checkCurrency } from "../plans/money";
import { invalid } from "../shared/errors";
import { COHORT_KINDS, COST_CATEGORIES, type TLevelData, type TProgrammeInput } from "./types";

const DIRECTIONS = ["higher_is_better", "lower_is_better"];
const LEVELS = [80, 90, 95, 99];

function cents(field: string, value: unknown): void {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) throw invalid(field, `${field} must be a whole number of cents, 0 or more`);
}
function finite(field: string, value: unknown): void {
  if (typeof value !== "number" || !Number.isFinite(value)) throw invalid(field, `${field} must be a finite number`);
}
function pct(field: string, value: unknown): void {
  finite(field, value);
  if ((value as number) < 0 || (value as number) > 100) throw invalid(field, `${field} must be from 0 to 100`);
}
function scale(field: string, value: unknown): void {
  finite(field, value);
  if ((value as number) < 1 || (value as number) > 5) throw invalid(field, `${field} must be from 1 to 5`);
}

function checkLevel(field: string, data: TLevelData | null): void {
  if (data === null) return;
  if (!DIRECTIONS.includes(data.direction)) throw invalid(`${field}.direction`, `${field}.direction must be higher_is_better or lower_is_better`);
  data.values.forEach((v, i) => {
    if (v.before !== null) finite(`${field}.values[${i}].before`, v.before);
    if (v.after !== null) finite(`${field}.values[${i}].after`, v.after);
  });
}

/** Validates a programme's data; the first problem is a DomainError naming the field. Mixed currencies are refused. */
export function checkProgramme(input: TProgrammeInput): void {
  checkCurrency("currency", input.currency);
  if (input.confidencePct !== undefined && !LEVELS.includes(input.confidencePct)) throw invalid("confidencePct", "confidencePct must be 80, 90, 95 or 99");
  if (input.resamples !== undefined && (!Number.isInteger(input.resamples) || input.resamples < 100 || input.resamples > 100_000)) {
    throw invalid("resamples", "resamples must be a whole number from 100 to 100,000");
  }
  const kinds = new Map<string, string>();
  const seen = new Set<string>();
  input.cohorts.forEach((c, i) => {
    if (typeof c.id !== "string" || c.id === "") throw invalid(`cohorts[${i}].id`, "a cohort needs an id");
    if (kinds.has(c.id)) throw invalid(`cohorts[${i}].id`, `cohort ${c.id} is listed twice`);
    if (!(COHORT_KINDS as readonly string[]).includes(c.kind)) throw invalid(`cohorts[${i}].kind`, `kind must be one of ${COHORT_KINDS.join(", ")}`);
    kinds.set(c.id, c.kind);
    c.personIds.forEach((id, k) => {
      if (seen.has(id)) throw invalid(`cohorts[${i}].personIds[${k}]`, `person ${id} is in two cohorts`);
      seen.add(id);
    });
  });
  input.costs.forEach((c, i) => {
    cents(`costs[${i}].amountCents`, c.amountCents);
    if (!(COST_CATEGORIES as readonly string[]).includes(c.category)) throw invalid(`costs[${i}].category`, `category must be one of ${COST_CATEGORIES.join(", ")}`);
    if (c.cohortId !== null) {
      const kind = kinds.get(c.cohortId);
      if (!kind) throw invalid(`costs[${i}].cohortId`, `cohort ${c.cohortId} is not in the programme`);
      if (kind === "comparison") throw invalid(`costs[${i}].cohortId`, "a comparison group has no programme costs");
    }
  });
  input.participantTime.forEach((t, i) => {
    const kind = kinds.get(t.cohortId);
    if (!kind || kind === "comparison") throw invalid(`participantTime[${i}].cohortId`, `cohort ${t.cohortId} is not an enrolled cohort of the programme`);
    finite(`participantTime[${i}].hoursPerParticipant`, t.hoursPerParticipant);
    if (t.hoursPerParticipant < 0) throw invalid(`participantTime[${i}].hoursPerParticipant`, "hours cannot be negative");
    cents(`participantTime[${i}].loadedHourlyRateCents`, t.loadedHourlyRateCents);
  });
  input.reactions.forEach((r, i) => {
    scale(`reactions[${i}].satisfaction`, r.satisfaction);
    scale(`reactions[${i}].relevance`, r.relevance);
    scale(`reactions[${i}].intentToApply`, r.intentToApply);
  });
  checkLevel("learning", input.learning);
  checkLevel("application", input.application);
  const measures = new Set<string>();
  input.measures.forEach((m, i) => {
    if (typeof m.id !== "string" || m.id === "" || measures.has(m.id)) throw invalid(`measures[${i}].id`, "a measure needs a unique id");
    measures.add(m.id);
    if (!DIRECTIONS.includes(m.direction)) throw invalid(`measures[${i}].direction`, "direction must be higher_is_better or lower_is_better");
    cents(`measures[${i}].unitValueCents`, m.unitValueCents);
    finite(`measures[${i}].periodsPerYear`, m.periodsPerYear);
    if (m.periodsPerYear <= 0 || m.periodsPerYear > 366) throw invalid(`measures[${i}].periodsPerYear`, "periodsPerYear must be above 0 and at most 366");
  });
  input.measureValues.forEach((v, i) => {
    if (!measures.has(v.measureId)) throw invalid(`measureValues[${i}].measureId`, `measure ${v.measureId} is not defined`);
    if (v.before !== null) finite(`measureValues[${i}].before`, v.before);
    if (v.after !== null) finite(`measureValues[${i}].after`, v.after);
  });
  input.estimates.forEach((e, i) => {
    if (!measures.has(e.measureId)) throw invalid(`estimates[${i}].measureId`, `measure ${e.measureId} is not defined`);
    cents(`estimates[${i}].annualValueCents`, e.annualValueCents);
    pct(`estimates[${i}].contributionPct`, e.contributionPct);
    pct(`estimates[${i}].confidencePct`, e.confidencePct);
  });
}
