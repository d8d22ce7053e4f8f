import { findChallenge } from "../assessment/manager-challenges";
import { DomainError, ErrorCodes, invalid } from "../shared/errors";
import type { TActor } from "../shared/roles";
import { DEFAULT_TIME_ZONE, checkTimeZone, parseLocalDate } from "./zoned-time";

export const ENGAGEMENT_STATUSES = ["proposed", "active", "paused", "completed", "cancelled"] as const;
export type TEngagementStatus = (typeof ENGAGEMENT_STATUSES)[number];

/** The parts a person can play in one engagement. `hr` = an HR admin of the organisation (not a party). */
export const ENGAGEMENT_ROLES = ["mentor", "mentee", "sponsor", "hr"] as const;
export type TEngagementRole = (typeof ENGAGEMENT_ROLES)[number];

export const ENGAGEMENT_ACTIONS = ["activate", "pause", "resume", "complete", "cancel", "edit_goals"] as const;
export type TEngagementAction = (typeof ENGAGEMENT_ACTIONS)[number];

export const MIN_GOALS = 1;
export const MAX_GOALS = 3;
export const MAX_OBJECTIVE_LENGTH = 300;
/** An engagement runs at most this many months from start to planned end. */
export const MAX_ENGAGEMENT_MONTHS = 24;

/** One goal of an engagement: a manager challenge and, optionally, the company objective it serves. Keyed by its challenge. */
export type TEngagementGoal = { challengeId: string; objective: string | null };

export type TEngagement = {
  id: string;
  mentorUserId: string;
  menteeUserId: string;
  /** The mentee's line manager, who sponsors the engagement; null when there is none. */
  sponsorUserId: string | null;
  status: TEngagementStatus;
  /** Local dates (YYYY-MM-DD) in the engagement's time zone. */
  startDate: string;
  plannedEndDate: string;
  goals: readonly TEngagementGoal[];
  timeZone: string;
  /** When the status last changed (creation counts); stale check-ins count from here when it is later than the last check-in. */
  statusChangedAt: Date;
};

type TRule = { from: readonly TEngagementStatus[]; to: TEngagementStatus | null; roles: readonly TEngagementRole[] };

/**
 * Who may do what, from which status. `to: null` = the status does not change. The sponsor follows
 * the engagement and may shape its goals, but does not steer its life cycle; only the mentor or HR
 * start or complete it; either party (and HR) may pause, resume or cancel it.
 */
export const ENGAGEMENT_TRANSITIONS: Readonly<Record<TEngagementAction, TRule>> = {
  activate: { from: ["proposed"], to: "active", roles: ["mentor", "hr"] },
  pause: { from: ["active"], to: "paused", roles: ["mentor", "mentee", "hr"] },
  resume: { from: ["paused"], to: "active", roles: ["mentor", "mentee", "hr"] },
  complete: { from: ["active", "paused"], to: "completed", roles: ["mentor", "hr"] },
  cancel: { from: ["proposed", "active", "paused"], to: "cancelled", roles: ["mentor", "mentee", "hr"] },
  edit_goals: { from: ["proposed", "active", "paused"], to: null, roles: ["mentor", "mentee", "sponsor", "hr"] },
};

/** The roles an actor holds in an engagement (possibly several, possibly none). The operator flag grants none. */
export function engagementRoles(engagement: Pick<TEngagement, "mentorUserId" | "menteeUserId" | "sponsorUserId">, actor: Pick<TActor, "userId" | "roles">): TEngagementRole[] {
  const roles: TEngagementRole[] = [];
  if (actor.userId === engagement.mentorUserId) roles.push("mentor");
  if (actor.userId === engagement.menteeUserId) roles.push("mentee");
  if (engagement.sponsorUserId !== null && actor.userId === engagement.sponsorUserId) roles.push("sponsor");
  if (actor.roles.includes("hr_admin")) roles.push("hr");
  return roles;
}

/**
 * Checks an action against the table: FORBIDDEN when none of the actor's roles may take it,
 * CONFLICT when the engagement's status does not allow it. Returns the status after the action.
 */
export function checkEngagementAction(status: TEngagementStatus, action: TEngagementAction, roles: readonly TEngagementRole[]): TEngagementStatus {
  const rule = ENGAGEMENT_TRANSITIONS[action];
  if (!roles.some((role) => rule.roles.includes(role))) {
    throw new DomainError(ErrorCodes.FORBIDDEN, `your role in this engagement does not allow: ${action}`);
  }
  if (!rule.from.includes(status)) {
    throw new DomainError(ErrorCodes.CONFLICT, `an engagement that is ${status} cannot ${action.replace("_", " ")}`, "status");
  }
  return rule.to ?? status;
}

