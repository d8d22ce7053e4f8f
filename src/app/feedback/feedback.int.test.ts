import { Writable } from "node:stream";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { challengeScanStatements } from "../../domain/assessment/index";
import { aggregate } from "../../domain/feedback360/index";
import { startTestApp, type TTestClient } from "../../test-support/test-app";
import { testDatabaseKind } from "../../test-support/test-database";
import { DAY, daysFrom, feedbackOrg, linksInOutbox, raterBrowser, testClock } from "./feedback.test-helpers";
import { getFeedbackCampaign } from "./manage-campaigns";
import { listCampaignsAboutPerson, loadCampaignForReport, seedClosedCampaign } from "./report-source";
import { sendDueReminders } from "./send-invitations";

const clock = testClock("2026-05-04T08:00:00Z");
let t: Awaited<ReturnType<typeof startTestApp>>;
let org: Awaited<ReturnType<typeof feedbackOrg>>;
const logLines: string[] = [];
const statementIds = challengeScanStatements("en", ["rater"]).map((s) => s.id);

beforeAll(async () => {
  t = await startTestApp({ now: clock.now });
  // every log line of the application, at every level, for the "never logged" check
  t.ctx.log = pino({ level: "trace" }, new Writable({ write: (chunk, _enc, done) => (logLines.push(String(chunk)), done()) }));
  org = await feedbackOrg(t, "fc");
});
afterAll(() => t.close());

async function post(client: TTestClient, path: string, json?: unknown) {
  const response = await client.request(path, { method: "POST", json });
  return response.json();
}

async function launch(closesInDays: number) {
  const { id } = await post(org.hr, "/api/feedback/campaigns", { subjectPersonId: org.people.subject, closesAt: daysFrom(clock.now(), closesInDays) });
  for (const peer of org.people.peers.slice(0, 3)) await post(org.hr, `/api/feedback/campaigns/${id}/nominees`, { group: "peer", personId: peer });
  await post(org.hr, `/api/feedback/campaigns/${id}/submit`);
  await post(org.hr, `/api/feedback/campaigns/${id}/approve`);
  const launched = await post(org.hr, `/api/feedback/campaigns/${id}/launch`);
  expect(launched.status).toBe("open");
  return id as string;
}

describe(`automatic reminders (${testDatabaseKind})`, () => {
  it("reminds every 3 days at most, 3 times in all, never in the last 12 hours, and never who submitted", async () => {
    const start = clock.now();
    const id = await launch(12);
    const invitations = (await linksInOutbox(t, "feedback_invitation")).slice(0, 3);
    const done = raterBrowser(t, "10.1.0.1");
    await done.open(invitations.find((l) => l.to === "p1@fc.test")?.token ?? "");
    await done.request("/api/rater/submit", { method: "POST", json: { answers: statementIds.map((s) => ({ id: s, value: 3 })) } });

    expect(await sendDueReminders(t.ctx, clock.now())).toBe(0);
    clock.set(new Date(start.getTime() + 3 * DAY - 60_000).toISOString());
    expect(await sendDueReminders(t.ctx, clock.now())).toBe(0);
    clock.set(new Date(start.getTime() + 3 * DAY + 60_000).toISOString());
    expect(await sendDueReminders(t.ctx, clock.now())).toBe(2);
    expect(await sendDueReminders(t.ctx, clock.now())).toBe(0);
    clock.set(new Date(start.getTime() + 6 * DAY + 120_000).toISOString());
    expect(await sendDueReminders(t.ctx, clock.now())).toBe(2);
    clock.set(new Date(start.getTime() + 9 * DAY + 180_000).toISOString());
    expect(await sendDueReminders(t.ctx, clock.now())).toBe(2);
    // the fourth would be due at day 12, the close: the quiet 12 hours and the limit of 3 both stop it
    clock.set(new Date(start.getTime() + 11.6 * DAY).toISOString());
    expect(await sendDueReminders(t.ctx, clock.now())).toBe(0);
    const reminders = (await linksInOutbox(t, "feedback_reminder")).filter((r) => r.to.endsWith("@fc.test"));
    expect(reminders.map((r) => r.to).filter((to) => to === "p1@fc.test")).toEqual([]);
    expect(reminders).toHaveLength(6);
    // only the newest link of a rater works
    const p2 = reminders.filter((r) => r.to === "p2@fc.test");
    expect((await raterBrowser(t, "10.1.0.2").open(p2[1]?.token ?? "")).status).toBe(400);
    expect((await raterBrowser(t, "10.1.0.3").open(p2[0]?.token ?? "")).status).toBe(200);
    const campaign = await getFeedbackCampaign(t.ctx, { userId: "00000000-0000-4000-8000-000000000001", isOperator: true, organisationId: org.organisationId, roles: [] }, id);
    expect(campaign.completion?.find((g) => g.group === "peer")).toEqual({ group: "peer", invited: 3, answered: 1 });
    clock.set(start.toISOString());
  });

  it("never writes a rater link token or cookie to the log", async () => {
    const id = await launch(5);
    const links = (await linksInOutbox(t, "feedback_invitation")).slice(0, 3);
    const browser = raterBrowser(t, "10.1.1.1");
    await browser.open(links[0]?.token ?? "");
    await browser.request("/api/rater/answers", { method: "PUT", json: { answers: [{ id: statementIds[0], value: 9 }] } });
    await raterBrowser(t, "10.1.1.2").open(`${links[1]?.token}x`);
    clock.advance(3 * DAY + 1000);
    await sendDueReminders(t.ctx, clock.now());
    clock.advance(-3 * DAY - 1000);
    const reminderTokens = (await linksInOutbox(t, "feedback_reminder")).map((r) => r.token);
    const secrets = [...links.map((l) => l.token), ...reminderTokens, browser.cookie.split("=")[1] ?? ""].filter(Boolean);
    expect(logLines.join("\n")).toContain(id); // the log does say what happened…
    for (const secret of secrets) expect(logLines.join("\n")).not.toContain(secret); // …but never with a token
  });
});

