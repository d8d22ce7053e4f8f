import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { upsertMembership } from "../../db/organisations-repo";
import { insertPerson } from "../../db/people-repo";
import { IPIP_NEO_120_ITEMS, challengeMeans, challengeScanStatements, scoreIpipNeo120 } from "../../domain/assessment/index";
import type { TActor } from "../../domain/shared/roles";
import { startTestApp } from "../../test-support/test-app";
import { testDatabaseKind } from "../../test-support/test-database";
import { getMyAnswers, saveMyAnswers } from "./my-assessments";
import { completedAssessmentsForOrganisation, latestCompletedAssessment, saveCompletedAssessment } from "./read-assessments";

let t: Awaited<ReturnType<typeof startTestApp>>;
let orgA: string;
let orgB: string;

const IPIP = IPIP_NEO_120_ITEMS.map((item) => item.id);
const SCAN = challengeScanStatements("en", ["self"]).map((s) => s.id);
const ipipAnswers = (score: number) => IPIP.map((id) => ({ id, score }));

let n = 0;
async function person(organisationId: string) {
  n += 1;
  return insertPerson(t.ctx.db, organisationId, {
    employeeNumber: `R${n}`,
    firstName: "F",
    lastName: `L${n}`,
    email: `r${n}@org.test`,
    jobTitle: "",
    department: "",
    managerId: null,
    startDate: null,
    roleStartDate: null,
    language: "nl",
    active: true,
  });
}

async function actorFor(organisationId: string, personId: string): Promise<TActor> {
  n += 1;
  const user = await t.createUser(`u${n}@org.test`);
  await upsertMembership(t.ctx.db, { organisationId, userId: user.id, roles: [], personId });
  return { userId: user.id, isOperator: false, organisationId, roles: [] };
}

beforeAll(async () => {
  t = await startTestApp();
  orgA = (await t.createOrganisation("org-a")).id;
  orgB = (await t.createOrganisation("org-b")).id;
});
afterAll(() => t.close());

describe(`reading completed assessments (${testDatabaseKind})`, () => {
  it("stores a completed attempt and gives the newest one per person, within the organisation only", async () => {
    const anna = await person(orgA);
    const bart = await person(orgA);
    const never = await person(orgA);
    const other = await person(orgB);
    await saveCompletedAssessment(t.ctx, orgA, anna, "ipip-neo-120", ipipAnswers(2), new Date("2026-01-01T00:00:00Z"));
    await saveCompletedAssessment(t.ctx, orgA, anna, "ipip-neo-120", ipipAnswers(5), new Date("2026-02-01T00:00:00Z"));
    await saveCompletedAssessment(t.ctx, orgA, bart, "ipip-neo-120", ipipAnswers(3), new Date("2026-01-15T00:00:00Z"));
    await saveCompletedAssessment(t.ctx, orgB, other, "ipip-neo-120", ipipAnswers(1), new Date("2026-01-15T00:00:00Z"));
    const scan = SCAN.map((id, i) => ({ id, score: i % 3 === 0 ? null : (i % 5) + 1 }));
    await saveCompletedAssessment(t.ctx, orgA, bart, "challenge-scan", scan, new Date("2026-01-20T00:00:00Z"));

    const latest = await latestCompletedAssessment(t.ctx, orgA, anna, "ipip-neo-120");
    expect(latest?.completedAt.toISOString()).toBe("2026-02-01T00:00:00.000Z");
    expect(latest?.answers).toEqual(ipipAnswers(5));
    if (latest) expect(scoreIpipNeo120(latest.answers).domains[0]?.score).toBeGreaterThan(0);
    expect(await latestCompletedAssessment(t.ctx, orgA, never, "ipip-neo-120")).toBeNull();
    expect(await latestCompletedAssessment(t.ctx, orgA, anna, "challenge-scan")).toBeNull();
    // another organisation's person answers like a missing one
    expect(await latestCompletedAssessment(t.ctx, orgA, other, "ipip-neo-120")).toBeNull();
    expect(await latestCompletedAssessment(t.ctx, orgB, anna, "ipip-neo-120")).toBeNull();

    const all = await completedAssessmentsForOrganisation(t.ctx, orgA, "ipip-neo-120");
    expect(all.map((a) => [a.personId, a.completedAt.toISOString(), a.answers[0]?.score]).sort()).toEqual(
      [
        [anna, "2026-02-01T00:00:00.000Z", 5],
        [bart, "2026-01-15T00:00:00.000Z", 3],
      ].sort(),
    );
    const scans = await completedAssessmentsForOrganisation(t.ctx, orgA, "challenge-scan");
    expect(scans).toHaveLength(1);
    expect(scans[0]?.answers).toEqual(scan);
    expect(challengeMeans(scans[0]?.answers ?? [])).toEqual(challengeMeans(scan));
  });

  it("ignores open attempts: only completed ones are profiles", async () => {
    const id = await person(orgA);
    const actor = await actorFor(orgA, id);
    await saveMyAnswers(t.ctx, actor, "ipip-neo-120", { answers: ipipAnswers(4) });
    expect(await latestCompletedAssessment(t.ctx, orgA, id, "ipip-neo-120")).toBeNull();
    expect((await completedAssessmentsForOrganisation(t.ctx, orgA, "ipip-neo-120")).map((a) => a.personId)).not.toContain(id);
  });

  it("refuses an incomplete or invalid answer set, naming it", async () => {
    const id = await person(orgA);
    const at = new Date("2026-01-01T00:00:00Z");
    await expect(saveCompletedAssessment(t.ctx, orgA, id, "ipip-neo-120", ipipAnswers(3).slice(1), at)).rejects.toMatchObject({ field: "answers" });
    await expect(saveCompletedAssessment(t.ctx, orgA, id, "ipip-neo-120", [...ipipAnswers(3).slice(1), { id: "x", score: 3 }], at)).rejects.toMatchObject({
      field: "answers[119].id",
    });
    await expect(saveCompletedAssessment(t.ctx, orgA, id, "challenge-scan", SCAN.map((s) => ({ id: s, score: 7 })), at)).rejects.toMatchObject({
      field: "answers[0].score",
    });
    expect(await latestCompletedAssessment(t.ctx, orgA, id, "ipip-neo-120")).toBeNull();
    // a person of another organisation cannot receive one (the foreign key includes the organisation)
    await expect(saveCompletedAssessment(t.ctx, orgB, id, "ipip-neo-120", ipipAnswers(3), at)).rejects.toThrow();
  });

  it("merges concurrent first autosaves into one open attempt", async () => {
    const id = await person(orgA);
    const actor = await actorFor(orgA, id);
    await Promise.all(IPIP.slice(0, 10).map((item, i) => saveMyAnswers(t.ctx, actor, "ipip-neo-120", { answers: [{ id: item, score: (i % 5) + 1 }] })));
    const mine = await getMyAnswers(t.ctx, actor, "ipip-neo-120");
    expect(mine.answered).toBe(10);
    expect(mine.answers).toEqual(IPIP.slice(0, 10).map((item, i) => ({ id: item, score: (i % 5) + 1 })));
  });
});
