// Fixtures shared by the mentoring tests (not imported by production code).
import type { TEngagement } from "./engagement";
import type { TSession } from "./sessions";

export const MENTOR = "u-mentor";
export const MENTEE = "u-mentee";
export const SPONSOR = "u-sponsor";
export const HR = "u-hr";
export const OTHER = "u-other";

export const CHALLENGES = ["lack-self-confidence", "lead-through-change", "emotional-resilience"] as const;

/** An actor as roles.ts shapes it. */
export const actor = (userId: string, roles: ("hr_admin" | "manager" | "mentor" | "executive")[] = []) => ({ userId, roles });

export function engagement(overrides: Partial<TEngagement> = {}): TEngagement {
  return {
    id: "eng-1",
    mentorUserId: MENTOR,
    menteeUserId: MENTEE,
    sponsorUserId: SPONSOR,
    status: "active",
    startDate: "2026-09-01",
    plannedEndDate: "2027-03-01",
    goals: [
      { challengeId: CHALLENGES[0], objective: "Lead the Q4 sales review" },
      { challengeId: CHALLENGES[1], objective: null },
    ],
    timeZone: "Europe/Brussels",
    statusChangedAt: new Date("2026-09-01T08:00:00Z"),
    ...overrides,
  };
}

/** A scheduled session (UTC instants). */
export function scheduled(id: string, start: string, end: string, overrides: Partial<TSession> = {}): TSession {
  return {
    id,
    engagementId: "eng-1",
    mentorUserId: MENTOR,
    menteeUserId: MENTEE,
    status: "scheduled",
    proposedBy: "mentor",
    slots: [{ start: new Date(start), end: new Date(end) }],
    start: new Date(start),
    end: new Date(end),
    scheduledAt: new Date("2026-09-01T08:00:00Z"),
    timeZone: "Europe/Brussels",
    location: null,
    sequence: 0,
    agenda: [],
    cancelledReason: null,
    ...overrides,
  };
}

/** Runs `fn` and returns the DomainError's code, field and message (or fails). */
export function caught(fn: () => unknown): { code: string; field: string | undefined; message: string } {
  try {
    fn();
  } catch (error) {
    const e = error as { code: string; field?: string; message: string };
    return { code: e.code, field: e.field, message: e.message };
  }
  throw new Error("expected a DomainError");
}
