// Programme evaluations ask the one policy (domain/policy): evaluation.read, evaluation.manage, evaluation.cohort.read.
// These two helpers remain for the use cases that still import them (the dashboard and the evaluation view).
import { authorise, can } from "../../domain/policy/index";
import type { TActor } from "../../domain/shared/roles";

export { EXECUTIVE_MIN_COHORT } from "../../domain/policy/index";

/** 403 unless the policy lets the actor read programme evaluations. */
export function mustReadEvaluations(actor: TActor): void {
  authorise(actor, "evaluation.read");
}

/** True when the reader must not see this cohort's figures (evaluation.cohort.read: an executive and a small cohort). */
export function hidesCohort(actor: TActor, participants: number): boolean {
  return !can(actor, "evaluation.cohort.read", { participants });
}
