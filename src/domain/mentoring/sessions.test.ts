import { describe, expect, it } from "vitest";
import { acceptSlot, cancelSession, markHeld, overlaps, proposeSession, rescheduleSession, resolveSessionRules, setAgenda, type TSession } from "./sessions";
import { HR, MENTEE, MENTOR, OTHER, caught, engagement, scheduled } from "./test-helpers";

const now = new Date("2026-10-20T10:00:00Z");
const slot = (start: string, end: string) => ({ start, end });
const propose = (slots: unknown, existing: TSession[] = [], actorUserId = MENTOR, eng = engagement()) => proposeSession(eng, { id: "s-1", slots, actorUserId, now, existing });

describe("proposing slots", () => {
  it("converts Brussels wall-clock slots to UTC on both sides of the autumn change", () => {
    const session = propose([slot("2026-10-23T10:00", "2026-10-23T11:00"), slot("2026-10-26T10:00", "2026-10-26T11:30")]);
    expect(session.slots.map((s) => [s.start.toISOString(), s.end.toISOString()])).toEqual([
      ["2026-10-23T08:00:00.000Z", "2026-10-23T09:00:00.000Z"],
      ["2026-10-26T09:00:00.000Z", "2026-10-26T10:30:00.000Z"],
    ]);
    expect(session).toMatchObject({ status: "proposed", proposedBy: "mentor", start: null, sequence: 0, timeZone: "Europe/Brussels", engagementId: "eng-1" });
  });

  it.each([
    ["2026-10-25T01:30", "2026-10-25T03:30", 180, "autumn night: 01:30 CEST to 03:30 CET is three hours"],
    ["2027-03-28T01:30", "2027-03-28T03:30", 60, "spring night: 01:30 CET to 03:30 CEST is one hour"],
  ])("measures %s–%s as %i real minutes (%s)", (start, end, minutes) => {
    const [s] = propose([slot(start, end)]).slots;
    expect(s && (s.end.getTime() - s.start.getTime()) / 60_000).toBe(minutes);
  });

  it.each([
    [[], "slots", "1 to 5 slots"],
    [Array.from({ length: 6 }, (_, i) => slot(`2026-11-0${i + 1}T10:00`, `2026-11-0${i + 1}T11:00`)), "slots", "1 to 5 slots"],
    ["soon", "slots", "1 to 5 slots"],
    [[null], "slots[0]", "needs a start and an end"],
    [[slot("2026-10-20T11:00", "2026-10-20T12:30")], "slots[0].start", "in the past"],
    [[slot("2026-10-20T12:00", "2026-10-20T13:00")], "slots[0].start", "in the past"],
    [[slot("2026-10-23T10:00", "2026-10-23T10:10")], "slots[0].end", "shorter than 15 minutes"],
    [[slot("2026-10-23T10:00", "2026-10-23T13:01")], "slots[0].end", "longer than 180 minutes"],
    [[slot("2026-10-23T10:00", "2026-10-23T09:00")], "slots[0].end", "ends before it starts"],
    [[slot("2027-10-22T10:00", "2027-10-22T11:00")], "slots[0].start", "more than 366 days ahead"],
    [[slot("2027-03-28T02:30", "2027-03-28T03:30")], "slots[0].start", "does not exist in Europe/Brussels"],
    [[slot("2027-03-28T01:30", "2027-03-28T02:15")], "slots[0].end", "does not exist in Europe/Brussels"],
    [[slot("2026-10-23T10:00", "2026-10-23T11:00"), slot("2026-10-23T10:00", "2026-10-23T11:00")], "slots[1]", "repeats slots[0]"],
    [[slot("2026-10-23 10:00", "2026-10-23T11:00")], "slots[0].start", "YYYY-MM-DDTHH:MM"],
  ])("rejects %j naming %s", (slots, field, message) => {
    const error = caught(() => propose(slots));
    expect(error).toMatchObject({ code: "VALIDATION", field });
    expect(error.message).toContain(message);
  });

  it("resolves the repeated autumn hour to the earlier instant (summer time)", () => {
    const [s] = propose([slot("2026-10-25T02:30", "2026-10-25T03:30")]).slots;
    expect(s?.start.toISOString()).toBe("2026-10-25T00:30:00.000Z");
    expect(s?.end.toISOString()).toBe("2026-10-25T02:30:00.000Z");
  });

  it("is for the mentor and the mentee of an active engagement only", () => {
    const slots = [slot("2026-10-23T10:00", "2026-10-23T11:00")];
    expect(propose(slots, [], MENTEE).proposedBy).toBe("mentee");
    expect(caught(() => propose(slots, [], HR)).code).toBe("FORBIDDEN");
    expect(caught(() => propose(slots, [], MENTOR, engagement({ status: "paused" })))).toMatchObject({ code: "CONFLICT", field: "engagementId" });
  });
});