/** Applies a status-changing action taken by an actor at `now`. */
export function transitionEngagement(engagement: TEngagement, action: Exclude<TEngagementAction, "edit_goals">, actor: Pick<TActor, "userId" | "roles">, now: Date): TEngagement {
  const status = checkEngagementAction(engagement.status, action, engagementRoles(engagement, actor));
  return { ...engagement, status, statusChangedAt: now };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function userId(field: string, value: unknown): string {
  if (typeof value !== "string" || value.trim() === "" || value.length > 100) throw invalid(field, `${field} is required`);
  return value;
}

/** Validates 1–3 goals on distinct, known manager challenges, each with an optional company objective (≤ 300 characters). */
export function validateGoals(value: unknown): TEngagementGoal[] {
  if (!Array.isArray(value) || value.length < MIN_GOALS || value.length > MAX_GOALS) {
    throw invalid("goals", `an engagement has ${MIN_GOALS} to ${MAX_GOALS} goals`);
  }
  const seen = new Set<string>();
  return value.map((goal: unknown, i) => {
    const field = `goals[${i}]`;
    if (!isRecord(goal)) throw invalid(field, `${field} needs a challenge`);
    const { challengeId, objective } = goal;
    if (typeof challengeId !== "string" || !findChallenge(challengeId)) throw invalid(`${field}.challengeId`, `${field}.challengeId is not a known manager challenge`);
    if (seen.has(challengeId)) throw invalid(`${field}.challengeId`, `two goals are linked to ${challengeId}`);
    seen.add(challengeId);
    if (objective !== undefined && objective !== null && typeof objective !== "string") throw invalid(`${field}.objective`, `${field}.objective must be text`);
    const trimmed = typeof objective === "string" ? objective.trim() : "";
    if (trimmed.length > MAX_OBJECTIVE_LENGTH) throw invalid(`${field}.objective`, `${field}.objective is longer than ${MAX_OBJECTIVE_LENGTH} characters`);
    return { challengeId, objective: trimmed === "" ? null : trimmed };
  });
}

export type TNewEngagementInput = {
  id: string;
  mentorUserId: unknown;
  menteeUserId: unknown;
  sponsorUserId?: unknown;
  startDate: unknown;
  plannedEndDate: unknown;
  goals: unknown;
  timeZone?: unknown;
};

/**
 * A new engagement in status `proposed`. Rules: mentor, mentee and sponsor are three different people
 * (a line manager does not mentor their own report within Sterk); the planned end is after the start
 * and at most 24 months later; goals as `validateGoals`.
 */
export function newEngagement(input: TNewEngagementInput, now: Date): TEngagement {
  const mentorUserId = userId("mentorUserId", input.mentorUserId);
  const menteeUserId = userId("menteeUserId", input.menteeUserId);
  if (mentorUserId === menteeUserId) throw invalid("mentorUserId", "the mentor and the mentee must be different people");
  const sponsorUserId = input.sponsorUserId === undefined || input.sponsorUserId === null ? null : userId("sponsorUserId", input.sponsorUserId);
  if (sponsorUserId === menteeUserId) throw invalid("sponsorUserId", "the sponsor cannot be the mentee");
  if (sponsorUserId === mentorUserId) throw invalid("sponsorUserId", "the sponsor (line manager) cannot also be the mentor");
  const start = parseLocalDate("startDate", input.startDate);
  const end = parseLocalDate("plannedEndDate", input.plannedEndDate);
  const startKey = Date.UTC(start.year, start.month - 1, start.day);
  const endKey = Date.UTC(end.year, end.month - 1, end.day);
  if (endKey <= startKey) throw invalid("plannedEndDate", "the planned end must be after the start");
  const latest = Date.UTC(start.year, start.month - 1 + MAX_ENGAGEMENT_MONTHS, start.day);
  if (endKey > latest) throw invalid("plannedEndDate", `an engagement lasts at most ${MAX_ENGAGEMENT_MONTHS} months`);
  return {
    id: input.id,
    mentorUserId,
    menteeUserId,
    sponsorUserId,
    status: "proposed",
    startDate: input.startDate as string,
    plannedEndDate: input.plannedEndDate as string,
    goals: validateGoals(input.goals),
    timeZone: input.timeZone === undefined ? DEFAULT_TIME_ZONE : checkTimeZone("timeZone", input.timeZone),
    statusChangedAt: now,
  };
}

/** Replaces the goals (status and role checked by the table's `edit_goals` row). */
export function updateGoals(engagement: TEngagement, goals: unknown, actor: Pick<TActor, "userId" | "roles">): TEngagement {
  checkEngagementAction(engagement.status, "edit_goals", engagementRoles(engagement, actor));
  return { ...engagement, goals: validateGoals(goals) };
}

/** Throws unless the actor is the engagement's mentor or mentee; returns which. The only two who run sessions, notes and action items. */
export function partyOf(engagement: Pick<TEngagement, "mentorUserId" | "menteeUserId">, actorUserId: string): "mentor" | "mentee" {
  if (actorUserId === engagement.mentorUserId) return "mentor";
  if (actorUserId === engagement.menteeUserId) return "mentee";
  throw new DomainError(ErrorCodes.FORBIDDEN, "only the mentor and the mentee take part in this");
}

/** Throws CONFLICT unless the engagement is active (sessions, action items and check-ins need a running engagement). */
export function requireActive(engagement: Pick<TEngagement, "status">): void {
  if (engagement.status !== "active") throw new DomainError(ErrorCodes.CONFLICT, `the engagement is ${engagement.status}, not active`, "engagementId");
}
