import type { TCaseload, TParticipation } from "../../contracts/mentoring";
import { listActionItems, listCheckIns, listEnrolments } from "../../db/mentoring-progress-repo";
import { listEngagements, listEngagementsByStatus } from "../../db/mentoring-repo";
import { listSessions } from "../../db/mentoring-sessions-repo";
import { findMentoringSettings } from "../../db/mentoring-nudges-repo";
import { listReactionAnswers } from "../../db/mentoring-surveys-repo";
import { ENGAGEMENT_STATUSES, ENROLMENT_STATUSES, SESSION_STATUSES, isOverdue, type TCheckIn } from "../../domain/mentoring/index";
import { reactionOverview } from "../../domain/mentoring/reaction-overview";
import { authorise } from "../../domain/policy/index";
import type { TActor } from "../../domain/shared/roles";
import { toActionItem, toCheckIn, toEngagement, toSession, type TCtx } from "./access";

const DAY = 86_400_000;
const CHECK_IN_WINDOW_DAYS = 14;

function latestPerGoal(checkIns: readonly TCheckIn[], engagementId: string, challengeIds: readonly string[]) {
  return challengeIds.map((id) => checkIns.filter((c) => c.engagementId === engagementId && c.challengeId === id).sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0]);
}

/** The mentor's open engagements (proposed, active, paused) with what needs attention; no notes. */
export async function getCaseload(ctx: TCtx, actor: TActor): Promise<TCaseload> {
  authorise(actor, "mentoring.caseload.read");
  const org = actor.organisationId;
  const rows = (await listEngagements(ctx.db, org, { all: false, userId: actor.userId, personId: null })).filter(
    (r) => r.engagement.mentorUserId === actor.userId && ["proposed", "active", "paused"].includes(r.engagement.status),
  );
  const ids = rows.map((r) => r.engagement.id);
  const now = ctx.now();
  const sessions = (await listSessions(ctx.db, org, ids)).map(toSession);
  const items = (await listActionItems(ctx.db, org, ids)).map(toActionItem);
  const checkIns = (await listCheckIns(ctx.db, org, ids)).map(toCheckIn);
  return {
    items: rows.map((row) => {
      const e = toEngagement(row);
      const mine = sessions.filter((s) => s.engagementId === e.id);
      const next = mine.filter((s) => s.status === "scheduled" && s.start && s.end && s.end.getTime() > now.getTime()).sort((a, b) => (a.start as Date).getTime() - (b.start as Date).getTime())[0];
      const open = items.filter((i) => i.engagementId === e.id && !i.done);
      const latest = latestPerGoal(checkIns, e.id, e.goals.map((g) => g.challengeId)).filter((c): c is TCheckIn => c !== undefined);
      const last = checkIns.filter((c) => c.engagementId === e.id).at(-1);
      return {
        engagementId: e.id,
        person: { id: row.engagement.personId, firstName: row.menteeFirstName, lastName: row.menteeLastName },
        status: e.status,
        nextSessionStart: next?.start?.toISOString() ?? null,
        pendingProposals: mine.filter((s) => s.status === "proposed").length,
        openActionItems: open.length,
        overdueActionItems: open.filter((i) => isOverdue(i, now, e.timeZone)).length,
        lastCheckInAt: last?.createdAt.toISOString() ?? null,
        meanProgress: latest.length ? Math.round((latest.reduce((s, c) => s + c.progress, 0) / latest.length) * 10) / 10 : null,
      };
    }),
  };
}

const count = <K extends string>(keys: readonly K[], values: readonly string[]) =>
  Object.fromEntries(keys.map((k) => [k, values.filter((v) => v === k).length])) as Record<K, number>;
const round = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 1000);

/** HR's participation overview: counts and rates only — no names, no notes, no check-in texts. HR admins, executives and the operator. */
export async function getParticipation(ctx: TCtx, actor: TActor): Promise<TParticipation> {
  authorise(actor, "mentoring.participation.read");
  const org = actor.organisationId;
  const now = ctx.now();
  const rows = await listEngagementsByStatus(ctx.db, org, ENGAGEMENT_STATUSES);
  const engagements = rows.map(toEngagement);
  const ids = engagements.map((e) => e.id);
  const sessions = (await listSessions(ctx.db, org, ids)).map(toSession);
  const items = (await listActionItems(ctx.db, org, ids)).map(toActionItem);
  const checkIns = (await listCheckIns(ctx.db, org, ids)).map(toCheckIn);
  const enrolments = await listEnrolments(ctx.db, org, [...new Set(rows.map((r) => r.engagement.personId))]);
  const zone = new Map(engagements.map((e) => [e.id, e.timeZone]));
  const held = sessions.filter((s) => s.status === "held").length;
  const cancelledAfterScheduling = sessions.filter((s) => s.status === "cancelled" && s.start !== null).length;
  const active = engagements.filter((e) => e.status === "active");
  const recent = active.filter((e) => checkIns.some((c) => c.engagementId === e.id && now.getTime() - c.createdAt.getTime() < CHECK_IN_WINDOW_DAYS * DAY));
  const open = items.filter((i) => !i.done);
  const answers = await listReactionAnswers(ctx.db, org);
  const settings = await findMentoringSettings(ctx.db, org);
  return {
    engagements: count(ENGAGEMENT_STATUSES, engagements.map((e) => e.status)),
    mentors: new Set(rows.filter((r) => r.engagement.status === "active").map((r) => r.engagement.mentorUserId)).size,
    mentees: new Set(rows.filter((r) => r.engagement.status === "active").map((r) => r.engagement.personId)).size,
    sessions: count(SESSION_STATUSES, sessions.map((s) => s.status)),
    sessionHeldRate: held + cancelledAfterScheduling === 0 ? null : round(held / (held + cancelledAfterScheduling)),
    actionItems: { open: open.length, done: items.length - open.length, overdue: open.filter((i) => isOverdue(i, now, zone.get(i.engagementId) ?? "Europe/Brussels")).length },
    checkInRate: active.length === 0 ? null : round(recent.length / active.length),
    enrolments: count(ENROLMENT_STATUSES, enrolments.map((e) => e.status)),
    // stepped: two readings differ by nothing or by the answers of ≥ 3 people (decision 0015)
    reactions: reactionOverview(answers.map((a) => ({ ...a, at: a.createdAt.getTime() })), typeof settings.feedbackMinimum === "number" ? settings.feedbackMinimum : undefined),
  };
}
