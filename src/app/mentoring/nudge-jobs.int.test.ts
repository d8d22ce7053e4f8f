import { and, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TDb } from "../../db/client";
import { listNudgeJobs } from "../../db/mentoring-nudges-repo";
import { outbox, people } from "../../db/schema/index";
import { MANAGER_CHALLENGES } from "../../domain/assessment/index";
import { startTestApp, type TTestClient } from "../../test-support/test-app";
import { testDatabaseKind } from "../../test-support/test-database";
import { addPerson, linkUserToPerson } from "../reports/reports.test-helpers";
import { planNudges, runNudgeTick, sendDueNudges } from "./nudge-jobs";

let t: Awaited<ReturnType<typeof startTestApp>>;
let clock = new Date("2026-03-02T09:00:00Z");
let orgA: string;
let engagementId: string;
const c: Record<string, TTestClient> = {};
const CH = MANAGER_CHALLENGES.map((ch) => ch.id);

async function userId(client: TTestClient): Promise<string> {
  return (await (await client.request("/api/auth/session")).json()).user.id;
}
const post = async (who: string, path: string, json: unknown = {}) => {
  const response = await (c[who] as TTestClient).request(path, { method: "POST", json });
  if (response.status >= 300) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response.json();
};
const nudgeEmails = (kind: string) =>
  t.ctx.db
    .select()
    .from(outbox)
    .where(and(eq(outbox.organisationId, orgA), like(outbox.kind, `mentoring_nudge_${kind}`)));

/** The same database, but every transaction dies after its work, before COMMIT (a crash mid-send). */
function crashingDb(db: TDb): TDb {
  const wrapper = Object.create(db) as TDb;
  wrapper.transaction = (async (work: (tx: TDb) => Promise<unknown>) =>
    db.transaction(async (tx) => {
      await work(tx as unknown as TDb);
      throw new Error("killed before commit");
    })) as unknown as TDb["transaction"];
  return wrapper;
}

beforeAll(async () => {
  t = await startTestApp({ now: () => clock });
  orgA = (await t.createOrganisation("org-a")).id;
  const mentee = await addPerson(t.ctx.db, orgA, { firstName: "Marc", lastName: "Mentee" });
  await t.ctx.db.update(people).set({ language: "fr" }).where(and(eq(people.organisationId, orgA), eq(people.id, mentee)));
  c.mentee = await t.signedIn("marc@a.test", orgA, ["manager"]);
  await linkUserToPerson(t.ctx.db, orgA, await userId(c.mentee), mentee);
  c.mentor = await t.signedIn("mentor@a.test", orgA, ["mentor"]);
  c.hr = await t.signedIn("hr@a.test", orgA, ["hr_admin"]);
  const engagement = await post("hr", "/api/mentoring/engagements", {
    personId: mentee,
    mentorUserId: await userId(c.mentor),
    startDate: "2026-03-02",
    plannedEndDate: "2026-09-30",
    goals: [{ challengeId: CH[0] }],
  });
  engagementId = engagement.id;
  await post("mentor", `/api/mentoring/engagements/${engagementId}/status`, { action: "activate" });
  const session = await post("mentor", `/api/mentoring/engagements/${engagementId}/sessions`, { slots: [{ start: "2026-03-10T10:00", end: "2026-03-10T11:00" }] });
  await post("mentee", `/api/mentoring/sessions/${session.id}/accept`, { slotIndex: 0 });
  await post("mentee", `/api/mentoring/engagements/${engagementId}/check-ins`, { challengeId: CH[0], progress: 10 });
});
afterAll(() => t.close());

