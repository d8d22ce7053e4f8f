// Changing plans: save a version (idempotent), submit, approve, request changes, comment. Every write runs in a
// transaction that locks the plan row first, so two approvals at once give one approval and one conflict.
import type { TDb } from "../../db/client";
import { findPlanSettings } from "../../db/catalogue-repo";
import { findPlan, findPlanOfPerson, insertPlanEvent, listPlanVersions, lockPlanBudgets, setPlanStatus, writePlanVersion } from "../../db/plans-repo";
import type { TPlanInput, TPlanView } from "../../contracts/plans";
import { nextPlanStatus, planTotals, requireCommitment, validatePlan, type TPlanAction, type TPlanActor, type TPlanDraft, type TPlanStatus } from "../../domain/plans/index";
import { authorise } from "../../domain/policy/index";
import { DomainError, notFound } from "../../domain/shared/errors";
import type { TLocale } from "../../domain/shared/locale";
import type { TActor } from "../../domain/shared/roles";
import type { TAppContext } from "../shared/context";
import { commitmentLimits, isPlanStatus, myPersonRecord, planPolicyActor, planResource, type TPlanCtx, type TPlanPersonRecord } from "./plan-common";
import { queuePlanStepEmails } from "./plan-emails";
import { planViewOf, resolvePlan, reviewerViewOf } from "./plan-view";
import { loadCatalogue } from "./planning-data";

type TWriteCtx = TPlanCtx & Pick<TAppContext, "notifyOutbox" | "config">;

const sameContent = (a: TPlanDraft, b: { moduleIds: readonly string[]; goals: readonly { challengeId: string; description: string; businessMeasure: string | null }[] }) =>
  JSON.stringify(a.moduleIds) === JSON.stringify(b.moduleIds) &&
  JSON.stringify(a.goals.map((g) => [g.challengeId, g.description, g.businessMeasure ?? null])) ===
    JSON.stringify(b.goals.map((g) => [g.challengeId, g.description, g.businessMeasure ?? null]));

function statusOf(value: string): TPlanStatus {
  if (!isPlanStatus(value)) throw new DomainError("CONFLICT", `the plan has an unknown status ${value}`, "status");
  return value;
}

/**
 * Refuses (409, field moduleIds, with the refusals' facts) a plan version whose money or hours do not fit the
 * person's budget, the department's budget or the hour limit (domain decideCommitment).
 */
async function requireCommitmentFits(db: TDb, organisationId: string, person: TPlanPersonRecord, planId: string, version: { costCents: number; hours: number } | undefined) {
  // budgets are shared (a department's): commitments queue here, so two submits cannot both take the last euro
  await lockPlanBudgets(db, organisationId);
  const limits = await commitmentLimits({ db }, organisationId, person, planId);
  requireCommitment({ costCents: version?.costCents ?? 0, hours: version?.hours ?? 0, currency: limits.currency, basis: { kind: "plan" } }, limits, "moduleIds");
}

/**
 * Saves the person's modules and goals as a new version with status draft. Saving the same content as the
 * current version writes nothing (and keeps the status). Only non-archived catalogue modules can be chosen.
 */
export async function saveMyPlan(ctx: TWriteCtx, actor: TActor, input: TPlanInput, locale: TLocale): Promise<TPlanView> {
  const person = await myPersonRecord(ctx, actor);
  const { organisationId } = actor;
  const [catalogue, settings] = await Promise.all([loadCatalogue(ctx, organisationId), findPlanSettings(ctx.db, organisationId)]);
  const draft = validatePlan(input, catalogue);
  const totals = planTotals(draft.moduleIds, catalogue, settings.currency);
  await ctx.db.transaction(async (tx) => {
    const plan = await findPlanOfPerson(tx, organisationId, person.id, true);
    if (plan) {
      const current = (await listPlanVersions(tx, organisationId, plan.id)).find((v) => v.version === plan.currentVersion);
      if (current && sameContent(draft, current)) return;
    }
    await writePlanVersion(tx, organisationId, person.id, "draft", {
      moduleIds: draft.moduleIds,
      goals: draft.goals,
      costCents: totals.cost.cents,
      hours: totals.hours,
      source: "person",
      userId: actor.userId,
    });
  });
  return planViewOf(ctx, organisationId, person, "owner", locale);
}

