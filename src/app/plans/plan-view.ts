// Reading plans: my plan, a plan for its reviewer (line manager or HR), and the list a reviewer works from.
import { findPlanSettings } from "../../db/catalogue-repo";
import { findPerson, listAllPeople } from "../../db/people-repo";
import { findPlan, findPlanOfPerson, listPlanEvents, listPlansWithCurrentVersion, listPlanVersions, listUserDisplayNames, type TPlanVersionRow } from "../../db/plans-repo";
import type { TPlanList, TPlanStatusValue, TPlanVersion, TPlanView } from "../../contracts/plans";
import type { TDevelopmentModule, TPlanActor } from "../../domain/plans/index";
import { authorise, can } from "../../domain/policy/index";
import { notFound } from "../../domain/shared/errors";
import type { TLocale } from "../../domain/shared/locale";
import type { TActor } from "../../domain/shared/roles";
import {
  budgetsOf,
  challengeName,
  commitmentLimits,
  isPlanStatus,
  myPersonRecord,
  personComparison,
  personLanguage,
  personName,
  planPolicyActor,
  planResource,
  planRole,
  summariesOf,
  type TPlanCtx,
  type TPlanPersonRecord,
} from "./plan-common";
import { ownerInsight } from "./plan-owner-insight";
import { loadCatalogue, loadPlanningPeople } from "./planning-data";

function versionView(v: TPlanVersionRow, byId: ReadonlyMap<string, TDevelopmentModule>, active: ReadonlySet<string>, locale: TLocale, currency: string): TPlanVersion {
  return {
    version: v.version,
    moduleIds: v.moduleIds,
    modules: summariesOf(v.moduleIds, byId, active, locale, currency),
    goals: v.goals.map((g) => ({ challengeId: g.challengeId, challengeName: challengeName(g.challengeId, locale), description: g.description, businessMeasure: g.businessMeasure ?? null })),
    cost: { cents: v.costCents, currency },
    hours: v.hours,
    source: v.source,
    createdAt: v.createdAt.toISOString(),
  };
}

/** What the viewer may do on a plan in a given status: the policy's plan actions (the plan state machine's table). */
function actionsOf(viewer: TPlanActor, status: TPlanStatusValue | null) {
  // a concrete actor standing in that relation to the plan: the policy answers for the relation and the status
  const plan = { ownerPersonId: "owner", lineManagerPersonId: "line-manager", status };
  const reader = { isOperator: false, roles: viewer === "hr" ? (["hr_admin"] as const) : [], personId: viewer === "hr" ? null : viewer === "owner" ? "owner" : "line-manager" };
  return {
    edit: can(reader, "plan.edit", plan),
    submit: can(reader, "plan.submit", plan),
    approve: can(reader, "plan.approve", plan),
    requestChanges: can(reader, "plan.request_changes", plan),
    comment: can(reader, "plan.comment", plan),
  };
}

/** The whole view of one person's plan for one viewer: versions, history, budgets, comparison with the standard. */
export async function planViewOf(ctx: TPlanCtx, organisationId: string, person: TPlanPersonRecord, viewer: TPlanActor, locale: TLocale): Promise<TPlanView> {
  const [settings, all, active, plan, planners] = await Promise.all([
    findPlanSettings(ctx.db, organisationId),
    loadCatalogue(ctx, organisationId, { includeArchived: true }),
    loadCatalogue(ctx, organisationId),
    findPlanOfPerson(ctx.db, organisationId, person.id),
    loadPlanningPeople(ctx, organisationId, [person.id]),
  ]);
  const byId = new Map(all.map((m) => [m.id, m]));
  const activeIds = new Set(active.map((m) => m.id));
  const currency = settings.currency;
  let planView: TPlanView["plan"] = null;
  if (plan) {
    const [versions, events] = await Promise.all([listPlanVersions(ctx.db, organisationId, plan.id), listPlanEvents(ctx.db, organisationId, plan.id)]);
    const names = await listUserDisplayNames(ctx.db, events.flatMap((e) => (e.actorUserId ? [e.actorUserId] : [])));
    const views = versions.map((v) => versionView(v, byId, activeIds, locale, currency));
    const current = views.find((v) => v.version === plan.currentVersion) ?? views[0];
    if (current && isPlanStatus(plan.status)) {
      planView = {
        id: plan.id,
        status: plan.status,
        currentVersion: plan.currentVersion,
        updatedAt: plan.updatedAt.toISOString(),
        current,
        versions: views,
        events: events.map((e) => ({
          id: e.id,
          version: e.version,
          action: e.action,
          actorRole: e.actorRole,
          actorName: e.actorUserId ? (names.get(e.actorUserId) ?? null) : null,
          comment: e.comment,
          createdAt: e.createdAt.toISOString(),
        })),
      };
    }
  }
  const planner = planners[0];
  const limits = await commitmentLimits(ctx, organisationId, person, planView?.id ?? null, settings);
  const budgets = budgetsOf(limits, planView?.current.cost.cents ?? 0);
  const comparison = planner ? personComparison(planner.needs, planner.hasScan, active, settings, planView?.current.moduleIds ?? null, locale) : null;
  return {
    person: { id: person.id, name: personName(person), department: person.department, language: personLanguage(person) },
    viewer,
    currency,
    plan: planView,
    budgets,
    limits,
    comparison,
    actions: actionsOf(viewer, planView?.status ?? null),
  };
}

