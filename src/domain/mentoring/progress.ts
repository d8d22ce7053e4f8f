import { DomainError, ErrorCodes, invalid } from "../shared/errors";
import { isOverdue, type TActionItem } from "./action-items";
import { partyOf, requireActive, type TEngagement, type TEngagementGoal } from "./engagement";
import type { TSession } from "./sessions";

export const MAX_EVIDENCE_LENGTH = 2000;
export const MAX_BLOCKERS_LENGTH = 2000;

/** One check-in on one goal: how far (0–100 %), what shows it, what is in the way. */
export type TCheckIn = {
  id: string;
  engagementId: string;
  challengeId: string;
  authorUserId: string;
  progress: number;
  evidence: string | null;
  blockers: string | null;
  createdAt: Date;
};

function optionalText(field: string, value: unknown, max: number): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== "string") throw invalid(field, `${field} must be text`);
  const trimmed = value.trim();
  if (trimmed.length > max) throw invalid(field, `${field} is longer than ${max} characters`);
  return trimmed === "" ? null : trimmed;
}

export type TCheckInInput = { id: string; challengeId: unknown; progress: unknown; evidence?: unknown; blockers?: unknown; actorUserId: string; now: Date };

/** The mentor or the mentee records a check-in on one of the engagement's goals while it is active. */
export function newCheckIn(engagement: TEngagement, input: TCheckInInput): TCheckIn {
  partyOf(engagement, input.actorUserId);
  requireActive(engagement);
  if (typeof input.challengeId !== "string" || !engagement.goals.some((g) => g.challengeId === input.challengeId)) {
    throw invalid("challengeId", "challengeId is not one of this engagement's goals");
  }
  const progress = input.progress;
  if (typeof progress !== "number" || !Number.isInteger(progress) || progress < 0 || progress > 100) throw invalid("progress", "progress must be a whole number from 0 to 100");
  return {
    id: input.id,
    engagementId: engagement.id,
    challengeId: input.challengeId,
    authorUserId: input.actorUserId,
    progress,
    evidence: optionalText("evidence", input.evidence, MAX_EVIDENCE_LENGTH),
    blockers: optionalText("blockers", input.blockers, MAX_BLOCKERS_LENGTH),
    createdAt: input.now,
  };
}

// ---- module enrolments ----

export const ENROLMENT_STATUSES = ["planned", "in_progress", "done", "dropped"] as const;
export type TEnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];
export const ENROLMENT_ACTIONS = ["start", "finish", "drop", "replan"] as const;
export type TEnrolmentAction = (typeof ENROLMENT_ACTIONS)[number];

/** From → action → to. `done` is final; a dropped module can be planned again. */
export const ENROLMENT_TRANSITIONS: Readonly<Record<TEnrolmentAction, { from: readonly TEnrolmentStatus[]; to: TEnrolmentStatus }>> = {
  start: { from: ["planned"], to: "in_progress" },
  finish: { from: ["in_progress"], to: "done" },
  drop: { from: ["planned", "in_progress"], to: "dropped" },
  replan: { from: ["dropped"], to: "planned" },
};

export type TEnrolment = { id: string; menteeUserId: string; moduleId: string; status: TEnrolmentStatus; plannedFor: string | null; statusChangedAt: Date };

/** The status after an action, or CONFLICT naming `status`. */
export function nextEnrolmentStatus(current: TEnrolmentStatus, action: TEnrolmentAction): TEnrolmentStatus {
  const rule = ENROLMENT_TRANSITIONS[action];
  if (!rule || !rule.from.includes(current)) throw new DomainError(ErrorCodes.CONFLICT, `a module that is ${current} cannot ${action}`, "status");
  return rule.to;
}

/** Applies an enrolment action at `now`. */
export function changeEnrolment(enrolment: TEnrolment, action: TEnrolmentAction, now: Date): TEnrolment {
  return { ...enrolment, status: nextEnrolmentStatus(enrolment.status, action), statusChangedAt: now };
}

// ---- the mentee's home page ----

export type TGoalProgress = TEngagementGoal & { progress: number | null; lastCheckInAt: Date | null };

export type TNextStep =
  | { kind: "answer_proposal"; sessionId: string }
  | { kind: "action_item"; actionItemId: string; text: string; dueDate: string; overdue: boolean }
  | { kind: "check_in"; challengeId: string }
  | { kind: "start_module"; enrolmentId: string; moduleId: string }
  | { kind: "none" };

export type TMenteeHome = {
  plan: {
    engagementId: string;
    status: TEngagement["status"];
    goals: TGoalProgress[];
    modules: Record<TEnrolmentStatus, number>;
  } | null;
  nextSession: { sessionId: string; start: Date; end: Date; location: string | null } | null;
  nextStep: TNextStep;
};

