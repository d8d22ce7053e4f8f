import { randomUUID } from "node:crypto";
import type { TActionItemView, TCheckInView, TEnrolmentView, TMenteeHomeView } from "../../contracts/mentoring";
import { findActionItem, findEnrolment, insertActionItem, insertCheckIn, insertEnrolment, listActionItems, listCheckIns, listEnrolments, setActionItemDoneRow, updateEnrolmentStatus } from "../../db/mentoring-progress-repo";
import { isMentorOf, listEngagements } from "../../db/mentoring-repo";
import { findPerson } from "../../db/people-repo";
import { findSession, listSessions } from "../../db/mentoring-sessions-repo";
import { changeEnrolment, menteeHome, newActionItem, newCheckIn, parseLocalDate, setActionItemDone, type TEnrolmentAction } from "../../domain/mentoring/index";
import { authorise } from "../../domain/policy/index";
import { DomainError, ErrorCodes, invalid, notFound } from "../../domain/shared/errors";
import type { TActor } from "../../domain/shared/roles";
import { commitModule } from "../plans/commit-module";
import { loadCatalogue } from "../plans/planning-data";
import { actorPerson, loadAsParty, personKey, presentActionItem, presentCheckIn, presentEnrolment, toActionItem, toCheckIn, toEngagement, toEnrolment, toSession, type TCtx } from "./access";

/** The mentor or the mentee adds an action item (optionally tied to one of the engagement's sessions). */
export async function addActionItem(ctx: TCtx, actor: TActor, engagementId: string, input: { text: unknown; dueDate: unknown; owner: unknown; sessionId?: string }): Promise<TActionItemView> {
  const { engagement } = await loadAsParty(ctx, actor, engagementId);
  if (input.sessionId !== undefined) {
    const session = await findSession(ctx.db, actor.organisationId, input.sessionId);
    if (!session || session.session.engagementId !== engagementId) throw invalid("sessionId", "sessionId is not a session of this engagement");
  }
  const now = ctx.now();
  const item = newActionItem(engagement, { id: randomUUID(), sessionId: input.sessionId ?? null, text: input.text, dueDate: input.dueDate, owner: input.owner, actorUserId: actor.userId, now });
  await insertActionItem(ctx.db, { organisationId: actor.organisationId, ...item, createdByUserId: actor.userId });
  return presentActionItem(item, now, engagement.timeZone);
}

/** Either party ticks an item off or reopens it. */
export async function markActionItem(ctx: TCtx, actor: TActor, id: string, done: boolean): Promise<TActionItemView> {
  const row = await findActionItem(ctx.db, actor.organisationId, id);
  if (!row) throw notFound("action item");
  const { engagement } = await loadAsParty(ctx, actor, row.engagementId).catch(() => {
    throw notFound("action item");
  });
  const now = ctx.now();
  const next = setActionItemDone(engagement, toActionItem(row), { done, actorUserId: actor.userId, now });
  if (!(await setActionItemDoneRow(ctx.db, actor.organisationId, id, row.done, { done: next.done, doneAt: next.doneAt }))) {
    throw new DomainError(ErrorCodes.CONFLICT, "the action item changed meanwhile; reload it", "done");
  }
  return presentActionItem(next, now, engagement.timeZone);
}

/** The mentor or the mentee checks in on one goal of an active engagement. */
export async function addCheckIn(ctx: TCtx, actor: TActor, engagementId: string, input: { challengeId: unknown; progress: unknown; evidence?: unknown; blockers?: unknown }): Promise<TCheckInView> {
  const { engagement } = await loadAsParty(ctx, actor, engagementId);
  const checkIn = newCheckIn(engagement, { id: randomUUID(), ...input, actorUserId: actor.userId, now: ctx.now() });
  await insertCheckIn(ctx.db, { organisationId: actor.organisationId, ...checkIn });
  return presentCheckIn(checkIn);
}

/** HR, the person themself and their mentor manage a person's module enrolments; anyone else gets 404. */
async function requireEnrolmentAccess(ctx: TCtx, actor: TActor, personId: string): Promise<void> {
  const [own, mentors] = await Promise.all([actorPerson(ctx, actor), isMentorOf(ctx.db, actor.organisationId, personId, actor.userId)]);
  authorise({ ...actor, personId: own }, "mentoring.enrolment.manage", { personId, mentorUserIds: mentors ? [actor.userId] : [] });
}

