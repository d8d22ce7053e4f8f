import { randomUUID } from "node:crypto";
import type { TEngagementCreate, TEngagementDetail, TEngagementView } from "../../contracts/mentoring";
import { listActionItems, listCheckIns, listEnrolments } from "../../db/mentoring-progress-repo";
import { currentPlan, ensureMentorship, findMember, findPersonWithUser, insertEngagement, isMentorOf, listEngagements, type TEngagementRow, updateEngagement } from "../../db/mentoring-repo";
import { listSessions } from "../../db/mentoring-sessions-repo";
import { awaitingConsent, consentPartyOf, initialConsent, newEngagement, transitionEngagement, updateGoals, type TCheckIn, type TEngagementRole } from "../../domain/mentoring/index";
import { authorise, can, engagementRelation } from "../../domain/policy/index";
import { DomainError, ErrorCodes, invalid } from "../../domain/shared/errors";
import type { TActor } from "../../domain/shared/roles";
import type { TAppContext } from "../shared/context";
import {
  actorPerson,
  allowedStatusActions,
  consentOf,
  engagementResource,
  loadEngagement,
  presentActionItem,
  presentCheckIn,
  presentEnrolment,
  presentSession,
  toActionItem,
  toCheckIn,
  toEngagement,
  toSession,
  type TCtx,
} from "./access";
import { hrApprovesMentorEngagements, queueEngagementRequestEmail } from "./engagement-requests";

function goalProgress(row: TEngagementRow, checkIns: readonly TCheckIn[]) {
  const engagement = toEngagement(row);
  return engagement.goals.map((goal) => {
    const latest = checkIns
      .filter((c) => c.engagementId === engagement.id && c.challengeId === goal.challengeId)
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1))[0];
    return { challengeId: goal.challengeId, objective: goal.objective, progress: latest?.progress ?? null, lastCheckInAt: latest?.createdAt.toISOString() ?? null };
  });
}

export function presentEngagement(row: TEngagementRow, roles: readonly TEngagementRole[], checkIns: readonly TCheckIn[]): TEngagementView {
  const engagement = toEngagement(row);
  const consent = consentOf(row);
  const awaiting = awaitingConsent(consent);
  return {
    id: engagement.id,
    status: engagement.status,
    person: { id: row.engagement.personId, firstName: row.menteeFirstName, lastName: row.menteeLastName },
    mentor: { userId: engagement.mentorUserId, name: row.mentorName },
    // while a request awaits consent the mentor learns the person's name and nothing else (not even her line manager)
    sponsorPersonId: awaiting && !roles.includes("hr") ? null : row.engagement.sponsorPersonId,
    startDate: engagement.startDate,
    plannedEndDate: engagement.plannedEndDate,
    timeZone: engagement.timeZone,
    goals: goalProgress(row, checkIns),
    statusChangedAt: engagement.statusChangedAt.toISOString(),
    myRoles: [...roles],
    actions: allowedStatusActions(engagement.status, roles).filter((action) => !(awaiting && action === "activate")),
    consent: { ...consent, awaiting, answerAs: consentPartyOf(consent, roles) },
  };
}

/** Plan goals [{challengeId, description, businessMeasure}] as engagement goals, the business measure as the company objective. */
function goalsFromPlan(value: unknown): { challengeId: unknown; objective: string | null }[] | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  return value.map((goal: unknown) => {
    const g = (typeof goal === "object" && goal !== null ? goal : {}) as Record<string, unknown>;
    const objective = [g.businessMeasure, g.description].find((v): v is string => typeof v === "string" && v.trim() !== "") ?? null;
    return { challengeId: g.challengeId, objective: objective === null ? null : objective.trim().slice(0, 300) };
  });
}

/** One open request per mentor and person: asking again while she has not answered would only repeat the email. */
async function refuseRepeatedRequest(ctx: TCtx, actor: TActor, personId: string) {
  const mine = await listEngagements(ctx.db, actor.organisationId, { all: false, userId: actor.userId, personId: null });
  if (mine.some((row) => row.engagement.personId === personId && row.engagement.status === "proposed" && awaitingConsent(consentOf(row)))) {
    throw new DomainError(ErrorCodes.CONFLICT, "you already asked this person; wait for the answer", "personId");
  }
}