describe("double booking (half-open intervals)", () => {
  const otherMentee = (id: string, start: string, end: string, extra: Partial<TSession> = {}) => scheduled(id, start, end, { engagementId: "eng-2", menteeUserId: OTHER, ...extra });
  // proposed slot: 2026-10-23 10:00–11:00 Brussels = 08:00–09:00Z
  const slots = [slot("2026-10-23T10:00", "2026-10-23T11:00")];

  it.each([
    ["overlaps the start", otherMentee("x", "2026-10-23T07:30:00Z", "2026-10-23T08:30:00Z"), "the mentor already has a session"],
    ["overlaps the end", otherMentee("x", "2026-10-23T08:59:00Z", "2026-10-23T10:00:00Z"), "the mentor already has a session"],
    ["lies inside", otherMentee("x", "2026-10-23T08:15:00Z", "2026-10-23T08:45:00Z"), "the mentor already has a session"],
    ["contains it", otherMentee("x", "2026-10-23T07:00:00Z", "2026-10-23T10:00:00Z"), "the mentor already has a session"],
    ["is the mentee's, in another engagement", scheduled("x", "2026-10-23T08:30:00Z", "2026-10-23T09:30:00Z", { engagementId: "eng-3", mentorUserId: OTHER }), "the mentee already has a session"],
  ])("refuses a slot when an existing session %s", (_what, existing, message) => {
    const error = caught(() => propose(slots, [existing]));
    expect(error).toMatchObject({ code: "CONFLICT", field: "slots[0]", message: expect.stringContaining(message) as string });
  });

  it.each([
    ["ends exactly when the slot starts", otherMentee("x", "2026-10-23T07:00:00Z", "2026-10-23T08:00:00Z")],
    ["starts exactly when the slot ends", otherMentee("x", "2026-10-23T09:00:00Z", "2026-10-23T10:00:00Z")],
    ["is cancelled", otherMentee("x", "2026-10-23T08:00:00Z", "2026-10-23T09:00:00Z", { status: "cancelled" })],
    ["is only proposed", otherMentee("x", "2026-10-23T08:00:00Z", "2026-10-23T09:00:00Z", { status: "proposed", start: null, end: null })],
    ["involves neither person", scheduled("x", "2026-10-23T08:00:00Z", "2026-10-23T09:00:00Z", { mentorUserId: "u-a", menteeUserId: "u-b" })],
  ])("allows a slot when an existing session %s", (_what, existing) => {
    expect(propose(slots, [existing]).slots).toHaveLength(1);
  });

  it("treats intervals as half-open", () => {
    const at = (a: string, b: string) => ({ start: new Date(a), end: new Date(b) });
    expect(overlaps(at("2026-01-01T10:00Z", "2026-01-01T11:00Z"), at("2026-01-01T11:00Z", "2026-01-01T12:00Z"))).toBe(false);
    expect(overlaps(at("2026-01-01T10:00Z", "2026-01-01T11:00Z"), at("2026-01-01T10:59Z", "2026-01-01T12:00Z"))).toBe(true);
  });
});

