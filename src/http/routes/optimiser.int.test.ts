import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildOptimiserInput } from "../../app/plans/optimiser-run";
import { addStarterCatalogue, loadCatalogue } from "../../app/plans/planning-data";
import { addPerson, completeAssessment, linkUserToPerson, scanAnswers } from "../../app/reports/reports.test-helpers";
import { and, eq } from "drizzle-orm";
import { savePlanSettings, setCatalogueModuleArchived, setPersonBudget } from "../../db/catalogue-repo";
import { listOutbox } from "../../db/outbox-repo";
import { listPendingProposals } from "../../db/plan-proposals-repo";
import { listPlanEvents, listPlanVersions, findPlanOfPerson, writePlanVersion } from "../../db/plans-repo";
import { people as peopleTable } from "../../db/schema/index";
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
let proposalOwners = { submitted: "", approved: "" };
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

  it("never rewrites a submitted or approved plan (issue 13): HR confirms the impact, owners of handed-on plans get a proposal, everyone changed is emailed", async () => {
    const run = (await call(hr, `/api/optimiser/runs/${runId}`)).body as { allocations: { personId: string; moduleIds: string[] }[] };
    const [submitted, approved, draft] = run.allocations.map((a) => a.personId).filter((p) => p !== people[1]);
    expect(draft).toBeDefined();
    const s = submitted as string;
    const a = approved as string;
    const d = draft as string;
    // the reproduction: a submitted and an approved plan, plus a draft and people without a plan
    await writePlanVersion(t.ctx.db, orgA, a, "approved", { moduleIds: [], goals: [GOAL], costCents: 0, hours: 0, source: "person", userId: null });
    await writePlanVersion(t.ctx.db, orgA, d, "draft", { moduleIds: [], goals: [GOAL], costCents: 0, hours: 0, source: "person", userId: null });
    if (s !== people[0]) await writePlanVersion(t.ctx.db, orgA, s, "submitted", { moduleIds: [], goals: [GOAL], costCents: 0, hours: 0, source: "person", userId: null });
    await t.ctx.db.update(peopleTable).set({ language: "fr", managerId: people[1] as string }).where(and(eq(peopleTable.organisationId, orgA), eq(peopleTable.id, s)));
    const before = new Map<string, { status?: string; currentVersion?: number }>();
    for (const p of [s, a]) before.set(p, { ...(await findPlanOfPerson(t.ctx.db, orgA, p)) });

    // POST .../apply {} (as in the issue) is refused until HR confirmed who is affected
    const blind = await call(hr, `/api/optimiser/runs/${runId}/apply`, "POST", {});
    expect(blind.status).toBe(400);
    expect(blind.body.field).toBe("confirm");

    const impact = await call(hr, `/api/optimiser/runs/${runId}/impact?lang=en`);
    expect(impact.status).toBe(200);
    const kindOf = (p: string) => impact.body.items.find((i: { personId: string }) => i.personId === p);
    expect(kindOf(s)).toMatchObject({ kind: "proposal", planStatus: "submitted", oldModules: [] });
    expect(kindOf(a)).toMatchObject({ kind: "proposal", planStatus: "approved" });
    expect(kindOf(d)).toMatchObject({ kind: "direct", planStatus: "draft" });
    expect(kindOf(s).newModules.map((m: { id: string }) => m.id)).toEqual(run.allocations.find((x) => x.personId === s)?.moduleIds);
    expect(impact.body.items).toHaveLength(run.allocations.length);
    expect(impact.body.counts.proposal).toBe(impact.body.items.filter((i: { kind: string }) => i.kind === "proposal").length);

    const wrong = await call(hr, `/api/optimiser/runs/${runId}/apply`, "POST", { confirm: "f".repeat(64) });
    expect(wrong.status).toBe(409);
    expect(wrong.body.field).toBe("confirm");
    expect(await listPendingProposals(t.ctx.db, orgA)).toEqual([]);

    const outboxBefore = (await listOutbox(t.ctx.db, orgA)).length;
    const applied = await call(hr, `/api/optimiser/runs/${runId}/apply`, "POST", { confirm: impact.body.confirm });
    expect(applied.status).toBe(200);
    expect(applied.body).toMatchObject({ proposed: impact.body.counts.proposal, direct: impact.body.counts.direct, unchanged: impact.body.counts.unchanged });
    expect(applied.body.applied).toBe(applied.body.proposed + applied.body.direct);

    // submitted and approved plans: exactly as they were, with a pending proposal and an event
    for (const p of [s, a]) {
      const plan = await findPlanOfPerson(t.ctx.db, orgA, p);
      expect({ status: plan?.status, currentVersion: plan?.currentVersion }).toEqual({ status: before.get(p)?.status, currentVersion: before.get(p)?.currentVersion });
      const [current] = await listPlanVersions(t.ctx.db, orgA, plan?.id as string);
      expect(current?.source).not.toBe("optimiser");
      expect((await listPlanEvents(t.ctx.db, orgA, plan?.id as string)).at(-1)).toMatchObject({ action: "propose_optimiser", actorRole: "hr" });
    }
    const pending = await listPendingProposals(t.ctx.db, orgA);
    expect(pending.map((p) => p.personId).sort()).toEqual([s, a].sort());
    expect(pending.find((p) => p.personId === s)?.moduleIds).toEqual(run.allocations.find((x) => x.personId === s)?.moduleIds);

    // a draft (and no plan) take the modules directly, goals kept
    const draftPlan = await findPlanOfPerson(t.ctx.db, orgA, d);
    expect(draftPlan?.status).toBe("draft");
    const [written] = await listPlanVersions(t.ctx.db, orgA, draftPlan?.id as string);
    expect(written).toMatchObject({ source: "optimiser", moduleIds: run.allocations.find((x) => x.personId === d)?.moduleIds, goals: [GOAL] });
    expect((await listPlanEvents(t.ctx.db, orgA, draftPlan?.id as string)).at(-1)).toMatchObject({ action: "apply_optimiser", actorRole: "hr", version: written?.version });

    // every owner whose plan changed or got a proposal is emailed, in their language
    const outbox = await listOutbox(t.ctx.db, orgA);
    const mails = outbox.slice(0, outbox.length - outboxBefore);
    expect(mails).toHaveLength(applied.body.applied);
    const emailOf = async (p: string) => (await t.ctx.db.select({ email: peopleTable.email }).from(peopleTable).where(eq(peopleTable.id, p)))[0]?.email;
    const byAddress = new Map(mails.map((m) => [m.toAddress, m]));
    expect(byAddress.get((await emailOf(s)) as string)).toMatchObject({ kind: "plan_proposal", subject: "Une proposition pour votre plan de développement" });
    expect(byAddress.get((await emailOf(a)) as string)).toMatchObject({ kind: "plan_proposal", subject: "Een voorstel voor uw ontwikkelplan" });
    expect(byAddress.get((await emailOf(d)) as string)).toMatchObject({ kind: "plan_changed_by_optimiser", subject: "Uw ontwikkelplan werd aangepast" });
    expect(byAddress.get((await emailOf(s)) as string)?.textBody).toContain("/me/plan");
    expect((await call(hr, `/api/optimiser/runs/${runId}`)).body.appliedAt).not.toBeNull();
    proposalOwners = { submitted: s, approved: a };

    // applied again with a fresh confirmation: nothing new to do (the proposals stand, the drafts hold the modules)
    const again = await call(hr, `/api/optimiser/runs/${runId}/impact`);
    expect(again.body.counts).toEqual({ direct: 0, proposal: 0, unchanged: run.allocations.length });
    const second = await call(hr, `/api/optimiser/runs/${runId}/apply`, "POST", { confirm: again.body.confirm });
    expect(second.body).toEqual({ applied: 0, direct: 0, proposed: 0, unchanged: run.allocations.length });
    const unallocated = (await call(hr, `/api/optimiser/runs/${runId}`)).body.leftOut[0].personId;
    expect((await call(hr, `/api/optimiser/runs/${runId}/apply`, "POST", { personIds: [unallocated], confirm: again.body.confirm })).body.field).toBe("personIds");
  });

  it("refuses a confirmation made before a plan moved on (409 naming confirm) and writes nothing", async () => {
    const other = await call(hr, "/api/optimiser/runs", "POST", { budgetCents: BUDGET - 1_000 });
    const impact = await call(hr, `/api/optimiser/runs/${other.body.id}/impact`);
    // whatever the preview said for this person (a change or nothing), their plan moves on before HR applies
    const target = impact.body.items[0] as { personId: string };
    await writePlanVersion(t.ctx.db, orgA, target.personId, "submitted", { moduleIds: ["moved-on"], goals: [GOAL], costCents: 0, hours: 0, source: "person", userId: null });
    const pendingBefore = await listPendingProposals(t.ctx.db, orgA);
    const outboxBefore = (await listOutbox(t.ctx.db, orgA)).length;
    const stale = await call(hr, `/api/optimiser/runs/${other.body.id}/apply`, "POST", { confirm: impact.body.confirm });
    expect(stale.status).toBe(409);
    expect(stale.body.field).toBe("confirm");
    expect(await listPendingProposals(t.ctx.db, orgA)).toEqual(pendingBefore);
    expect((await listOutbox(t.ctx.db, orgA)).length).toBe(outboxBefore);
    expect((await call(hr, `/api/optimiser/runs/${other.body.id}`)).body.appliedAt).toBeNull();
  }, 90_000);

  it("lets the owner decline (plan unchanged) or accept (a new version submitted for approval); the line manager reads it", async () => {
    const s = proposalOwners.submitted;
    const a = proposalOwners.approved;
    const ownerS = await t.signedIn("owner-s@a.test", orgA, ["manager"]);
    await linkUserToPerson(t.ctx.db, orgA, await userId(ownerS), s);
    const ownerA = await t.signedIn("owner-a@a.test", orgA, ["manager"]);
    await linkUserToPerson(t.ctx.db, orgA, await userId(ownerA), a);
    const mine = await call(ownerS, "/api/me/plan/proposals?lang=en");
    expect(mine.status).toBe(200);
    const proposal = mine.body.items[0];
    expect(proposal).toMatchObject({ status: "pending", runId });
    expect(proposal.modules.length).toBeGreaterThan(0);
    const planS = (await findPlanOfPerson(t.ctx.db, orgA, s))?.id as string;
    const planA = (await findPlanOfPerson(t.ctx.db, orgA, a))?.id as string;

    // the line manager (people[1]) and HR read it; another manager and another organisation do not
    expect((await call(manager, `/api/plans/${planS}/proposals`)).body.items[0]).toMatchObject({ id: proposal.id, status: "pending" });
    expect((await call(hr, `/api/plans/${planS}/proposals`)).status).toBe(200);
    expect((await call(ownerA, `/api/plans/${planS}/proposals`)).status).toBe(404);
    expect((await call(hrB, `/api/plans/${planS}/proposals`)).status).toBe(404);
    // only the owner decides: the line manager, HR, another owner and another organisation get 404
    for (const who of [manager, hr, ownerA, hrB]) expect((await call(who, `/api/me/plan/proposals/${proposal.id}/accept`, "POST")).status).toBe(404);

    // declining keeps the approved plan exactly as it is
    const theirs = (await call(ownerA, "/api/me/plan/proposals")).body.items[0];
    const versionBefore = (await findPlanOfPerson(t.ctx.db, orgA, a))?.currentVersion;
    const declined = await call(ownerA, `/api/me/plan/proposals/${theirs.id}/decline`, "POST");
    expect(declined.status).toBe(200);
    expect(declined.body.items[0]).toMatchObject({ status: "declined" });
    expect(await findPlanOfPerson(t.ctx.db, orgA, a)).toMatchObject({ status: "approved", currentVersion: versionBefore });
    expect((await listPlanEvents(t.ctx.db, orgA, planA)).at(-1)).toMatchObject({ action: "decline_proposal", actorRole: "owner" });
    expect((await call(ownerA, `/api/me/plan/proposals/${theirs.id}/accept`, "POST")).body).toMatchObject({ status: 409, field: "status" });

    // accepting goes through the plan's submit: over the person's budget it is refused and nothing changes
    const versionS = (await findPlanOfPerson(t.ctx.db, orgA, s))?.currentVersion;
    await setPersonBudget(t.ctx.db, orgA, s, 1);
    const over = await call(ownerS, `/api/me/plan/proposals/${proposal.id}/accept`, "POST");
    await setPersonBudget(t.ctx.db, orgA, s, null);
    expect(proposal.cost.cents).toBeGreaterThan(1);
    expect(over.status).toBe(409);
    expect(over.body.field).toBe("moduleIds");
    expect(await findPlanOfPerson(t.ctx.db, orgA, s)).toMatchObject({ status: "submitted", currentVersion: versionS });
    expect((await listPendingProposals(t.ctx.db, orgA, [s])).map((p) => p.id)).toEqual([proposal.id]);
    const accepted = await call(ownerS, `/api/me/plan/proposals/${proposal.id}/accept`, "POST");
    expect(accepted.status).toBe(200);
    expect(accepted.body.items[0]).toMatchObject({ id: proposal.id, status: "accepted" });
    const after = await findPlanOfPerson(t.ctx.db, orgA, s);
    expect(after?.status).toBe("submitted");
    expect(after?.currentVersion).toBe((versionS as number) + 1);
    const [current] = await listPlanVersions(t.ctx.db, orgA, planS);
    expect(current).toMatchObject({ moduleIds: proposal.modules.map((m: { id: string }) => m.id), goals: [GOAL] });
    const actions = (await listPlanEvents(t.ctx.db, orgA, planS)).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["submit", "accept_proposal"]));
    expect((await call(ownerS, `/api/me/plan/proposals/${proposal.id}/accept`, "POST")).status).toBe(409);
  });

  it("re-checks the allocation against today's catalogue before applying (409 naming the module)", async () => {
    const run = (await call(hr, `/api/optimiser/runs/${runId}`)).body;
    const moduleId = run.allocations[0].moduleIds[0] as string;
    await setCatalogueModuleArchived(t.ctx.db, orgA, moduleId, true);
    try {
      const response = await call(hr, `/api/optimiser/runs/${runId}/apply`, "POST", { confirm: "0".repeat(64) });
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
    expect((await call(manager, `/api/optimiser/runs/${runId}/apply`, "POST", { confirm: "x" })).status).toBe(403);
    expect((await call(manager, `/api/optimiser/runs/${runId}/impact`)).status).toBe(403);
    expect((await call(hrB, `/api/optimiser/runs/${runId}`)).status).toBe(404);
    expect((await call(hrB, `/api/optimiser/runs/${runId}/apply`, "POST", { confirm: "x" })).status).toBe(404);
    expect((await call(hrB, `/api/optimiser/runs/${runId}/impact`)).status).toBe(404);
    expect((await call(hrB, "/api/optimiser/runs")).body.items).toEqual([]);
  });
});
