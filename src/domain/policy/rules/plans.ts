// À la carte plans (decision 0006): who acts on a person's plan and in which state. The plan's owner edits and
// submits; their line manager or HR approves or asks for changes; all three comment. Anyone else: 404.
import { PLAN_TRANSITIONS, type TPlanAction, type TPlanStatus } from "../../plans/index";
import { administers, hasRole, inOrganisation, personOf } from "../actor";
import type { TPolicyActor } from "../actor";
import { allow, conflict, forbid, hide, type TDecision } from "../decision";
import { rule } from "../rule";
import type { TPersonResource } from "./diagnosis";

/** A person's plan; `status` null when the person has none yet, left out to ask about the relationship only. */
export type TPlanResource = { ownerPersonId: string; lineManagerPersonId: string | null; status?: TPlanStatus | null };

/** How the actor relates to a plan: owner first, then line manager, then HR (HR admin or operator); null: none. */
export function planRelation(actor: TPolicyActor, plan: TPlanResource): "owner" | "line_manager" | "hr" | null {
  const own = personOf(actor);
  if (own !== null && own === plan.ownerPersonId) return "owner";
  if (own !== null && plan.lineManagerPersonId === own) return "line_manager";
  if (administers(actor)) return "hr";
  return null;
}

type TPlanStepAction = "plan.submit" | "plan.approve" | "plan.request_changes" | "plan.comment";
const STEP_OF = { "plan.submit": "submit", "plan.approve": "approve", "plan.request_changes": "request_changes", "plan.comment": "comment" } as const satisfies Record<TPlanStepAction, TPlanAction>;

/** A plan step: who and from where come from the plan state machine (domain/plans PLAN_TRANSITIONS), never restated. */
function planStep(action: TPlanStepAction) {
  const step = PLAN_TRANSITIONS[STEP_OF[action]];
  return rule<TPlanResource>(`${step.by.join(", ")}; from ${step.from.join(", ")}.`, (actor, plan): TDecision => {
    const relation = planRelation(actor, plan);
    if (relation === null) return hide("plan", "no relation to the plan");
    if (!step.by.includes(relation)) return forbid(`${relation} may not ${STEP_OF[action]} a plan`);
    if (plan.status === undefined) return allow(`as ${relation}`);
    if (plan.status === null || !step.from.includes(plan.status)) return conflict(`${STEP_OF[action]} is not possible on a ${plan.status ?? "missing"} plan`);
    return allow(`as ${relation}`);
  });
}

export const PLAN_RULES = {
  "plan.read": rule<TPlanResource>("The owner, their line manager and HR (HR admins and the operator); anyone else gets 404.", (actor, plan) => {
    const relation = planRelation(actor, plan);
    return relation ? allow(`as ${relation}`) : hide("plan", "no relation to the plan");
  }),
  "plan.edit": rule<TPlanResource>("The owner alone saves versions of their plan.", (actor, plan) =>
    planRelation(actor, plan) === "owner" ? allow("their own plan") : hide("plan", "only the owner edits a plan"),
  ),
  ...({
    "plan.submit": planStep("plan.submit"),
    "plan.approve": planStep("plan.approve"),
    "plan.request_changes": planStep("plan.request_changes"),
    "plan.comment": planStep("plan.comment"),
  } as const),
  "plan.list": rule("HR (every plan) and people with a person record (their direct reports' plans).", (actor) =>
    administers(actor) || personOf(actor) !== null ? allow("reviews plans") : forbid("only HR admins and line managers review plans"),
  ),
  "plan.list_all": rule("HR admins and the operator review every plan of the organisation; others their direct reports' plans.", (actor) =>
    administers(actor) ? allow("administers the organisation") : forbid("only HR admins review every plan"),
  ),
  "plan.menu.read": rule<TPersonResource>("A person their own menu; HR admins and the operator anyone's.", (actor, person) => {
    const own = personOf(actor);
    if (own !== null && own === person.personId) return allow("their own menu");
    return administers(actor) ? allow("administers the organisation") : forbid("only HR admins see other people's menus");
  }),
  "plan.compare": rule("HR admins, the operator and executives: the group's plans against the standard programme.", (actor) =>
    administers(actor) || (inOrganisation(actor) && hasRole(actor, "executive"))
      ? allow("reads group figures")
      : forbid("only HR admins and executives see the comparison with the standard programme"),
  ),
  "plan.compare.people": rule("HR admins and the operator: the comparison person by person (executives get the group only).", (actor) =>
    administers(actor) ? allow("administers the organisation") : forbid("only HR admins see the comparison person by person"),
  ),
  "plan.module.override": rule("HR admins and the operator approve a module outside a person's approved plan (with a reason).", (actor) =>
    administers(actor) ? allow("administers the organisation") : forbid("only HR approves a module outside the person's approved plan"),
  ),
};
