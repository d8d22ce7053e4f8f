import { describe, expect, it } from "vitest";
import { actionItemOverdueAt, isOverdue, newActionItem, setActionItemDone } from "./action-items";
import { HR, MENTEE, MENTOR, caught, engagement } from "./test-helpers";

const now = new Date("2026-10-20T10:00:00Z");
const valid = { id: "a-1", sessionId: "s-1", text: " Draft the team charter ", dueDate: "2026-10-27", owner: "mentee", actorUserId: MENTOR, now };

describe("action items", () => {
  it("are created open, trimmed, with their owner", () => {
    expect(newActionItem(engagement(), valid)).toEqual({
      id: "a-1",
      engagementId: "eng-1",
      sessionId: "s-1",
      text: "Draft the team charter",
      dueDate: "2026-10-27",
      owner: "mentee",
      done: false,
      doneAt: null,
      createdAt: now,
    });
  });

  it.each([
    [{ text: "  " }, "text"],
    [{ text: 7 }, "text"],
    [{ text: "x".repeat(501) }, "text"],
    [{ dueDate: "27/10/2026" }, "dueDate"],
    [{ dueDate: "2026-10-19" }, "dueDate"],
    [{ owner: "sponsor" }, "owner"],
  ])("reject %j naming %s", (change, field) => {
    expect(caught(() => newActionItem(engagement(), { ...valid, ...change }))).toMatchObject({ code: "VALIDATION", field });
  });

  it("judge 'today' by the local date: at 23:30 UTC on 20 October it is already the 21st in Brussels", () => {
    const lateEvening = new Date("2026-10-20T22:30:00Z");
    expect(caught(() => newActionItem(engagement(), { ...valid, dueDate: "2026-10-20", now: lateEvening })).field).toBe("dueDate");
    expect(newActionItem(engagement(), { ...valid, dueDate: "2026-10-21", now: lateEvening }).dueDate).toBe("2026-10-21");
  });

  it("need the mentor or mentee of an active engagement", () => {
    expect(caught(() => newActionItem(engagement(), { ...valid, actorUserId: HR })).code).toBe("FORBIDDEN");
    expect(caught(() => newActionItem(engagement({ status: "completed" }), valid)).code).toBe("CONFLICT");
  });

  it.each([
    ["2026-10-24", "2026-10-24T22:00:00.000Z", "midnight after the due date, still summer time"],
    ["2026-10-25", "2026-10-25T23:00:00.000Z", "the night after the change: winter time"],
    ["2027-03-27", "2027-03-27T23:00:00.000Z", "midnight before the spring change"],
    ["2027-03-28", "2027-03-28T22:00:00.000Z", "after the spring change"],
  ])("due %s become overdue at %s (%s)", (dueDate, expected) => {
    const at = actionItemOverdueAt(dueDate, "Europe/Brussels");
    expect(at.toISOString()).toBe(expected);
    expect(isOverdue({ done: false, dueDate }, new Date(at.getTime() - 1), "Europe/Brussels")).toBe(false);
    expect(isOverdue({ done: false, dueDate }, at, "Europe/Brussels")).toBe(true);
    expect(isOverdue({ done: true, dueDate }, at, "Europe/Brussels")).toBe(false);
  });

  it("are ticked off and reopened by either party, and a double tick is a conflict", () => {
    const item = newActionItem(engagement(), valid);
    const later = new Date("2026-10-22T10:00:00Z");
    const done = setActionItemDone(engagement(), item, { done: true, actorUserId: MENTEE, now: later });
    expect(done).toMatchObject({ done: true, doneAt: later });
    expect(caught(() => setActionItemDone(engagement(), done, { done: true, actorUserId: MENTOR, now: later })).code).toBe("CONFLICT");
    expect(setActionItemDone(engagement(), done, { done: false, actorUserId: MENTOR, now: later })).toMatchObject({ done: false, doneAt: null });
    expect(caught(() => setActionItemDone(engagement(), item, { done: true, actorUserId: HR, now: later })).code).toBe("FORBIDDEN");
    expect(caught(() => setActionItemDone(engagement({ id: "eng-2" }), item, { done: true, actorUserId: MENTOR, now: later })).code).toBe("NOT_FOUND");
  });
});
