import { DomainError, ErrorCodes, invalid } from "../shared/errors";
import { partyOf, requireActive, type TEngagement } from "./engagement";
import { localToUtc, parseLocalDateTime } from "./zoned-time";

export const SESSION_STATUSES = ["proposed", "scheduled", "held", "cancelled"] as const;
export type TSessionStatus = (typeof SESSION_STATUSES)[number];

/** A time slot in UTC, half-open: [start, end). */
export type TSlot = { start: Date; end: Date };

export type TSession = {
  id: string;
  engagementId: string;
  mentorUserId: string;
  menteeUserId: string;
  status: TSessionStatus;
  proposedBy: "mentor" | "mentee";
  /** The slots on offer while proposed (1–5); kept afterwards as a record. */
  slots: readonly TSlot[];
  /** The agreed time once scheduled (null while proposed). */
  start: Date | null;
  end: Date | null;
  /** When the current time was agreed (accept or reschedule); reminders are not sent for times agreed inside the reminder window. */
  scheduledAt: Date | null;
  timeZone: string;
  location: string | null;
  /** iCalendar SEQUENCE: 0 when first scheduled, +1 on every reschedule and on cancellation. */
  sequence: number;
  agenda: readonly string[];
  cancelledReason: string | null;
};

export type TSessionRules = {
  minDurationMinutes: number;
  maxDurationMinutes: number;
  /** How far ahead a slot may be, in days. */
  maxDaysAhead: number;
};

export const DEFAULT_SESSION_RULES: Readonly<TSessionRules> = Object.freeze({ minDurationMinutes: 15, maxDurationMinutes: 180, maxDaysAhead: 366 });
export const MIN_SLOTS = 1;
export const MAX_SLOTS = 5;
export const MAX_AGENDA_ITEMS = 10;
export const MAX_AGENDA_ITEM_LENGTH = 300;
export const MAX_LOCATION_LENGTH = 200;
export const MAX_REASON_LENGTH = 500;

const MINUTE = 60_000;
const DAY = 86_400_000;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * One slot typed as local wall-clock times (`YYYY-MM-DDTHH:MM`) in the engagement's time zone,
 * converted to UTC. A time in the spring-forward gap is rejected; one that occurs twice (fall-back)
 * is the earlier instant. Duration is real elapsed time, so 01:30–03:30 on a fall-back night is 3 hours.
 */
export function parseSlot(field: string, value: unknown, timeZone: string, now: Date, rules: TSessionRules = DEFAULT_SESSION_RULES): TSlot {
  if (!isRecord(value)) throw invalid(field, `${field} needs a start and an end`);
  const start = localToUtc(parseLocalDateTime(`${field}.start`, value.start), timeZone, `${field}.start`);
  const end = localToUtc(parseLocalDateTime(`${field}.end`, value.end), timeZone, `${field}.end`);
  checkSlot(field, { start, end }, now, rules);
  return { start, end };
}

/** Checks a UTC slot: in the future, within the horizon, duration within the rules. */
export function checkSlot(field: string, slot: TSlot, now: Date, rules: TSessionRules = DEFAULT_SESSION_RULES): void {
  if (slot.start.getTime() <= now.getTime()) throw invalid(`${field}.start`, `${field} starts in the past`);
  if (slot.start.getTime() > now.getTime() + rules.maxDaysAhead * DAY) throw invalid(`${field}.start`, `${field} is more than ${rules.maxDaysAhead} days ahead`);
  const minutes = (slot.end.getTime() - slot.start.getTime()) / MINUTE;
  if (minutes <= 0) throw invalid(`${field}.end`, `${field} ends before it starts`);
  if (minutes < rules.minDurationMinutes) throw invalid(`${field}.end`, `${field} is shorter than ${rules.minDurationMinutes} minutes`);
  if (minutes > rules.maxDurationMinutes) throw invalid(`${field}.end`, `${field} is longer than ${rules.maxDurationMinutes} minutes`);
}

/** Half-open intervals overlap when each starts before the other ends (back-to-back sessions do not). */
export function overlaps(a: TSlot, b: TSlot): boolean {
  return a.start.getTime() < b.end.getTime() && b.start.getTime() < a.end.getTime();
}

/**
 * Throws CONFLICT when the mentor or the mentee already has a scheduled session overlapping the slot
 * (any engagement; `ignoreSessionId` = the session being moved). The message says who is busy but
 * nothing about the other session: a mentor's other mentees stay private.
 */
