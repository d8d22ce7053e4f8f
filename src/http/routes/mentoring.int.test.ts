import ICAL from "ical.js";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMentorship, addPerson, linkUserToPerson } from "../../app/reports/reports.test-helpers";
import { catalogueModules, developmentPlans, mentorships, organisations, outbox, people, planVersions, users } from "../../db/schema/index";
import { MANAGER_CHALLENGES } from "../../domain/assessment/index";
import { STARTER_CATALOGUE } from "../../domain/plans/index";
import { startTestApp, type TTestClient } from "../../test-support/test-app";
import { testDatabaseKind } from "../../test-support/test-database";

let t: Awaited<ReturnType<typeof startTestApp>>;
let clock = new Date("2026-03-02T09:00:00Z");
let orgA: string;
let mentee: string;
let sponsorPerson: string;
let otherMentee: string;
let engagementId: string;
const c: Record<string, TTestClient> = {};
const ids: Record<string, string> = {};
const GHOST = "00000000-0000-4000-8000-000000000000";
const CH = MANAGER_CHALLENGES.map((ch) => ch.id);

async function userId(client: TTestClient): Promise<string> {
  return (await (await client.request("/api/auth/session")).json()).user.id;
}
const post = (who: string, path: string, json: unknown = {}) => (c[who] as TTestClient).request(path, { method: "POST", json });
const put = (who: string, path: string, json: unknown) => (c[who] as TTestClient).request(path, { method: "PUT", json });
const get = (who: string, path: string) => (c[who] as TTestClient).request(path);

