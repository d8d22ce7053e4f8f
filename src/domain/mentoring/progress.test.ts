import { describe, expect, it } from "vitest";
import type { TActionItem } from "./action-items";
import { ENROLMENT_ACTIONS, ENROLMENT_STATUSES, changeEnrolment, menteeHome, newCheckIn, nextEnrolmentStatus, type TCheckIn, type TEnrolment, type TMenteeHomeInput } from "./progress";
import { CHALLENGES, HR, MENTEE, MENTOR, caught, engagement, scheduled } from "./test-helpers";

const now = new Date("2026-10-20T10:00:00Z");

describe("goal check-ins", () => {
  const valid = { id: "c-1", challengeId: CHALLENGES[0], progress: 40, evidence: " Ran the review myself ", blockers: "", actorUserId: MENTEE, now };

  it("record progress, evidence and blockers on a goal", () => {
    expect(newCheckIn(engagement(), valid)).toEqual({
      id: "c-1",
      engagementId: "eng-1",
      challengeId: CHALLENGES[0],
      authorUserId: MENTEE,
      progress: 40,
      evidence: "Ran the review myself",
      blockers: null,
      createdAt: now,
    });
    expect(newCheckIn(engagement(), { ...valid, progress: 0, actorUserId: MENTOR }).progress).toBe(0);
    expect(newCheckIn(engagement(), { ...valid, progress: 100 }).progress).toBe(100);
  });

  it.each([
    [{ progress: -1 }, "progress"],
    [{ progress: 101 }, "progress"],
    [{ progress: 50.5 }, "progress"],
    [{ progress: "50" }, "progress"],
    [{ progress: Number.NaN }, "progress"],
    [{ challengeId: CHALLENGES[2] }, "challengeId"],
    [{ challengeId: 3 }, "challengeId"],
    [{ evidence: "x".repeat(2001) }, "evidence"],
    [{ blockers: "x".repeat(2001) }, "blockers"],
    [{ blockers: ["no"] }, "blockers"],
  ])("reject %j naming %s", (change, field) => {
    expect(caught(() => newCheckIn(engagement(), { ...valid, ...change }))).toMatchObject({ code: "VALIDATION", field });
  });

  it("accept exactly 2,000 characters and need a party of an active engagement", () => {
    expect(newCheckIn(engagement(), { ...valid, evidence: "x".repeat(2000) }).evidence).toHaveLength(2000);
    expect(caught(() => newCheckIn(engagement(), { ...valid, actorUserId: HR })).code).toBe("FORBIDDEN");
    expect(caught(() => newCheckIn(engagement({ status: "paused" }), valid)).code).toBe("CONFLICT");
  });
});

describe("module enrolments", () => {
  // from → action → to, written out independently of ENROLMENT_TRANSITIONS
  const EXPECTED: Record<string, string> = {
    "planned|start": "in_progress",
    "planned|drop": "dropped",
    "in_progress|finish": "done",
    "in_progress|drop": "dropped",
    "dropped|replan": "planned",
  };
  const cases = ENROLMENT_STATUSES.flatMap((from) => ENROLMENT_ACTIONS.map((action) => [from, action] as const));

  it.each(cases)("%s → %s", (from, action) => {
    const to = EXPECTED[`${from}|${action}`];
    if (to) expect(nextEnrolmentStatus(from, action)).toBe(to);
    else expect(caught(() => nextEnrolmentStatus(from, action))).toMatchObject({ code: "CONFLICT", field: "status" });
  });

  it("stamps the change", () => {
    const enrolment: TEnrolment = { id: "e-1", menteeUserId: MENTEE, moduleId: "m-1", status: "planned", plannedFor: null, statusChangedAt: new Date(0) };
    expect(changeEnrolment(enrolment, "start", now)).toEqual({ ...enrolment, status: "in_progress", statusChangedAt: now });
  });
});