export function checkNoDoubleBooking(field: string, slot: TSlot, people: Pick<TSession, "mentorUserId" | "menteeUserId">, existing: readonly TSession[], ignoreSessionId?: string): void {
  for (const other of existing) {
    if (other.id === ignoreSessionId || other.status !== "scheduled" || !other.start || !other.end) continue;
    if (!overlaps(slot, { start: other.start, end: other.end })) continue;
    const busy = [other.mentorUserId, other.menteeUserId];
    if (busy.includes(people.mentorUserId)) throw new DomainError(ErrorCodes.CONFLICT, "the mentor already has a session at this time", field);
    if (busy.includes(people.menteeUserId)) throw new DomainError(ErrorCodes.CONFLICT, "the mentee already has a session at this time", field);
  }
}

function parseSlots(value: unknown, timeZone: string, now: Date, rules: TSessionRules): TSlot[] {
  if (!Array.isArray(value) || value.length < MIN_SLOTS || value.length > MAX_SLOTS) throw invalid("slots", `propose ${MIN_SLOTS} to ${MAX_SLOTS} slots`);
  const slots = value.map((slot: unknown, i) => parseSlot(`slots[${i}]`, slot, timeZone, now, rules));
  slots.forEach((slot, i) => {
    const twin = slots.findIndex((other) => other.start.getTime() === slot.start.getTime() && other.end.getTime() === slot.end.getTime());
    if (twin < i) throw invalid(`slots[${i}]`, `slots[${i}] repeats slots[${twin}]`);
  });
  return slots;
}

function optionalText(field: string, value: unknown, max: number): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== "string") throw invalid(field, `${field} must be text`);
  const trimmed = value.trim();
  if (trimmed.length > max) throw invalid(field, `${field} is longer than ${max} characters`);
  return trimmed === "" ? null : trimmed;
}

export type TProposeInput = { id: string; slots: unknown; location?: unknown; actorUserId: string; now: Date; existing: readonly TSession[]; rules?: TSessionRules };

/** The mentor or the mentee offers 1–5 slots in an active engagement; none may clash with either person's scheduled sessions. */
export function proposeSession(engagement: TEngagement, input: TProposeInput): TSession {
  const proposedBy = partyOf(engagement, input.actorUserId);
  requireActive(engagement);
  const slots = parseSlots(input.slots, engagement.timeZone, input.now, input.rules ?? DEFAULT_SESSION_RULES);
  slots.forEach((slot, i) => checkNoDoubleBooking(`slots[${i}]`, slot, engagement, input.existing));
  return {
    id: input.id,
    engagementId: engagement.id,
    mentorUserId: engagement.mentorUserId,
    menteeUserId: engagement.menteeUserId,
    status: "proposed",
    proposedBy,
    slots,
    start: null,
    end: null,
    scheduledAt: null,
    timeZone: engagement.timeZone,
    location: optionalText("location", input.location, MAX_LOCATION_LENGTH),
    sequence: 0,
    agenda: [],
    cancelledReason: null,
  };
}

function requireStatus(session: TSession, ...statuses: TSessionStatus[]): void {
  if (!statuses.includes(session.status)) throw new DomainError(ErrorCodes.CONFLICT, `the session is ${session.status}`, "status");
}

/** The other party accepts one of the offered slots (by index); it must still be in the future and free for both. */
export function acceptSlot(engagement: TEngagement, session: TSession, input: { slotIndex: unknown; actorUserId: string; now: Date; existing: readonly TSession[] }): TSession {
  const party = partyOf(engagement, input.actorUserId);
  requireActive(engagement);
  requireStatus(session, "proposed");
  if (party === session.proposedBy) throw new DomainError(ErrorCodes.FORBIDDEN, "the other party accepts a proposal");
  const index = input.slotIndex;
  if (typeof index !== "number" || !Number.isInteger(index) || index < 0 || index >= session.slots.length) throw invalid("slotIndex", "slotIndex is not one of the offered slots");
  const slot = session.slots[index] as TSlot;
  if (slot.start.getTime() <= input.now.getTime()) throw invalid("slotIndex", "this slot has already started; ask for new slots");
  checkNoDoubleBooking("slotIndex", slot, session, input.existing, session.id);
  return { ...session, status: "scheduled", start: slot.start, end: slot.end, scheduledAt: input.now, sequence: 0 };
}

