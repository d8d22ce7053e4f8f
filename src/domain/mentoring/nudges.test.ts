import { describe, expect, it } from "vitest";
import type { TActionItem } from "./action-items";
import { afterQuietHours, dueNudges, inQuietHours, resolveNudgePolicy, type TDueNudgesInput, type TNudge } from "./nudges";
import type { TSession } from "./sessions";
import { CHALLENGES, MENTEE, MENTOR, caught, engagement, scheduled } from "./test-helpers";
import { localToUtc, parseLocalDateTime, utcToLocal } from "./zoned-time";

const brussels = (local: string) => localToUtc(parseLocalDateTime("t", local), "Europe/Brussels");
const iso = (d: Date) => d.toISOString();
const policy = resolveNudgePolicy();

/** A session in Brussels local time, agreed long ago. */
const session = (id: string, localStart: string, extra: Partial<TSession> = {}) => {
  const start = brussels(localStart);
  return scheduled(id, iso(start), iso(new Date(start.getTime() + 3_600_000)), extra);
};

const item = (id: string, dueDate: string, extra: Partial<TActionItem> = {}): TActionItem => ({
  id,
  engagementId: "eng-1",
  sessionId: null,
  text: "Draft the team charter",
  dueDate,
  owner: "mentee",
  done: false,
  doneAt: null,
  createdAt: new Date("2026-09-01T08:00:00Z"),
  ...extra,
});

// statusChangedAt recent and one check-in per goal recent: no stale nudges unless a test wants them
const fresh = { engagements: [engagement({ statusChangedAt: new Date("2026-10-19T08:00:00Z") })], checkIns: [], actionItems: [], sessions: [], preferences: [] };
const run = (input: Partial<TDueNudgesInput> & { now: Date }) => dueNudges({ ...fresh, ...input });
const brief = (nudges: TNudge[]) => nudges.map((n) => [n.kind, n.recipientUserId, iso(n.dueAt)]);

describe("quiet hours (20:00–08:00 Brussels by default)", () => {
  it.each([
    ["2026-10-22T19:59", false, "2026-10-22T19:59"],
    ["2026-10-22T20:00", true, "2026-10-23T08:00"],
    ["2026-10-23T02:00", true, "2026-10-23T08:00"],
    ["2026-10-23T07:59", true, "2026-10-23T08:00"],
    ["2026-10-23T08:00", false, "2026-10-23T08:00"],
    ["2026-10-24T21:00", true, "2026-10-25T08:00"],
    ["2026-10-25T02:30", true, "2026-10-25T08:00"],
    ["2027-03-27T23:00", true, "2027-03-28T08:00"],
  ])("%s local: quiet %s, released at %s local", (local, quiet, released) => {
    const instant = brussels(local);
    expect(inQuietHours(instant, policy)).toBe(quiet);
    expect(iso(afterQuietHours(instant, policy))).toBe(iso(brussels(released)));
  });

  it("ends at 08:00 local on both sides of a change: 07:00 UTC in winter, 06:00 UTC in summer", () => {
    expect(iso(afterQuietHours(brussels("2026-10-24T22:00"), policy))).toBe("2026-10-25T07:00:00.000Z");
    expect(iso(afterQuietHours(brussels("2027-03-27T22:00"), policy))).toBe("2027-03-28T06:00:00.000Z");
  });

  it("handles a daytime window and no window", () => {
    const lunch = resolveNudgePolicy({ quietHours: { start: "12:00", end: "13:30" } });
    expect(iso(afterQuietHours(brussels("2026-10-22T12:10"), lunch))).toBe(iso(brussels("2026-10-22T13:30")));
    expect(inQuietHours(brussels("2026-10-22T21:00"), lunch)).toBe(false);
    const none = resolveNudgePolicy({ quietHours: null });
    expect(iso(afterQuietHours(brussels("2026-10-22T03:00"), none))).toBe(iso(brussels("2026-10-22T03:00")));
  });
});