describe("the mentee's home: my plan, my next session, my next step", () => {
  const checkIn = (challengeId: string, progress: number, at: string, id = `c-${at}`): TCheckIn => ({
    id,
    engagementId: "eng-1",
    challengeId,
    authorUserId: MENTEE,
    progress,
    evidence: null,
    blockers: null,
    createdAt: new Date(at),
  });
  const action = (id: string, dueDate: string, extra: Partial<TActionItem> = {}): TActionItem => ({
    id,
    engagementId: "eng-1",
    sessionId: null,
    text: `do ${id}`,
    dueDate,
    owner: "mentee",
    done: false,
    doneAt: null,
    createdAt: new Date("2026-10-01T00:00:00Z"),
    ...extra,
  });
  const enrolment = (id: string, status: TEnrolment["status"], plannedFor: string | null = null): TEnrolment => ({ id, menteeUserId: MENTEE, moduleId: `m-${id}`, status, plannedFor, statusChangedAt: new Date(0) });
  const recent = [checkIn(CHALLENGES[0], 30, "2026-10-12T09:00:00Z"), checkIn(CHALLENGES[1], 55, "2026-10-15T09:00:00Z")];
  const base: TMenteeHomeInput = { now, menteeUserId: MENTEE, engagements: [engagement()], sessions: [], actionItems: [], checkIns: recent, enrolments: [] };

  it("shows the latest progress per goal and module counts", () => {
    const home = menteeHome({
      ...base,
      checkIns: [...recent, checkIn(CHALLENGES[0], 45, "2026-10-18T09:00:00Z"), checkIn(CHALLENGES[0], 10, "2026-10-01T09:00:00Z")],
      enrolments: [enrolment("1", "done"), enrolment("2", "in_progress"), enrolment("3", "planned"), { ...enrolment("4", "planned"), menteeUserId: "someone-else" }],
    });
    expect(home.plan).toEqual({
      engagementId: "eng-1",
      status: "active",
      goals: [
        { challengeId: CHALLENGES[0], objective: "Lead the Q4 sales review", progress: 45, lastCheckInAt: new Date("2026-10-18T09:00:00Z") },
        { challengeId: CHALLENGES[1], objective: null, progress: 55, lastCheckInAt: new Date("2026-10-15T09:00:00Z") },
      ],
      modules: { planned: 1, in_progress: 1, done: 1, dropped: 0 },
    });
  });

  it("picks the next scheduled session that has not ended, ignoring cancelled and past ones", () => {
    const sessions = [
      scheduled("past", "2026-10-13T08:00:00Z", "2026-10-13T09:00:00Z"),
      scheduled("later", "2026-11-03T08:00:00Z", "2026-11-03T09:00:00Z"),
      scheduled("cancelled", "2026-10-22T08:00:00Z", "2026-10-22T09:00:00Z", { status: "cancelled" }),
      scheduled("next", "2026-10-27T08:00:00Z", "2026-10-27T09:00:00Z", { location: "Teams" }),
      scheduled("running", "2026-10-20T09:30:00Z", "2026-10-20T10:00:00Z"),
    ];
    expect(menteeHome({ ...base, sessions }).nextSession).toEqual({ sessionId: "next", start: new Date("2026-10-27T08:00:00Z"), end: new Date("2026-10-27T09:00:00Z"), location: "Teams" });
    expect(menteeHome({ ...base, sessions: [...sessions, scheduled("now", "2026-10-20T09:30:00Z", "2026-10-20T10:30:00Z")] }).nextSession?.sessionId).toBe("now");
  });

  const proposal = scheduled("prop", "2026-10-29T08:00:00Z", "2026-10-29T09:00:00Z", { status: "proposed", start: null, end: null });
  it.each([
    ["a proposal from the mentor waiting for an answer", { sessions: [proposal], actionItems: [action("a", "2026-10-10")] }, { kind: "answer_proposal", sessionId: "prop" }],
    ["not the mentee's own proposal", { sessions: [{ ...proposal, proposedBy: "mentee" as const }] }, { kind: "none" }],
    ["the action item due first, flagged overdue", { actionItems: [action("b", "2026-10-25"), action("a", "2026-10-19"), action("c", "2026-10-01", { done: true })] }, { kind: "action_item", actionItemId: "a", text: "do a", dueDate: "2026-10-19", overdue: true }],
    ["not the mentor's action items", { actionItems: [action("m", "2026-10-19", { owner: "mentor" })] }, { kind: "none" }],
    ["a goal never checked in on", { checkIns: [recent[0] as TCheckIn] }, { kind: "check_in", challengeId: CHALLENGES[1] }],
    ["the stalest goal after 14 days", { checkIns: [checkIn(CHALLENGES[0], 5, "2026-10-02T09:00:00Z"), checkIn(CHALLENGES[1], 5, "2026-10-01T09:00:00Z")] }, { kind: "check_in", challengeId: CHALLENGES[1] }],
    ["the first planned module by date", { enrolments: [enrolment("x", "planned"), enrolment("y", "planned", "2026-11-15"), enrolment("z", "planned", "2026-11-01"), enrolment("w", "in_progress")] }, { kind: "start_module", enrolmentId: "z", moduleId: "m-z" }],
    ["nothing when all is done", {}, { kind: "none" }],
  ])("next step: %s", (_what, change, expected) => {
    expect(menteeHome({ ...base, ...change }).nextStep).toEqual(expected);
  });

  it("shows the active engagement first, then a paused or proposed one, and nothing without one", () => {
    const engagements = [engagement({ id: "old", status: "completed" }), engagement({ id: "new", status: "proposed" })];
    expect(menteeHome({ ...base, engagements }).plan?.engagementId).toBe("new");
    expect(menteeHome({ ...base, engagements: [...engagements, engagement({ id: "eng-1" })] }).plan?.engagementId).toBe("eng-1");
    const none = menteeHome({ ...base, engagements: [engagement({ menteeUserId: "someone-else" })], enrolments: [enrolment("z", "planned")] });
    expect(none).toEqual({ plan: null, nextSession: null, nextStep: { kind: "start_module", enrolmentId: "z", moduleId: "m-z" } });
  });

  it("does not ask for check-ins on an engagement that is not running", () => {
    expect(menteeHome({ ...base, engagements: [engagement({ status: "paused" })], checkIns: [] }).nextStep).toEqual({ kind: "none" });
  });
});
