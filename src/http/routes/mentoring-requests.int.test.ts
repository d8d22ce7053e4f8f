// Issue 13: a mentor can no longer start an engagement with anyone in the directory on their own. What a mentor
// starts is a request: proposed until the person accepts (and HR, when the organisation asks); until then the
// mentor sees the name and nothing else. HR-started engagements work as before (mentoring.int.test.ts).
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addPerson, linkUserToPerson } from "../../app/reports/reports.test-helpers";
import { mentorships, outbox, people, users } from "../../db/schema/index";
import { MANAGER_CHALLENGES } from "../../domain/assessment/index";
import { startTestApp, type TTestClient } from "../../test-support/test-app";
import { testDatabaseKind } from "../../test-support/test-database";

let t: Awaited<ReturnType<typeof startTestApp>>;
let orgA: string;
let marc: string;
let mentorId: string;
const c: Record<string, TTestClient> = {};
const CH = MANAGER_CHALLENGES.map((ch) => ch.id);
const REQUEST = () => ({ personId: marc, startDate: "2026-03-02", plannedEndDate: "2026-09-30", goals: [{ challengeId: CH[0] }] });

const call = async (who: string, path: string, method = "GET", json?: unknown) => {
  const response = await (c[who] as TTestClient).request(path, { method, json });
  return { status: response.status, body: await response.json() };
};
const mails = async (kind: string) => t.ctx.db.select().from(outbox).where(and(eq(outbox.organisationId, orgA), eq(outbox.kind, kind)));

beforeAll(async () => {
  t = await startTestApp({ now: () => new Date("2026-03-02T09:00:00Z") });
  orgA = (await t.createOrganisation("org-a")).id;
  const orgB = (await t.createOrganisation("org-b")).id;
  const db = t.ctx.db;
  const sofie = await addPerson(db, orgA, { firstName: "Sofie", lastName: "Sponsor" });
  marc = await addPerson(db, orgA, { firstName: "Marc", lastName: "Mentee", managerId: sofie });
  await db.update(people).set({ language: "fr" }).where(and(eq(people.organisationId, orgA), eq(people.id, marc)));
  const idOf = async (client: TTestClient) => (await (await client.request("/api/auth/session")).json()).user.id as string;
  c.marc = await t.signedIn("marc@a.test", orgA, ["manager"]);
  await linkUserToPerson(db, orgA, await idOf(c.marc), marc);
  await db.update(users).set({ locale: "fr" }).where(eq(users.email, "marc@a.test"));
  c.sofie = await t.signedIn("sofie@a.test", orgA, ["manager"]);
  await linkUserToPerson(db, orgA, await idOf(c.sofie), sofie);
  c.mentor = await t.signedIn("mentor@a.test", orgA, ["mentor"]);
  mentorId = await idOf(c.mentor);
  await db.update(users).set({ locale: "en" }).where(eq(users.id, mentorId));
  c.hr = await t.signedIn("hr@a.test", orgA, ["hr_admin"]);
  c.hrB = await t.signedIn("hr@b.test", orgB, ["hr_admin"]);
});
afterAll(() => t.close());