describe("session reminders", () => {
  it("go to mentor and mentee 24 hours before, with keys tied to the session and its start", () => {
    const s = session("s-1", "2026-10-23T14:00");
    expect(run({ now: new Date("2026-10-22T11:59:00Z"), sessions: [s] })).toEqual([]);
    const nudges = run({ now: new Date("2026-10-22T12:05:00Z"), sessions: [s] });
    expect(nudges).toEqual([
      { kind: "session_reminder", recipientUserId: MENTEE, engagementId: "eng-1", subjectId: "s-1", dueAt: new Date("2026-10-22T12:00:00Z"), dedupeKey: "session_reminder:s-1:2026-10-23T12:00:00.000Z:u-mentee" },
      { kind: "session_reminder", recipientUserId: MENTOR, engagementId: "eng-1", subjectId: "s-1", dueAt: new Date("2026-10-22T12:00:00Z"), dedupeKey: "session_reminder:s-1:2026-10-23T12:00:00.000Z:u-mentor" },
    ]);
    expect(run({ now: s.start as Date, sessions: [s] })).toEqual([]);
  });

  it.each([
    ["2026-10-23T09:00", "2026-10-22T09:00", "trigger outside quiet hours"],
    ["2026-10-23T07:30", "2026-10-22T08:00", "trigger at 07:30 waits for 08:00"],
    ["2026-10-24T21:00", "2026-10-24T08:00", "trigger at 21:00 waits for the next morning"],
    ["2026-10-26T07:00", "2026-10-25T08:00", "the morning after the autumn change (08:00 CET = 07:00 UTC)"],
    ["2026-10-25T21:30", "2026-10-25T08:00", "trigger the evening before, across the autumn night"],
    ["2027-03-29T07:00", "2027-03-28T08:00", "the morning after the spring change (08:00 CEST = 06:00 UTC)"],
  ])("a session at %s is reminded at %s local (%s)", (start, due) => {
    const s = session("s-1", start);
    const trigger = (s.start as Date).getTime() - 24 * 3_600_000;
    const reminders = (t: number) => run({ now: new Date(t), sessions: [s] }).filter((n) => n.kind === "session_reminder");
    expect(reminders(trigger - 60_000)).toEqual([]);
    // owed from the trigger on, held in the job table until the end of the quiet period
    expect(reminders(trigger).map((n) => iso(n.dueAt))).toEqual([iso(brussels(due)), iso(brussels(due))]);
  });

  it("respect the organisation's lead time, and drop a reminder that quiet hours would push to the session's start", () => {
    const orgPolicy = { sessionReminderHours: 1 };
    const at0830 = session("s-1", "2026-10-23T08:30");
    expect(run({ now: brussels("2026-10-23T07:45"), sessions: [at0830], orgPolicy }).map((n) => iso(n.dueAt))[0]).toBe(iso(brussels("2026-10-23T08:00")));
    const at0800 = session("s-2", "2026-10-23T08:00");
    expect(run({ now: brussels("2026-10-23T07:30"), sessions: [at0800], orgPolicy })).toEqual([]);
  });

  it("are not sent for a time agreed inside the reminder window (the invitation just went out)", () => {
    const s = session("s-1", "2026-10-23T14:00", { scheduledAt: brussels("2026-10-23T09:00") });
    expect(run({ now: brussels("2026-10-23T09:05"), sessions: [s] })).toEqual([]);
  });

  it("never go out in quiet hours when the planner runs late, and are dropped if that would be too late", () => {
    const noon = session("s-1", "2026-10-23T12:00");
    expect(brief(run({ now: brussels("2026-10-22T21:00"), sessions: [noon] }))).toEqual([
      ["session_reminder", MENTEE, iso(brussels("2026-10-23T08:00"))],
      ["session_reminder", MENTOR, iso(brussels("2026-10-23T08:00"))],
    ]);
    const early = session("s-2", "2026-10-23T07:30");
    expect(run({ now: brussels("2026-10-22T21:00"), sessions: [early] })).toEqual([]);
  });

  it("skip cancelled, proposed and held sessions and engagements that are not active", () => {
    const now = brussels("2026-10-22T14:05");
    for (const status of ["cancelled", "proposed", "held"] as const) expect(run({ now, sessions: [session("s-1", "2026-10-23T14:00", { status })] })).toEqual([]);
    expect(run({ now, sessions: [session("s-1", "2026-10-23T14:00")], engagements: [engagement({ status: "paused" })] })).toEqual([]);
  });

  it("get a new key when the session moves", () => {
    const before = run({ now: brussels("2026-10-22T14:05"), sessions: [session("s-1", "2026-10-23T14:00")] });
    const after = run({ now: brussels("2026-10-22T15:05"), sessions: [session("s-1", "2026-10-23T15:00")] });
    expect(after[0]?.dedupeKey).not.toBe(before[0]?.dedupeKey);
  });
});

