import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addPerson, completeAssessment, linkUserToPerson, scanAnswers } from "../../app/reports/reports.test-helpers";
import { listActiveMentorships } from "../../db/mentors-repo";
import { MANAGER_CHALLENGES } from "../../domain/assessment/index";
import { startTestApp, type TTestClient } from "../../test-support/test-app";
import { testDatabaseKind } from "../../test-support/test-database";

let t: Awaited<ReturnType<typeof startTestApp>>;
let orgA: string;
const c: Record<string, TTestClient> = {};
const id: Record<string, string> = {};
const C1 = MANAGER_CHALLENGES[0]?.id as string;
const C2 = MANAGER_CHALLENGES[1]?.id as string;
const C3 = MANAGER_CHALLENGES[2]?.id as string;

async function call(client: TTestClient, path: string, method = "GET", json?: unknown) {
  const response = await client.request(path, { method, json });
  return { status: response.status, body: await response.json() };
}

async function userId(client: TTestClient): Promise<string> {
  return (await (await client.request("/api/auth/session")).json()).user.id;
}

const profile = (over: Record<string, unknown> = {}) => ({
  expertise: [{ challengeId: C1, level: 3 }],
  languages: ["nl", "en"],
  industries: ["retail"],
  capacity: 2,
  available: true,
  bio: "Mentor",
  ...over,
});

type TScore = { mentorUserId: string; total: number; ineligible: string[]; parts: { kind: string }[] };
type TMatch = { person: { id: string }; assigned: TScore | null; topThree: TScore[]; unmatchedReason: string | null; excluded: Record<string, number> };

beforeAll(async () => {
  t = await startTestApp();
  orgA = (await t.createOrganisation("org-a")).id;
  const orgB = (await t.createOrganisation("org-b")).id;
  const db = t.ctx.db;
  id.boss = await addPerson(db, orgA, { firstName: "Bea", lastName: "Boss", department: "Sales" });
  id.ann = await addPerson(db, orgA, { firstName: "Ann", lastName: "Mentee", department: "Sales", managerId: id.boss });
  id.bob = await addPerson(db, orgA, { firstName: "Bob", lastName: "Mentee", department: "Production", managerId: id.boss });
  id.cas = await addPerson(db, orgA, { firstName: "Cas", lastName: "Noscan", department: "Production" });
  await completeAssessment(db, orgA, id.ann, "challenge-scan", scanAnswers({ [C1]: 5, [C2]: 4 }, 2));
  await completeAssessment(db, orgA, id.bob, "challenge-scan", scanAnswers({ [C2]: 5, [C3]: 4 }, 2));

  c.hr = await t.signedIn("hr@a.test", orgA, ["hr_admin"]);
  c.ann = await t.signedIn("ann@a.test", orgA, ["manager"]);
  await linkUserToPerson(db, orgA, await userId(c.ann), id.ann);
  c.bob = await t.signedIn("bob@a.test", orgA, ["manager"]);
  await linkUserToPerson(db, orgA, await userId(c.bob), id.bob);
  // the line manager of Ann and Bob is also a mentor, and the best match on paper
  c.boss = await t.signedIn("boss@a.test", orgA, ["manager", "mentor"]);
  id.bossUser = await userId(c.boss);
  await linkUserToPerson(db, orgA, id.bossUser, id.boss);
  for (const name of ["m1", "m2", "m3", "m4", "m5", "fr"]) {
    c[name] = await t.signedIn(`${name}@a.test`, orgA, ["mentor"]);
    id[name] = await userId(c[name] as TTestClient);
  }
  c.hrB = await t.signedIn("hr@b.test", orgB, ["hr_admin"]);
  c.mentorB = await t.signedIn("mentor@b.test", orgB, ["mentor"]);
}, 120_000);
afterAll(() => t.close());

