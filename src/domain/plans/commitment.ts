// The one rule for committing money and hours to a person's development (issue 13): a plan submitted or approved,
// an enrolment in a module, the optimiser's allocation, HR's override. Each asks `decideCommitment` whether the
// whole commitment — everything the person would then hold — fits the person's budget, the department's budget
// and the hour limit, and rests on an approved plan or HR's explicit approval with a reason.
import { DomainError, ErrorCodes, invalid } from "../shared/errors";
import { checkCents, checkCurrency } from "./money";

/** Why a commitment is refused; the web words each code in the reader's language. */
export const COMMITMENT_REFUSAL_CODES = ["not_in_approved_plan", "over_hour_limit", "over_person_budget", "over_department_budget"] as const;
export type TCommitmentRefusalCode = (typeof COMMITMENT_REFUSAL_CODES)[number];

/** The machine-readable facts of a refusal. Money in integer cents of `currency`; spent includes the commitment. */
export type TCommitmentRefusal = {
  code: TCommitmentRefusalCode;
  currency: string;
  /** the budget at stake (person's or department's), null for the hour limit and the plan rule */
  budgetCents: number | null;
  spentCents: number;
  overByCents: number;
  hours: number;
  limitHours: number | null;
  overByHours: number;
  /** the department whose budget is exceeded (over_department_budget) */
  department: string | null;
  /** the module asked for outside the approved plan (not_in_approved_plan) */
  moduleId: string | null;
};

/** What the person would hold in total if the commitment is made (e.g. the plan's modules, or the plan plus one module). */
export type TCommitment = {
  costCents: number;
  hours: number;
  currency: string;
  /**
   * What it rests on: the plan itself going through its approval ("plan"), a module of the person's approved plan,
   * a module outside it (refused unless HR approves it with a reason).
   */
  basis:
    | { kind: "plan" }
    | { kind: "module"; moduleId: string; inApprovedPlan: boolean; override: { reason: string } | null };
};

/** The person's budget, the department's budget and the hour limit, with what others already committed. null = none set. */
export type TCommitmentLimits = {
  currency: string;
  /** `committedCents`: other commitments on the person's own budget (not the commitment asked about) */
  person: { budgetCents: number; committedCents: number } | null;
  /** `committedCents`: what the department's other people hold */
  department: { name: string; budgetCents: number; committedCents: number } | null;
  limitHours: number | null;
};

export type TCommitmentDecision = { ok: true } | { ok: false; refusals: readonly [TCommitmentRefusal, ...TCommitmentRefusal[]] };

/** The longest reason HR may give for an override. */
export const MAX_OVERRIDE_REASON = 1_000;

function checkInput(commitment: TCommitment, limits: TCommitmentLimits) {
  checkCents("costCents", commitment.costCents);
  if (!Number.isFinite(commitment.hours) || commitment.hours < 0) throw invalid("hours", "hours must be 0 or more");
  checkCurrency("currency", commitment.currency);
  // no silent conversion: a commitment is judged only against budgets in its own currency
  if (commitment.currency !== limits.currency) throw invalid("currency", `the commitment is in ${commitment.currency}, the budgets in ${limits.currency}`);
  const basis = commitment.basis;
  if (basis.kind === "module" && basis.override !== null) {
    const reason = basis.override.reason.trim();
    if (reason === "") throw invalid("override.reason", "an override needs a reason");
    if (reason.length > MAX_OVERRIDE_REASON) throw invalid("override.reason", `the reason is longer than ${MAX_OVERRIDE_REASON} characters`);
  }
}

/**
 * Decides whether a person may hold `commitment`: from an approved plan or with HR's override (a reason), within the
 * hour limit, the person's budget and the department's budget (exactly at a limit fits). Every refusal is listed.
 */
export function decideCommitment(commitment: TCommitment, limits: TCommitmentLimits): TCommitmentDecision {
  checkInput(commitment, limits);
  const { costCents, hours, currency, basis } = commitment;
  const base = { currency, hours, limitHours: limits.limitHours, overByHours: 0, department: null, moduleId: null, budgetCents: null, spentCents: costCents, overByCents: 0 };
  const refusals: TCommitmentRefusal[] = [];
  if (basis.kind === "module" && !basis.inApprovedPlan && basis.override === null) {
    refusals.push({ ...base, code: "not_in_approved_plan", moduleId: basis.moduleId });
  }
  // hours are decimal sums (1.5 + 0.1 …): compare to the hundredth, as they are shown
  const overByHours = limits.limitHours === null ? 0 : Math.round((hours - limits.limitHours) * 100) / 100;
  if (overByHours > 0) {
    refusals.push({ ...base, code: "over_hour_limit", overByHours });
  }
  if (limits.person) {
    const spentCents = limits.person.committedCents + costCents;
    if (spentCents > limits.person.budgetCents) {
      refusals.push({ ...base, code: "over_person_budget", budgetCents: limits.person.budgetCents, spentCents, overByCents: spentCents - limits.person.budgetCents });
    }
  }
  if (limits.department) {
    const { name, budgetCents, committedCents } = limits.department;
    const spentCents = committedCents + costCents;
    if (spentCents > budgetCents) refusals.push({ ...base, code: "over_department_budget", department: name, budgetCents, spentCents, overByCents: spentCents - budgetCents });
  }
  const [first, ...rest] = refusals;
  return first ? { ok: false, refusals: [first, ...rest] } : { ok: true };
}

const amount = (cents: number, currency: string) => `${(cents / 100).toFixed(2)} ${currency}`;

/** An English sentence for one refusal (logs, the API's `detail`); people read the web's translation of the code. */
export function refusalText(refusal: TCommitmentRefusal): string {
  const { currency } = refusal;
  switch (refusal.code) {
    case "not_in_approved_plan":
      return `module ${refusal.moduleId} is not in the person's approved plan (HR may approve it with a reason)`;
    case "over_hour_limit":
      return `${refusal.hours} hours go over the limit of ${refusal.limitHours} hours by ${refusal.overByHours}`;
    case "over_person_budget":
      return `it goes over the person's budget (${amount(refusal.budgetCents ?? 0, currency)}) by ${amount(refusal.overByCents, currency)}`;
    case "over_department_budget":
      return `it goes over the department budget of ${refusal.department} (${amount(refusal.budgetCents ?? 0, currency)}) by ${amount(refusal.overByCents, currency)}`;
  }
}

/** Throws CONFLICT (field `field`) carrying the refusals as `details.refusals` when the commitment is refused. */
export function requireCommitment(commitment: TCommitment, limits: TCommitmentLimits, field: string): void {
  const decision = decideCommitment(commitment, limits);
  if (decision.ok) return;
  const detail = decision.refusals.map(refusalText).join("; ");
  throw new DomainError(ErrorCodes.CONFLICT, `refused: ${detail}`, field, { refusals: decision.refusals });
}
