import { findChallenge } from "../assessment/manager-challenges";
import { DomainError, ErrorCodes, invalid } from "../shared/errors";
import type { TDevelopmentModule } from "./catalogue";
import { checkMoney, sumMoney, type TMoney } from "./money";

export const MIN_GOALS = 1;
export const MAX_GOALS = 3;
/** A plan holds at most this many modules (a menu is 8 long; a plan is a choice from it). */
export const MAX_PLAN_MODULES = 10;

/** One goal of a plan: linked to a challenge and, optionally, to a business measure (e.g. "absenteeism in my team"). */
export type TPlanGoal = { challengeId: string; description: string; businessMeasure: string | null };

/** The content of one plan version as the manager submits it. */
export type TPlanDraft = { moduleIds: readonly string[]; goals: readonly TPlanGoal[] };

type TRecord = Record<string, unknown>;
const isRecord = (v: unknown): v is TRecord => typeof v === "object" && v !== null && !Array.isArray(v);

function goalOf(value: unknown, i: number): TPlanGoal {
  const field = `goals[${i}]`;
  if (!isRecord(value)) throw invalid(field, `${field} needs a challenge and a description`);
  const { challengeId, description, businessMeasure } = value;
  if (typeof challengeId !== "string" || !findChallenge(challengeId)) throw invalid(`${field}.challengeId`, `${field}.challengeId is not a known challenge`);
  if (typeof description !== "string" || description.trim() === "") throw invalid(`${field}.description`, `${field}.description is required`);
  if (description.length > 1_000) throw invalid(`${field}.description`, `${field}.description is longer than 1000 characters`);
  if (businessMeasure !== undefined && businessMeasure !== null && (typeof businessMeasure !== "string" || businessMeasure.length > 200)) {
    throw invalid(`${field}.businessMeasure`, `${field}.businessMeasure must be a text of at most 200 characters`);
  }
  const measure = typeof businessMeasure === "string" && businessMeasure.trim() !== "" ? businessMeasure.trim() : null;
  return { challengeId, description: description.trim(), businessMeasure: measure };
}

/** Validates a submitted plan against the catalogue: known, distinct modules (≥ 1) and 1–3 goals on distinct challenges. */
export function validatePlan(input: unknown, catalogue: readonly TDevelopmentModule[]): TPlanDraft {
  if (!isRecord(input)) throw invalid("plan", "a plan needs modules and goals");
  const { moduleIds, goals } = input;
  if (!Array.isArray(moduleIds) || moduleIds.length === 0) throw invalid("moduleIds", "pick at least one module");
  if (moduleIds.length > MAX_PLAN_MODULES) throw invalid("moduleIds", `a plan holds at most ${MAX_PLAN_MODULES} modules`);
  const known = new Set(catalogue.map((m) => m.id));
  const seen = new Set<string>();
  moduleIds.forEach((id: unknown, i) => {
    if (typeof id !== "string" || !known.has(id)) throw invalid(`moduleIds[${i}]`, `moduleIds[${i}] is not in the catalogue`);
    if (seen.has(id)) throw invalid(`moduleIds[${i}]`, `module ${id} is picked twice`);
    seen.add(id);
  });
  if (!Array.isArray(goals) || goals.length < MIN_GOALS || goals.length > MAX_GOALS) {
    throw invalid("goals", `a plan has ${MIN_GOALS} to ${MAX_GOALS} goals`);
  }
  const parsed = goals.map(goalOf);
  const challenges = new Set<string>();
  parsed.forEach((g, i) => {
    if (challenges.has(g.challengeId)) throw invalid(`goals[${i}].challengeId`, `two goals are linked to ${g.challengeId}`);
    challenges.add(g.challengeId);
  });
  return { moduleIds: moduleIds as string[], goals: parsed };
}

