// The owner's side of an optimiser proposal (issue 13): read it (owner, line manager, HR), accept it (a new version
// with the proposed modules and the plan's goals, submitted through the plan's own save and submit path, so budget,
// hours and the approver's email apply as for any submit) or decline it (the plan stays as it is).
import { findPlanSettings } from "../../db/catalogue-repo";
import { decidePlanProposal, findPlanProposal, listProposalsOfPlan, type TPlanProposalRow } from "../../db/plan-proposals-repo";
import { findPlanOfPerson, insertPlanEvent, listPlanVersions } from "../../db/plans-repo";
import type { TDb } from "../../db/client";
import type { TPlanProposalList } from "../../contracts/plan-proposals";
import { sameModules } from "../../domain/plans/optimiser-impact";
import { DomainError, notFound } from "../../domain/shared/errors";
import type { TLocale } from "../../domain/shared/locale";
import type { TActor } from "../../domain/shared/roles";
import type { TAppContext } from "../shared/context";
import { saveMyPlan, submitMyPlan } from "./plan-actions";
import { myPersonRecord, summariesOf, type TPlanCtx } from "./plan-common";
import { resolvePlan } from "./plan-view";
import { loadCatalogue } from "./planning-data";

type TWriteCtx = TPlanCtx & Pick<TAppContext, "notifyOutbox" | "config">;

/** A plan's proposals in the reader's language, newest first. */
async function proposalsOf(ctx: TPlanCtx, organisationId: string, planId: string | null, locale: TLocale): Promise<TPlanProposalList> {
  if (!planId) return { planId: null, items: [] };
  const [rows, all, active, settings] = await Promise.all([
    listProposalsOfPlan(ctx.db, organisationId, planId),
    loadCatalogue(ctx, organisationId, { includeArchived: true }),
    loadCatalogue(ctx, organisationId),
    findPlanSettings(ctx.db, organisationId),
  ]);
  const byId = new Map(all.map((m) => [m.id, m]));
  const activeIds = new Set(active.map((m) => m.id));
  const items = rows.map((row) => {
    const modules = summariesOf(row.moduleIds, byId, activeIds, locale, settings.currency);
    return {
      id: row.id,
      runId: row.runId,
      status: row.status,
      basedOnVersion: row.basedOnVersion,
      createdAt: row.createdAt.toISOString(),
      decidedAt: row.decidedAt ? row.decidedAt.toISOString() : null,
      modules,
      cost: { cents: modules.reduce((s, m) => s + m.cost.cents, 0), currency: settings.currency },
      hours: modules.reduce((s, m) => s + m.hours, 0),
    };
  });
  return { planId, items };
}

/** The proposals for the signed-in person's own plan. */
export async function listMyPlanProposals(ctx: TPlanCtx, actor: TActor, locale: TLocale): Promise<TPlanProposalList> {
  const person = await myPersonRecord(ctx, actor);
  const plan = await findPlanOfPerson(ctx.db, actor.organisationId, person.id);
  return proposalsOf(ctx, actor.organisationId, plan?.id ?? null, locale);
}

/** The proposals for a plan, read by its owner, their line manager or HR (anyone else: 404). */
export async function listPlanProposals(ctx: TPlanCtx, actor: TActor, planId: string, locale: TLocale): Promise<TPlanProposalList> {
  await resolvePlan(ctx, actor, planId);
  return proposalsOf(ctx, actor.organisationId, planId, locale);
}

/** Locks the owner's plan, then the proposal (the order apply uses too); 404 for anyone else's, 409 once decided. */
async function lockPendingProposal(tx: TDb, actor: TActor, personId: string, id: string): Promise<TPlanProposalRow> {
  await findPlanOfPerson(tx, actor.organisationId, personId, true);
  const proposal = await findPlanProposal(tx, actor.organisationId, id, true);
  if (!proposal || proposal.personId !== personId) throw notFound("plan proposal");
  if (proposal.status !== "pending") throw new DomainError("CONFLICT", `the proposal was already ${proposal.status}`, "status");
  return proposal;
}

/**
 * The owner accepts: the proposed modules with the plan's current goals become a new version, submitted for
 * approval (refused as any submit would be: over budget or hours → 409 and nothing changes). A plan that already
 * holds these modules and is submitted or approved stays as it is.
 */
export async function acceptPlanProposal(ctx: TWriteCtx, actor: TActor, id: string, locale: TLocale): Promise<TPlanProposalList> {
  const person = await myPersonRecord(ctx, actor);
  const { organisationId } = actor;
  await ctx.db.transaction(async (tx) => {
    const proposal = await lockPendingProposal(tx, actor, person.id, id);
    const plan = await findPlanOfPerson(tx, organisationId, person.id);
    if (!plan) throw notFound("plan");
    const current = (await listPlanVersions(tx, organisationId, plan.id)).find((v) => v.version === plan.currentVersion);
    const active = new Set((await loadCatalogue({ ...ctx, db: tx }, organisationId)).map((m) => m.id));
    const gone = proposal.moduleIds.find((m) => !active.has(m));
    if (gone) throw new DomainError("CONFLICT", `module ${gone} is no longer in the catalogue; the proposal can only be declined`, "moduleIds");
    const settled = current && sameModules(current.moduleIds, proposal.moduleIds) && (plan.status === "submitted" || plan.status === "approved");
    if (!settled) {
      const inner = { ...ctx, db: tx };
      await saveMyPlan(inner, actor, { moduleIds: proposal.moduleIds, goals: (current?.goals ?? []).map((g) => ({ ...g, businessMeasure: g.businessMeasure ?? null })) }, locale);
      await submitMyPlan(inner, actor, locale);
    }
    if (!(await decidePlanProposal(tx, organisationId, id, "accepted", actor.userId))) throw new DomainError("CONFLICT", "the proposal was already decided", "status");
    const after = await findPlanOfPerson(tx, organisationId, person.id);
    await insertPlanEvent(tx, organisationId, { planId: plan.id, version: after?.currentVersion ?? plan.currentVersion, action: "accept_proposal", actorRole: "owner", comment: null, actorUserId: actor.userId });
  });
  return listMyPlanProposals(ctx, actor, locale);
}

/** The owner declines: the plan stays exactly as it is; the decision shows in the plan's history. */
export async function declinePlanProposal(ctx: TPlanCtx, actor: TActor, id: string, locale: TLocale): Promise<TPlanProposalList> {
  const person = await myPersonRecord(ctx, actor);
  const { organisationId } = actor;
  await ctx.db.transaction(async (tx) => {
    await lockPendingProposal(tx, actor, person.id, id);
    const plan = await findPlanOfPerson(tx, organisationId, person.id);
    if (!plan) throw notFound("plan");
    if (!(await decidePlanProposal(tx, organisationId, id, "declined", actor.userId))) throw new DomainError("CONFLICT", "the proposal was already decided", "status");
    await insertPlanEvent(tx, organisationId, { planId: plan.id, version: plan.currentVersion, action: "decline_proposal", actorRole: "owner", comment: null, actorUserId: actor.userId });
  });
  return listMyPlanProposals(ctx, actor, locale);
}