describe("accepting, rescheduling, cancelling", () => {
  const proposal = () => propose([slot("2026-10-23T10:00", "2026-10-23T11:00"), slot("2026-10-26T10:00", "2026-10-26T11:00")]);
  const later = new Date("2026-10-21T09:00:00Z");

  it("lets the other party accept one slot, which fixes the time", () => {
    const accepted = acceptSlot(engagement(), proposal(), { slotIndex: 1, actorUserId: MENTEE, now: later, existing: [] });
    expect(accepted).toMatchObject({ status: "scheduled", start: new Date("2026-10-26T09:00:00Z"), end: new Date("2026-10-26T10:00:00Z"), scheduledAt: later, sequence: 0 });
  });

  it.each([
    [{ slotIndex: 0, actorUserId: MENTOR }, "FORBIDDEN", undefined],
    [{ slotIndex: 0, actorUserId: HR }, "FORBIDDEN", undefined],
    [{ slotIndex: 2, actorUserId: MENTEE }, "VALIDATION", "slotIndex"],
    [{ slotIndex: -1, actorUserId: MENTEE }, "VALIDATION", "slotIndex"],
    [{ slotIndex: "0", actorUserId: MENTEE }, "VALIDATION", "slotIndex"],
    [{ slotIndex: 0.5, actorUserId: MENTEE }, "VALIDATION", "slotIndex"],
  ])("refuses %j", (input, code, field) => {
    expect(caught(() => acceptSlot(engagement(), proposal(), { ...input, now: later, existing: [] }))).toMatchObject({ code, field });
  });

  it("refuses a slot that has started by the time of accepting, or that got booked meanwhile", () => {
    expect(caught(() => acceptSlot(engagement(), proposal(), { slotIndex: 0, actorUserId: MENTEE, now: new Date("2026-10-23T08:00:00Z"), existing: [] }))).toMatchObject({
      code: "VALIDATION",
      field: "slotIndex",
    });
    const clash = scheduled("other", "2026-10-26T09:30:00Z", "2026-10-26T10:30:00Z", { menteeUserId: OTHER, engagementId: "eng-2" });
    expect(caught(() => acceptSlot(engagement(), proposal(), { slotIndex: 1, actorUserId: MENTEE, now: later, existing: [clash] }))).toMatchObject({ code: "CONFLICT", field: "slotIndex" });
  });

  it("refuses to accept twice", () => {
    const accepted = acceptSlot(engagement(), proposal(), { slotIndex: 0, actorUserId: MENTEE, now: later, existing: [] });
    expect(caught(() => acceptSlot(engagement(), accepted, { slotIndex: 1, actorUserId: MENTEE, now: later, existing: [accepted] }))).toMatchObject({ code: "CONFLICT", field: "status" });
  });

  it("reschedules to one new slot with SEQUENCE + 1, not clashing with its own old time", () => {
    const accepted = acceptSlot(engagement(), proposal(), { slotIndex: 0, actorUserId: MENTEE, now: later, existing: [] });
    const moved = rescheduleSession(engagement(), accepted, { slot: slot("2026-10-23T10:30", "2026-10-23T11:30"), actorUserId: MENTOR, now: later, existing: [accepted] });
    expect(moved).toMatchObject({ status: "scheduled", start: new Date("2026-10-23T08:30:00Z"), sequence: 1, scheduledAt: later });
    const again = rescheduleSession(engagement(), moved, { slot: slot("2026-10-30T10:30", "2026-10-30T11:30"), actorUserId: MENTEE, now: later, existing: [moved] });
    expect(again.sequence).toBe(2);
    expect(again.start?.toISOString()).toBe("2026-10-30T09:30:00.000Z");
  });

  it.each([
    ["a proposed session", () => proposal(), { slot: slot("2026-10-29T10:00", "2026-10-29T11:00") }, "CONFLICT", "status"],
    ["a session that started", () => scheduled("s-1", "2026-10-21T08:00:00Z", "2026-10-21T09:30:00Z"), { slot: slot("2026-10-29T10:00", "2026-10-29T11:00") }, "CONFLICT", "status"],
    ["into a gap", () => scheduled("s-1", "2026-11-02T08:00:00Z", "2026-11-02T09:00:00Z"), { slot: slot("2027-03-28T02:00", "2027-03-28T03:30") }, "VALIDATION", "slot.start"],
    ["into the past", () => scheduled("s-1", "2026-11-02T08:00:00Z", "2026-11-02T09:00:00Z"), { slot: slot("2026-10-21T09:00", "2026-10-21T10:00") }, "VALIDATION", "slot.start"],
    [
      "onto the mentee's other session",
      () => scheduled("s-1", "2026-11-02T08:00:00Z", "2026-11-02T09:00:00Z"),
      { slot: slot("2026-11-03T10:00", "2026-11-03T11:00"), existing: [scheduled("s-9", "2026-11-03T09:00:00Z", "2026-11-03T10:00:00Z", { mentorUserId: OTHER })] },
      "CONFLICT",
      "slot",
    ],
  ])("refuses to reschedule %s", (_what, session, input, code, field) => {
    expect(caught(() => rescheduleSession(engagement(), session(), { existing: [], ...input, actorUserId: MENTOR, now: later }))).toMatchObject({ code, field });
  });

  it("cancels a scheduled session with a calendar cancellation (SEQUENCE + 1), a proposal without", () => {
    const accepted = acceptSlot(engagement(), proposal(), { slotIndex: 0, actorUserId: MENTEE, now: later, existing: [] });
    const cancelled = cancelSession(engagement(), accepted, { reason: "  Sick  ", actorUserId: MENTEE, now: later });
    expect(cancelled).toEqual({ session: { ...accepted, status: "cancelled", cancelledReason: "Sick", sequence: 1 }, notifyCalendars: true });
    const withdrawn = cancelSession(engagement(), proposal(), { actorUserId: MENTOR, now: later });
    expect(withdrawn.notifyCalendars).toBe(false);
    expect(withdrawn.session).toMatchObject({ status: "cancelled", sequence: 0, cancelledReason: null });
    expect(caught(() => cancelSession(engagement(), cancelled.session, { actorUserId: MENTEE, now: later })).code).toBe("CONFLICT");
    expect(caught(() => cancelSession(engagement(), accepted, { actorUserId: HR, now: later })).code).toBe("FORBIDDEN");
    expect(caught(() => cancelSession(engagement(), accepted, { actorUserId: MENTOR, reason: "x".repeat(501), now: later })).field).toBe("reason");
    expect(caught(() => cancelSession(engagement(), accepted, { actorUserId: MENTOR, now: new Date("2026-10-23T08:00:00Z") })).code).toBe("CONFLICT");
  });

  it("marks a session held from its start on", () => {
    const session = scheduled("s-1", "2026-10-22T08:00:00Z", "2026-10-22T09:00:00Z");
    expect(caught(() => markHeld(engagement(), session, { actorUserId: MENTOR, now: new Date("2026-10-22T07:59:00Z") })).code).toBe("CONFLICT");
    expect(markHeld(engagement(), session, { actorUserId: MENTEE, now: new Date("2026-10-22T08:00:00Z") }).status).toBe("held");
  });
});

