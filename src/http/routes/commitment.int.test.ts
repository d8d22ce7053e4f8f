// Issue 13, "workflow integrity": money and hours are committed in one place. The side door (an enrolment outside
// the approved plan), the hour limit nobody enforced, and refusals that carry machine-readable facts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, seedDemo } from "../../app/demo/seed-demo";
import { setDepartmentBudget, setPersonBudget } from "../../db/catalogue-repo";
import { listEnrolments } from "../../db/mentoring-progress-repo";
import { findOrganisationBySlug } from "../../db/organisations-repo";
import { listAllPeople } from "../../db/people-repo";
import { findPlanOfPerson, listPlanEvents } from "../../db/plans-repo";
import { callJson, startTestApp, type TTestClient } from "../../test-support/test-app";
import { testDatabaseKind } from "../../test-support/test-database";

let t: Awaited<ReturnType<typeof startTestApp>>;
let orgId: string;
let an: TTestClient;
let hilde: TTestClient;
let sophie: TTestClient;
let otherHr: TTestClient;
let anId: string;

async function demoUser(email: string) {
  const c = t.client();
  const response = await c.signIn(email, DEMO_PASSWORD);
  if (response.status !== 200) throw new Error(`${email}: ${response.status}`);
  return c;
}

const call = callJson;

const goal = { challengeId: "setting-priorities", description: "Set three priorities each Monday and keep to them", businessMeasure: null };
/** 16 + 16 + 24 + 3 + 4 = 63 hours for 238 EUR: within An's budget, over the demo's limit of 60 hours. */
const SIXTY_THREE_HOURS = ["shadow-a-director", "stakeholder-conversations", "step-back-assignment", "writing-for-managers-elearning", "delegation-elearning"];
/** 4 + 5 + 8 hours, 149 + 119 + 42 EUR. */
const SMALL_PLAN = ["delegation-elearning", "time-and-focus-elearning", "leadership-reading-package"];

async function enrolmentsOfAn() {
  return (await listEnrolments(t.ctx.db, orgId, [anId])).map((e) => e.moduleId).sort();
}

async function approveAnsPlan(moduleIds: string[]) {
  const saved = await call(an, "/api/me/plan", "PUT", { moduleIds, goals: [goal] });
  expect(saved.status).toBe(200);
  if (saved.body.plan.status !== "submitted") expect((await call(an, "/api/me/plan/submit", "POST")).status).toBe(200);
  const planId = (await findPlanOfPerson(t.ctx.db, orgId, anId))?.id as string;
  expect((await call(hilde, `/api/plans/${planId}/approve`, "POST", {})).status).toBe(200);
  return planId;
}

beforeAll(async () => {
  t = await startTestApp();
  expect(await seedDemo(t.ctx)).toBe(true);
  orgId = (await findOrganisationBySlug(t.ctx.db, "demo"))?.id as string;
  anId = (await listAllPeople(t.ctx.db, orgId)).find((p) => p.employeeNumber === "E004")?.id as string;
  an = await demoUser("an.peeters@brouwerij-demo.be");
  hilde = await demoUser("hilde.vermeulen@brouwerij-demo.be");
  sophie = await demoUser("sophie.dubois@brouwerij-demo.be");
  const other = await t.createOrganisation("other-org");
  otherHr = await t.signedIn("hr@other.test", other.id, ["hr_admin"]);
}, 180_000);
afterAll(() => t.close());

