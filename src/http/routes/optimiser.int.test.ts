import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildOptimiserInput } from "../../app/plans/optimiser-run";
import { addStarterCatalogue, loadCatalogue } from "../../app/plans/planning-data";
import { addPerson, completeAssessment, linkUserToPerson, scanAnswers } from "../../app/reports/reports.test-helpers";
import { savePlanSettings, setCatalogueModuleArchived } from "../../db/catalogue-repo";
import { listPlanEvents, listPlanVersions, findPlanOfPerson, writePlanVersion } from "../../db/plans-repo";
import { MANAGER_CHALLENGES } from "../../domain/assessment/index";
import { checkAllocation } from "../../domain/plans/index";
import { startTestApp, type TTestClient } from "../../test-support/test-app";
import { testDatabaseKind } from "../../test-support/test-database";

let t: Awaited<ReturnType<typeof startTestApp>>;
let orgA: string;
let hr: TTestClient;
let manager: TTestClient;
let hrB: TTestClient;
const people: string[] = [];
let noScan: string;
let runId = "";
const MAX_HOURS = 30;
const BUDGET = 400_000;
const GOAL = { challengeId: MANAGER_CHALLENGES[0]?.id as string, description: "Keep my Monday priorities", businessMeasure: null };

async function call(client: TTestClient, path: string, method = "GET", json?: unknown) {
  const response = await client.request(path, { method, json });
  return { status: response.status, body: await response.json() };
}

async function userId(client: TTestClient): Promise<string> {
  return (await (await client.request("/api/auth/session")).json()).user.id;
}

beforeAll(async () => {
  t = await startTestApp();
  orgA = (await t.createOrganisation("org-a")).id;
  const orgB = (await t.createOrganisation("org-b")).id;
  const db = t.ctx.db;
  await addStarterCatalogue(t.ctx, orgA);
  await savePlanSettings(db, orgA, { currency: "EUR", defaultPersonBudgetCents: null, maxHoursPerPerson: MAX_HOURS, standardModuleIds: [] });
  for (let i = 0; i < 6; i++) {
    const id = await addPerson(db, orgA, { firstName: `P${i}`, lastName: `Person${i}`, department: i % 2 ? "Sales" : "Production" });
    const high = MANAGER_CHALLENGES[(i * 5) % MANAGER_CHALLENGES.length]?.id as string;
    const second = MANAGER_CHALLENGES[(i * 5 + 2) % MANAGER_CHALLENGES.length]?.id as string;
    await completeAssessment(db, orgA, id, "challenge-scan", scanAnswers({ [high]: 5, [second]: 4 }, 2));
    people.push(id);
  }
  noScan = await addPerson(db, orgA, { firstName: "Nora", lastName: "Noscan" });
  // a person with a plan and a goal: applying keeps the goal
  await writePlanVersion(db, orgA, people[0] as string, "submitted", { moduleIds: [], goals: [GOAL], costCents: 0, hours: 0, source: "person", userId: null });
  hr = await t.signedIn("hr@a.test", orgA, ["hr_admin"]);
  manager = await t.signedIn("manager@a.test", orgA, ["manager"]);
  await linkUserToPerson(db, orgA, await userId(manager), people[1] as string);
  hrB = await t.signedIn("hr@b.test", orgB, ["hr_admin"]);
}, 120_000);
afterAll(() => t.close());

