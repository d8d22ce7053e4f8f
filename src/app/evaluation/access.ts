// Who may do what with programme evaluations (issue 6): HR admins and the operator everything; executives read
// the dashboard, programmes (without names) and evaluations; everyone else only their own follow-up questionnaire.
import { DomainError } from "../../domain/shared/errors";
import { canAdministerOrganisation, type TActor } from "../../domain/shared/roles";

/** Executives see figures of a cohort only from this many participants on. */
export const EXECUTIVE_MIN_COHORT = 5;

export function isEvaluationAdmin(actor: TActor): boolean {
  return canAdministerOrganisation(actor);
}

export function canReadEvaluations(actor: TActor): boolean {
  return isEvaluationAdmin(actor) || actor.roles.includes("executive");
}

export function mustAdministerEvaluation(actor: TActor): void {
  if (!isEvaluationAdmin(actor)) throw new DomainError("FORBIDDEN", "only HR admins manage programmes and business measures");
}

export function mustReadEvaluations(actor: TActor): void {
  if (!canReadEvaluations(actor)) throw new DomainError("FORBIDDEN", "only HR admins and executives read programme evaluations");
}

/** True when the reader must not see this cohort's figures (an executive and a cohort under the minimum). */
export function hidesCohort(actor: TActor, participants: number): boolean {
  return !isEvaluationAdmin(actor) && participants < EXECUTIVE_MIN_COHORT;
}