export type TMenteeHomeInput = {
  now: Date;
  menteeUserId: string;
  /** The mentee's engagements; the home shows the active one, else the most recent proposed or paused one. */
  engagements: readonly TEngagement[];
  sessions: readonly TSession[];
  actionItems: readonly TActionItem[];
  checkIns: readonly TCheckIn[];
  enrolments: readonly TEnrolment[];
  /** A goal with no check-in for this many days asks for one (the nudge policy's value). */
  staleCheckInDays?: number;
};

const byTime = (a: Date, b: Date) => a.getTime() - b.getTime();
const DAY = 86_400_000;
const HOME_ORDER: readonly TEngagement["status"][] = ["active", "paused", "proposed"];

/**
 * "My plan, my next session, my next step" from the data alone. The next step, first match wins:
 * 1. a session proposal from the mentor waiting for the mentee's answer (oldest slot first);
 * 2. the mentee's open action item due first (overdue ones are due first by nature);
 * 3. a goal never checked in on, or not for `staleCheckInDays` (14) days — the stalest, then goal order;
 * 4. the first planned module (by planned date, then id) to start;
 * 5. nothing.
 */
export function menteeHome(input: TMenteeHomeInput): TMenteeHome {
  const mine = input.engagements.filter((e) => e.menteeUserId === input.menteeUserId && HOME_ORDER.includes(e.status));
  const engagement = [...mine].sort((a, b) => HOME_ORDER.indexOf(a.status) - HOME_ORDER.indexOf(b.status) || byTime(b.statusChangedAt, a.statusChangedAt))[0];
  const enrolments = input.enrolments.filter((e) => e.menteeUserId === input.menteeUserId);
  const modules: Record<TEnrolmentStatus, number> = { planned: 0, in_progress: 0, done: 0, dropped: 0 };
  for (const enrolment of enrolments) modules[enrolment.status] += 1;

  if (!engagement) return { plan: null, nextSession: null, nextStep: firstModule(enrolments) };

  const checkIns = input.checkIns.filter((c) => c.engagementId === engagement.id);
  const goals: TGoalProgress[] = engagement.goals.map((goal) => {
    const latest = checkIns.filter((c) => c.challengeId === goal.challengeId).sort((a, b) => byTime(b.createdAt, a.createdAt) || (a.id < b.id ? 1 : -1))[0];
    return { ...goal, progress: latest?.progress ?? null, lastCheckInAt: latest?.createdAt ?? null };
  });

  const sessions = input.sessions.filter((s) => s.engagementId === engagement.id);
  const upcoming = sessions
    .filter((s) => s.status === "scheduled" && s.start && s.end && s.end.getTime() > input.now.getTime())
    .sort((a, b) => byTime(a.start as Date, b.start as Date))[0];
  const nextSession = upcoming ? { sessionId: upcoming.id, start: upcoming.start as Date, end: upcoming.end as Date, location: upcoming.location } : null;

  return { plan: { engagementId: engagement.id, status: engagement.status, goals, modules }, nextSession, nextStep: nextStep(input, engagement, sessions, goals, enrolments) };
}

function nextStep(input: TMenteeHomeInput, engagement: TEngagement, sessions: readonly TSession[], goals: readonly TGoalProgress[], enrolments: readonly TEnrolment[]): TNextStep {
  const now = input.now.getTime();
  const earliestSlot = (s: TSession) => Math.min(...s.slots.map((slot) => slot.start.getTime()));
  const proposal = sessions
    .filter((s) => s.status === "proposed" && s.proposedBy === "mentor" && s.slots.some((slot) => slot.start.getTime() > now))
    .sort((a, b) => earliestSlot(a) - earliestSlot(b) || (a.id < b.id ? -1 : 1))[0];
  if (proposal) return { kind: "answer_proposal", sessionId: proposal.id };

  const action = input.actionItems
    .filter((item) => item.engagementId === engagement.id && item.owner === "mentee" && !item.done)
    .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.id < b.id ? -1 : 1))[0];
  if (action) return { kind: "action_item", actionItemId: action.id, text: action.text, dueDate: action.dueDate, overdue: isOverdue(action, input.now, engagement.timeZone) };

  if (engagement.status === "active") {
    const staleMs = (input.staleCheckInDays ?? 14) * DAY;
    const stale = goals
      .map((goal, order) => ({ goal, order, since: goal.lastCheckInAt?.getTime() ?? -Infinity }))
      .filter(({ since }) => since === -Infinity || now - since >= staleMs)
      .sort((a, b) => a.since - b.since || a.order - b.order)[0];
    if (stale) return { kind: "check_in", challengeId: stale.goal.challengeId };
  }
  return firstModule(enrolments);
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function firstModule(enrolments: readonly TEnrolment[]): TNextStep {
  const planned = enrolments
    .filter((e) => e.status === "planned")
    .sort((a, b) => compare(a.plannedFor ?? "9999", b.plannedFor ?? "9999") || compare(a.id, b.id))[0];
  return planned ? { kind: "start_module", enrolmentId: planned.id, moduleId: planned.moduleId } : { kind: "none" };
}