describe(`the org-wide budget optimiser (${testDatabaseKind})`, () => {
  it("runs, stores and returns the allocation with LP bound, gap and greedy, within budget, seats and hours", async () => {
    const run = await call(hr, "/api/optimiser/runs?lang=en", "POST", { budgetCents: BUDGET });
    expect(run.status).toBe(200);
    runId = run.body.id;
    expect(["mip", "greedy", "all"]).toContain(run.body.method);
    expect(run.body.budgetCents).toBe(BUDGET);
    expect(run.body.participants).toBe(6);
    expect(typeof run.body.lpBound).toBe("number");
    expect(typeof run.body.gapPct).toBe("number");
    expect(run.body.gapPct).toBeGreaterThanOrEqual(0);
    expect(run.body.objective).toBeGreaterThanOrEqual(run.body.greedyObjective - 1e-9);
    expect(run.body.objective).toBeLessThanOrEqual(run.body.lpBound + 1e-6);
    expect(run.body.ratioToGreedy).toBeGreaterThanOrEqual(1 - 1e-9);
    expect(run.body.allocations.length).toBeGreaterThan(0);
    expect(run.body.leftOut).toContainEqual(expect.objectContaining({ personId: noScan, personName: "Nora Noscan", reasons: ["no-profile"] }));

    // independently of the solver: the catalogue's costs, seats and the hour limit
    const catalogue = new Map((await loadCatalogue(t.ctx, orgA)).map((m) => [m.id, m]));
    let spent = 0;
    const seats = new Map<string, number>();
    for (const a of run.body.allocations as { personId: string; moduleIds: string[]; modules: { title: string }[] }[]) {
      let hours = 0;
      for (const id of a.moduleIds) {
        const m = catalogue.get(id);
        expect(m).toBeDefined();
        spent += m?.cost.cents ?? 0;
        hours += m?.hours ?? 0;
        seats.set(id, (seats.get(id) ?? 0) + 1);
      }
      expect(hours).toBeLessThanOrEqual(MAX_HOURS);
      expect(a.modules.every((m) => m.title.length > 0)).toBe(true);
    }
    expect(spent).toBe(run.body.spentCents);
    expect(spent).toBeLessThanOrEqual(BUDGET);
    for (const [id, used] of seats) expect(used).toBeLessThanOrEqual(catalogue.get(id)?.seatsPerPeriod ?? Infinity);
    // and the domain's checker on the input (each module from the person's own menu)
    const { input } = await buildOptimiserInput(t.ctx, orgA, BUDGET);
    const flat = run.body.allocations.flatMap((a: { personId: string; moduleIds: string[] }) => a.moduleIds.map((moduleId) => ({ personId: a.personId, moduleId })));
    expect(checkAllocation(input, flat)).toMatchObject({ ok: true, spentCents: spent });
  }, 90_000);

  it("lists runs newest first and reads one back in another language", async () => {
    const second = await call(hr, "/api/optimiser/runs", "POST", { budgetCents: 50_000 });
    expect(second.status).toBe(200);
    const list = await call(hr, "/api/optimiser/runs");
    expect(list.status).toBe(200);
    expect(list.body.items.map((r: { id: string }) => r.id).slice(0, 2)).toEqual([second.body.id, runId]);
    const one = await call(hr, `/api/optimiser/runs/${runId}?lang=fr`);
    expect(one.status).toBe(200);
    expect(one.body.id).toBe(runId);
    expect(one.body.budgetCents).toBe(BUDGET);
    const en = await call(hr, `/api/optimiser/runs/${runId}?lang=en`);
    expect(one.body.allocations[0].modules[0].title).not.toBe(en.body.allocations[0].modules[0].title);
  }, 90_000);

  it("answers a budget where nothing is affordable with a clear message and who was left out", async () => {
    // without the free modules (on-the-job assignments, shadowing), the cheapest module costs 35 EUR
    const free = (await loadCatalogue(t.ctx, orgA)).filter((m) => m.cost.cents === 0).map((m) => m.id);
    for (const id of free) await setCatalogueModuleArchived(t.ctx.db, orgA, id, true);
    const run = await call(hr, "/api/optimiser/runs", "POST", { budgetCents: 1_000 }).finally(async () => {
      for (const id of free) await setCatalogueModuleArchived(t.ctx.db, orgA, id, false);
    });
    expect(run.status).toBe(200);
    expect(run.body.method).toBe("none");
    expect(run.body.allocations).toEqual([]);
    expect(run.body.message).toMatch(/Nothing is affordable/);
    expect(run.body).toMatchObject({ messageCode: "nothing-affordable", cheapestCents: 3_500 });
    expect(run.body.leftOut).toHaveLength(7);
    expect(run.body.leftOut.filter((l: { reasons: string[] }) => l.reasons.includes("over-budget"))).toHaveLength(6);
  });

  it("refuses negative and fractional budgets naming budgetCents", async () => {
    for (const budgetCents of [-1, 10.5, "100"]) {
      const response = await call(hr, "/api/optimiser/runs", "POST", { budgetCents });
      expect(response.status).toBe(400);
      expect(response.body.field).toBe("budgetCents");
    }
  });

  it("runs at most one optimisation per organisation at a time", async () => {
    const [a, b] = await Promise.all([
      hr.request("/api/optimiser/runs", { method: "POST", json: { budgetCents: BUDGET } }),
      hr.request("/api/optimiser/runs", { method: "POST", json: { budgetCents: BUDGET } }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
  }, 90_000);

  it("applies the run to selected people as draft plan versions from the optimiser, keeping their goals", async () => {
    const run = (await call(hr, `/api/optimiser/runs/${runId}`)).body;
    const withPlan = run.allocations.find((a: { personId: string }) => a.personId === people[0]);
    const other = run.allocations.find((a: { personId: string }) => a.personId !== people[0]);
    const selected = [withPlan, other].filter(Boolean) as { personId: string; moduleIds: string[] }[];
    expect(selected.length).toBeGreaterThan(0);
    const applied = await call(hr, `/api/optimiser/runs/${runId}/apply`, "POST", { personIds: selected.map((s) => s.personId) });
    expect(applied).toEqual({ status: 200, body: { applied: selected.length } });
    for (const s of selected) {
      const plan = await findPlanOfPerson(t.ctx.db, orgA, s.personId);
      expect(plan?.status).toBe("draft");
      const [current] = await listPlanVersions(t.ctx.db, orgA, plan?.id as string);
      expect(current).toMatchObject({ source: "optimiser", moduleIds: s.moduleIds });
      if (s.personId === people[0]) expect(current?.goals).toEqual([GOAL]);
      const events = await listPlanEvents(t.ctx.db, orgA, plan?.id as string);
      expect(events.at(-1)).toMatchObject({ action: "apply_optimiser", actorRole: "hr", version: current?.version });
    }
    const unallocated = run.leftOut[0].personId;
    expect((await call(hr, `/api/optimiser/runs/${runId}/apply`, "POST", { personIds: [unallocated] })).body.field).toBe("personIds");
    expect((await call(hr, `/api/optimiser/runs/${runId}`)).body.appliedAt).not.toBeNull();
  });

  it("re-checks the allocation against today's catalogue before applying (409 naming the module)", async () => {
    const run = (await call(hr, `/api/optimiser/runs/${runId}`)).body;
    const moduleId = run.allocations[0].moduleIds[0] as string;
    await setCatalogueModuleArchived(t.ctx.db, orgA, moduleId, true);
    try {
      const response = await call(hr, `/api/optimiser/runs/${runId}/apply`, "POST", {});
      expect(response.status).toBe(409);
      expect(response.body.field).toBe("moduleId");
      expect(response.body.detail).toContain(moduleId);
    } finally {
      await setCatalogueModuleArchived(t.ctx.db, orgA, moduleId, false);
    }
  });

  it("keeps the optimiser to HR: a manager gets 403, another organisation 404", async () => {
    expect((await call(manager, "/api/optimiser/runs", "POST", { budgetCents: BUDGET })).status).toBe(403);
    expect((await call(manager, "/api/optimiser/runs")).status).toBe(403);
    expect((await call(manager, `/api/optimiser/runs/${runId}/apply`, "POST", {})).status).toBe(403);
    expect((await call(hrB, `/api/optimiser/runs/${runId}`)).status).toBe(404);
    expect((await call(hrB, `/api/optimiser/runs/${runId}/apply`, "POST", {})).status).toBe(404);
    expect((await call(hrB, "/api/optimiser/runs")).body.items).toEqual([]);
  });
});
