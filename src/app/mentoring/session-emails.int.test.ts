import ICAL from "ical.js";
import pino from "pino";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outbox } from "../../db/schema/index";
import { MANAGER_CHALLENGES } from "../../domain/assessment/index";
import { startOutboxSender } from "../../email/sender";
import { startTestApp, type TTestClient } from "../../test-support/test-app";
import { testDatabaseKind } from "../../test-support/test-database";
import { startSmtpTestServer } from "../newsletter/smtp-test-server.test-helpers";
import { addPerson, linkUserToPerson } from "../reports/reports.test-helpers";
import { runNudgeTick } from "./nudge-jobs";

// The real peers: the outbox sender hands invitations and nudges to a real SMTP server; the .ics is
// read back from the received MIME message with ical.js.

let t: Awaited<ReturnType<typeof startTestApp>>;
let clock = new Date("2026-03-02T09:00:00Z");
let smtp: Awaited<ReturnType<typeof startSmtpTestServer>>;
let sessionId: string;
const c: Record<string, TTestClient> = {};

const post = async (who: string, path: string, json: unknown = {}) => {
  const response = await (c[who] as TTestClient).request(path, { method: "POST", json });
  if (response.status >= 300) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response.json();
};

beforeAll(async () => {
  t = await startTestApp({ now: () => clock });
  smtp = await startSmtpTestServer();
  const orgA = (await t.createOrganisation("org-a")).id;
  const mentee = await addPerson(t.ctx.db, orgA, { firstName: "Marc", lastName: "Mentee" });
  c.mentee = await t.signedIn("marc@a.test", orgA, ["manager"]);
  await linkUserToPerson(t.ctx.db, orgA, (await (await c.mentee.request("/api/auth/session")).json()).user.id, mentee);
  c.mentor = await t.signedIn("mentor@a.test", orgA, ["mentor"]);
  c.hr = await t.signedIn("hr@a.test", orgA, ["hr_admin"]);
  const mentorUserId = (await (await c.mentor.request("/api/auth/session")).json()).user.id;
  const engagement = await post("hr", "/api/mentoring/engagements", { personId: mentee, mentorUserId, startDate: "2026-03-02", plannedEndDate: "2026-09-30", goals: [{ challengeId: MANAGER_CHALLENGES[0]?.id }] });
  await post("mentor", `/api/mentoring/engagements/${engagement.id}/status`, { action: "activate" });
  sessionId = (await post("mentor", `/api/mentoring/engagements/${engagement.id}/sessions`, { slots: [{ start: "2026-03-10T10:00", end: "2026-03-10T11:00" }] })).id;
  await post("mentee", `/api/mentoring/sessions/${sessionId}/accept`, { slotIndex: 0 });
});
afterAll(async () => {
  await smtp.close();
  await t.close();
});

async function drain() {
  const sender = startOutboxSender({ db: t.ctx.db, smtpUrl: smtp.url, from: "Sterk <no-reply@sterk.test>", log: pino({ level: "silent" }), now: () => clock });
  const sent = await sender.drain();
  await sender.stop();
  return sent;
}

describe(`mentoring emails over SMTP (${testDatabaseKind})`, () => {
  it("tells the mentee by email, in her language and without an .ics, when the mentor proposes times", async () => {
    const proposed = (await t.ctx.db.select().from(outbox).where(eq(outbox.kind, "mentoring_session_proposed"))).map((m) => ({ to: m.toAddress, subject: m.subject, text: m.textBody, attachments: m.attachments }));
    expect(proposed).toHaveLength(1);
    expect(proposed[0]).toMatchObject({ to: "marc@a.test", subject: expect.stringMatching(/stelt tijden voor een mentoringsessie voor$/) });
    expect(proposed[0]?.text).toMatch(/dinsdag 10 maart 2026, 10:00–11:00/);
    expect(proposed[0]?.attachments ?? []).toEqual([]);
  });

  it("delivers the invitation with a text/calendar attachment whose UID and time ical.js reads", async () => {
    expect(await drain()).toBe(3);
    expect(smtp.recipients().sort()).toEqual(["marc@a.test", "marc@a.test", "mentor@a.test"]);
    const invitations = smtp.received.filter((mail) => mail.parsed.attachments.length > 0);
    expect(invitations).toHaveLength(2);
    for (const mail of invitations) {
      const attachment = mail.parsed.attachments.find((a) => a.contentType === "text/calendar");
      expect(attachment).toBeDefined();
      expect(mail.raw).toMatch(/Content-Type: text\/calendar; method=REQUEST; charset=UTF-8/i);
      const calendar = new ICAL.Component(ICAL.parse(attachment?.content.toString("utf8") as string));
      const event = new ICAL.Event(calendar.getFirstSubcomponent("vevent") as ICAL.Component);
      expect(calendar.getFirstPropertyValue("method")).toBe("REQUEST");
      expect(event.uid).toBe(`session-${sessionId}@localhost`);
      expect(event.startDate.toJSDate().toISOString()).toBe("2026-03-10T09:00:00.000Z");
    }
  });

  it("delivers a session reminder exactly once across ticks and sender restarts", async () => {
    clock = new Date("2026-03-09T10:00:00Z");
    await runNudgeTick(t.ctx, clock);
    await runNudgeTick(t.ctx, clock);
    expect(await drain()).toBe(2);
    await runNudgeTick(t.ctx, new Date("2026-03-09T11:00:00Z"));
    expect(await drain()).toBe(0);
    const reminders = smtp.received.filter((m) => m.parsed.subject?.startsWith("Herinnering") || m.parsed.subject?.startsWith("Reminder"));
    expect(reminders.map((m) => m.rcptTo[0]).sort()).toEqual(["marc@a.test", "mentor@a.test"]);
  });
});
