import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findPlanSettings, listDepartmentBudgets } from "../../db/catalogue-repo";
import { findOrganisationBySlug } from "../../db/organisations-repo";
import { listPlansWithCurrentVersion } from "../../db/plans-repo";
import { checkAllocation, createRecommender, STARTER_CATALOGUE } from "../../domain/plans/index";
import { startTestApp } from "../../test-support/test-app";
import { testDatabaseKind } from "../../test-support/test-database";
import { loadCatalogue, loadPlanningPeople } from "../plans/planning-data";
import { seedDemo } from "./seed-demo";
import { DEMO_MAX_HOURS, DEMO_PERSON_BUDGET_CENTS, DEMO_PLANS, DEMO_STANDARD_PROGRAMME } from "./seed-demo-planning";
import { DEMO_NOT_ASSESSED } from "./seed-demo-diagnosis";

let t: Awaited<ReturnType<typeof startTestApp>>;
let organisationId: string;

beforeAll(async () => {
  t = await startTestApp();
  expect(await seedDemo(t.ctx)).toBe(true);
  organisationId = (await findOrganisationBySlug(t.ctx.db, "demo"))?.id as string;
}, 120_000);
afterAll(() => t.close());

describe(`the demo's planning data (${testDatabaseKind})`, () => {
  it("holds the whole starter catalogue, a standard programme from it and budgets for every department", async () => {
    const catalogue = await loadCatalogue(t.ctx, organisationId);
    expect(catalogue.map((m) => m.id).sort()).toEqual(STARTER_CATALOGUE.map((m) => m.id).sort());
    const settings = await findPlanSettings(t.ctx.db, organisationId);
    expect(settings.standardModuleIds).toEqual([...DEMO_STANDARD_PROGRAMME]);
    for (const id of settings.standardModuleIds) expect(catalogue.some((m) => m.id === id)).toBe(true);
    const budgets = await listDepartmentBudgets(t.ctx.db, organisationId);
    expect(budgets.length).toBeGreaterThan(3);
    expect(budgets.every((b) => Number.isInteger(b.budgetCents) && b.budgetCents > 0)).toBe(true);
  });

  it("gives assessed people a menu whose reasons build on their talents, and people without a scan none", async () => {
    const catalogue = await loadCatalogue(t.ctx, organisationId);
    const recommender = createRecommender(catalogue);
    const people = await loadPlanningPeople(t.ctx, organisationId);
    const an = people.find((p) => p.person.employeeNumber === "E004");
    expect(an?.hasScan).toBe(true);
    const menu = recommender.recommend(an?.needs ?? ({} as never));
    expect(menu.status).toBe("ok");
    expect(menu.menu.some((s) => s.reason.kind === "builds-on-talent")).toBe(true);
    for (const employeeNumber of DEMO_NOT_ASSESSED) {
      const person = people.find((p) => p.person.employeeNumber === employeeNumber);
      expect(person?.hasScan).toBe(false);
      expect(recommender.recommend(person?.needs ?? ({} as never)).status).toBe("no-profile");
    }
  });

  it("has plans for a few other managers (within their budget), none for An Peeters", async () => {
    const plans = await listPlansWithCurrentVersion(t.ctx.db, organisationId);
    const people = await loadPlanningPeople(t.ctx, organisationId);
    const numberOf = new Map(people.map((p) => [p.person.id, p.person.employeeNumber]));
    const byNumber = Object.fromEntries(plans.map((p) => [numberOf.get(p.personId), p]));
    expect(Object.keys(byNumber).sort()).toEqual(Object.keys(DEMO_PLANS).sort());
    for (const [number, status] of Object.entries(DEMO_PLANS)) {
      const plan = byNumber[number];
      expect(plan?.status).toBe(status);
      expect(plan?.current.goals).toHaveLength(1);
      expect(plan?.current.moduleIds.length).toBeGreaterThan(0);
    }
    const catalogue = await loadCatalogue(t.ctx, organisationId);
    const modules = catalogue.map((m) => ({ id: m.id, costCents: m.cost.cents, seats: m.seatsPerPeriod, hours: m.hours }));
    for (const plan of plans) {
      const allocations = plan.current.moduleIds.map((moduleId) => ({ personId: plan.personId, moduleId }));
      const participant = { id: plan.personId, maxHours: DEMO_MAX_HOURS, options: plan.current.moduleIds.map((moduleId) => ({ moduleId, impact: 1 })) };
      const check = checkAllocation({ budgetCents: DEMO_PERSON_BUDGET_CENTS, modules, participants: [participant] }, allocations);
      expect(check.violations).toEqual([]);
    }
    expect(byNumber.E004).toBeUndefined();
  });
});