/**
 * Either party moves a scheduled session to one new slot (agreed between them); the calendar update
 * carries SEQUENCE + 1. Negotiating anew = cancel and propose again.
 */
export function rescheduleSession(
  engagement: TEngagement,
  session: TSession,
  input: { slot: unknown; actorUserId: string; now: Date; existing: readonly TSession[]; rules?: TSessionRules },
): TSession {
  partyOf(engagement, input.actorUserId);
  requireActive(engagement);
  requireStatus(session, "scheduled");
  if (session.start && session.start.getTime() <= input.now.getTime()) throw new DomainError(ErrorCodes.CONFLICT, "the session has already started", "status");
  const slot = parseSlot("slot", input.slot, session.timeZone, input.now, input.rules ?? DEFAULT_SESSION_RULES);
  checkNoDoubleBooking("slot", slot, session, input.existing, session.id);
  return { ...session, start: slot.start, end: slot.end, scheduledAt: input.now, sequence: session.sequence + 1 };
}

/**
 * Either party cancels a proposed or scheduled session before it starts. `notifyCalendars` says a
 * METHOD:CANCEL must go out (the session had been in calendars); SEQUENCE goes up for it.
 */
export function cancelSession(engagement: TEngagement, session: TSession, input: { reason?: unknown; actorUserId: string; now: Date }): { session: TSession; notifyCalendars: boolean } {
  partyOf(engagement, input.actorUserId);
  requireStatus(session, "proposed", "scheduled");
  if (session.start && session.start.getTime() <= input.now.getTime()) throw new DomainError(ErrorCodes.CONFLICT, "the session has already started", "status");
  const wasScheduled = session.status === "scheduled";
  return {
    session: {
      ...session,
      status: "cancelled",
      cancelledReason: optionalText("reason", input.reason, MAX_REASON_LENGTH),
      sequence: wasScheduled ? session.sequence + 1 : session.sequence,
    },
    notifyCalendars: wasScheduled,
  };
}

/** Either party records that a scheduled session took place (from its start on); the reaction survey follows. */
export function markHeld(engagement: TEngagement, session: TSession, input: { actorUserId: string; now: Date }): TSession {
  partyOf(engagement, input.actorUserId);
  requireStatus(session, "scheduled");
  if (!session.start || session.start.getTime() > input.now.getTime()) throw new DomainError(ErrorCodes.CONFLICT, "the session has not started yet", "status");
  return { ...session, status: "held" };
}

/** Replaces the agenda: up to 10 items of ≤ 300 characters, trimmed, empty ones dropped; not on a cancelled session. */
export function setAgenda(engagement: TEngagement, session: TSession, input: { items: unknown; actorUserId: string }): TSession {
  partyOf(engagement, input.actorUserId);
  requireStatus(session, "proposed", "scheduled", "held");
  if (!Array.isArray(input.items)) throw invalid("agenda", "agenda must be a list");
  const items = input.items.map((item: unknown, i) => {
    if (typeof item !== "string") throw invalid(`agenda[${i}]`, `agenda[${i}] must be text`);
    const trimmed = item.trim();
    if (trimmed.length > MAX_AGENDA_ITEM_LENGTH) throw invalid(`agenda[${i}]`, `agenda[${i}] is longer than ${MAX_AGENDA_ITEM_LENGTH} characters`);
    return trimmed;
  });
  const kept = items.filter((item) => item !== "");
  if (kept.length > MAX_AGENDA_ITEMS) throw invalid("agenda", `an agenda has at most ${MAX_AGENDA_ITEMS} items`);
  return { ...session, agenda: kept };
}

/** Checks organisation overrides of the session rules (whole minutes; min ≤ max; 5 min – 8 h; horizon 1–730 days). */
export function resolveSessionRules(overrides?: Partial<TSessionRules> | null): TSessionRules {
  const rules = { ...DEFAULT_SESSION_RULES, ...(overrides ?? {}) };
  const whole = (field: keyof TSessionRules, min: number, max: number) => {
    const value = rules[field];
    if (!Number.isInteger(value) || value < min || value > max) throw invalid(`sessionRules.${field}`, `${field} must be a whole number from ${min} to ${max}`);
  };
  whole("minDurationMinutes", 5, 480);
  whole("maxDurationMinutes", 5, 480);
  whole("maxDaysAhead", 1, 730);
  if (rules.minDurationMinutes > rules.maxDurationMinutes) throw invalid("sessionRules.minDurationMinutes", "the minimum duration exceeds the maximum");
  return rules;
}
