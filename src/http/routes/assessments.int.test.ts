import { and, count, eq, isNotNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { latestCompletedAssessment } from "../../app/assessments/read-assessments";
import { insertPerson } from "../../db/people-repo";
import { upsertMembership } from "../../db/organisations-repo";
import { assessments } from "../../db/schema/index";
import { IPIP_NEO_120_ITEMS, challengeScanStatements } from "../../domain/assessment/index";
import { startTestApp, type TTestClient } from "../../test-support/test-app";
import { testDatabaseKind } from "../../test-support/test-database";

let t: Awaited<ReturnType<typeof startTestApp>>;
let clock = new Date("2026-03-02T09:00:00Z");
let orgA: string;
let orgB: string;

const IPIP_IDS = IPIP_NEO_120_ITEMS.map((item) => item.id);
const SCAN_IDS = challengeScanStatements("en", ["self"]).map((s) => s.id);
const allIpip = (score = 4) => IPIP_IDS.map((id) => ({ id, score }));

let n = 0;
/** A signed-in user whose membership links to a new person of the organisation. */
async function personClient(organisationId: string, language: "nl" | "fr" | "en" = "nl") {
  n += 1;
  const email = `p${n}@org.test`;
  const personId = await insertPerson(t.ctx.db, organisationId, {
    employeeNumber: `P${n}`,
    firstName: `First${n}`,
    lastName: `Last${n}`,
    email,
    jobTitle: "",
    department: "",
    managerId: null,
    startDate: null,
    roleStartDate: null,
    language,
    active: true,
  });
  const user = await t.createUser(email);
  await upsertMembership(t.ctx.db, { organisationId, userId: user.id, roles: ["manager"], personId });
  const client = t.client();
  expect((await client.signIn(email)).status).toBe(200);
  return { client, personId };
}

async function call(client: TTestClient, method: string, path: string, json?: unknown) {
  const response = await client.request(path, { method, json });
  return { status: response.status, body: await response.json() };
}

const save = (client: TTestClient, instrument: string, answers: unknown) => call(client, "PUT", `/api/assessments/${instrument}/answers`, { answers });
const complete = (client: TTestClient, instrument: string) => call(client, "POST", `/api/assessments/${instrument}/complete`);

/** Counted straight in the table: the API must never store a completion twice. */
async function completedRows(organisationId: string, personId: string, instrument: string) {
  const [row] = await t.ctx.db
    .select({ n: count() })
    .from(assessments)
    .where(
      and(
        eq(assessments.organisationId, organisationId),
        eq(assessments.personId, personId),
        eq(assessments.instrument, instrument),
        isNotNull(assessments.completedAt),
      ),
    );
  return row?.n;
}

beforeAll(async () => {
  t = await startTestApp({ now: () => clock });
  orgA = (await t.createOrganisation("org-a")).id;
  orgB = (await t.createOrganisation("org-b")).id;
});
afterAll(() => t.close());

describe(`my assessments (${testDatabaseKind})`, () => {
  it("refuses a signed-in user without a person record, and anonymous callers", async () => {
    const hr = await t.signedIn("hr@org.test", orgA, ["hr_admin"]);
    expect((await call(hr, "GET", "/api/auth/session")).body.currentOrganisation.personId).toBeNull();
    for (const [method, path, body] of [
      ["GET", "/api/assessments/me", undefined],
      ["GET", "/api/assessments/ipip-neo-120/items", undefined],
      ["GET", "/api/assessments/me/answers/ipip-neo-120", undefined],
      ["PUT", "/api/assessments/ipip-neo-120/answers", { answers: [{ id: IPIP_IDS[0], score: 3 }] }],
      ["POST", "/api/assessments/ipip-neo-120/complete", undefined],
      ["POST", "/api/assessments/challenge-scan/retake", undefined],
    ] as const) {
      const response = await call(hr, method, path, body);
      expect(response.status, `${method} ${path}`).toBe(403);
      expect(response.body.code).toBe("FORBIDDEN");
      expect((await t.client().request(path, { method, json: body })).status).toBe(401);
    }
  });

  it("tells the browser which person the user is, and lists both instruments as not started", async () => {
    const { client, personId } = await personClient(orgA);
    expect((await call(client, "GET", "/api/auth/session")).body.currentOrganisation).toMatchObject({ id: orgA, personId });
    const { body } = await call(client, "GET", "/api/assessments/me");
    expect(body.assessments).toEqual([
      { instrument: "ipip-neo-120", status: "not_started", answered: 0, total: 120, nextItemId: IPIP_IDS[0], completedAt: null, scores: null },
      { instrument: "challenge-scan", status: "not_started", answered: 0, total: SCAN_IDS.length, nextItemId: SCAN_IDS[0], completedAt: null, scores: null },
    ]);
  });

  it("gives the items in the requested language, else the person's, with the answer labels", async () => {
    const { client } = await personClient(orgA, "fr");
    const ipip = await call(client, "GET", "/api/assessments/ipip-neo-120/items?lang=en");
    expect(ipip.body.language).toBe("en");
    expect(ipip.body.items).toHaveLength(120);
    expect(ipip.body.items[0]).toEqual({ id: IPIP_IDS[0], text: IPIP_NEO_120_ITEMS[0]?.text.en });
    expect(ipip.body.answerLabels).toEqual(["Very inaccurate", "Moderately inaccurate", "Neither accurate nor inaccurate", "Moderately accurate", "Very accurate"]);
    expect(ipip.body.cannotJudgeLabel).toBeNull();
    const scan = await call(client, "GET", "/api/assessments/challenge-scan/items");
    expect(scan.body.language).toBe("fr");
    expect(scan.body.items.map((i: { id: string }) => i.id)).toEqual(SCAN_IDS);
    expect(scan.body.items[0].text).toMatch(/^Je /);
    expect(scan.body.cannotJudgeLabel).toBe("Je ne peux pas juger");
    expect((await call(client, "GET", "/api/assessments/challenge-scan/items?lang=de")).status).toBe(400);
    expect((await call(client, "GET", "/api/assessments/big-six/items")).status).toBe(400);
  });

  it("autosaves answers, overwrites a changed answer and resumes at the first unanswered item", async () => {
    const { client } = await personClient(orgA);
    const first = await save(client, "ipip-neo-120", [
      { id: IPIP_IDS[0], score: 2 },
      { id: IPIP_IDS[1], score: 5 },
    ]);
    expect(first).toEqual({ status: 200, body: { instrument: "ipip-neo-120", status: "in_progress", answered: 2, total: 120, nextItemId: IPIP_IDS[2] } });
    const second = await save(client, "ipip-neo-120", [
      { id: IPIP_IDS[1], score: 1 },
      { id: IPIP_IDS[3], score: 3 },
    ]);
    expect(second.body).toMatchObject({ answered: 3, nextItemId: IPIP_IDS[2] });
    const resume = await call(client, "GET", "/api/assessments/me/answers/ipip-neo-120");
    expect(resume.body).toEqual({
      instrument: "ipip-neo-120",
      status: "in_progress",
      answered: 3,
      total: 120,
      nextItemId: IPIP_IDS[2],
      answers: [
        { id: IPIP_IDS[0], score: 2 },
        { id: IPIP_IDS[1], score: 1 },
        { id: IPIP_IDS[3], score: 3 },
      ],
    });
    const state = (await call(client, "GET", "/api/assessments/me")).body.assessments[0];
    expect(state).toMatchObject({ status: "in_progress", answered: 3, completedAt: null, scores: null });
    // the other instrument is untouched
    expect((await call(client, "GET", "/api/assessments/me/answers/challenge-scan")).body).toMatchObject({ status: "not_started", answers: [] });
  });

  it("refuses an unknown item or an answer off the scale, naming it, and stores nothing of the request", async () => {
    const { client } = await personClient(orgA);
    await save(client, "ipip-neo-120", [{ id: IPIP_IDS[0], score: 3 }]);
    const cases: [string, unknown[], string][] = [
      ["ipip-neo-120", [{ id: IPIP_IDS[1], score: 3 }, { id: "not-an-item", score: 3 }], "answers[1].id"],
      ["ipip-neo-120", [{ id: IPIP_IDS[1], score: 6 }], "answers[0].score"],
      ["ipip-neo-120", [{ id: IPIP_IDS[1], score: 0 }], "answers[0].score"],
      ["ipip-neo-120", [{ id: IPIP_IDS[1], score: 2.5 }], "answers[0].score"],
      ["ipip-neo-120", [{ id: IPIP_IDS[1], score: null }], "answers[0].score"],
      ["ipip-neo-120", [{ id: IPIP_IDS[1], score: 2 }, { id: IPIP_IDS[1], score: 3 }], "answers[1].id"],
      ["ipip-neo-120", [{ id: SCAN_IDS[0], score: 2 }], "answers[0].id"],
      ["challenge-scan", [{ id: SCAN_IDS[0], score: null }, { id: IPIP_IDS[0], score: 2 }], "answers[1].id"],
      ["challenge-scan", [{ id: SCAN_IDS[0], score: 9 }], "answers[0].score"],
    ];
    for (const [instrument, answers, field] of cases) {
      const response = await save(client, instrument, answers);
      expect(response.status, JSON.stringify(answers)).toBe(400);
      expect(response.body).toMatchObject({ code: "VALIDATION", field });
    }
    expect((await save(client, "ipip-neo-120", [])).body.field).toBe("answers");
    expect((await save(client, "ipip-neo-120", "nope")).status).toBe(400);
    expect((await call(client, "GET", "/api/assessments/me/answers/ipip-neo-120")).body.answers).toEqual([{ id: IPIP_IDS[0], score: 3 }]);
    expect((await call(client, "GET", "/api/assessments/me/answers/challenge-scan")).body.status).toBe("not_started");
  });

  it("completes only when every item is answered, scores it, and refuses new answers until a retake", async () => {
    const { client, personId } = await personClient(orgA);
    expect(await complete(client, "ipip-neo-120")).toMatchObject({ status: 409, body: { code: "CONFLICT", field: "answers" } });
    await save(client, "ipip-neo-120", allIpip().slice(0, 119));
    const early = await complete(client, "ipip-neo-120");
    expect(early).toMatchObject({ status: 409, body: { field: "answers" } });
    expect(early.body.detail).toContain(IPIP_IDS[119]);
    await save(client, "ipip-neo-120", allIpip().slice(119));
    const done = await complete(client, "ipip-neo-120");
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ instrument: "ipip-neo-120", status: "completed", answered: 120, nextItemId: null, completedAt: clock.toISOString() });
    // all answers 4: plus-keyed items give 4, minus-keyed 2; every domain is 24–120
    expect(done.body.scores.normed).toBe(false);
    expect(done.body.scores.domains.map((d: { domain: string }) => d.domain)).toEqual(["N", "E", "O", "A", "C"]);
    for (const domain of done.body.scores.domains) {
      expect(domain.facets).toHaveLength(6);
      expect(domain.score).toBe(domain.facets.reduce((sum: number, f: { score: number }) => sum + f.score, 0));
    }
    const mine = (await call(client, "GET", "/api/assessments/me")).body.assessments[0];
    expect(mine).toEqual(done.body);

    expect(await save(client, "ipip-neo-120", [{ id: IPIP_IDS[0], score: 1 }])).toMatchObject({ status: 409, body: { field: "answers" } });
    // completing again changes nothing and stores nothing twice
    expect(await complete(client, "ipip-neo-120")).toEqual(done);
    expect(await completedRows(orgA, personId, "ipip-neo-120")).toBe(1);
  });

  it("completes once under concurrent completes", async () => {
    const { client, personId } = await personClient(orgA);
    await save(client, "ipip-neo-120", allIpip(3));
    const results = await Promise.all(Array.from({ length: 6 }, () => complete(client, "ipip-neo-120")));
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(new Set(results.map((r) => r.body.completedAt)).size).toBe(1);
    expect(await completedRows(orgA, personId, "ipip-neo-120")).toBe(1);
  });

  it("counts \"can't judge\" as an answer in the challenge scan and scores it as no score", async () => {
    const { client } = await personClient(orgA);
    const answers = SCAN_IDS.map((id) => ({ id, score: id.startsWith("lack-self-confidence") ? null : 5 }));
    expect((await save(client, "challenge-scan", answers)).body).toMatchObject({ answered: SCAN_IDS.length, nextItemId: null });
    const done = await complete(client, "challenge-scan");
    expect(done.status).toBe(200);
    const scores = done.body.scores.challenges;
    expect(scores).toHaveLength(29);
    expect(scores.find((c: { challengeId: string }) => c.challengeId === "lack-self-confidence")).toEqual({
      challengeId: "lack-self-confidence",
      situation: "new-in-role",
      score: null,
    });
    expect(scores.filter((c: { score: number | null }) => c.score === 5)).toHaveLength(28);
  });

  it("retakes: a new empty attempt while the completed profile stays current, then a second completed attempt", async () => {
    const { client, personId } = await personClient(orgA);
    await save(client, "ipip-neo-120", allIpip(5));
    const firstDone = (await complete(client, "ipip-neo-120")).body;
    clock = new Date(clock.getTime() + 86_400_000);
    const retake = await call(client, "POST", "/api/assessments/ipip-neo-120/retake");
    expect(retake).toEqual({ status: 200, body: { instrument: "ipip-neo-120", status: "in_progress", answered: 0, total: 120, nextItemId: IPIP_IDS[0] } });
    // a second retake is the same open attempt
    expect((await call(client, "POST", "/api/assessments/ipip-neo-120/retake")).body.answered).toBe(0);
    const during = (await call(client, "GET", "/api/assessments/me")).body.assessments[0];
    expect(during).toMatchObject({ status: "in_progress", answered: 0, completedAt: firstDone.completedAt, scores: firstDone.scores });
    await save(client, "ipip-neo-120", allIpip(1));
    const secondDone = (await complete(client, "ipip-neo-120")).body;
    expect(secondDone.completedAt).toBe(clock.toISOString());
    expect(secondDone.scores).not.toEqual(firstDone.scores);
    expect(await completedRows(orgA, personId, "ipip-neo-120")).toBe(2);
    const latest = await latestCompletedAssessment(t.ctx, orgA, personId, "ipip-neo-120");
    expect(latest?.completedAt.toISOString()).toBe(clock.toISOString());
    expect(latest?.answers.every((a) => a.score === 1)).toBe(true);
  });

  it("keeps each organisation's assessments apart, for the same user in two organisations too", async () => {
    const { client, personId } = await personClient(orgA);
    await save(client, "challenge-scan", [{ id: SCAN_IDS[0], score: 4 }]);
    // the same account also is a person in organisation B
    const me = await call(client, "GET", "/api/auth/session");
    const personB = await insertPerson(t.ctx.db, orgB, {
      employeeNumber: "B-1",
      firstName: "Same",
      lastName: "Person",
      email: me.body.user.email,
      jobTitle: "",
      department: "",
      managerId: null,
      startDate: null,
      roleStartDate: null,
      language: "en",
      active: true,
    });
    await upsertMembership(t.ctx.db, { organisationId: orgB, userId: me.body.user.id, roles: ["manager"], personId: personB });
    expect((await call(client, "POST", "/api/auth/organisation", { organisationId: orgB })).status).toBe(200);
    const inB = await call(client, "GET", "/api/assessments/me/answers/challenge-scan");
    expect(inB.body).toMatchObject({ status: "not_started", answers: [] });
    expect(JSON.stringify(inB.body)).not.toContain(personId);
    await save(client, "challenge-scan", [{ id: SCAN_IDS[1], score: 2 }]);
    expect((await call(client, "POST", "/api/auth/organisation", { organisationId: orgA })).status).toBe(200);
    expect((await call(client, "GET", "/api/assessments/me/answers/challenge-scan")).body.answers).toEqual([{ id: SCAN_IDS[0], score: 4 }]);
    // another organisation's HR admin (no person there) cannot reach it
    const hrB = await t.signedIn("hr@b.test", orgB, ["hr_admin"]);
    expect((await call(hrB, "GET", "/api/assessments/me/answers/challenge-scan")).status).toBe(403);
  });

  it("refuses writes without the CSRF token", async () => {
    const { client } = await personClient(orgA);
    const response = await client.request("/api/assessments/ipip-neo-120/answers", {
      method: "PUT",
      json: { answers: [{ id: IPIP_IDS[0], score: 3 }] },
      headers: { "x-csrf-token": "wrong" },
    });
    expect(response.status).toBe(403);
    expect((await call(client, "GET", "/api/assessments/me/answers/ipip-neo-120")).body.status).toBe("not_started");
  });
});
