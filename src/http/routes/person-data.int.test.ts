// Issue 15, person-level GDPR: HR exports everything held about a person (JSON and PDF) and erases a person in one
// transaction, logged without the erased data; other organisations' people are "not found".
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractPdfText } from "../../app/reports/pdf/extract-pdf-text";
import { ZPersonDataExport } from "../../contracts/person-data";
import { linkMembershipToPerson, upsertMembership } from "../../db/organisations-repo";
import {
  businessMeasures,
  feedbackCampaigns,
  feedbackRaters,
  feedbackResponses,
  measureValues,
  mentoringNotes,
  outbox,
  people,
  personErasures,
  sessions,
  users,
} from "../../db/schema/index";
import { startTestApp, type TTestClient } from "../../test-support/test-app";
import { testDatabaseKind } from "../../test-support/test-database";

let t: Awaited<ReturnType<typeof startTestApp>>;
let orgA: string;
let orgB: string;
let hrA: TTestClient;
let hrB: TTestClient;
let subject: TTestClient;
let subjectUserId: string;
let personP: string;
let reportR: string;
let otherQ: string;
let mentorUserId: string;
let raterRow: string;

const PERSON = (n: string, managerId: string | null = null) => ({ employeeNumber: n, firstName: `Ann ${n}`, lastName: `Peeters ${n}`, email: `${n.toLowerCase()}@a.test`, managerId });