/** Submits the current version for approval (budgets checked) and emails the line manager. */
export async function submitMyPlan(ctx: TWriteCtx, actor: TActor, locale: TLocale): Promise<TPlanView> {
  const person = await myPersonRecord(ctx, actor);
  const { organisationId } = actor;
  await ctx.db.transaction(async (tx) => {
    const plan = await findPlanOfPerson(tx, organisationId, person.id, true);
    if (!plan) throw new DomainError("CONFLICT", "save a plan before submitting it", "moduleIds");
    const status = statusOf(plan.status);
    authorise({ ...actor, personId: person.id }, "plan.submit", planResource(person, status));
    const next = nextPlanStatus(status, "submit", "owner");
    const current = (await listPlanVersions(tx, organisationId, plan.id)).find((v) => v.version === plan.currentVersion);
    await requireCommitmentFits(tx, organisationId, person, plan.id, current);
    await setPlanStatus(tx, organisationId, plan.id, next);
    await insertPlanEvent(tx, organisationId, { planId: plan.id, version: plan.currentVersion, action: "submit", actorRole: "owner", comment: null, actorUserId: actor.userId });
    await queuePlanStepEmails(ctx, tx, { organisationId, planId: plan.id, person, step: "submit", actor, comment: null });
  });
  return planViewOf(ctx, organisationId, person, "owner", locale);
}

/** Applies one action on a locked plan: the status rule, the budget check on approval, the event. */
async function act(db: TDb, actor: TActor, planId: string, role: TPlanActor, action: TPlanAction, comment: string | null, person: TPlanPersonRecord) {
  const plan = await findPlan(db, actor.organisationId, planId, true);
  if (!plan) throw notFound("plan");
  const current = statusOf(plan.status);
  authorise(await planPolicyActor({ db }, actor), `plan.${action}`, planResource(person, current));
  const next = nextPlanStatus(current, action, role);
  if ((action === "request_changes" || action === "comment") && !comment) throw new DomainError("VALIDATION", `a comment is required to ${action.replace("_", " ")}`, "comment");
  if (action === "approve") {
    const current = (await listPlanVersions(db, actor.organisationId, plan.id)).find((v) => v.version === plan.currentVersion);
    await requireCommitmentFits(db, actor.organisationId, person, plan.id, current);
  }
  if (next !== plan.status) await setPlanStatus(db, actor.organisationId, plan.id, next);
  await insertPlanEvent(db, actor.organisationId, { planId: plan.id, version: plan.currentVersion, action, actorRole: role, comment, actorUserId: actor.userId });
}

/** The line manager or HR approves, asks for changes (comment required) or comments; the owner may comment. */
export async function reviewPlan(ctx: TWriteCtx, actor: TActor, planId: string, action: "approve" | "request_changes" | "comment", comment: string | null, locale: TLocale): Promise<TPlanView> {
  const { person, role } = await resolvePlan(ctx, actor, planId);
  const text = comment?.trim() || null;
  await ctx.db.transaction(async (tx) => {
    await act(tx, actor, planId, role, action, text, person);
    if (action !== "comment") await queuePlanStepEmails(ctx, tx, { organisationId: actor.organisationId, planId, person, step: action, actor, comment: text });
  });
  return reviewerViewOf(ctx, actor, person, role, locale);
}

/** The person comments on their own plan. */
export async function commentMyPlan(ctx: TPlanCtx, actor: TActor, comment: string, locale: TLocale): Promise<TPlanView> {
  const person = await myPersonRecord(ctx, actor);
  const plan = await findPlanOfPerson(ctx.db, actor.organisationId, person.id);
  if (!plan) throw notFound("plan");
  await ctx.db.transaction((tx) => act(tx, actor, plan.id, "owner", "comment", comment.trim() || null, person));
  return planViewOf(ctx, actor.organisationId, person, "owner", locale);
}
