import type { TActionItemView, TCheckInView, TEnrolmentView, TSessionView } from "../../contracts/mentoring";
import { type TActionItemRow, type TCheckInRow, type TEnrolmentRow } from "../../db/mentoring-progress-repo";
import { findEngagement, findMember, type TEngagementRow } from "../../db/mentoring-repo";
import { type TSessionRow } from "../../db/mentoring-sessions-repo";
import {
  awaitingConsent,
  ENGAGEMENT_TRANSITIONS,
  isOverdue,
  type TActionItem,
  type TCheckIn,
  toConsent,
  type TEngagement,
  type TEngagementConsent,
  type TEngagementGoal,
  type TEngagementRole,
  type TEngagementStatus,
  type TEnrolment,
  type TSession,
} from "../../domain/mentoring/index";
import { authorise, engagementRelation, type TEngagementResource } from "../../domain/policy/index";
import { notFound } from "../../domain/shared/errors";
import type { TActor } from "../../domain/shared/roles";
import type { TAppContext } from "../shared/context";

export type TCtx = Pick<TAppContext, "db" | "now">;

/** A mentee without an account still needs an id in the domain's engagement; nobody can ever act as it. */
export const personKey = (personId: string) => `person:${personId}`;

export function toEngagement(row: TEngagementRow): TEngagement {
  const e = row.engagement;
  return {
    id: e.id,
    mentorUserId: e.mentorUserId,
    menteeUserId: row.menteeUserId ?? personKey(e.personId),
    sponsorUserId: row.sponsorUserId ?? null,
    status: e.status as TEngagementStatus,
    startDate: e.startDate,
    plannedEndDate: e.plannedEndDate,
    goals: e.goals as TEngagementGoal[],
    timeZone: e.timeZone,
    statusChangedAt: e.statusChangedAt,
  };
}

type TStoredSlot = { start: string; end: string };

export function toSession(row: TSessionRow): TSession {
  const s = row.session;
  return {
    id: s.id,
    engagementId: s.engagementId,
    mentorUserId: row.mentorUserId,
    menteeUserId: row.menteeUserId ?? personKey("none"),
    status: s.status as TSession["status"],
    proposedBy: s.proposedBy as TSession["proposedBy"],
    slots: (s.slots as TStoredSlot[]).map((slot) => ({ start: new Date(slot.start), end: new Date(slot.end) })),
    start: s.startAt,
    end: s.endAt,
    scheduledAt: s.scheduledAt,
    timeZone: s.timeZone,
    location: s.location,
    sequence: s.sequence,
    agenda: s.agenda as string[],
    cancelledReason: s.cancelledReason,
  };
}

export const storeSlots = (slots: TSession["slots"]): TStoredSlot[] => slots.map((slot) => ({ start: slot.start.toISOString(), end: slot.end.toISOString() }));

export function presentSession(session: TSession): TSessionView {
  return {
    id: session.id,
    engagementId: session.engagementId,
    status: session.status,
    proposedBy: session.proposedBy,
    slots: session.slots.map((slot) => ({ start: slot.start.toISOString(), end: slot.end.toISOString() })),
    start: session.start?.toISOString() ?? null,
    end: session.end?.toISOString() ?? null,
    timeZone: session.timeZone,
    location: session.location,
    sequence: session.sequence,
    agenda: [...session.agenda],
    cancelledReason: session.cancelledReason,
  };
}

export function toActionItem(row: TActionItemRow): TActionItem {
  return { id: row.id, engagementId: row.engagementId, sessionId: row.sessionId, text: row.text, dueDate: row.dueDate, owner: row.owner as TActionItem["owner"], done: row.done, doneAt: row.doneAt, createdAt: row.createdAt };
}

export function presentActionItem(item: TActionItem, now: Date, timeZone: string): TActionItemView {
  return { id: item.id, engagementId: item.engagementId, sessionId: item.sessionId, text: item.text, dueDate: item.dueDate, owner: item.owner, done: item.done, doneAt: item.doneAt?.toISOString() ?? null, overdue: isOverdue(item, now, timeZone) };
}