async function emailsOf(kind: string) {
  const rows = await t.ctx.db.select().from(outbox).where(and(eq(outbox.organisationId, orgA), eq(outbox.kind, kind)));
  return rows.sort((a, b) => a.toAddress.localeCompare(b.toAddress));
}
type TAttachment = { filename: string; content: string; contentType: string };
function parseIcs(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vevent = calendar.getFirstSubcomponent("vevent");
  if (!vevent) throw new Error("no VEVENT");
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

beforeAll(async () => {
  t = await startTestApp({ now: () => clock });
  orgA = (await t.createOrganisation("org-a")).id;
  const orgB = (await t.createOrganisation("org-b")).id;
  const db = t.ctx.db;
  sponsorPerson = await addPerson(db, orgA, { firstName: "Sofie", lastName: "Sponsor" });
  mentee = await addPerson(db, orgA, { firstName: "Marc", lastName: "Mentee", managerId: sponsorPerson });
  otherMentee = await addPerson(db, orgA, { firstName: "Olga", lastName: "Other" });
  await db.update(people).set({ language: "fr" }).where(and(eq(people.organisationId, orgA), eq(people.id, mentee)));
  c.mentee = await t.signedIn("marc@a.test", orgA, ["manager"]);
  await linkUserToPerson(db, orgA, await userId(c.mentee), mentee);
  c.sponsor = await t.signedIn("sofie@a.test", orgA, ["manager"]);
  await linkUserToPerson(db, orgA, await userId(c.sponsor), sponsorPerson);
  c.other = await t.signedIn("olga@a.test", orgA, ["manager"]);
  await linkUserToPerson(db, orgA, await userId(c.other), otherMentee);
  c.mentor = await t.signedIn("mentor@a.test", orgA, ["mentor"]);
  ids.mentor = await userId(c.mentor);
  await db.update(users).set({ locale: "en" }).where(eq(users.id, ids.mentor));
  c.otherMentor = await t.signedIn("other-mentor@a.test", orgA, ["mentor"]);
  c.hr = await t.signedIn("hr@a.test", orgA, ["hr_admin"]);
  c.executive = await t.signedIn("exec@a.test", orgA, ["executive"]);
  c.operator = await t.signedIn("operator@sterk.test", orgA, [], true);
  c.hrB = await t.signedIn("hr@b.test", orgB, ["hr_admin"]);
  // the mentee's plan (issue 4) holds two goals
  const [plan] = await db.insert(developmentPlans).values({ organisationId: orgA, personId: mentee, status: "approved", currentVersion: 1 }).returning();
  await db.insert(planVersions).values({
    organisationId: orgA,
    planId: plan?.id as string,
    version: 1,
    // enrolments draw on the approved plan (issue 13): the module enrolled in below is in it
    moduleIds: ["workshop-delegation"],
    goals: [
      { challengeId: CH[0], description: "Delegate more", businessMeasure: "Team output +10%" },
      { challengeId: CH[1], description: "Give feedback", businessMeasure: "" },
    ],
    costCents: 0,
    hours: 0,
  });
});
afterAll(() => t.close());

describe(`mentoring engagements (${testDatabaseKind})`, () => {
  it("lets HR create an engagement seeded with the plan's goals and the line manager as sponsor", async () => {
    const response = await post("hr", "/api/mentoring/engagements", { personId: mentee, mentorUserId: ids.mentor, startDate: "2026-03-02", plannedEndDate: "2026-09-30" });
    expect(response.status).toBe(201);
    const body = await response.json();
    engagementId = body.id;
    expect(body).toMatchObject({ status: "proposed", sponsorPersonId: sponsorPerson, timeZone: "Europe/Brussels", myRoles: ["hr"], actions: ["activate", "cancel"] });
    expect(body.goals).toEqual([
      { challengeId: CH[0], objective: "Team output +10%", progress: null, lastCheckInAt: null },
      { challengeId: CH[1], objective: "Give feedback", progress: null, lastCheckInAt: null },
    ]);
  });

  it("lets a mentor only ask (someone who can answer), and refuses a non-mentor as mentor", async () => {
    const input = { personId: otherMentee, startDate: "2026-03-02", plannedEndDate: "2026-06-30", goals: [{ challengeId: CH[2] }] };
    const noAccount = await addPerson(t.ctx.db, orgA, { firstName: "Nora", lastName: "Noaccount" });
    const unanswerable = await post("otherMentor", "/api/mentoring/engagements", { ...input, personId: noAccount });
    expect(unanswerable.status).toBe(400);
    expect((await unanswerable.json()).field).toBe("personId");
    expect((await post("mentee", "/api/mentoring/engagements", input)).status).toBe(403);
    const notMentor = await post("hr", "/api/mentoring/engagements", { ...input, mentorUserId: await userId(c.executive as TTestClient) });
    expect(notMentor.status).toBe(400);
    expect((await notMentor.json()).field).toBe("mentorUserId");
    const noGoals = await post("hr", "/api/mentoring/engagements", { ...input, mentorUserId: ids.mentor, goals: undefined });
    expect((await noGoals.json()).field).toBe("goals");
    await addMentorship(t.ctx.db, orgA, otherMentee, ids.mentor as string);
    const created = await post("mentor", "/api/mentoring/engagements", input);
    expect(created.status).toBe(201);
    const request = await created.json();
    expect(request).toMatchObject({ status: "proposed", consent: { mentee: "pending", awaiting: true } });
    ids.otherEngagement = request.id;
  });

  it("shows the engagement to its parties, sponsor and HR, and to nobody else (404 like a missing id)", async () => {
    for (const who of ["mentor", "mentee", "sponsor", "hr"]) expect((await get(who, `/api/mentoring/engagements/${engagementId}`)).status, who).toBe(200);
    for (const who of ["executive", "operator", "otherMentor", "other", "hrB"]) expect((await get(who, `/api/mentoring/engagements/${engagementId}`)).status, who).toBe(404);
    expect((await get("hr", `/api/mentoring/engagements/${GHOST}`)).status).toBe(404);
    const listed = await (await get("sponsor", "/api/mentoring/engagements")).json();
    expect(listed.items.map((e: { id: string }) => e.id)).toEqual([engagementId]);
    expect((await (await get("executive", "/api/mentoring/engagements")).json()).items).toEqual([]);
  });

  it("follows the status table: the mentee cannot activate, the mentor can, and activation records the mentorship", async () => {
    const denied = await post("mentee", `/api/mentoring/engagements/${engagementId}/status`, { action: "activate" });
    expect(denied.status).toBe(403);
    const wrongState = await post("mentor", `/api/mentoring/engagements/${engagementId}/status`, { action: "resume" });
    expect(wrongState.status).toBe(409);
    expect((await wrongState.json()).field).toBe("status");
    const ok = await post("mentor", `/api/mentoring/engagements/${engagementId}/status`, { action: "activate" });
    expect((await ok.json()).status).toBe("active");
    const rows = await t.ctx.db.select().from(mentorships).where(and(eq(mentorships.organisationId, orgA), eq(mentorships.personId, mentee)));
    expect(rows.map((r) => r.mentorUserId)).toEqual([ids.mentor]);
    // a mentor's request starts when the person accepts it, not when HR or the mentor activates it
    expect((await post("hr", `/api/mentoring/engagements/${ids.otherEngagement}/status`, { action: "activate" })).status).toBe(409);
    expect((await (await post("other", `/api/mentoring/engagements/${ids.otherEngagement}/consent`, { decision: "accept" })).json()).status).toBe("active");
  });

  it("lets the sponsor edit goals but not the life cycle; bad goals name the field", async () => {
    const ok = await put("sponsor", `/api/mentoring/engagements/${engagementId}/goals`, { goals: [{ challengeId: CH[0], objective: "Team output +10%" }, { challengeId: CH[1] }] });
    expect(ok.status).toBe(200);
    expect((await post("sponsor", `/api/mentoring/engagements/${engagementId}/status`, { action: "pause" })).status).toBe(403);
    const bad = await put("mentor", `/api/mentoring/engagements/${engagementId}/goals`, { goals: [{ challengeId: "nope" }] });
    expect(bad.status).toBe(400);
    expect((await bad.json()).field).toBe("goals[0].challengeId");
  });
});

describe(`mentoring sessions and invitations (${testDatabaseKind})`, () => {
  it("refuses slots in the past, in the spring-forward gap and too short, naming the field", async () => {
    const path = `/api/mentoring/engagements/${engagementId}/sessions`;
    const past = await post("mentor", path, { slots: [{ start: "2026-03-01T10:00", end: "2026-03-01T11:00" }] });
    expect([past.status, (await past.json()).field]).toEqual([400, "slots[0].start"]);
    const gap = await post("mentor", path, { slots: [{ start: "2027-03-28T02:30", end: "2027-03-28T03:30" }] });
    expect([gap.status, (await gap.json()).field]).toEqual([400, "slots[0].start"]);
    const short = await post("mentor", path, { slots: [{ start: "2026-03-10T10:00", end: "2026-03-10T10:05" }] });
    expect([short.status, (await short.json()).field]).toEqual([400, "slots[0].end"]);
    expect((await post("hr", path, { slots: [{ start: "2026-03-10T10:00", end: "2026-03-10T11:00" }] })).status).toBe(404);
  });

  it("schedules an accepted slot and emails both parties, each in their language, with an .ics that ical.js reads", async () => {
    const proposed = await post("mentor", `/api/mentoring/engagements/${engagementId}/sessions`, {
      slots: [
        { start: "2026-03-10T10:00", end: "2026-03-10T11:00" },
        { start: "2026-04-02T14:00", end: "2026-04-02T15:30" },
      ],
      location: "Room 4",
    });
    expect(proposed.status).toBe(201);
    const session = await proposed.json();
    ids.session = session.id;
    expect(session.slots[1]).toEqual({ start: "2026-04-02T12:00:00.000Z", end: "2026-04-02T13:30:00.000Z" });
    expect((await post("mentor", `/api/mentoring/sessions/${session.id}/accept`, { slotIndex: 1 })).status).toBe(403);
    expect((await post("hr", `/api/mentoring/sessions/${session.id}/accept`, { slotIndex: 1 })).status).toBe(404);
    const accepted = await post("mentee", `/api/mentoring/sessions/${session.id}/accept`, { slotIndex: 1 });
    expect(accepted.status).toBe(200);
    expect(await accepted.json()).toMatchObject({ status: "scheduled", start: "2026-04-02T12:00:00.000Z", sequence: 0 });

    const emails = await emailsOf("mentoring_session_scheduled");
    expect(emails.map((e) => e.toAddress)).toEqual(["marc@a.test", "mentor@a.test"]);
    const [toMentee, toMentor] = emails;
    expect(toMentee?.subject).toContain("Séance de mentorat planifiée");
    expect(toMentor?.subject).toContain("Mentoring session scheduled");
    for (const email of emails) {
      const [attachment] = email.attachments as TAttachment[];
      expect(attachment?.contentType).toBe("text/calendar; method=REQUEST; charset=UTF-8");
      const { calendar, vevent, event } = parseIcs(attachment?.content as string);
      expect(calendar.getFirstPropertyValue("method")).toBe("REQUEST");
      expect(event.uid).toBe(`session-${session.id}@localhost`);
      expect(vevent.getFirstProperty("dtstart")?.getParameter("tzid")).toBe("Europe/Brussels");
      expect(event.startDate.toJSDate().toISOString()).toBe("2026-04-02T12:00:00.000Z");
      expect(event.sequence).toBe(0);
      expect(event.location).toBe("Room 4");
    }
    const download = await get("mentee", `/api/mentoring/sessions/${session.id}/ics`);
    expect(download.headers.get("content-type")).toContain("text/calendar");
    expect(parseIcs(await download.text()).event.uid).toBe(`session-${session.id}@localhost`);
    expect((await get("sponsor", `/api/mentoring/sessions/${session.id}/ics`)).status).toBe(404);
  });

  it("refuses a double booking of the mentor with 409, but allows back-to-back", async () => {
    const path = `/api/mentoring/engagements/${ids.otherEngagement}/sessions`;
    const clash = await post("mentor", path, { slots: [{ start: "2026-04-02T15:00", end: "2026-04-02T16:00" }] });
    expect(clash.status).toBe(409);
    expect((await clash.json()).field).toBe("slots[0]");
    const backToBack = await post("mentor", path, { slots: [{ start: "2026-04-02T15:30", end: "2026-04-02T16:30" }] });
    expect(backToBack.status).toBe(201);
    // a proposal made earlier cannot be accepted once the time is taken
    const early = await post("other", path, { slots: [{ start: "2026-04-03T09:00", end: "2026-04-03T10:00" }] });
    const earlyId = (await early.json()).id;
    const moved = await post("mentee", `/api/mentoring/sessions/${ids.session}/reschedule`, { slot: { start: "2026-04-03T09:30", end: "2026-04-03T10:30" } });
    expect(moved.status).toBe(200);
    const late = await post("mentor", `/api/mentoring/sessions/${earlyId}/accept`, { slotIndex: 0 });
    expect(late.status).toBe(409);
    expect((await late.json()).field).toBe("slotIndex");
  });

  it("keeps the UID across a reschedule (SEQUENCE 1) and a cancellation (METHOD:CANCEL, SEQUENCE 2)", async () => {
    const moved = await post("mentor", `/api/mentoring/sessions/${ids.session}/reschedule`, { slot: { start: "2026-04-07T09:00", end: "2026-04-07T10:00" } });
    expect(await moved.json()).toMatchObject({ sequence: 2, start: "2026-04-07T07:00:00.000Z" });
    const cancelled = await post("mentee", `/api/mentoring/sessions/${ids.session}/cancel`, { reason: "Ill" });
    expect(await cancelled.json()).toMatchObject({ status: "cancelled", sequence: 3 });
    expect(await emailsOf("mentoring_session_rescheduled")).toHaveLength(4);
    const emails = await emailsOf("mentoring_session_cancelled");
    expect(emails.map((e) => e.toAddress)).toEqual(["marc@a.test", "mentor@a.test"]);
    for (const email of emails) {
      const [attachment] = email.attachments as TAttachment[];
      expect(attachment?.contentType).toBe("text/calendar; method=CANCEL; charset=UTF-8");
      const { calendar, event, vevent } = parseIcs(attachment?.content as string);
      expect(calendar.getFirstPropertyValue("method")).toBe("CANCEL");
      expect(event.uid).toBe(`session-${ids.session}@localhost`);
      expect(event.sequence).toBe(3);
      expect(vevent.getFirstPropertyValue("status")).toBe("CANCELLED");
    }
    expect((await post("mentor", `/api/mentoring/sessions/${ids.session}/cancel`, {})).status).toBe(409);
  });
});

describe(`mentoring notes (${testDatabaseKind})`, () => {
  it("shows a private note to its author alone and a shared note to mentor and mentee only, per role", async () => {
    const privateNote = await (await post("mentor", `/api/mentoring/engagements/${engagementId}/notes`, { body: "Private thought", visibility: "private" })).json();
    const sharedNote = await (await post("mentee", `/api/mentoring/engagements/${engagementId}/notes`, { body: "Shared summary", visibility: "shared" })).json();
    const matrix: Record<string, [number, number]> = {
      mentor: [200, 200],
      mentee: [404, 200],
      sponsor: [404, 404],
      hr: [404, 404],
      executive: [404, 404],
      operator: [404, 404],
      otherMentor: [404, 404],
      hrB: [404, 404],
    };
    for (const [who, [privateStatus, sharedStatus]] of Object.entries(matrix)) {
      expect((await get(who, `/api/mentoring/notes/${privateNote.id}`)).status, `${who} private`).toBe(privateStatus);
      expect((await get(who, `/api/mentoring/notes/${sharedNote.id}`)).status, `${who} shared`).toBe(sharedStatus);
      const list = await get(who, `/api/mentoring/engagements/${engagementId}/notes`);
      if (who === "mentor" || who === "mentee") {
        const bodies = (await list.json()).items.map((n: { body: string }) => n.body).sort();
        expect(bodies).toEqual(who === "mentor" ? ["Private thought", "Shared summary"] : ["Shared summary"]);
      } else {
        expect(list.status, `${who} list`).toBe(404);
      }
      const detail = await (await get(who, `/api/mentoring/engagements/${engagementId}`)).text();
      expect(detail).not.toContain("Private thought");
      expect(detail).not.toContain("Shared summary");
    }
    expect((await put("mentor", `/api/mentoring/notes/${sharedNote.id}`, { body: "Edited", visibility: "shared" })).status).toBe(404);
    expect((await put("mentee", `/api/mentoring/notes/${sharedNote.id}`, { body: "Edited", visibility: "private" })).status).toBe(200);
    expect((await get("mentor", `/api/mentoring/notes/${sharedNote.id}`)).status).toBe(404);
    expect((await (c.hr as TTestClient).request(`/api/mentoring/notes/${privateNote.id}`, { method: "DELETE" })).status).toBe(404);
    const empty = await post("mentor", `/api/mentoring/engagements/${engagementId}/notes`, { body: "  ", visibility: "private" });
    expect([empty.status, (await empty.json()).field]).toEqual([400, "body"]);
  });
});

describe(`mentoring progress (${testDatabaseKind})`, () => {
  it("updates the mentee's home with a check-in, and shows HR progress without the check-in texts", async () => {
    const before = await (await get("mentee", "/api/me/mentoring-home")).json();
    expect(before.plan.goals.map((g: { progress: number | null }) => g.progress)).toEqual([null, null]);
    expect(before.nextStep).toEqual({ kind: "check_in", challengeId: CH[0] });
    const checkIn = await post("mentee", `/api/mentoring/engagements/${engagementId}/check-ins`, { challengeId: CH[0], progress: 40, evidence: "Delegated the budget", blockers: "Time" });
    expect(checkIn.status).toBe(201);
    const after = await (await get("mentee", "/api/me/mentoring-home")).json();
    expect(after.plan.goals.map((g: { progress: number | null }) => g.progress)).toEqual([40, null]);
    expect(after.nextStep).toEqual({ kind: "check_in", challengeId: CH[1] });
    const asHr = await (await get("hr", `/api/mentoring/engagements/${engagementId}`)).json();
    expect(asHr.goals[0].progress).toBe(40);
    expect(asHr.checkIns).toEqual([]);
    expect(JSON.stringify(asHr)).not.toContain("Delegated the budget");
    const bad = await post("mentee", `/api/mentoring/engagements/${engagementId}/check-ins`, { challengeId: CH[5], progress: 10 });
    expect([bad.status, (await bad.json()).field]).toEqual([400, "challengeId"]);
    expect((await post("sponsor", `/api/mentoring/engagements/${engagementId}/check-ins`, { challengeId: CH[0], progress: 10 })).status).toBe(404);
  });

  it("puts the mentee's open action item first on the home page, flags it overdue, and counts it for the mentor and HR", async () => {
    const created = await post("mentor", `/api/mentoring/engagements/${engagementId}/action-items`, { text: "Draft the delegation plan", dueDate: "2026-03-05", owner: "mentee" });
    expect(created.status).toBe(201);
    const item = await created.json();
    const past = await post("mentor", `/api/mentoring/engagements/${engagementId}/action-items`, { text: "x", dueDate: "2026-03-01", owner: "mentee" });
    expect([past.status, (await past.json()).field]).toEqual([400, "dueDate"]);
    clock = new Date("2026-03-06T09:00:00Z");
    const home = await (await get("mentee", "/api/me/mentoring-home")).json();
    expect(home.nextStep).toEqual({ kind: "action_item", actionItemId: item.id, text: "Draft the delegation plan", dueDate: "2026-03-05", overdue: true });
    const caseload = await (await get("mentor", "/api/mentoring/caseload")).json();
    const row = caseload.items.find((i: { engagementId: string }) => i.engagementId === engagementId);
    expect(row).toMatchObject({ openActionItems: 1, overdueActionItems: 1, meanProgress: 40 });
    expect((await get("mentee", "/api/mentoring/caseload")).status).toBe(403);
    const overview = await get("hr", "/api/mentoring/participation");
    expect(overview.status).toBe(200);
    const counts = await overview.json();
    expect(counts).toMatchObject({ engagements: { active: 2 }, mentors: 1, mentees: 2, actionItems: { open: 1, overdue: 1 }, checkInRate: 0.5 });
    expect(JSON.stringify(counts)).not.toContain("Marc");
    for (const who of ["executive", "operator"]) expect((await get(who, "/api/mentoring/participation")).status).toBe(200);
    for (const who of ["mentor", "mentee"]) expect((await get(who, "/api/mentoring/participation")).status).toBe(403);
    const done = await (c.mentee as TTestClient).request(`/api/mentoring/action-items/${item.id}`, { method: "PATCH", json: { done: true } });
    expect((await done.json()).done).toBe(true);
    const again = await (c.mentee as TTestClient).request(`/api/mentoring/action-items/${item.id}`, { method: "PATCH", json: { done: true } });
    expect(again.status).toBe(409);
    expect((await (c.hr as TTestClient).request(`/api/mentoring/action-items/${item.id}`, { method: "PATCH", json: { done: false } })).status).toBe(404);
  });
});

describe(`mentoring enrolments, surveys and closure (${testDatabaseKind})`, () => {
  it("runs a module enrolment for HR, the mentor and the person, and nobody else", async () => {
    const delegation = STARTER_CATALOGUE.find((m) => m.id === "delegation-in-practice");
    await t.ctx.db.insert(catalogueModules).values({ organisationId: orgA, id: "workshop-delegation", module: { ...delegation, id: "workshop-delegation" } });
    const unknown = await post("mentor", "/api/mentoring/enrolments", { personId: mentee, moduleId: "nope" });
    expect([unknown.status, (await unknown.json()).field]).toEqual([400, "moduleId"]);
    expect((await post("otherMentor", "/api/mentoring/enrolments", { personId: mentee, moduleId: "workshop-delegation" })).status).toBe(404);
    const created = await post("mentor", "/api/mentoring/enrolments", { personId: mentee, moduleId: "workshop-delegation", plannedFor: "2026-04-01" });
    expect(created.status).toBe(201);
    ids.enrolment = (await created.json()).id;
    expect((await post("mentee", "/api/mentoring/enrolments", { personId: mentee, moduleId: "workshop-delegation" })).status).toBe(409);
    expect((await post("sponsor", `/api/mentoring/enrolments/${ids.enrolment}/status`, { action: "start" })).status).toBe(404);
    expect((await post("mentee", `/api/mentoring/enrolments/${ids.enrolment}/status`, { action: "finish" })).status).toBe(409);
    expect((await (await post("mentee", `/api/mentoring/enrolments/${ids.enrolment}/status`, { action: "start" })).json()).status).toBe("in_progress");
    expect((await (await post("hr", `/api/mentoring/enrolments/${ids.enrolment}/status`, { action: "finish" })).json()).status).toBe("done");
    const detail = await (await get("mentee", `/api/mentoring/engagements/${engagementId}`)).json();
    expect(detail.enrolments.map((e: { status: string }) => e.status)).toEqual(["done"]);
    // HR sees the mentee's enrolments (module and status) with the engagement; the sponsor does not
    const asHr = await (await get("hr", `/api/mentoring/engagements/${engagementId}`)).json();
    expect(asHr.enrolments).toEqual([expect.objectContaining({ id: ids.enrolment, personId: mentee, moduleId: "workshop-delegation", status: "done", plannedFor: "2026-04-01" })]);
    expect(Object.keys(asHr.enrolments[0]).sort()).toEqual(["id", "moduleId", "personId", "plannedFor", "status", "statusChangedAt"]);
    expect([asHr.sessions, asHr.actionItems, asHr.checkIns]).toEqual([[], [], []]);
    expect((await (await get("sponsor", `/api/mentoring/engagements/${engagementId}`)).json()).enrolments).toEqual([]);
  });

  it("takes the mentee's reaction survey once after a held session or a done module", async () => {
    const proposed = await (await post("mentee", `/api/mentoring/engagements/${engagementId}/sessions`, { slots: [{ start: "2026-03-06T14:00", end: "2026-03-06T15:00" }] })).json();
    await post("mentor", `/api/mentoring/sessions/${proposed.id}/accept`, { slotIndex: 0 });
    const answers = { satisfaction: 5, relevance: 4, intentToApply: 4, comment: "Useful" };
    const early = await post("mentee", "/api/mentoring/reactions", { subject: "session", subjectId: proposed.id, ...answers });
    expect([early.status, (await early.json()).field]).toEqual([409, "subject"]);
    clock = new Date("2026-03-06T14:30:00Z");
    expect((await post("mentor", `/api/mentoring/sessions/${proposed.id}/held`)).status).toBe(200);
    expect((await post("mentor", "/api/mentoring/reactions", { subject: "session", subjectId: proposed.id, ...answers })).status).toBe(403);
    expect((await post("hr", "/api/mentoring/reactions", { subject: "session", subjectId: proposed.id, ...answers })).status).toBe(404);
    const outOfRange = await post("mentee", "/api/mentoring/reactions", { subject: "session", subjectId: proposed.id, ...answers, relevance: 6 });
    expect([outOfRange.status, (await outOfRange.json()).field]).toEqual([400, "relevance"]);
    expect((await post("mentee", "/api/mentoring/reactions", { subject: "session", subjectId: proposed.id, ...answers })).status).toBe(201);
    expect((await post("mentee", "/api/mentoring/reactions", { subject: "session", subjectId: proposed.id, ...answers })).status).toBe(409);
    expect((await post("mentee", "/api/mentoring/reactions", { subject: "module", subjectId: ids.enrolment, ...answers })).status).toBe(201);
    expect((await post("other", "/api/mentoring/reactions", { subject: "module", subjectId: ids.enrolment, ...answers })).status).toBe(404);
    const overview = await (await get("hr", "/api/mentoring/participation")).json();
    // two answers of one mentee: below one step of 3 people, nothing is shown (decision 0015)
    expect(overview.reactions).toEqual({ count: 0, satisfaction: null, relevance: null, intentToApply: null });
  });

  it("asks both sides for closure feedback once the engagement is completed, and shows the mentor only ≥ 3 mentees", async () => {
    const early = await post("mentee", `/api/mentoring/engagements/${engagementId}/closure-feedback`, { overall: 5, goalProgress: 4, wouldRecommend: 5 });
    expect(early.status).toBe(409);
    expect((await post("mentee", `/api/mentoring/engagements/${engagementId}/status`, { action: "complete" })).status).toBe(403);
    expect((await post("mentor", `/api/mentoring/engagements/${engagementId}/status`, { action: "complete" })).status).toBe(200);
    const first = await post("mentee", `/api/mentoring/engagements/${engagementId}/closure-feedback`, { overall: 5, goalProgress: 4, wouldRecommend: 5, comment: "Great mentor" });
    expect(await first.json()).toEqual({ submittedSides: ["mentee"] });
    expect(await (await post("mentor", `/api/mentoring/engagements/${engagementId}/closure-feedback`, { overall: 4, goalProgress: 4, wouldRecommend: 4 })).json()).toEqual({ submittedSides: ["mentee", "mentor"] });
    expect((await post("mentee", `/api/mentoring/engagements/${engagementId}/closure-feedback`, { overall: 1, goalProgress: 1, wouldRecommend: 1 })).status).toBe(409);
    expect((await post("hr", `/api/mentoring/engagements/${engagementId}/closure-feedback`, { overall: 1, goalProgress: 1, wouldRecommend: 1 })).status).toBe(404);
    expect(await (await get("mentor", "/api/mentoring/feedback")).json()).toEqual({ shown: false, minimum: 3 });
    expect((await get("mentee", "/api/mentoring/feedback")).status).toBe(403);
    // two more mentees close their engagements with this mentor
    for (const [n, score] of [[1, 3], [2, 4]] as const) {
      const person = await addPerson(t.ctx.db, orgA, { firstName: `Extra${n}`, lastName: "Mentee" });
      c[`extra${n}`] = await t.signedIn(`extra${n}@a.test`, orgA, ["manager"]);
      await linkUserToPerson(t.ctx.db, orgA, await userId(c[`extra${n}`] as TTestClient), person);
      const created = await (await post("hr", "/api/mentoring/engagements", { personId: person, mentorUserId: ids.mentor, startDate: "2026-03-06", plannedEndDate: "2026-06-30", goals: [{ challengeId: CH[0] }] })).json();
      await post("mentor", `/api/mentoring/engagements/${created.id}/status`, { action: "activate" });
      await post("mentor", `/api/mentoring/engagements/${created.id}/status`, { action: "complete" });
      expect((await post(`extra${n}`, `/api/mentoring/engagements/${created.id}/closure-feedback`, { overall: score, goalProgress: score, wouldRecommend: score })).status).toBe(201);
    }
    const view = await (await get("mentor", "/api/mentoring/feedback")).json();
    expect(view).toEqual({ shown: true, menteeCount: 3, means: { overall: 4, goalProgress: 3.7, wouldRecommend: 4 }, comments: ["Great mentor"] });
  });
});

describe(`mentoring nudge policy (${testDatabaseKind})`, () => {
  const policy = { timeZone: "Europe/Brussels", sessionReminderHours: 48, overdueActionCadenceDays: 3, staleCheckInDays: 21, quietHours: { start: "21:00", end: "07:30" } };

  it("shows HR and the operator the policy in force (the defaults until set), and nobody else", async () => {
    const response = await get("hr", "/api/mentoring/policy");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      policy: { timeZone: "Europe/Brussels", sessionReminderHours: 24, overdueActionCadenceDays: 7, staleCheckInDays: 14, quietHours: { start: "20:00", end: "08:00" } },
      defaults: { timeZone: "Europe/Brussels", sessionReminderHours: 24, overdueActionCadenceDays: 7, staleCheckInDays: 14, quietHours: { start: "20:00", end: "08:00" } },
      custom: false,
    });
    expect((await get("operator", "/api/mentoring/policy")).status).toBe(200);
    for (const who of ["mentor", "mentee", "sponsor", "executive"]) {
      expect((await get(who, "/api/mentoring/policy")).status, who).toBe(403);
      expect((await put(who, "/api/mentoring/policy", policy)).status, who).toBe(403);
    }
  });

  it("stores HR's policy in the organisation's settings and keeps every other setting", async () => {
    await t.ctx.db.update(organisations).set({ settings: { anonymity: { peer: 5 }, mentoring: { feedbackMinimum: 4 } } }).where(eq(organisations.id, orgA));
    const saved = await put("hr", "/api/mentoring/policy", policy);
    expect(saved.status).toBe(200);
    expect(await saved.json()).toMatchObject({ policy, custom: true });
    const [row] = await t.ctx.db.select({ settings: organisations.settings }).from(organisations).where(eq(organisations.id, orgA));
    expect(row?.settings).toEqual({ anonymity: { peer: 5 }, mentoring: { feedbackMinimum: 4, nudgePolicy: policy } });
    const none = await put("operator", "/api/mentoring/policy", { ...policy, quietHours: null });
    expect((await none.json()).policy.quietHours).toBeNull();
    expect((await (await get("hrB", "/api/mentoring/policy")).json()).custom).toBe(false);
  });

  it("refuses bad values with 400 naming the field", async () => {
    const cases: [unknown, string][] = [
      [{ ...policy, quietHours: { start: "24:00", end: "07:00" } }, "quietHours.start"],
      [{ ...policy, quietHours: { start: "7:00", end: "08:00" } }, "quietHours.start"],
      [{ ...policy, quietHours: { start: "08:00", end: "08:00" } }, "quietHours.end"],
      [{ ...policy, overdueActionCadenceDays: 0 }, "overdueActionCadenceDays"],
      [{ ...policy, staleCheckInDays: 1.5 }, "staleCheckInDays"],
      [{ ...policy, sessionReminderHours: 169 }, "sessionReminderHours"],
      [{ ...policy, timeZone: "Mars/Olympus" }, "timeZone"],
      [{ ...policy, extra: 1 }, "body"],
    ];
    for (const [body, field] of cases) {
      const response = await put("hr", "/api/mentoring/policy", body);
      expect(response.status, field).toBe(400);
      const problem = await response.json();
      if (field !== "body") expect(problem.field, field).toBe(field);
    }
    expect((await (await get("hr", "/api/mentoring/policy")).json()).policy.quietHours).toBeNull();
  });
});