/**
 * A new engagement in `proposed`. HR for anyone (the mentor or HR then activates it). A mentor may ask anyone in the
 * directory who can sign in, but only asks: the engagement waits for the person's acceptance (and HR's when the
 * organisation asks), and the person is emailed. The sponsor is the mentee's line manager now; goals default to the
 * person's current plan goals — for a mentor's request only when the mentor already mentors the person.
 */
export async function createEngagement(ctx: TCtx & Pick<TAppContext, "config" | "notifyOutbox">, actor: TActor, input: TEngagementCreate): Promise<TEngagementView> {
  const hr = can(actor, "mentoring.engagement.assign");
  // a mentor (someone with a mentor profile) who names no mentor asks as themself; others must name one
  const mentorUserId = input.mentorUserId ?? (can(actor, "mentor.profile.edit") ? actor.userId : undefined);
  authorise(actor, "mentoring.engagement.start", { mentorUserId: mentorUserId ?? "" });
  if (!mentorUserId) throw invalid("mentorUserId", "name the mentor");
  const mentorMember = await findMember(ctx.db, actor.organisationId, mentorUserId);
  if (!mentorMember || !mentorMember.roles.includes("mentor")) throw invalid("mentorUserId", "this user is not a mentor of the organisation");
  const person = await findPersonWithUser(ctx.db, actor.organisationId, input.personId);
  if (!person || !person.active) throw invalid("personId", "unknown person");
  const request = !hr;
  if (request && !person.userId) throw invalid("personId", "this person has no account to accept a mentoring request; ask HR to start the engagement");
  if (request) await refuseRepeatedRequest(ctx, actor, person.id);
  const mentors = request ? await isMentorOf(ctx.db, actor.organisationId, person.id, actor.userId) : true;
  const sponsor = person.managerId ? await findPersonWithUser(ctx.db, actor.organisationId, person.managerId) : undefined;
  const goals = input.goals ?? (mentors ? goalsFromPlan((await currentPlan(ctx.db, actor.organisationId, person.id))?.goals) : undefined);
  const consent = initialConsent(request ? "mentor" : "hr", request && (await hrApprovesMentorEngagements(ctx, actor.organisationId)));
  const now = ctx.now();
  const engagement = newEngagement(
    {
      id: randomUUID(),
      mentorUserId,
      menteeUserId: person.userId ?? `person:${person.id}`,
      sponsorUserId: sponsor ? (sponsor.userId ?? `person:${sponsor.id}`) : null,
      startDate: input.startDate,
      plannedEndDate: input.plannedEndDate,
      goals: goals ?? [],
      timeZone: input.timeZone,
    },
    now,
  );
  const values = {
    organisationId: actor.organisationId,
    id: engagement.id,
    personId: person.id,
    mentorUserId,
    sponsorPersonId: sponsor?.id ?? null,
    status: engagement.status,
    startDate: engagement.startDate,
    plannedEndDate: engagement.plannedEndDate,
    timeZone: engagement.timeZone,
    goals: engagement.goals,
    statusChangedAt: now,
    menteeConsent: consent.mentee,
    hrConsent: consent.hr,
    createdByUserId: actor.userId,
  };
  await ctx.db.transaction(async (tx) => {
    await insertEngagement(tx, values);
    if (request) await queueEngagementRequestEmail(ctx, tx, actor.organisationId, engagement.id);
  });
  if (request) ctx.notifyOutbox();
  const loaded = await loadEngagement(ctx, actor, engagement.id);
  return presentEngagement(loaded.row, loaded.roles, []);
}

/** The engagements the actor sees: all of the organisation's for HR; otherwise those they mentor, are mentored in or sponsor. */
export async function listMyEngagements(ctx: TCtx, actor: TActor): Promise<{ items: TEngagementView[] }> {
  const hr = can(actor, "mentoring.engagement.list_all");
  const personId = await actorPerson(ctx, actor);
  const rows = await listEngagements(ctx.db, actor.organisationId, { all: hr, userId: actor.userId, personId });
  const visible = rows.map((row) => ({ row, roles: engagementRelation(actor, engagementResource(row)) })).filter((r) => r.roles.length > 0);
  const checkIns = (await listCheckIns(ctx.db, actor.organisationId, visible.map((r) => r.row.engagement.id))).map(toCheckIn);
  return { items: visible.map((r) => presentEngagement(r.row, r.roles, checkIns)) };
}