/** Cost and hours of the modules of a plan. */
export function planTotals(moduleIds: readonly string[], catalogue: readonly TDevelopmentModule[], currency = "EUR"): { cost: TMoney; hours: number } {
  const byId = new Map(catalogue.map((m) => [m.id, m]));
  const modules = moduleIds.map((id, i) => {
    const m = byId.get(id);
    if (!m) throw invalid(`moduleIds[${i}]`, `module ${id} is not in the catalogue`);
    return m;
  });
  return { cost: sumMoney("cost", currency, modules.map((m) => m.cost)), hours: modules.reduce((h, m) => h + m.hours, 0) };
}

/** A budget against what is committed to it: spent, left, and how far over (0 when within). */
export type TBudgetStatus = { budget: TMoney; spent: TMoney; left: TMoney; overBy: TMoney; withinBudget: boolean };

/** Budget arithmetic in integer cents; `left` never goes below 0 (the excess is `overBy`). */
export function budgetStatus(budget: TMoney, committed: readonly TMoney[]): TBudgetStatus {
  const checked = checkMoney("budget", budget);
  committed.forEach((c, i) => checkMoney(`committed[${i}]`, c));
  const spent = sumMoney("committed", checked.currency, committed);
  const leftCents = checked.cents - spent.cents;
  return {
    budget: checked,
    spent,
    left: { cents: Math.max(0, leftCents), currency: checked.currency },
    overBy: { cents: Math.max(0, -leftCents), currency: checked.currency },
    withinBudget: leftCents >= 0,
  };
}

/**
 * Whether a plan fits the person's budget and their department's budget. `otherCommitted` is what other plans
 * already take from the same budget (for a new version of a plan, leave its previous version out). null = no budget set.
 */
export function planBudgetCheck(
  planCost: TMoney,
  person: { budget: TMoney; otherCommitted: readonly TMoney[] } | null,
  department: { budget: TMoney; otherCommitted: readonly TMoney[] } | null,
): { person: TBudgetStatus | null; department: TBudgetStatus | null; fits: boolean } {
  const personStatus = person ? budgetStatus(person.budget, [...person.otherCommitted, planCost]) : null;
  const departmentStatus = department ? budgetStatus(department.budget, [...department.otherCommitted, planCost]) : null;
  return { person: personStatus, department: departmentStatus, fits: (personStatus?.withinBudget ?? true) && (departmentStatus?.withinBudget ?? true) };
}

/** The life of a plan version. */
export const PLAN_STATUSES = ["draft", "submitted", "approved", "changes_requested"] as const;
export type TPlanStatus = (typeof PLAN_STATUSES)[number];
export type TPlanAction = "submit" | "approve" | "request_changes" | "comment";
/** Who acts: the plan's owner, their line manager, or HR (an organisation admin). */
export type TPlanActor = "owner" | "line_manager" | "hr";

/** The plan state machine: for each action, the statuses it starts from, who takes it and the status it leads to. */
export const PLAN_TRANSITIONS: Readonly<Record<TPlanAction, { from: readonly TPlanStatus[]; by: readonly TPlanActor[]; to: TPlanStatus | null }>> = {
  submit: { from: ["draft", "changes_requested"], by: ["owner"], to: "submitted" },
  approve: { from: ["submitted"], by: ["line_manager", "hr"], to: "approved" },
  request_changes: { from: ["submitted", "approved"], by: ["line_manager", "hr"], to: "changes_requested" },
  comment: { from: PLAN_STATUSES, by: ["owner", "line_manager", "hr"], to: null },
};

/** The status after an action; a comment keeps it. Forbidden actor → FORBIDDEN; wrong status → CONFLICT. */
export function nextPlanStatus(current: TPlanStatus, action: TPlanAction, actor: TPlanActor): TPlanStatus {
  const rule = PLAN_TRANSITIONS[action];
  if (!rule.by.includes(actor)) throw new DomainError(ErrorCodes.FORBIDDEN, `${actor} may not ${action} a plan`);
  if (!rule.from.includes(current)) throw new DomainError(ErrorCodes.CONFLICT, `${action} is not possible on a ${current} plan`, "status");
  return rule.to ?? current;
}