describe("overdue action items", () => {
  it.each([
    ["2026-10-24T23:59", null],
    ["2026-10-25T00:00", ["2026-10-25T08:00", 0]],
    ["2026-10-31T19:59", ["2026-10-25T08:00", 0]],
    ["2026-10-31T23:59", ["2026-11-01T08:00", 0]], // planner late, in quiet hours: same key, not before the morning
    ["2026-11-01T00:00", ["2026-11-01T08:00", 1]],
    ["2026-11-08T09:00", ["2026-11-08T08:00", 2]],
  ] as const)("due 24 Oct, at %s local: %j", (local, expected) => {
    const nudges = run({ now: brussels(local), actionItems: [item("a-1", "2026-10-24")] }).filter((n) => n.kind === "overdue_action");
    if (!expected) return expect(nudges).toEqual([]);
    expect(nudges).toEqual([
      { kind: "overdue_action", recipientUserId: MENTEE, engagementId: "eng-1", subjectId: "a-1", dueAt: brussels(expected[0]), dedupeKey: `overdue_action:a-1:2026-10-24:${expected[1]}:u-mentee` },
    ]);
  });

  it("follow the organisation's cadence and local midnight without quiet hours (DST-correct)", () => {
    const orgPolicy = { quietHours: null, overdueActionCadenceDays: 3 };
    const at = (local: string) => run({ now: brussels(local), actionItems: [item("a-1", "2026-10-23")], orgPolicy }).map((n) => [iso(n.dueAt), n.dedupeKey.split(":")[3]]);
    expect(at("2026-10-24T00:00")).toEqual([["2026-10-23T22:00:00.000Z", "0"]]);
    expect(at("2026-10-27T00:00")).toEqual([["2026-10-26T23:00:00.000Z", "1"]]);
  });

  it("go to the owner, and stop when done or when the engagement is not active", () => {
    const now = brussels("2026-10-26T10:00");
    expect(run({ now, actionItems: [item("a-1", "2026-10-24", { owner: "mentor" })] })[0]?.recipientUserId).toBe(MENTOR);
    expect(run({ now, actionItems: [item("a-1", "2026-10-24", { done: true })] })).toEqual([]);
    expect(run({ now, actionItems: [item("a-1", "2026-10-24")], engagements: [engagement({ status: "completed" })] })).toEqual([]);
    expect(run({ now, actionItems: [item("a-1", "2026-10-24", { engagementId: "eng-unknown" })] })).toEqual([]);
  });
});

describe("stale check-ins", () => {
  const since = new Date("2026-09-01T08:00:00Z");
  const eng = engagement({ statusChangedAt: since });

  it("nudge the mentee per goal without a check-in for 14 days, once per 14-day period", () => {
    const checkIns = [{ engagementId: "eng-1", challengeId: CHALLENGES[0], createdAt: new Date("2026-10-10T10:00:00Z") }];
    const nudges = run({ now: new Date("2026-10-20T10:00:00Z"), engagements: [eng], checkIns });
    expect(nudges).toEqual([
      {
        kind: "stale_checkin",
        recipientUserId: MENTEE,
        engagementId: "eng-1",
        subjectId: `eng-1/${CHALLENGES[1]}`,
        dueAt: new Date("2026-10-13T08:00:00Z"),
        dedupeKey: `stale_checkin:eng-1/${CHALLENGES[1]}:2026-09-01T08:00:00.000Z:2:u-mentee`,
      },
    ]);
    expect(run({ now: new Date("2026-10-24T10:00:00Z"), engagements: [eng], checkIns }).map((n) => n.subjectId).sort()).toEqual([`eng-1/${CHALLENGES[0]}`, `eng-1/${CHALLENGES[1]}`].sort());
  });

  it("count from the last status change (a resumed engagement is not stale at once)", () => {
    const resumed = engagement({ statusChangedAt: new Date("2026-10-15T09:00:00Z") });
    expect(run({ now: new Date("2026-10-28T09:00:00Z"), engagements: [resumed] })).toEqual([]);
    expect(run({ now: new Date("2026-10-29T09:00:00Z"), engagements: [resumed] })).toHaveLength(2);
  });

  it("wait for the morning when the 14 days end in quiet hours", () => {
    const checkIns = CHALLENGES.slice(0, 2).map((challengeId) => ({ engagementId: "eng-1", challengeId, createdAt: brussels("2026-10-05T21:30") }));
    const nudges = run({ now: brussels("2026-10-19T21:31"), engagements: [eng], checkIns });
    expect(nudges.map((n) => iso(n.dueAt))).toEqual([iso(brussels("2026-10-20T08:00")), iso(brussels("2026-10-20T08:00"))]);
  });
});