/**
 * One engagement. The mentor and the mentee see sessions, action items, check-ins and the mentee's
 * module enrolments; HR sees the engagement, each goal's latest progress and the enrolments (module
 * and status: an enrolment holds no notes); the sponsor the engagement and goal progress only.
 * Notes are never part of it (see manage-notes).
 */
export async function getEngagement(ctx: TCtx, actor: TActor, id: string): Promise<TEngagementDetail> {
  const { row, engagement, roles } = await loadEngagement(ctx, actor, id);
  const org = actor.organisationId;
  const checkIns = (await listCheckIns(ctx.db, org, [id])).map(toCheckIn);
  const base = presentEngagement(row, roles, checkIns);
  // a request that awaits consent shows the parties nothing of the person yet (no enrolments, no sessions)
  const party = can(actor, "mentoring.engagement.take_part", engagementResource(row)) && !awaitingConsent(consentOf(row));
  const enrolments = party || roles.includes("hr") ? (await listEnrolments(ctx.db, org, [row.engagement.personId])).map(presentEnrolment) : [];
  if (!party) return { ...base, sessions: [], actionItems: [], checkIns: [], enrolments };
  const now = ctx.now();
  const sessions = (await listSessions(ctx.db, org, [id])).map((r) => presentSession(toSession(r)));
  const items = (await listActionItems(ctx.db, org, [id])).map((r) => presentActionItem(toActionItem(r), now, engagement.timeZone));
  return { ...base, sessions, actionItems: items, checkIns: checkIns.map(presentCheckIn).reverse(), enrolments };
}

/** Activate, pause, resume, complete or cancel, per the domain's table; activating makes sure the mentorship exists. */
export async function changeEngagementStatus(ctx: TCtx, actor: TActor, id: string, action: "activate" | "pause" | "resume" | "complete" | "cancel"): Promise<TEngagementView> {
  const { row, engagement } = await loadEngagement(ctx, actor, id);
  if (action === "activate" && awaitingConsent(consentOf(row))) {
    throw new DomainError(ErrorCodes.CONFLICT, "this engagement waits for the mentee's consent (and HR's, when the organisation asks); it starts when they accept", "status");
  }
  const now = ctx.now();
  const next = transitionEngagement(engagement, action, actor, now);
  await ctx.db.transaction(async (tx) => {
    const changed = await updateEngagement(tx, actor.organisationId, id, engagement.status, { status: next.status, statusChangedAt: now }, now);
    if (!changed) throw new DomainError(ErrorCodes.CONFLICT, "the engagement changed meanwhile; reload it", "status");
    if (action === "activate") await ensureMentorship(tx, actor.organisationId, row.engagement.personId, engagement.mentorUserId, now);
  });
  const loaded = await loadEngagement(ctx, actor, id);
  return presentEngagement(loaded.row, loaded.roles, (await listCheckIns(ctx.db, actor.organisationId, [id])).map(toCheckIn));
}

/** Replaces the goals (mentor, mentee, sponsor or HR, while open). */
export async function changeEngagementGoals(ctx: TCtx, actor: TActor, id: string, goals: unknown): Promise<TEngagementView> {
  const { engagement } = await loadEngagement(ctx, actor, id);
  const next = updateGoals(engagement, goals, actor);
  const changed = await updateEngagement(ctx.db, actor.organisationId, id, engagement.status, { goals: next.goals }, ctx.now());
  if (!changed) throw new DomainError(ErrorCodes.CONFLICT, "the engagement changed meanwhile; reload it", "status");
  const loaded = await loadEngagement(ctx, actor, id);
  return presentEngagement(loaded.row, loaded.roles, (await listCheckIns(ctx.db, actor.organisationId, [id])).map(toCheckIn));
}