describe(`mentoring nudge jobs (${testDatabaseKind})`, () => {
  it("sends nothing before anything is due", async () => {
    expect(await runNudgeTick(t.ctx, clock)).toEqual({ planned: 0, sent: 0, skipped: 0 });
  });

  it("reminds both parties of a session once, however often the runner ticks, each in their language", async () => {
    clock = new Date("2026-03-09T09:30:00Z"); // 10:30 Brussels, 23.5 h before the session
    expect(await runNudgeTick(t.ctx, clock)).toEqual({ planned: 2, sent: 2, skipped: 0 });
    expect(await runNudgeTick(t.ctx, clock)).toEqual({ planned: 0, sent: 0, skipped: 0 });
    clock = new Date("2026-03-09T12:00:00Z");
    expect(await runNudgeTick(t.ctx, clock)).toEqual({ planned: 0, sent: 0, skipped: 0 });
    const emails = (await nudgeEmails("session_reminder")).sort((a, b) => a.toAddress.localeCompare(b.toAddress));
    expect(emails.map((e) => e.toAddress)).toEqual(["marc@a.test", "mentor@a.test"]);
    expect(emails[0]?.subject).toMatch(/^Rappel/);
    expect(emails[0]?.textBody).toContain("/mentoring/preferences");
  });

  it("neither loses nor duplicates a nudge when the process dies mid-send, and two senders send it once", async () => {
    const item = await post("mentor", `/api/mentoring/engagements/${engagementId}/action-items`, { text: "Write the plan", dueDate: "2026-03-10", owner: "mentee" });
    clock = new Date("2026-03-11T09:00:00Z"); // overdue since local midnight
    expect(await planNudges(t.ctx, clock)).toBe(1);
    await expect(sendDueNudges({ ...t.ctx, db: crashingDb(t.ctx.db) }, clock)).rejects.toThrow("killed before commit");
    expect(await nudgeEmails("overdue_action")).toHaveLength(0);
    const pending = (await listNudgeJobs(t.ctx.db, orgA)).filter((j) => j.kind === "overdue_action");
    expect(pending.map((j) => [j.subjectId, j.sentAt])).toEqual([[item.id, null]]);
    // "restart": the planner recomputes the same key (no new job), two senders race for it
    expect(await planNudges(t.ctx, clock)).toBe(0);
    const results = await Promise.all([sendDueNudges(t.ctx, clock), sendDueNudges(t.ctx, clock)]);
    expect(results.reduce((sum, r) => sum + r.sent, 0)).toBe(1);
    expect(await runNudgeTick(t.ctx, clock)).toEqual({ planned: 0, sent: 0, skipped: 0 });
    const emails = await nudgeEmails("overdue_action");
    expect(emails.map((e) => e.toAddress)).toEqual(["marc@a.test"]);
  });

  it("holds a nudge owed at night until quiet hours end (08:00 Brussels)", async () => {
    await post("mentor", `/api/mentoring/engagements/${engagementId}/action-items`, { text: "Call HR", dueDate: "2026-03-12", owner: "mentor" });
    clock = new Date("2026-03-13T01:00:00Z"); // 02:00 Brussels
    expect(await runNudgeTick(t.ctx, clock)).toEqual({ planned: 1, sent: 0, skipped: 0 });
    const job = (await listNudgeJobs(t.ctx.db, orgA)).find((j) => j.kind === "overdue_action" && j.sentAt === null);
    expect(job?.dueAt.toISOString()).toBe("2026-03-13T07:00:00.000Z");
    clock = new Date("2026-03-13T07:00:00Z");
    expect(await runNudgeTick(t.ctx, clock)).toEqual({ planned: 0, sent: 1, skipped: 0 });
    expect((await nudgeEmails("overdue_action")).map((e) => e.toAddress).sort()).toEqual(["marc@a.test", "mentor@a.test"]);
  });

  it("skips a queued nudge that no longer applies and plans none for a person who opted out", async () => {
    clock = new Date("2026-03-16T10:00:00Z"); // check-in 14 days old
    expect(await planNudges(t.ctx, clock)).toBe(1);
    await (c.mentee as TTestClient).signIn("marc@a.test"); // the clock outran the session
    const response = await (c.mentee as TTestClient).request("/api/me/mentoring-preferences", { method: "PUT", json: { nudges: false } });
    expect(await response.json()).toEqual({ nudges: false });
    expect(await sendDueNudges(t.ctx, clock)).toEqual({ sent: 0, skipped: 1 });
    clock = new Date("2026-03-30T10:00:00Z");
    expect(await runNudgeTick(t.ctx, clock)).toMatchObject({ sent: 1 }); // the mentor's overdue item, the mentee's nothing
    expect(await nudgeEmails("stale_checkin")).toHaveLength(0);
    await (c.mentee as TTestClient).signIn("marc@a.test");
    expect((await (await (c.mentee as TTestClient).request("/api/me/mentoring-preferences")).json()).nudges).toBe(false);
  });

  it("follows the quiet hours HR sets for the organisation: nothing inside them, the nudge once they end", async () => {
    // the mentor's open item (due 12 March) is owed again from local midnight of 3 April (weekly cadence)
    await (c.hr as TTestClient).signIn("hr@a.test");
    const policy = { timeZone: "Europe/Brussels", sessionReminderHours: 24, overdueActionCadenceDays: 7, staleCheckInDays: 14, quietHours: { start: "06:00", end: "12:00" } };
    const saved = await (c.hr as TTestClient).request("/api/mentoring/policy", { method: "PUT", json: policy });
    expect(saved.status).toBe(200);
    const before = (await nudgeEmails("overdue_action")).length;
    clock = new Date("2026-04-03T07:00:00Z"); // 09:00 Brussels (summer time): after the default quiet hours, inside HR's
    expect(await runNudgeTick(t.ctx, clock)).toEqual({ planned: 1, sent: 0, skipped: 0 });
    const job = (await listNudgeJobs(t.ctx.db, orgA)).find((j) => j.kind === "overdue_action" && j.sentAt === null && j.skippedAt === null);
    expect(job?.dueAt.toISOString()).toBe("2026-04-03T10:00:00.000Z"); // 12:00 Brussels
    clock = new Date("2026-04-03T09:59:00Z");
    expect(await runNudgeTick(t.ctx, clock)).toEqual({ planned: 0, sent: 0, skipped: 0 });
    expect(await nudgeEmails("overdue_action")).toHaveLength(before);
    clock = new Date("2026-04-03T10:00:00Z");
    expect(await runNudgeTick(t.ctx, clock)).toEqual({ planned: 0, sent: 1, skipped: 0 });
    const emails = await nudgeEmails("overdue_action");
    expect(emails).toHaveLength(before + 1);
    expect(emails.at(-1)?.toAddress).toBe("mentor@a.test");
  });
});