describe("the agenda", () => {
  const session = scheduled("s-1", "2026-10-22T08:00:00Z", "2026-10-22T09:00:00Z");
  it("keeps trimmed, non-empty items in order", () => {
    expect(setAgenda(engagement(), session, { items: [" Review Q3 ", "", "Feedback on the town hall"], actorUserId: MENTEE }).agenda).toEqual(["Review Q3", "Feedback on the town hall"]);
  });
  it.each([
    ["not a list", "agenda"],
    [Array.from({ length: 11 }, (_, i) => `item ${i}`), "agenda"],
    [["ok", 3], "agenda[1]"],
    [["x".repeat(301)], "agenda[0]"],
  ])("rejects %j naming %s", (items, field) => {
    expect(caught(() => setAgenda(engagement(), session, { items, actorUserId: MENTOR }))).toMatchObject({ code: "VALIDATION", field });
  });
  it("is closed on a cancelled session and to outsiders", () => {
    expect(caught(() => setAgenda(engagement(), { ...session, status: "cancelled" }, { items: [], actorUserId: MENTOR })).code).toBe("CONFLICT");
    expect(caught(() => setAgenda(engagement(), session, { items: [], actorUserId: HR })).code).toBe("FORBIDDEN");
  });
});

describe("session rules per organisation", () => {
  it("uses 15–180 minutes and one year ahead by default and validates overrides", () => {
    expect(resolveSessionRules()).toEqual({ minDurationMinutes: 15, maxDurationMinutes: 180, maxDaysAhead: 366 });
    expect(resolveSessionRules({ maxDurationMinutes: 240 }).maxDurationMinutes).toBe(240);
    expect(caught(() => resolveSessionRules({ minDurationMinutes: 200 })).field).toBe("sessionRules.minDurationMinutes");
    expect(caught(() => resolveSessionRules({ maxDaysAhead: 0 })).field).toBe("sessionRules.maxDaysAhead");
    expect(caught(() => resolveSessionRules({ maxDurationMinutes: 1.5 })).field).toBe("sessionRules.maxDurationMinutes");
  });
  it("applies them", () => {
    const rules = resolveSessionRules({ minDurationMinutes: 60 });
    expect(caught(() => proposeSession(engagement(), { id: "s", slots: [slot("2026-10-23T10:00", "2026-10-23T10:45")], actorUserId: MENTOR, now, existing: [], rules })).field).toBe("slots[0].end");
  });
});