describe(`committing money and hours (${testDatabaseKind})`, () => {
  it("shows the hour limit and the budgets a plan is judged against", async () => {
    const view = await call(an, "/api/me/plan");
    expect(view.status).toBe(200);
    expect(view.body.limits).toMatchObject({ currency: "EUR", person: { budgetCents: 300_000, committedCents: 0 }, limitHours: 60 });
    expect(view.body.limits.department.budgetCents).toBeGreaterThan(0);
  });

  it("refuses to submit a 63-hour plan against a limit of 60, with the facts, and leaves it a draft", async () => {
    const saved = await call(an, "/api/me/plan", "PUT", { moduleIds: SIXTY_THREE_HOURS, goals: [goal] });
    expect(saved.status).toBe(200);
    expect(saved.body.plan.current.hours).toBe(63);
    const refused = await call(an, "/api/me/plan/submit", "POST");
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: "CONFLICT", field: "moduleIds" });
    expect(refused.body.refusals).toEqual([
      { code: "over_hour_limit", currency: "EUR", budgetCents: null, spentCents: 23_800, overByCents: 0, hours: 63, limitHours: 60, overByHours: 3, department: null, moduleId: null },
    ]);
    expect((await call(an, "/api/me/plan")).body.plan.status).toBe("draft");
  });

  it("refuses a plan over the person's budget with machine-readable facts (budget, spent, over by), not only English", async () => {
    // 11,920 EUR of modules against her 3,000 EUR: the "over by 8920.00 EUR"
    const expensive = ["successor-mentoring-track", "first-90-days-mentoring", "business-mentoring", "feedback-360-debrief", "frontline-shadowing"];
    await setPersonBudget(t.ctx.db, orgId, anId, 300_000);
    const saved = await call(an, "/api/me/plan", "PUT", { moduleIds: expensive, goals: [goal] });
    expect(saved.body.plan.current).toMatchObject({ cost: { cents: 1_070_000 } });
    const refused = await call(an, "/api/me/plan/submit", "POST");
    expect(refused.status).toBe(409);
    const person = refused.body.refusals.find((r: { code: string }) => r.code === "over_person_budget");
    expect(person).toMatchObject({ currency: "EUR", budgetCents: 300_000, spentCents: 1_070_000, overByCents: 770_000 });
    expect(refused.body.detail).toMatch(/person's budget \(3000\.00 EUR\) by 7700\.00 EUR/);
    await setPersonBudget(t.ctx.db, orgId, anId, null);
  });

  it("refuses approval too when the department's budget was spent by others meanwhile", async () => {
    expect((await call(an, "/api/me/plan", "PUT", { moduleIds: SMALL_PLAN, goals: [goal] })).status).toBe(200);
    expect((await call(an, "/api/me/plan/submit", "POST")).status).toBe(200);
    const view = await call(hilde, `/api/plans/${(await findPlanOfPerson(t.ctx.db, orgId, anId))?.id}`);
    const { department } = view.body.limits;
    await setDepartmentBudget(t.ctx.db, orgId, department.name, department.committedCents);
    const refused = await call(hilde, `/api/plans/${view.body.plan.id}/approve`, "POST", {});
    expect(refused.status).toBe(409);
    expect(refused.body.refusals).toEqual([expect.objectContaining({ code: "over_department_budget", department: department.name, budgetCents: department.committedCents, overByCents: 31_000 })]);
    await setDepartmentBudget(t.ctx.db, orgId, department.name, department.budgetCents);
  });

  it("closes the side door: An cannot enrol herself in a 4,200 EUR track outside her approved plan", async () => {
    const planId = await approveAnsPlan(SMALL_PLAN);
    const refused = await call(an, "/api/mentoring/enrolments", "POST", { personId: anId, moduleId: "successor-mentoring-track" });
    expect(refused.status).toBe(409);
    expect(refused.body.field).toBe("moduleId");
    expect(refused.body.refusals.map((r: { code: string }) => r.code)).toEqual(["not_in_approved_plan", "over_person_budget"]);
    expect(refused.body.refusals[0]).toMatchObject({ moduleId: "successor-mentoring-track" });
    expect(refused.body.refusals[1]).toMatchObject({ budgetCents: 300_000, spentCents: 31_000 + 420_000, overByCents: 151_000 });
    // nor with an override of her own making
    const selfApproved = await call(an, "/api/mentoring/enrolments", "POST", { personId: anId, moduleId: "successor-mentoring-track", override: { reason: "I want it" } });
    expect(selfApproved.status).toBe(403);
    // a free module outside the plan is refused too: it is the plan, not the price
    const free = await call(an, "/api/mentoring/enrolments", "POST", { personId: anId, moduleId: "frontline-shadowing" });
    expect(free.status).toBe(409);
    expect(free.body.refusals.map((r: { code: string }) => r.code)).toEqual(["not_in_approved_plan"]);
    expect(await enrolmentsOfAn()).toEqual([]);
    expect((await findPlanOfPerson(t.ctx.db, orgId, anId))?.currentVersion).toBe((await call(an, "/api/me/plan")).body.plan.currentVersion);
    expect((await listPlanEvents(t.ctx.db, orgId, planId)).some((e) => e.action === "hr_override")).toBe(false);
  });

  it("lets An enrol in a module of her approved plan", async () => {
    const enrolled = await call(an, "/api/mentoring/enrolments", "POST", { personId: anId, moduleId: SMALL_PLAN[0] });
    expect(enrolled.status).toBe(201);
    expect(enrolled.body).toMatchObject({ moduleId: SMALL_PLAN[0], status: "planned" });
    expect((await call(an, "/api/mentoring/enrolments", "POST", { personId: anId, moduleId: SMALL_PLAN[0] })).status).toBe(409);
  });

  it("lets HR approve a module outside the plan with a reason, within budget: it joins the plan, the reason in its history", async () => {
    const noReason = await call(sophie, "/api/mentoring/enrolments", "POST", { personId: anId, moduleId: "confidence-lab", override: { reason: "  " } });
    expect(noReason).toMatchObject({ status: 400, body: { field: "override.reason" } });
    const overBudget = await call(sophie, "/api/mentoring/enrolments", "POST", { personId: anId, moduleId: "successor-mentoring-track", override: { reason: "Succession" } });
    expect(overBudget.status).toBe(409);
    expect(overBudget.body.refusals.map((r: { code: string }) => r.code)).toEqual(["over_person_budget"]);
    const before = (await call(an, "/api/me/plan?lang=en")).body.plan;
    const approved = await call(sophie, "/api/mentoring/enrolments", "POST", { personId: anId, moduleId: "confidence-lab", override: { reason: "Agreed with her manager for the new role" } });
    expect(approved.status).toBe(201);
    const after = (await call(an, "/api/me/plan?lang=en")).body;
    expect(after.plan).toMatchObject({ status: "approved", currentVersion: before.currentVersion + 1 });
    expect(after.plan.current).toMatchObject({ moduleIds: [...SMALL_PLAN, "confidence-lab"], source: "hr", cost: { cents: 31_000 + 129_000 }, hours: 17 + 14 });
    expect(after.plan.current.goals).toEqual(before.current.goals);
    expect(after.plan.events.at(-1)).toMatchObject({ action: "hr_override", actorRole: "hr", comment: "Agreed with her manager for the new role" });
    expect(after.budgets.person).toMatchObject({ spent: { cents: 160_000 }, withinBudget: true });
    expect(await enrolmentsOfAn()).toEqual(["confidence-lab", SMALL_PLAN[0]].sort());
    // the module is now in her approved plan: the override is not needed again (and it is already taken)
    expect((await call(an, "/api/mentoring/enrolments", "POST", { personId: anId, moduleId: "confidence-lab" })).status).toBe(409);
  });

  it("lets the optimiser write or propose only plans within each person's budget: 409 naming the person, nothing written", async () => {
    const run = await call(sophie, "/api/optimiser/runs?lang=en", "POST", { budgetCents: 2_000_000 });
    expect(run.status).toBe(200);
    const paid = run.body.allocations.find((a: { costCents: number; personId: string }) => a.costCents > 0 && a.personId !== anId);
    expect(paid).toBeDefined();
    await setPersonBudget(t.ctx.db, orgId, paid.personId, paid.costCents - 1);
    const impact = await call(sophie, `/api/optimiser/runs/${run.body.id}/impact?lang=en`);
    expect(impact.status).toBe(200);
    const before = await findPlanOfPerson(t.ctx.db, orgId, paid.personId);
    const refused = await call(sophie, `/api/optimiser/runs/${run.body.id}/apply`, "POST", { confirm: impact.body.confirm });
    expect(refused.status).toBe(409);
    expect(refused.body.field).toBe("personIds");
    expect(refused.body.detail).toContain(paid.personId);
    expect(refused.body.refusals).toEqual([expect.objectContaining({ code: "over_person_budget", budgetCents: paid.costCents - 1, overByCents: 1 })]);
    const after = await findPlanOfPerson(t.ctx.db, orgId, paid.personId);
    expect(after?.currentVersion).toBe(before?.currentVersion);
    // without that person (and anyone the run gives more than the demo's 3,000 EUR per person) the run applies
    const others = run.body.allocations
      .filter((a: { personId: string; costCents: number }) => a.personId !== paid.personId && a.personId !== anId && a.costCents <= 300_000)
      .map((a: { personId: string }) => a.personId);
    const applied = await call(sophie, `/api/optimiser/runs/${run.body.id}/apply`, "POST", { confirm: impact.body.confirm, personIds: others });
    expect(applied.status).toBe(200);
    await setPersonBudget(t.ctx.db, orgId, paid.personId, null);
  }, 120_000);

  it("keeps the hour limit for HR's override too, and another organisation's HR finds no person", async () => {
    const overHours = await call(sophie, "/api/mentoring/enrolments", "POST", { personId: anId, moduleId: "change-project-assignment", override: { reason: "Change project" } });
    expect(overHours.status).toBe(409);
    expect(overHours.body.refusals).toEqual([expect.objectContaining({ code: "over_hour_limit", hours: 71, limitHours: 60, overByHours: 11 })]);
    expect((await call(otherHr, "/api/mentoring/enrolments", "POST", { personId: anId, moduleId: "confidence-lab", override: { reason: "x" } })).status).toBe(404);
    expect(await enrolmentsOfAn()).toEqual(["confidence-lab", SMALL_PLAN[0]].sort());
  });
});