/** The signed-in person's plan (plan null before the first save). */
export async function getMyPlan(ctx: TPlanCtx, actor: TActor, locale: TLocale): Promise<TPlanView> {
  const person = await myPersonRecord(ctx, actor);
  return planViewOf(ctx, actor.organisationId, person, "owner", locale);
}

/** The plan and the actor's relation to it; "plan not found" for anyone who is not its owner, line manager or HR. */
export async function resolvePlan(ctx: Pick<TPlanCtx, "db">, actor: TActor, planId: string) {
  const plan = await findPlan(ctx.db, actor.organisationId, planId);
  const person = plan ? await findPerson(ctx.db, actor.organisationId, plan.personId) : undefined;
  if (!plan || !person) throw notFound("plan");
  const reader = await planPolicyActor(ctx, actor);
  authorise(reader, "plan.read", planResource(person));
  const role = planRole(reader, person);
  if (!role) throw notFound("plan");
  return { plan, person, role };
}

/** The plan as `role` sees it; a reviewer also gets the owner's talents and reasons, as far as she shares her report. */
export async function reviewerViewOf(ctx: TPlanCtx, actor: TActor, person: TPlanPersonRecord, role: TPlanActor, locale: TLocale): Promise<TPlanView> {
  const view = await planViewOf(ctx, actor.organisationId, person, role, locale);
  if (role === "owner") return view;
  return { ...view, owner: await ownerInsight(ctx, actor, person, view.plan?.current.moduleIds ?? [], locale) };
}

/** A plan for its reviewer (the person's line manager or HR; the owner sees it too). */
export async function getPlanForReviewer(ctx: TPlanCtx, actor: TActor, planId: string, locale: TLocale): Promise<TPlanView> {
  const { person, role } = await resolvePlan(ctx, actor, planId);
  return reviewerViewOf(ctx, actor, person, role, locale);
}

/**
 * The plans the actor reviews: HR (and the operator) every plan of the organisation; a manager their direct
 * reports' plans. Executives without direct reports see none (group figures only, in the comparison).
 */
export async function listReviewablePlans(ctx: TPlanCtx, actor: TActor, status?: TPlanStatusValue): Promise<TPlanList> {
  const reader = await planPolicyActor(ctx, actor);
  authorise(reader, "plan.list");
  const hr = can(reader, "plan.list_all");
  const own = reader.personId ?? null;
  const [everyone, settings] = await Promise.all([listAllPeople(ctx.db, actor.organisationId), findPlanSettings(ctx.db, actor.organisationId)]);
  const byId = new Map(everyone.map((p) => [p.id, p]));
  const scope = hr ? undefined : everyone.filter((p) => p.managerId === own).map((p) => p.id);
  const plans = await listPlansWithCurrentVersion(ctx.db, actor.organisationId, scope);
  const items = plans.flatMap((p) => {
    const person = byId.get(p.personId);
    if (!person || !isPlanStatus(p.status) || (status && p.status !== status)) return [];
    return [
      {
        id: p.id,
        person: { id: person.id, name: personName(person), department: person.department },
        status: p.status,
        currentVersion: p.currentVersion,
        cost: { cents: p.current.costCents, currency: settings.currency },
        hours: p.current.hours,
        moduleCount: p.current.moduleIds.length,
        updatedAt: p.updatedAt.toISOString(),
      },
    ];
  });
  // awaiting approval first, then the most recently changed
  const order = { submitted: 0, changes_requested: 1, draft: 2, approved: 3 } as const;
  items.sort((a, b) => order[a.status] - order[b.status] || b.updatedAt.localeCompare(a.updatedAt));
  return { items, scope: hr ? "organisation" : "direct_reports" };
}