export function toCheckIn(row: TCheckInRow): TCheckIn {
  return { id: row.id, engagementId: row.engagementId, challengeId: row.challengeId, authorUserId: row.authorUserId ?? "", progress: row.progress, evidence: row.evidence, blockers: row.blockers, createdAt: row.createdAt };
}

export const presentCheckIn = (c: TCheckIn): TCheckInView => ({ id: c.id, challengeId: c.challengeId, progress: c.progress, evidence: c.evidence, blockers: c.blockers, createdAt: c.createdAt.toISOString() });

export function toEnrolment(row: TEnrolmentRow, menteeUserId: string): TEnrolment {
  return { id: row.id, menteeUserId, moduleId: row.moduleId, status: row.status as TEnrolment["status"], plannedFor: row.plannedFor, statusChangedAt: row.statusChangedAt };
}

export const presentEnrolment = (row: TEnrolmentRow): TEnrolmentView => ({
  id: row.id,
  personId: row.personId,
  moduleId: row.moduleId,
  status: row.status as TEnrolmentView["status"],
  plannedFor: row.plannedFor,
  statusChangedAt: row.statusChangedAt.toISOString(),
});

export type TLoadedEngagement = { row: TEngagementRow; engagement: TEngagement; roles: TEngagementRole[] };

/**
 * Loads an engagement the actor takes part in (mentor, mentee, sponsor) or oversees (HR admin).
 * Anyone else — the operator and executives included — gets the same 404 as for a missing id.
 */
export async function loadEngagement(ctx: TCtx, actor: TActor, id: string): Promise<TLoadedEngagement> {
  const row = await findEngagement(ctx.db, actor.organisationId, id);
  if (!row) throw notFound("engagement");
  const resource = engagementResource(row);
  authorise(actor, "mentoring.engagement.read", resource);
  return { row, engagement: toEngagement(row), roles: engagementRelation(actor, resource) };
}

/**
 * The engagement as the policy's resource: its mentor, mentee and sponsor. While a mentor's request awaits consent
 * the sponsor (the line manager) is left out: the request is the mentee's to answer.
 */
export function engagementResource(row: TEngagementRow, status?: TEngagementStatus): TEngagementResource {
  const e = toEngagement(row);
  const sponsorUserId = awaitingConsent(consentOf(row)) ? null : e.sponsorUserId;
  const parties = { mentorUserId: e.mentorUserId, menteeUserId: e.menteeUserId, sponsorUserId };
  return status === undefined ? parties : { ...parties, status };
}

/** The engagement's consent (a mentor-started one waits for the mentee, and HR per organisation setting). */
export const consentOf = (row: TEngagementRow): TEngagementConsent => toConsent(row.engagement.menteeConsent, row.engagement.hrConsent);

/**
 * Like loadEngagement, for the mentor and the mentee only (sessions, notes, action items): others get 404, and so
 * does everyone while a mentor's request still awaits consent (the mentor sees only the person's name until then).
 */
export async function loadAsParty(ctx: TCtx, actor: TActor, id: string): Promise<TLoadedEngagement> {
  const loaded = await loadEngagement(ctx, actor, id);
  authorise(actor, "mentoring.engagement.take_part", engagementResource(loaded.row));
  if (awaitingConsent(consentOf(loaded.row))) throw notFound("engagement");
  return loaded;
}

/** The status actions the roles allow from the current status. */
export function allowedStatusActions(status: TEngagementStatus, roles: readonly TEngagementRole[]) {
  return (["activate", "pause", "resume", "complete", "cancel"] as const).filter((action) => {
    const rule = ENGAGEMENT_TRANSITIONS[action];
    return rule.from.includes(status) && roles.some((role) => rule.roles.includes(role));
  });
}

/** The actor's linked person in the organisation, or null. */
export async function actorPerson(ctx: TCtx, actor: TActor): Promise<string | null> {
  return (await findMember(ctx.db, actor.organisationId, actor.userId))?.personId ?? null;
}