describe(`mentor profiles (${testDatabaseKind})`, () => {
  it("lets a mentor read defaults and save their own profile, with validation naming the field", async () => {
    const defaults = await call(c.m1 as TTestClient, "/api/me/mentor-profile");
    expect(defaults.status).toBe(200);
    expect(defaults.body).toMatchObject({ userId: id.m1, hasProfile: false, capacity: 3, available: true, expertise: [], activeMentees: 0 });
    const saved = await call(c.m1 as TTestClient, "/api/me/mentor-profile?lang=en", "PUT", profile({ expertise: [{ challengeId: C1, level: 3 }, { challengeId: C2, level: 3 }], capacity: 1 }));
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ hasProfile: true, capacity: 1, languages: ["nl", "en"] });
    expect(saved.body.expertise[0].name).toBe(MANAGER_CHALLENGES[0]?.wording.en);
    const unknown = await call(c.m1 as TTestClient, "/api/me/mentor-profile", "PUT", profile({ expertise: [{ challengeId: "no-such-challenge", level: 2 }] }));
    expect(unknown).toMatchObject({ status: 400, body: { field: "expertise[0].challengeId" } });
    expect((await call(c.m1 as TTestClient, "/api/me/mentor-profile", "PUT", profile({ capacity: 0 }))).body.field).toBe("capacity");
    // text PostgreSQL cannot store (NUL, lone surrogates) is refused, not a 500
    expect((await call(c.m1 as TTestClient, "/api/me/mentor-profile", "PUT", profile({ bio: "a\u0000b" }))).body.field).toBe("bio");
    expect((await call(c.m1 as TTestClient, "/api/me/mentor-profile", "PUT", profile({ industries: ["x\ud800"] }))).body.field).toBe("industries.0");
    expect((await call(c.m1 as TTestClient, "/api/me/mentor-profile", "PUT", profile({ level: 9, organisationId: orgA }))).status).toBe(400);
    expect((await call(c.ann as TTestClient, "/api/me/mentor-profile")).status).toBe(403);
    expect((await call(c.hr as TTestClient, "/api/me/mentor-profile", "PUT", profile())).status).toBe(403);
  });

  it("lets HR list every mentor with their load and edit a profile; another organisation's mentor is not found", async () => {
    expect((await call(c.boss as TTestClient, "/api/me/mentor-profile", "PUT", profile({ expertise: [{ challengeId: C1, level: 3 }, { challengeId: C2, level: 3 }, { challengeId: C3, level: 3 }], capacity: 5 }))).status).toBe(200);
    for (const name of ["m2", "m3", "m4"]) {
      const r = await call(c.hr as TTestClient, `/api/mentors/${id[name]}/profile`, "PUT", profile({ expertise: [{ challengeId: C2, level: name === "m4" ? 1 : 2 }] }));
      expect(r.status).toBe(200);
    }
    expect((await call(c.hr as TTestClient, `/api/mentors/${id.fr}/profile`, "PUT", profile({ languages: ["fr"], expertise: [{ challengeId: C1, level: 3 }] }))).status).toBe(200);
    const list = await call(c.hr as TTestClient, "/api/mentors");
    expect(list.status).toBe(200);
    expect(list.body.items.map((m: { email: string }) => m.email).sort()).toEqual(["boss@a.test", "fr@a.test", "m1@a.test", "m2@a.test", "m3@a.test", "m4@a.test", "m5@a.test"]);
    expect(list.body.items.find((m: { userId: string }) => m.userId === id.m5)).toMatchObject({ hasProfile: false, capacity: 3, languages: ["nl"] });
    expect(list.body.items.find((m: { userId: string }) => m.userId === id.bossUser)).toMatchObject({ personId: id.boss, activeMentees: 0, capacity: 5 });
    const mentorB = await userId(c.mentorB as TTestClient);
    expect((await call(c.hr as TTestClient, `/api/mentors/${mentorB}/profile`, "PUT", profile())).status).toBe(404);
    expect((await call(c.hrB as TTestClient, `/api/mentors/${id.m1}/profile`, "PUT", profile())).status).toBe(404);
    expect((await call(c.hrB as TTestClient, "/api/mentors")).body.items.map((m: { email: string }) => m.email)).toEqual(["mentor@b.test"]);
    expect((await call(c.ann as TTestClient, "/api/mentors")).status).toBe(403);
  });
});

