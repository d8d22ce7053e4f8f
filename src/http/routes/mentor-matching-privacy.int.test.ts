// Issue 13: GET /api/mentors/matching showed HR and the operator each person's top challenges with scores, even when
// the person shares their report with nobody. Matching may use them; showing them needs the person's sharing choice
// (shared with HR, read by an HR admin — decision 0005: the operator never reads an individual report).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addPerson, completeAssessment, linkUserToPerson, scanAnswers } from "../../app/reports/reports.test-helpers";
import { MANAGER_CHALLENGES } from "../../domain/assessment/index";
import { startTestApp, type TTestClient } from "../../test-support/test-app";
import { testDatabaseKind } from "../../test-support/test-database";

let t: Awaited<ReturnType<typeof startTestApp>>;
const c: Record<string, TTestClient> = {};
const id: Record<string, string> = {};
const [C1, C2, C3] = MANAGER_CHALLENGES.slice(0, 3).map((challenge) => challenge.id) as [string, string, string];

type TPart = { kind: string; challenges?: { id: string }[] };
type TScore = { mentorUserId: string; total: number; parts: TPart[] };
type TEntry = { person: { id: string; topChallenges: { id: string; score: number }[]; challengesShared: boolean }; assigned: TScore | null; topThree: TScore[] };

async function userId(client: TTestClient): Promise<string> {
  return (await (await client.request("/api/auth/session")).json()).user.id;
}

async function matching(client: TTestClient): Promise<Map<string, TEntry>> {
  const response = await client.request("/api/mentors/matching?lang=en");
  expect(response.status).toBe(200);
  const body = await response.json();
  return new Map((body.matches as TEntry[]).map((m) => [m.person.id, m]));
}

const expertiseOf = (score: TScore | null) => score?.parts.find((p) => p.kind === "expertise");

beforeAll(async () => {
  t = await startTestApp();
  const org = (await t.createOrganisation("matching-privacy")).id;
  const db = t.ctx.db;
  id.shared = await addPerson(db, org, { firstName: "Sia", lastName: "Shares", department: "Sales" });
  id.private = await addPerson(db, org, { firstName: "Pim", lastName: "Private", department: "Sales" });
  id.mentorOnly = await addPerson(db, org, { firstName: "Mo", lastName: "Mentoronly", department: "Sales" });
  for (const person of [id.shared, id.private, id.mentorOnly]) {
    await completeAssessment(db, org, person as string, "challenge-scan", scanAnswers({ [C1]: 5, [C2]: 5, [C3]: 4 }, 1));
  }
  // Sia shares her report with HR; Mo with his mentor only (the default); Pim withdrew even that
  for (const [key, sharing] of [
    ["shared", { mentor: true, lineManager: false, hr: true }],
    ["private", { mentor: false, lineManager: false, hr: false }],
    ["mentorOnly", { mentor: true, lineManager: false, hr: false }],
  ] as const) {
    const person = await t.signedIn(`${key}@privacy.test`, org, ["manager"]);
    await linkUserToPerson(db, org, await userId(person), id[key] as string);
    expect((await person.request("/api/reports/me/sharing", { method: "PUT", json: sharing })).status).toBe(200);
  }
  const mentor = await t.signedIn("mentor@privacy.test", org, ["mentor"]);
  const profile = { expertise: [{ challengeId: C1, level: 3 }, { challengeId: C2, level: 3 }], languages: ["nl", "en"], industries: [], capacity: 5, available: true, bio: "" };
  expect((await mentor.request("/api/me/mentor-profile", { method: "PUT", json: profile })).status).toBe(200);
  c.hr = await t.signedIn("hr@privacy.test", org, ["hr_admin"]);
  c.operator = await t.signedIn("operator@privacy.test", org, [], true);
}, 120_000);
afterAll(() => t.close());

describe(`mentor matching respects the report sharing choice (${testDatabaseKind})`, () => {
  it("shows HR the top challenges of a person who shares their report with HR", async () => {
    const entry = (await matching(c.hr as TTestClient)).get(id.shared as string);
    expect(entry?.person.challengesShared).toBe(true);
    expect(entry?.person.topChallenges.map((ch) => ch.id).sort()).toEqual([C1, C2, C3].sort());
    expect(expertiseOf(entry?.assigned ?? null)?.challenges?.map((ch) => ch.id).sort()).toEqual([C1, C2].sort());
  });

  it("shows the match score and its parts without any challenge for a person who does not share with HR", async () => {
    const byPerson = await matching(c.hr as TTestClient);
    for (const key of ["private", "mentorOnly"]) {
      const entry = byPerson.get(id[key] as string) as TEntry;
      expect(entry.person).toMatchObject({ challengesShared: false, topChallenges: [] });
      // still matched on them: the same score as Sia's, who answered the same
      expect(entry.assigned?.total).toBeCloseTo(byPerson.get(id.shared as string)?.assigned?.total ?? -1, 6);
      for (const score of [entry.assigned, ...entry.topThree]) expect(expertiseOf(score)?.challenges).toEqual([]);
      const text = JSON.stringify(entry);
      for (const challenge of [C1, C2, C3]) expect(text).not.toContain(challenge);
    }
  });

  it("never shows the operator anyone's challenges: a shared report is shared with HR, not with the operator", async () => {
    const byPerson = await matching(c.operator as TTestClient);
    expect(byPerson.size).toBe(3);
    for (const entry of byPerson.values()) {
      expect(entry.person).toMatchObject({ challengesShared: false, topChallenges: [] });
      expect(JSON.stringify(entry)).not.toContain(C1);
    }
  });
});
