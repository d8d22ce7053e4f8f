// The one authorisation policy: who may do what (actor × action × resource). Every use case asks `authorise`, the web
// asks `can` to decide what to show; docs/authorisation.md is generated from these rules (npm run docs:policy).
import { DomainError, ErrorCodes, notFound } from "../shared/errors";
import type { TPolicyActor } from "./actor";
import type { TDecision } from "./decision";
import type { TRule } from "./rule";
import { DIAGNOSIS_RULES } from "./rules/diagnosis";
import { EVALUATION_RULES } from "./rules/evaluation";
import { FEEDBACK_RULES } from "./rules/feedback";
import { MENTORING_RULES } from "./rules/mentoring";
import { PEOPLE_RULES } from "./rules/people";
import { PLAN_RULES } from "./rules/plans";
import { ADMINISTRATION_RULES, PLATFORM_RULES } from "./rules/platform";

/** Every action's rule, named `feature.verb`. */
export const POLICY = {
  ...PLATFORM_RULES,
  ...ADMINISTRATION_RULES,
  ...PEOPLE_RULES,
  ...EVALUATION_RULES,
  ...DIAGNOSIS_RULES,
  ...PLAN_RULES,
  ...FEEDBACK_RULES,
  ...MENTORING_RULES,
} as const;

export type TAction = keyof typeof POLICY;
/** The resource an action's rule needs (`void`: the organisation as a whole). */
export type TResourceOf<A extends TAction> = (typeof POLICY)[A] extends TRule<infer R> ? R : never;
type TResourceArgs<A extends TAction> = [TResourceOf<A>] extends [void] ? [] : [resource: TResourceOf<A>];

/** Every action, in the order of the documentation. */
export const ACTIONS = Object.keys(POLICY) as TAction[];

/** The policy's answer for one actor, action and resource. */
export function decide<A extends TAction>(actor: TPolicyActor, action: A, ...resource: TResourceArgs<A>): TDecision {
  const ruleOf = POLICY[action] as TRule<unknown>;
  return ruleOf.decide(actor, resource[0]);
}

/** True when the policy allows it. */
export function can<A extends TAction>(actor: TPolicyActor, action: A, ...resource: TResourceArgs<A>): boolean {
  return decide(actor, action, ...resource).allowed;
}

/** Throws the refusal as a DomainError (403, 404 hiding the thing, or 409 for the wrong state) unless allowed. */
export function authorise<A extends TAction>(actor: TPolicyActor, action: A, ...resource: TResourceArgs<A>): void {
  const decision = decide(actor, action, ...resource);
  if (decision.allowed) return;
  if (decision.refusal === "not_found") throw notFound(decision.entity ?? "resource");
  const code = decision.refusal === "conflict" ? ErrorCodes.CONFLICT : ErrorCodes.FORBIDDEN;
  throw new DomainError(code, decision.reason, decision.field);
}