describe(`mentor matching (${testDatabaseKind})`, () => {
  it("proposes a whole-pool assignment that never gives a person their own line manager and respects capacities", async () => {
    const matching = await call(c.hr as TTestClient, "/api/mentors/matching?lang=en");
    expect(matching.status).toBe(200);
    const matches = matching.body.matches as TMatch[];
    expect(matches.map((m) => m.person.id).sort()).toEqual([id.ann, id.bob].sort()); // Cas has no scan
    for (const m of matches) {
      expect(m.assigned?.mentorUserId).not.toBe(id.bossUser);
      expect(m.topThree.map((s) => s.mentorUserId)).not.toContain(id.bossUser);
      expect(m.topThree.map((s) => s.mentorUserId)).not.toContain(id.fr); // no common language
      expect(m.excluded["own-line-manager"]).toBe(1);
      expect(m.excluded["no-common-language"]).toBe(1);
      expect(m.topThree).toHaveLength(3);
      expect(m.assigned?.parts.map((p) => p.kind)).toEqual(["expertise", "language", "industry", "capacity"]);
    }
    const ann = matches.find((m) => m.person.id === id.ann) as TMatch;
    expect(ann.assigned?.mentorUserId).toBe(id.m1); // the specialist in her two challenges
    const perMentor = new Map<string, number>();
    for (const m of matches) if (m.assigned) perMentor.set(m.assigned.mentorUserId, (perMentor.get(m.assigned.mentorUserId) ?? 0) + 1);
    const pool = (await call(c.hr as TTestClient, "/api/mentors")).body.items as { userId: string; capacity: number; activeMentees: number }[];
    for (const [mentorUserId, n] of perMentor) {
      const m = pool.find((x) => x.userId === mentorUserId);
      expect(n).toBeLessThanOrEqual((m?.capacity ?? 0) - (m?.activeMentees ?? 0));
    }
    expect(matching.body.matched).toBe(2);
    expect(matching.body.totalScore).toBeCloseTo(matches.reduce((s, m) => s + (m.assigned?.total ?? 0), 0), 6);
    const strict = await call(c.hr as TTestClient, "/api/mentors/matching?excludeSameDepartment=true");
    expect(strict.body.excludeSameDepartment).toBe(true);
    expect((await call(c.ann as TTestClient, "/api/mentors/matching")).status).toBe(403);
  });

  it("lets a person choose only among their own top three", async () => {
    const mine = await call(c.ann as TTestClient, "/api/me/mentor-match?lang=en");
    expect(mine.status).toBe(200);
    expect(mine.body.current).toBeNull();
    expect(mine.body.hasScan).toBe(true);
    const top = mine.body.topThree as TScore[];
    expect(top).toHaveLength(3);
    expect(top[0]?.mentorUserId).toBe(id.m1);
    expect(top.map((s) => s.total)).toEqual([...top.map((s) => s.total)].sort((a, b) => b - a));
    const fourth = [id.m2, id.m3, id.m4].find((m) => !top.some((s) => s.mentorUserId === m)) as string;
    expect((await call(c.ann as TTestClient, "/api/me/mentor-match", "POST", { mentorUserId: id.bossUser })).body).toMatchObject({ code: "CONFLICT", field: "mentorUserId" });
    expect((await call(c.ann as TTestClient, "/api/me/mentor-match", "POST", { mentorUserId: fourth })).status).toBe(409);
    const chosen = await call(c.ann as TTestClient, "/api/me/mentor-match", "POST", { mentorUserId: id.m1 });
    expect(chosen.status).toBe(200);
    expect(chosen.body).toMatchObject({ personId: id.ann, mentorUserId: id.m1, mentorEmail: "m1@a.test" });
    expect((await call(c.ann as TTestClient, "/api/me/mentor-match")).body.current).toMatchObject({ mentorUserId: id.m1 });
    // choosing again among the top three replaces the mentor: one active mentor at a time
    const second = top[1]?.mentorUserId as string;
    expect((await call(c.ann as TTestClient, "/api/me/mentor-match", "POST", { mentorUserId: second })).status).toBe(200);
    expect((await listActiveMentorships(t.ctx.db, orgA)).filter((m) => m.personId === id.ann).map((m) => m.mentorUserId)).toEqual([second]);
    expect((await call(c.ann as TTestClient, "/api/me/mentor-match", "POST", { mentorUserId: id.m1 })).status).toBe(200);
    expect((await call(c.hr as TTestClient, "/api/me/mentor-match")).status).toBe(403);
  });

  it("keeps a mentor at capacity out of other people's choices", async () => {
    // m1 has capacity 1 and now mentors Ann
    const bob = await call(c.bob as TTestClient, "/api/me/mentor-match");
    expect(bob.body.topThree.map((s: TScore) => s.mentorUserId)).not.toContain(id.m1);
    const refused = await call(c.bob as TTestClient, "/api/me/mentor-match", "POST", { mentorUserId: id.m1 });
    expect(refused).toMatchObject({ status: 409, body: { field: "mentorUserId" } });
    expect(refused.body.detail).toMatch(/capacity/);
    const matching = (await call(c.hr as TTestClient, "/api/mentors/matching")).body;
    expect(matching.matches.map((m: TMatch) => m.person.id)).toEqual([id.bob]); // Ann has a mentor now
  });

  it("lets HR override with any eligible mentor, never the line manager or a full mentor", async () => {
    const hr = c.hr as TTestClient;
    const lineManager = await call(hr, "/api/mentors/assignments", "POST", { personId: id.bob, mentorUserId: id.bossUser });
    expect(lineManager).toMatchObject({ status: 409, body: { field: "mentorUserId" } });
    expect(lineManager.body.detail).toMatch(/line manager/);
    expect((await call(hr, "/api/mentors/assignments", "POST", { personId: id.bob, mentorUserId: id.m1 })).body.detail).toMatch(/capacity/);
    expect((await call(hr, "/api/mentors/assignments", "POST", { personId: id.bob, mentorUserId: id.fr })).status).toBe(409);
    // the weakest match, outside Bob's top three, is still HR's to give
    const top = (await call(c.bob as TTestClient, "/api/me/mentor-match")).body.topThree.map((s: TScore) => s.mentorUserId);
    const outside = [id.m2, id.m3, id.m4, id.m5].find((m) => !top.includes(m)) as string;
    expect(outside).toBeDefined();
    const assigned = await call(hr, "/api/mentors/assignments", "POST", { personId: id.bob, mentorUserId: outside });
    expect(assigned).toMatchObject({ status: 200, body: { personId: id.bob, mentorUserId: outside } });
    // a person without a scan can be assigned too; unknown people and mentors are not found
    expect((await call(hr, "/api/mentors/assignments", "POST", { personId: id.cas, mentorUserId: id.m2 })).status).toBe(200);
    expect((await call(hr, "/api/mentors/assignments", "POST", { personId: id.bob, mentorUserId: await userId(c.hr as TTestClient) })).status).toBe(404);
    expect((await call(c.hrB as TTestClient, "/api/mentors/assignments", "POST", { personId: id.bob, mentorUserId: id.m2 })).status).toBe(404);
    expect((await call(c.ann as TTestClient, "/api/mentors/assignments", "POST", { personId: id.bob, mentorUserId: id.m2 })).status).toBe(403);
    const list = (await call(hr, "/api/mentors")).body.items;
    expect(list.find((m: { userId: string }) => m.userId === id.m1).activeMentees).toBe(1);
  });
});