describe(`report source and demo seeding (${testDatabaseKind})`, () => {
  it("seeds a closed campaign whose submitted responses (not drafts) feed the report, a small group hidden", async () => {
    const answers = Object.fromEntries(statementIds.map((s) => [s, 4]));
    const closesAt = new Date(clock.now().getTime() - 7 * DAY);
    const id = await seedClosedCampaign(t.ctx, {
      organisationId: org.organisationId,
      subjectPersonId: org.people.subject,
      closesAt,
      raters: [
        { group: "line_manager", name: "Boss", email: "boss@x.test", language: "nl", answers, submitted: true },
        ...[1, 2, 3].map((n) => ({ group: "peer" as const, name: `Peer ${n}`, email: `peer${n}@x.test`, language: "fr" as const, answers, comments: [{ text: `peer comment ${n}` }], submitted: true })),
        ...[1, 2].map((n) => ({ group: "direct_report" as const, name: `Report ${n}`, email: `r${n}@x.test`, language: "en" as const, answers, comments: [{ text: `report comment ${n}` }], submitted: true })),
        { group: "other", name: "Draft", email: "draft@x.test", language: "nl", answers, submitted: false },
      ],
    });
    const source = await loadCampaignForReport(t.ctx, org.organisationId, id);
    expect(source?.campaign).toMatchObject({ id, subjectPersonId: org.people.subject, status: "closed", closesAt });
    expect(source?.responses).toHaveLength(6);
    const report = aggregate(source?.responses ?? [], undefined, { itemIds: statementIds, shuffleSeed: source?.campaign.shuffleSeed ?? 0 });
    expect(report.groups.peer.shown).toBe(true);
    expect(report.groups.direct_report.shown).toBe(false);
    expect(JSON.stringify(report)).not.toContain("report comment");
    expect((await listCampaignsAboutPerson(t.ctx, org.organisationId, org.people.subject)).map((c) => c.id)).toContain(id);
    const campaign = await getFeedbackCampaign(t.ctx, { userId: "00000000-0000-4000-8000-000000000001", isOperator: true, organisationId: org.organisationId, roles: [] }, id);
    expect(campaign).toMatchObject({ status: "closed", nominees: null });
    expect(campaign.completion).toEqual([
      { group: "line_manager", invited: 1, answered: 1 },
      { group: "peer", invited: 3, answered: 3 },
      { group: "direct_report", invited: 2, answered: 2 },
      { group: "other", invited: 1, answered: 0 },
    ]);
  });
});
