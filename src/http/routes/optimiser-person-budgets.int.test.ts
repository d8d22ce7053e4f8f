// Issue 13 / decision 0016: the optimiser's model ignored each person's own budget, so a run could give a person more
// than they may hold and apply answered 409 naming them. The model now caps every participant at their own budget and
// at what their department has left (and at the hour limit), so applying a run never needs that 409.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addStarterCatalogue } from "../../app/plans/planning-data";
import { addPerson, completeAssessment, scanAnswers } from "../../app/reports/reports.test-helpers";
import { savePlanSettings } from "../../db/catalogue-repo";
import { findPlanOfPerson, listPlanVersions } from "../../db/plans-repo";
import { developmentPlans } from "../../db/schema/index";
import { MANAGER_CHALLENGES } from "../../domain/assessment/index";
import { callJson, startTestApp, type TTestClient } from "../../test-support/test-app";
import { testDatabaseKind } from "../../test-support/test-database";

let t: Awaited<ReturnType<typeof startTestApp>>;
let org = "";
let hr: TTestClient;
const people: string[] = [];
const MAX_HOURS = 40;
const BUDGET = 2_000_000;

type TAllocation = { personId: string; costCents: number; hours: number };
type TRun = { id: string; allocations: TAllocation[]; leftOut: { personId: string; reasons: string[] }[] };

async function run(): Promise<TRun> {
  const response = await callJson(hr, "/api/optimiser/runs?lang=en", "POST", { budgetCents: BUDGET });
  expect(response.status).toBe(200);
  return response.body as TRun;
}

const allocationOf = (r: TRun, personId: string) => r.allocations.find((a) => a.personId === personId);

beforeAll(async () => {
  t = await startTestApp();
  org = (await t.createOrganisation("optimiser-person-budgets")).id;
  const db = t.ctx.db;
  await addStarterCatalogue(t.ctx, org);
  await savePlanSettings(db, org, { currency: "EUR", defaultPersonBudgetCents: null, maxHoursPerPerson: MAX_HOURS, standardModuleIds: [] });
  for (let i = 0; i < 4; i++) {
    const id = await addPerson(db, org, { firstName: `B${i}`, lastName: `Budget${i}`, department: i < 2 ? "Sales" : "Production" });
    const high = MANAGER_CHALLENGES[(i * 7) % MANAGER_CHALLENGES.length]?.id as string;
    const second = MANAGER_CHALLENGES[(i * 7 + 3) % MANAGER_CHALLENGES.length]?.id as string;
    await completeAssessment(db, org, id, "challenge-scan", scanAnswers({ [high]: 5, [second]: 5 }, 2));
    people.push(id);
  }
  hr = await t.signedIn("hr@budgets.test", org, ["hr_admin"]);
}, 120_000);
afterAll(() => t.close());

describe(`the optimiser respects each person's budget (${testDatabaseKind})`, () => {
  it("gives a person with a small budget only what fits it, and applying needs no 409", async () => {
    const [tight] = people as [string];
    // without a budget of their own, the run gives this person modules worth more than the budget set below
    const free = allocationOf(await run(), tight);
    expect(free?.costCents ?? 0).toBeGreaterThan(0);
    const small = Math.max(0, (free?.costCents ?? 0) - 1);
    expect((await callJson(hr, `/api/planning/budgets/people/${tight}`, "PUT", { budgetCents: small })).status).toBe(200);

    const capped = await run();
    const mine = allocationOf(capped, tight);
    expect(mine?.costCents ?? 0).toBeLessThanOrEqual(small);
    for (const a of capped.allocations) expect(a.hours).toBeLessThanOrEqual(MAX_HOURS);
    if (!mine) expect(capped.leftOut.find((l) => l.personId === tight)?.reasons).toEqual(expect.arrayContaining(["over-person-budget"]));

    const impact = await callJson(hr, `/api/optimiser/runs/${capped.id}/impact?lang=en`);
    expect(impact.status).toBe(200);
    const applied = await callJson(hr, `/api/optimiser/runs/${capped.id}/apply`, "POST", { confirm: (impact.body as { confirm: string }).confirm });
    expect(applied.status).toBe(200);
    if (mine) {
      const plan = await findPlanOfPerson(t.ctx.db, org, tight);
      const versions = await listPlanVersions(t.ctx.db, org, plan?.id as string);
      expect(versions.at(-1)?.costCents).toBeLessThanOrEqual(small);
    }
  });

  it("caps a person at what their department has left after colleagues' submitted plans", async () => {
    const [, , first, second] = people as [string, string, string, string];
    const before = await run();
    const wanted = allocationOf(before, second)?.costCents ?? 0;
    expect(wanted).toBeGreaterThan(0);
    // Production: the first person's plan (from the run above, a draft) is submitted; the department has 1 cent less
    // than that plan and the second person's allocation together
    const firstPlan = await findPlanOfPerson(t.ctx.db, org, first);
    const firstCost = firstPlan ? ((await listPlanVersions(t.ctx.db, org, firstPlan.id)).at(-1)?.costCents ?? 0) : 0;
    if (firstPlan) await t.ctx.db.update(developmentPlans).set({ status: "submitted" }).where(and(eq(developmentPlans.organisationId, org), eq(developmentPlans.id, firstPlan.id)));
    expect((await callJson(hr, "/api/planning/budgets/departments/Production", "PUT", { budgetCents: firstCost + wanted - 1 })).status).toBe(200);
    const capped = await run();
    expect(allocationOf(capped, second)?.costCents ?? 0).toBeLessThanOrEqual(wanted - 1);
    const impact = await callJson(hr, `/api/optimiser/runs/${capped.id}/impact?lang=en`);
    const applied = await callJson(hr, `/api/optimiser/runs/${capped.id}/apply`, "POST", { confirm: (impact.body as { confirm: string }).confirm });
    expect(applied.status).toBe(200);
  });
});