describe(`a mentor's request to mentor someone (${testDatabaseKind})`, () => {
  let requestId = "";

  it("lets a mentor ask anyone who can sign in, without reading their plan, and emails the person in her language", async () => {
    // no mentorship: the person's plan goals are not the mentor's to read, so goals must be given
    const noGoals = await call("mentor", "/api/mentoring/engagements", "POST", { ...REQUEST(), goals: undefined });
    expect(noGoals).toMatchObject({ status: 400, body: { field: "goals" } });
    const created = await call("mentor", "/api/mentoring/engagements", "POST", REQUEST());
    expect(created.status).toBe(201);
    requestId = created.body.id;
    expect(created.body).toMatchObject({ status: "proposed", sponsorPersonId: null, actions: ["cancel"], consent: { mentee: "pending", hr: "not_required", awaiting: true, answerAs: null } });
    const sent = await mails("mentoring_engagement_requested");
    expect(sent.map((m) => m.toAddress)).toEqual(["marc@a.test"]);
    expect(sent[0]?.subject).toMatch(/souhaite être votre mentor$/);
    expect(sent[0]?.textBody).toMatch(/ne voit que votre nom/);
    // asking again before she answered is refused and sends nothing more
    expect((await call("mentor", "/api/mentoring/engagements", "POST", REQUEST())).body).toMatchObject({ status: 409, field: "personId" });
    expect(await mails("mentoring_engagement_requested")).toHaveLength(1);
  });

  it("shows the mentor only the name until she accepts: no sessions, notes or activation, and no mentorship", async () => {
    const detail = await call("mentor", `/api/mentoring/engagements/${requestId}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ person: { firstName: "Marc", lastName: "Mentee" }, sessions: [], enrolments: [], actionItems: [], checkIns: [] });
    const activate = await call("mentor", `/api/mentoring/engagements/${requestId}/status`, "POST", { action: "activate" });
    expect(activate).toMatchObject({ status: 409, body: { field: "status" } });
    expect((await call("mentor", `/api/mentoring/engagements/${requestId}/notes`)).status).toBe(404);
    expect((await call("mentor", `/api/mentoring/engagements/${requestId}/notes`, "POST", { body: "x", visibility: "private" })).status).toBe(404);
    expect((await call("mentor", `/api/mentoring/engagements/${requestId}/sessions`, "POST", { slots: [{ start: "2026-03-10T10:00", end: "2026-03-10T11:00" }] })).status).toBe(404);
    expect(await t.ctx.db.select().from(mentorships).where(eq(mentorships.personId, marc))).toEqual([]);
    // her line manager does not see a request that is hers to answer
    expect((await call("sofie", `/api/mentoring/engagements/${requestId}`)).status).toBe(404);
    expect((await call("sofie", "/api/mentoring/engagements")).body.items).toEqual([]);
  });

  it("lets only the person answer: the mentor 403, HR (not asked) 409, another organisation 404", async () => {
    expect((await call("mentor", `/api/mentoring/engagements/${requestId}/consent`, "POST", { decision: "accept" })).status).toBe(403);
    expect((await call("hr", `/api/mentoring/engagements/${requestId}/consent`, "POST", { decision: "accept" })).body).toMatchObject({ status: 409, field: "decision" });
    expect((await call("hrB", `/api/mentoring/engagements/${requestId}/consent`, "POST", { decision: "accept" })).status).toBe(404);
    expect((await call("marc", `/api/mentoring/engagements/${requestId}/consent`, "POST", { decision: "maybe" })).status).toBe(400);
    const mine = await call("marc", "/api/mentoring/engagements");
    expect(mine.body.items.map((e: { id: string; consent: { answerAs: string } }) => [e.id, e.consent.answerAs])).toEqual([[requestId, "mentee"]]);
  });

  it("starts the engagement when she accepts: active, the mentorship recorded, the mentor emailed", async () => {
    const accepted = await call("marc", `/api/mentoring/engagements/${requestId}/consent`, "POST", { decision: "accept" });
    expect(accepted.body).toMatchObject({ status: "active", consent: { mentee: "accepted", awaiting: false, answerAs: null } });
    expect((await t.ctx.db.select().from(mentorships).where(eq(mentorships.personId, marc))).map((m) => m.mentorUserId)).toEqual([mentorId]);
    expect((await call("marc", `/api/mentoring/engagements/${requestId}/consent`, "POST", { decision: "decline" })).status).toBe(409);
    const told = await mails("mentoring_engagement_accepted");
    expect(told.map((m) => [m.toAddress, m.subject])).toEqual([["mentor@a.test", "Marc Mentee accepted your mentoring request"]]);
    expect((await call("sofie", `/api/mentoring/engagements/${requestId}`)).status).toBe(200);
    expect((await call("mentor", `/api/mentoring/engagements/${requestId}/sessions`, "POST", { slots: [{ start: "2026-03-10T10:00", end: "2026-03-10T11:00" }] })).status).toBe(201);
  });

  it("cancels a request she declines and tells the mentor", async () => {
    const created = await call("mentor", "/api/mentoring/engagements", "POST", { ...REQUEST(), goals: undefined });
    // now that the mentor mentors Marc, goals default to his plan's (he has none here): still 400 naming goals
    expect(created.body.field).toBe("goals");
    const second = await call("mentor", "/api/mentoring/engagements", "POST", REQUEST());
    const declined = await call("marc", `/api/mentoring/engagements/${second.body.id}/consent`, "POST", { decision: "decline" });
    expect(declined.body).toMatchObject({ status: "cancelled", consent: { mentee: "declined" } });
    expect((await mails("mentoring_engagement_declined")).map((m) => m.toAddress)).toEqual(["mentor@a.test"]);
  });

  it("asks HR too when the organisation turns the setting on (HR only), in either order", async () => {
    expect((await call("hr", "/api/mentoring/engagement-settings")).body).toEqual({ hrApprovesMentorEngagements: false });
    expect((await call("mentor", "/api/mentoring/engagement-settings", "PUT", { hrApprovesMentorEngagements: true })).status).toBe(403);
    expect((await call("hr", "/api/mentoring/engagement-settings", "PUT", { hrApprovesMentorEngagements: "yes" })).status).toBe(400);
    expect((await call("hr", "/api/mentoring/engagement-settings", "PUT", { hrApprovesMentorEngagements: true })).body).toEqual({ hrApprovesMentorEngagements: true });
    expect((await call("hrB", "/api/mentoring/engagement-settings")).body).toEqual({ hrApprovesMentorEngagements: false });
    const created = await call("mentor", "/api/mentoring/engagements", "POST", REQUEST());
    expect(created.body.consent).toMatchObject({ mentee: "pending", hr: "pending" });
    const id = created.body.id;
    const menteeFirst = await call("marc", `/api/mentoring/engagements/${id}/consent`, "POST", { decision: "accept" });
    expect(menteeFirst.body).toMatchObject({ status: "proposed", consent: { mentee: "accepted", hr: "pending", awaiting: true } });
    expect((await mails("mentoring_engagement_awaiting_hr")).map((m) => m.toAddress)).toEqual(["mentor@a.test"]);
    const hrView = await call("hr", `/api/mentoring/engagements/${id}`);
    expect(hrView.body.consent.answerAs).toBe("hr");
    const approved = await call("hr", `/api/mentoring/engagements/${id}/consent`, "POST", { decision: "accept" });
    expect(approved.body).toMatchObject({ status: "active", consent: { mentee: "accepted", hr: "accepted", awaiting: false } });
    // an engagement HR starts needs nobody's consent, whatever the setting
    const byHr = await call("hr", "/api/mentoring/engagements", "POST", { ...REQUEST(), mentorUserId: mentorId });
    expect(byHr.body.consent).toEqual({ mentee: "not_required", hr: "not_required", awaiting: false, answerAs: null });
  });
});