async function createPerson(n: string, managerId: string | null = null): Promise<string> {
  const response = await hrA.request("/api/people", { method: "POST", json: PERSON(n, managerId) });
  if (response.status !== 201) throw new Error(`create person ${n}: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}

const userIdOf = async (client: TTestClient) => ((await (await client.request("/api/auth/session")).json()) as { user: { id: string } }).user.id;

beforeAll(async () => {
  t = await startTestApp();
  orgA = (await t.createOrganisation("gdpr-a")).id;
  orgB = (await t.createOrganisation("gdpr-b")).id;
  hrA = await t.signedIn("hr@a.test", orgA, ["hr_admin"]);
  hrB = await t.signedIn("hr@b.test", orgB, ["hr_admin"]);
  personP = await createPerson("P1");
  reportR = await createPerson("R1", personP);
  otherQ = await createPerson("Q1");
  subject = await t.signedIn("p1@a.test", orgA, []);
  subjectUserId = await userIdOf(subject);
  // the account of P: a member of A linked to the person
  await upsertMembership(t.ctx.db, { organisationId: orgA, userId: subjectUserId, roles: [] });
  await linkMembershipToPerson(t.ctx.db, orgA, subjectUserId, personP);
  const saved = await subject.request("/api/assessments/challenge-scan/answers", { method: "PUT", json: { answers: [{ id: "lack-self-confidence-1", score: 4 }] } });
  if (saved.status >= 300) throw new Error(`answers: ${saved.status} ${await saved.text()}`);

  // a mentoring engagement of P with a mentor's private note and P's shared note
  const mentor = await t.signedIn("mentor@a.test", orgA, ["mentor"]);
  mentorUserId = await userIdOf(mentor);
  const engagement = { personId: personP, mentorUserId, startDate: "2026-01-01", plannedEndDate: "2026-12-31", goals: [{ challengeId: "lack-self-confidence" }] };
  const created = await hrA.request("/api/mentoring/engagements", { method: "POST", json: engagement });
  const engagementId = ((await created.json()) as { id: string }).id;
  const base = `/api/mentoring/engagements/${engagementId}`;
  await mentor.request(`${base}/status`, { method: "POST", json: { action: "activate" } });
  await mentor.request(`${base}/notes`, { method: "POST", json: { body: "MENTOR-PRIVATE-THOUGHT", visibility: "private" } });
  const note = await subject.request(`${base}/notes`, { method: "POST", json: { body: "MY-SHARED-NOTE", visibility: "shared" } });
  if (note.status !== 201) throw new Error(`note: ${note.status} ${await note.text()}`);

  // a measure value, an email to P, and P's rating of Q in Q's 360
  const [measure] = await t.ctx.db
    .insert(businessMeasures)
    .values({ organisationId: orgA, name: "Absence", direction: "lower_is_better", unitValueCents: 100, unitValueSource: "finance" })
    .returning();
  await t.ctx.db.insert(measureValues).values({ organisationId: orgA, measureId: measure!.id, personId: personP, period: "2026-01", value: 3.5 });
  await t.ctx.db.insert(outbox).values({ organisationId: orgA, kind: "invitation", toAddress: "P1@a.test", subject: "Welcome P1", textBody: "link" });
  const [campaign] = await t.ctx.db
    .insert(feedbackCampaigns)
    .values({ organisationId: orgA, subjectPersonId: otherQ, status: "open", closesAt: new Date(Date.now() + 86_400_000), shuffleSeed: 7 })
    .returning();
  const [rater] = await t.ctx.db
    .insert(feedbackRaters)
    .values({ organisationId: orgA, campaignId: campaign!.id, group: "peer", name: "Ann P1 Peeters P1", email: "p1@a.test", personId: personP, tokenHash: "x".repeat(64) })
    .returning();
  raterRow = rater!.id;
  await t.ctx.db.insert(feedbackResponses).values({ organisationId: orgA, raterId: raterRow, campaignId: campaign!.id, answers: { "q-1": 4 }, submittedAt: new Date() });
}, 120_000);
afterAll(() => t?.close());

describe(`person data export and erasure (${testDatabaseKind})`, () => {
  it("exports everything held about the person as versioned JSON, without secrets or the mentor's private notes", async () => {
    const response = await hrA.request(`/api/people/${personP}/data-export`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toContain("sterk-person-data-P1.json");
    const text = await response.text();
    const data = ZPersonDataExport.parse(JSON.parse(text));
    expect(data.version).toBe(1);
    expect(data.person).toMatchObject({ employeeNumber: "P1", email: "p1@a.test" });
    expect(data.account?.email).toBe("p1@a.test");
    expect(data.account?.hasPassword).toBe(true);
    expect(data.assessments.some((a) => JSON.stringify(a.answers).includes("lack-self-confidence-1"))).toBe(true);
    expect(data.evaluation.measureValues).toEqual([expect.objectContaining({ period: "2026-01", value: 3.5 })]);
    expect(data.mentoring.engagements).toHaveLength(1);
    expect(data.mentoring.notes.map((n) => n.body)).toEqual(["MY-SHARED-NOTE"]);
    expect(data.feedback.ownRatings).toEqual([expect.objectContaining({ group: "peer", answers: { "q-1": 4 } })]);
    expect(data.emails).toEqual([expect.objectContaining({ subject: "Welcome P1" })]);
    expect(text).not.toContain("MENTOR-PRIVATE-THOUGHT");
    expect(text).not.toMatch(/passwordHash|tokenHash|totpSecret|csrfToken|\$argon2/);
    expect(text).not.toContain(orgA);
  });

  it("renders the export as a readable PDF in the reader's language", async () => {
    const fr = await hrA.request(`/api/people/${personP}/data-export?format=pdf&language=fr`);
    expect(fr.status).toBe(200);
    expect(fr.headers.get("content-type")).toBe("application/pdf");
    const text = extractPdfText(new Uint8Array(await fr.arrayBuffer()));
    expect(text).toContain("Données personnelles");
    expect(text).toContain("Ann P1 Peeters P1");
    expect(text).toContain("Valeurs de mesure (1)");
    const en = extractPdfText(new Uint8Array(await (await hrA.request(`/api/people/${personP}/data-export?format=pdf&language=en`)).arrayBuffer()));
    expect(en).toContain("Measure values (1)");
  });

  it("lets only HR of the person's organisation export or erase: the person, a manager → 403; another organisation → 404", async () => {
    expect((await subject.request(`/api/people/${personP}/data-export`)).status).toBe(403);
    const manager = await t.signedIn("manager@a.test", orgA, ["manager"]);
    expect((await manager.request(`/api/people/${personP}/erase`, { method: "POST", json: { confirmation: "P1" } })).status).toBe(403);
    expect((await hrB.request(`/api/people/${personP}/data-export`)).status).toBe(404);
    expect((await hrB.request(`/api/people/${personP}/erase`, { method: "POST", json: { confirmation: "P1" } })).status).toBe(404);
    expect(await t.ctx.db.select().from(people).where(eq(people.id, personP))).toHaveLength(1);
  });

  it("refuses an erasure without the typed confirmation, naming the field", async () => {
    const missing = await hrA.request(`/api/people/${personP}/erase`, { method: "POST", json: {} });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ field: "confirmation" });
    const wrong = await hrA.request(`/api/people/${personP}/erase`, { method: "POST", json: { confirmation: "Q1" } });
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toMatchObject({ field: "confirmation" });
    expect(await t.ctx.db.select().from(people).where(eq(people.id, personP))).toHaveLength(1);
  });

  it("refuses to erase a mentor of other people's engagements (409) until they are handed over", async () => {
    const mentorPerson = await createPerson("M1");
    await linkMembershipToPerson(t.ctx.db, orgA, mentorUserId, mentorPerson);
    const response = await hrA.request(`/api/people/${mentorPerson}/erase`, { method: "POST", json: { confirmation: "Ann M1 Peeters M1" } });
    expect(response.status).toBe(409);
    expect(await t.ctx.db.select().from(people).where(eq(people.id, mentorPerson))).toHaveLength(1);
  });

  it("erases the person, their account and what they own; keeps their rating of others unlinked; logs it without the data; again → the same erasure", async () => {
    const response = await hrA.request(`/api/people/${personP}/erase`, { method: "POST", json: { confirmation: "  ann p1   PEETERS p1 " } });
    expect(response.status).toBe(200);
    const erasure = (await response.json()) as { reference: string; alreadyErased: boolean };
    expect(erasure.alreadyErased).toBe(false);

    const db = t.ctx.db;
    expect(await db.select().from(people).where(eq(people.id, personP))).toHaveLength(0);
    expect(await db.select().from(users).where(eq(users.id, subjectUserId))).toHaveLength(0);
    expect(await db.select().from(sessions).where(eq(sessions.userId, subjectUserId))).toHaveLength(0);
    expect((await subject.request("/api/auth/session")).status).toBe(401);
    expect(await db.select().from(measureValues).where(eq(measureValues.personId, personP))).toHaveLength(0);
    expect(await db.select().from(mentoringNotes).where(eq(mentoringNotes.organisationId, orgA))).toHaveLength(0);
    expect(await db.select().from(outbox).where(eq(outbox.subject, "Welcome P1"))).toHaveLength(0);
    const [report] = await db.select().from(people).where(eq(people.id, reportR));
    expect(report?.managerId).toBeNull();
    // P's rating of Q stays in Q's 360 with nothing that points to P
    const [rater] = await db.select().from(feedbackRaters).where(and(eq(feedbackRaters.organisationId, orgA), eq(feedbackRaters.id, raterRow)));
    expect(rater).toMatchObject({ personId: null, name: "", email: "", tokenHash: null });
    expect(await db.select().from(feedbackResponses).where(eq(feedbackResponses.raterId, raterRow))).toHaveLength(1);
    // the log: who, when, an opaque reference; nothing of the person
    const log = await db.select().from(personErasures).where(eq(personErasures.organisationId, orgA));
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ id: erasure.reference, erasedVia: "api" });
    expect(JSON.stringify(log)).not.toMatch(/P1|p1@a\.test|Ann|Peeters/i);

    const again = await hrA.request(`/api/people/${personP}/erase`, { method: "POST", json: { confirmation: "P1" } });
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ reference: erasure.reference, alreadyErased: true });
    expect(await db.select().from(personErasures).where(eq(personErasures.organisationId, orgA))).toHaveLength(1);
    expect((await hrA.request(`/api/people/${personP}/data-export`)).status).toBe(404);
    expect((await hrB.request(`/api/people/${personP}/erase`, { method: "POST", json: { confirmation: "P1" } })).status).toBe(404);
  });
});
