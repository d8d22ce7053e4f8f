// Committing one module to a person outside the plan's own approval (issue 13): an enrolment. A module of the
// person's approved plan is already paid for by the plan; any other module needs HR's explicit approval with a
// reason and must fit the budgets and the hour limit together with the plan — and then it becomes part of the
// plan (a new approved version, source "hr", and an "hr_override" event with the reason), because a person's
// money and hours are committed in one place: their plan.
import type { TDb } from "../../db/client";
import { findPerson } from "../../db/people-repo";
import { findPlanOfPerson, insertPlanEvent, listPlanVersions, lockPlanBudgets, writePlanVersion } from "../../db/plans-repo";
import { requireCommitment, type TDevelopmentModule } from "../../domain/plans/index";
import { authorise } from "../../domain/policy/index";
import { DomainError, ErrorCodes } from "../../domain/shared/errors";
import type { TActor } from "../../domain/shared/roles";
import { COMMITTED_STATUSES, commitmentLimits } from "./plan-common";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Inside the caller's transaction: allows `module` for `person` (from the approved plan, or with HR's override and
 * then written into the plan), else throws — 409 with the refusals' facts, 403 for an override by anyone but HR.
 */
export async function commitModule(
  tx: TDb,
  actor: TActor,
  person: { id: string; department: string },
  module: TDevelopmentModule,
  override: { reason: string } | null,
): Promise<void> {
  const organisationId = actor.organisationId;
  if (override) authorise(actor, "plan.module.override");
  // budgets are shared (a department's): commitments queue here, so two cannot both take the last euro
  await lockPlanBudgets(tx, organisationId);
  const plan = await findPlanOfPerson(tx, organisationId, person.id, true);
  const current = plan ? (await listPlanVersions(tx, organisationId, plan.id)).find((v) => v.version === plan.currentVersion) : undefined;
  const approved = plan?.status === "approved" && current !== undefined;
  const inApprovedPlan = approved && current.moduleIds.includes(module.id);
  const held = current && plan && COMMITTED_STATUSES.includes(plan.status) ? current : { costCents: 0, hours: 0 };
  const adds = !inApprovedPlan;
  const limits = await commitmentLimits({ db: tx }, organisationId, person, plan?.id ?? null);
  requireCommitment(
    {
      costCents: held.costCents + (adds ? module.cost.cents : 0),
      hours: held.hours + (adds ? module.hours : 0),
      currency: module.cost.currency,
      basis: { kind: "module", moduleId: module.id, inApprovedPlan, override },
    },
    limits,
    "moduleId",
  );
  if (inApprovedPlan || !override) return;
  if (plan && !approved) {
    throw new DomainError(ErrorCodes.CONFLICT, `the person's plan is ${plan.status}: approve it (or ask for the module in it) before adding a module`, "status");
  }
  const userId = UUID.test(actor.userId) ? actor.userId : null;
  const written = await writePlanVersion(tx, organisationId, person.id, "approved", {
    moduleIds: [...(current?.moduleIds ?? []), module.id],
    goals: current?.goals ?? [],
    costCents: held.costCents + module.cost.cents,
    hours: held.hours + module.hours,
    source: "hr",
    userId,
  });
  await insertPlanEvent(tx, organisationId, { planId: written.planId, version: written.version, action: "hr_override", actorRole: "hr", comment: override.reason.trim(), actorUserId: userId });
}

/**
 * Refuses (409 naming `field`, with the refusals' facts) `modules` as a plan of the person when they would not fit
 * the person's budget, the department's or the hour limit — what the optimiser writes or proposes must be a plan
 * its owner can submit. The person's own plan is left out of the department's count (it is being replaced).
 */
export async function requirePlanFits(tx: TDb, organisationId: string, personId: string, modules: readonly TDevelopmentModule[], field: string): Promise<void> {
  const person = await findPerson(tx, organisationId, personId);
  if (!person) return;
  const plan = await findPlanOfPerson(tx, organisationId, personId);
  const limits = await commitmentLimits({ db: tx }, organisationId, person, plan?.id ?? null);
  const costCents = modules.reduce((sum, m) => sum + m.cost.cents, 0);
  const hours = modules.reduce((sum, m) => sum + m.hours, 0);
  try {
    requireCommitment({ costCents, hours, currency: limits.currency, basis: { kind: "plan" } }, limits, field);
  } catch (error) {
    // name the person, so HR knows whom to leave out
    if (error instanceof DomainError) throw new DomainError(error.code, `${person.firstName} ${person.lastName} (${personId}): ${error.message}`, field, error.details);
    throw error;
  }
}
