// Issue 13, "the same for the plans comparison": an executive reading the group comparison before and after one
// person completes the challenge scan must not see the group move by that one person.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findOrganisationBySlug } from "../../db/organisations-repo";
import { insertPerson } from "../../db/people-repo";
import { assessments } from "../../db/schema/index";
import { MANAGER_CHALLENGES } from "../../domain/assessment/index";
import type { TActor } from "../../domain/shared/roles";
import { startTestApp } from "../../test-support/test-app";
import { testDatabaseKind } from "../../test-support/test-database";
import { seedDemo } from "../demo/seed-demo";
import { getGroupComparison, MIN_GROUP_SIZE } from "./compare-group";

let t: Awaited<ReturnType<typeof startTestApp>>;
let orgId = "";
const actor = (roles: TActor["roles"]): TActor => ({ userId: "00000000-0000-4000-8000-000000000009", isOperator: false, organisationId: orgId, roles });

beforeAll(async () => {
  t = await startTestApp();
  expect(await seedDemo(t.ctx)).toBe(true);
  orgId = (await findOrganisationBySlug(t.ctx.db, "demo"))?.id as string;
}, 180_000);
afterAll(() => t.close());

async function completeScan(personId: string, minute: number) {
  const answers = Object.fromEntries(MANAGER_CHALLENGES.flatMap((c, i) => c.statements.map((s) => [s.id, i % 2 === 0 ? 5 : 1])));
  const at = new Date(Date.UTC(2030, 0, 1, 9, minute));
  await t.ctx.db.insert(assessments).values({ organisationId: orgId, personId, instrument: "challenge-scan", answers, startedAt: at, updatedAt: at, completedAt: at });
}

describe(`plans group comparison in steps (${testDatabaseKind})`, () => {
  it("does not move for an executive when one person completes the scan; HR's rows do", async () => {
    const read = async (roles: TActor["roles"]) => getGroupComparison(t.ctx, actor(roles), { locale: "en" });
    const execBefore = await read(["executive"]);
    const hrBefore = await read(["hr_admin"]);
    expect(execBefore).toMatchObject({ status: "ok", step: MIN_GROUP_SIZE, people: null });
    expect(execBefore.group?.people).toBeLessThanOrEqual(hrBefore.group?.people ?? 0);

    const newcomers: string[] = [];
    for (let i = 0; i < MIN_GROUP_SIZE; i++) {
      const person = await insertPerson(t.ctx.db, orgId, {
        employeeNumber: `NEW${i}`,
        firstName: `New${i}`,
        lastName: "Comer",
        email: `new${i}@brouwerij-demo.be`,
        jobTitle: "",
        department: "Productie",
        managerId: null,
        startDate: null,
        roleStartDate: null,
        language: "nl",
        active: true,
      });
      newcomers.push(person);
    }
    const unscanned = newcomers.map((id) => ({ id }));

    await completeScan(unscanned[0]?.id as string, 0);
    expect((await read(["hr_admin"])).group?.people).toBe((hrBefore.group?.people ?? 0) + 1);
    expect(await read(["executive"])).toEqual(execBefore);

    // the fifth completion since then is a step: the executive's group moves, by five completions at once
    for (let i = 1; i < MIN_GROUP_SIZE; i++) await completeScan(unscanned[i]?.id as string, i);
    const execAfter = await read(["executive"]);
    expect(execAfter).not.toEqual(execBefore);
    expect(execAfter.group?.people).toBeGreaterThanOrEqual(execBefore.group?.people ?? 0);
  });
});
