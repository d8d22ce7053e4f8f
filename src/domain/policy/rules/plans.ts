// À la carte plans (decision 0006): who acts on a person's plan and in which state. The plan's owner edits and
// submits; their line manager or HR approves or asks for changes; all three comment. Anyone else: 404.
import type { TPlanStatus } from "../../plans/index";
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

type TPlanStep = { by: readonly ("owner" | "line_manager" | "hr")[]; from: readonly TPlanStatus[] };

/** The plan state machine's who and from where (domain/plans nextPlanStatus applies the same table). */
export const PLAN_STEPS = {
  "plan.submit": { by: ["owner"], from: ["draft", "changes_requested"] },
  "plan.approve": { by: ["line_manager", "hr"], from: ["submitted"] },
  "plan.request_changes": { by: ["line_manager", "hr"], from: ["submitted", "approved"] },
  "plan.comment": { by: ["owner", "line_manager", "hr"], from: ["draft", "submitted", "approved", "changes_requested"] },
} as const satisfies Record<string, TPlanStep>;

function planStep(action: keyof typeof PLAN_STEPS) {
  const step: TPlanStep = PLAN_STEPS[action];
  return rule<TPlanResource>(`${step.by.join(", ")}; from ${step.from.join(", ")}.`, (actor, plan): TDecision => {
    const relation = planRelation(actor, plan);
    if (relation === null) return hide("plan", "no relation to the plan");
    if (!step.by.includes(relation)) return forbid(`${relation} may not ${action.slice(5)} a plan`);
    if (plan.status === undefined) return allow(`as ${relation}`);
    if (plan.status === null || !step.from.includes(plan.status)) return conflict(`${action.slice(5)} is not possible on a ${plan.status ?? "missing"} plan`);
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
};