describe("opt-out, order and the exactly-once contract", () => {
  const sessions = [session("s-1", "2026-10-23T14:00")];
  const now = brussels("2026-10-22T14:05");

  it("removes an opted-out person's nudges, all or by kind", () => {
    expect(brief(run({ now, sessions, preferences: [{ userId: MENTEE, optOut: "all" }] }))).toEqual([["session_reminder", MENTOR, iso(brussels("2026-10-22T14:00"))]]);
    expect(run({ now, sessions, preferences: [{ userId: MENTOR, optOut: ["session_reminder"] }] }).map((n) => n.recipientUserId)).toEqual([MENTEE]);
    expect(run({ now, sessions, preferences: [{ userId: MENTOR, optOut: ["overdue_action"] }] })).toHaveLength(2);
  });

  it("rejects a policy it cannot apply, naming the field", () => {
    expect(caught(() => resolveNudgePolicy({ sessionReminderHours: 0 })).field).toBe("nudgePolicy.sessionReminderHours");
    expect(caught(() => resolveNudgePolicy({ staleCheckInDays: 2.5 })).field).toBe("nudgePolicy.staleCheckInDays");
    expect(caught(() => resolveNudgePolicy({ overdueActionCadenceDays: 91 })).field).toBe("nudgePolicy.overdueActionCadenceDays");
    expect(caught(() => resolveNudgePolicy({ quietHours: { start: "20:00", end: "20:00" } })).field).toBe("nudgePolicy.quietHours.end");
    expect(caught(() => resolveNudgePolicy({ quietHours: { start: "8 pm", end: "08:00" } })).field).toBe("nudgePolicy.quietHours.start");
    expect(caught(() => resolveNudgePolicy({ timeZone: "Brussels" })).field).toBe("nudgePolicy.timeZone");
  });

  it("with a job table keyed by dedupeKey, sends each nudge exactly once and never in quiet hours over three weeks of 15-minute runs", () => {
    const input = {
      engagements: [engagement({ statusChangedAt: brussels("2026-10-10T21:30") })],
      sessions: [session("s-1", "2026-10-23T14:00"), session("s-2", "2026-10-26T07:30"), session("s-3", "2026-11-04T10:00", { status: "cancelled" })],
      actionItems: [item("a-1", "2026-10-24"), item("a-2", "2026-10-28", { owner: "mentor", done: true })],
      checkIns: [],
      preferences: [],
    };
    const table = new Map<string, { nudge: TNudge; sentAt: Date | null }>();
    const sent: { nudge: TNudge; at: Date }[] = [];
    for (let t = brussels("2026-10-20T00:00").getTime(); t < brussels("2026-11-10T00:00").getTime(); t += 15 * 60_000) {
      const now = new Date(t);
      for (const nudge of dueNudges({ ...input, now })) if (!table.has(nudge.dedupeKey)) table.set(nudge.dedupeKey, { nudge, sentAt: null }); // INSERT … ON CONFLICT DO NOTHING
      for (const row of table.values()) {
        if (row.sentAt === null && row.nudge.dueAt.getTime() <= t) {
          row.sentAt = now;
          sent.push({ nudge: row.nudge, at: now });
        }
      }
    }
    const count = (kind: string) => sent.filter((s) => s.nudge.kind === kind).length;
    expect(count("session_reminder")).toBe(4); // s-1 and s-2, each to two people
    expect(count("overdue_action")).toBe(3); // periods starting 25 Oct, 1 Nov, 8 Nov
    expect(count("stale_checkin")).toBe(2 * 2); // two goals, stale at 24 Oct and 7 Nov (21:30 → next 08:00)
    expect(new Set(sent.map((s) => s.nudge.dedupeKey)).size).toBe(sent.length);
    for (const { at } of sent) {
      const local = utcToLocal(at, "Europe/Brussels");
      expect(local.hour >= 8 && local.hour < 20).toBe(true);
    }
    const s2 = sent.filter((s) => s.nudge.subjectId === "s-2").map((s) => iso(s.at));
    expect(s2).toEqual([iso(brussels("2026-10-25T08:00")), iso(brussels("2026-10-25T08:00"))]);
  });
});