/**
 * Enrols a person in a catalogue module (planned): a module of their approved plan, or — HR only — another module
 * HR approves with a reason (it joins the plan). Budgets and the hour limit hold either way (app/plans/commit-module).
 */
export async function enrolInModule(ctx: TCtx, actor: TActor, input: { personId: string; moduleId: string; plannedFor?: string; override?: { reason: string } }): Promise<TEnrolmentView> {
  const person = await findPerson(ctx.db, actor.organisationId, input.personId);
  if (!person) throw notFound("person");
  await requireEnrolmentAccess(ctx, actor, person.id);
  const catalogue = await loadCatalogue(ctx, actor.organisationId, { includeArchived: input.override === undefined });
  const module = catalogue.find((m) => m.id === input.moduleId);
  if (!module) throw invalid("moduleId", "moduleId is not in the organisation's catalogue");
  if (input.plannedFor !== undefined) parseLocalDate("plannedFor", input.plannedFor);
  const now = ctx.now();
  const row = await ctx.db.transaction(async (tx) => {
    await commitModule(tx, actor, person, module, input.override ?? null);
    const inserted = await insertEnrolment(tx, { organisationId: actor.organisationId, id: randomUUID(), personId: person.id, moduleId: module.id, status: "planned", plannedFor: input.plannedFor ?? null, statusChangedAt: now });
    if (!inserted) throw new DomainError(ErrorCodes.CONFLICT, "this person is already enrolled in this module", "moduleId");
    return inserted;
  });
  return presentEnrolment(row);
}

/** start, finish, drop or replan an enrolment (domain transitions). */
export async function changeEnrolmentStatus(ctx: TCtx, actor: TActor, id: string, action: TEnrolmentAction): Promise<TEnrolmentView> {
  const row = await findEnrolment(ctx.db, actor.organisationId, id);
  if (!row) throw notFound("enrolment");
  await requireEnrolmentAccess(ctx, actor, row.personId).catch(() => {
    throw notFound("enrolment");
  });
  const next = changeEnrolment(toEnrolment(row, personKey(row.personId)), action, ctx.now());
  if (!(await updateEnrolmentStatus(ctx.db, actor.organisationId, id, row.status, { status: next.status, statusChangedAt: next.statusChangedAt }))) {
    throw new DomainError(ErrorCodes.CONFLICT, "the enrolment changed meanwhile; reload it", "status");
  }
  return presentEnrolment({ ...row, status: next.status, statusChangedAt: next.statusChangedAt });
}

/** "My plan, my next session, my next step" for the signed-in person (domain menteeHome). */
export async function getMenteeHome(ctx: TCtx, actor: TActor): Promise<TMenteeHomeView> {
  const personId = await actorPerson(ctx, actor);
  const empty: TMenteeHomeView = { plan: null, nextSession: null, nextStep: { kind: "none" } };
  if (!personId) return empty;
  const org = actor.organisationId;
  const rows = (await listEngagements(ctx.db, org, { all: false, userId: actor.userId, personId })).filter((r) => r.engagement.personId === personId);
  const ids = rows.map((r) => r.engagement.id);
  const home = menteeHome({
    now: ctx.now(),
    menteeUserId: actor.userId,
    engagements: rows.map(toEngagement),
    sessions: (await listSessions(ctx.db, org, ids)).map(toSession),
    actionItems: (await listActionItems(ctx.db, org, ids)).map(toActionItem),
    checkIns: (await listCheckIns(ctx.db, org, ids)).map(toCheckIn),
    enrolments: (await listEnrolments(ctx.db, org, [personId])).map((r) => toEnrolment(r, actor.userId)),
  });
  return {
    plan: home.plan && {
      engagementId: home.plan.engagementId,
      status: home.plan.status,
      goals: home.plan.goals.map((g) => ({ challengeId: g.challengeId, objective: g.objective, progress: g.progress, lastCheckInAt: g.lastCheckInAt?.toISOString() ?? null })),
      modules: home.plan.modules,
    },
    nextSession: home.nextSession && { ...home.nextSession, start: home.nextSession.start.toISOString(), end: home.nextSession.end.toISOString() },
    nextStep: home.nextStep,
  };
}
