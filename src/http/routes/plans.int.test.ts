import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, seedDemo } from "../../app/demo/seed-demo";
import { listDepartmentBudgets, setDepartmentBudget, setPersonBudget } from "../../db/catalogue-repo";
import { findOrganisationBySlug, upsertMembership } from "../../db/organisations-repo";
import { listOutbox } from "../../db/outbox-repo";
import { listAllPeople } from "../../db/people-repo";
import { listPlanEvents } from "../../db/plans-repo";
import { callJson, startTestApp, type TTestClient } from "../../test-support/test-app";
import { testDatabaseKind } from "../../test-support/test-database";

let t: Awaited<ReturnType<typeof startTestApp>>;
let orgId: string;
let an: TTestClient;
let hilde: TTestClient;
let sophie: TTestClient;
let pieter: TTestClient;
let executive: TTestClient;
let otherHr: TTestClient;
let anId: string;
let anPlanId = "";
let picked: string[] = [];
let expensive = "";

async function demoUser(email: string) {
  const c = t.client();
  const response = await c.signIn(email, DEMO_PASSWORD);
  if (response.status !== 200) throw new Error(`${email}: ${response.status}`);
  return c;
}

const call = callJson;

const goal = (description = "Set three priorities each Monday and keep to them") => ({ challengeId: "setting-priorities", description, businessMeasure: "On-time delivery" });

beforeAll(async () => {
  t = await startTestApp();
  expect(await seedDemo(t.ctx)).toBe(true);
  orgId = (await findOrganisationBySlug(t.ctx.db, "demo"))?.id as string;
  anId = (await listAllPeople(t.ctx.db, orgId)).find((p) => p.employeeNumber === "E004")?.id as string;
  an = await demoUser("an.peeters@brouwerij-demo.be");
  hilde = await demoUser("hilde.vermeulen@brouwerij-demo.be");
  sophie = await demoUser("sophie.dubois@brouwerij-demo.be");
  pieter = await demoUser("pieter.janssens@brouwerij-demo.be");
  executive = await t.signedIn("board@brouwerij-demo.be", orgId, ["executive"]);
  const other = await t.createOrganisation("other-org");
  otherHr = await t.signedIn("hr@other.test", other.id, ["hr_admin"]);
}, 180_000);
afterAll(() => t.close());

describe(`the à la carte menu and plans (${testDatabaseKind})`, () => {
  it("gives An a ranked menu with reasons in the requested language and her budget", async () => {
    const en = await call(an, "/api/me/plan/menu?lang=en");
    expect(en.status).toBe(200);
    expect(en.body.status).toBe("ok");
    expect(en.body.menu.length).toBeGreaterThanOrEqual(2);
    expect(en.body.menu.map((s: { rank: number }) => s.rank)).toEqual(en.body.menu.map((_: unknown, i: number) => i + 1));
    for (const s of en.body.menu) {
      expect(s.reasonText).toMatch(/^(builds on your talent|tackles) /);
      expect(s.module.title).toBeTruthy();
      expect(s.module.cost.currency).toBe("EUR");
    }
    expect(en.body.budgets.person.budget.cents).toBe(300_000);
    expect(en.body.challenges[0].measured).toBe(true);
    const fr = await call(an, "/api/me/plan/menu?lang=fr");
    expect(fr.body.menu[0].reasonText).toMatch(/^(s'appuie sur votre talent|aborde le défi) /);
    expect(fr.body.menu.map((s: { module: { id: string } }) => s.module.id)).toEqual(en.body.menu.map((s: { module: { id: string } }) => s.module.id));
    const books = await call(an, "/api/me/plan/menu?formats=book&lang=en");
    expect(books.body.menu.every((s: { module: { format: string } }) => s.module.format === "book")).toBe(true);
    expect(books.body.leftOut.format).toBeGreaterThan(0);
    const none = await call(an, "/api/me/plan/menu?maxCostCents=0&formats=workshop");
    expect(none.body.status).toBe("nothing-fits");
    expect(none.body.leftOut.budget).toBeGreaterThan(0);
    // the two cheapest on the menu that fit her budget of 3,000 EUR and the demo's limit of 60 hours together
    const byCost = [...en.body.menu].sort((a: { module: { cost: { cents: number } } }, b: { module: { cost: { cents: number } } }) => a.module.cost.cents - b.module.cost.cents);
    const [first] = byCost;
    const second = byCost.slice(1).find((s: { module: { hours: number } }) => s.module.hours + first.module.hours <= 60);
    picked = [first, second].map((s: { module: { id: string } }) => s.module.id);
    expensive = byCost[byCost.length - 1].module.id;
  });

  it("says no-profile for a manager without a challenge scan, and 404 for an account without a person", async () => {
    const menu = await call(pieter, "/api/me/plan/menu");
    expect(menu.status).toBe(200);
    expect(menu.body.status).toBe("no-profile");
    expect(menu.body.menu).toEqual([]);
    const none = await call(executive, "/api/me/plan/menu");
    expect(none.status).toBe(404);
    expect(none.body.detail).toMatch(/your person record/);
    expect((await call(executive, "/api/me/plan")).status).toBe(404);
  });

  it("validates a plan, saves versions and writes nothing for the same content", async () => {
    expect((await call(an, "/api/me/plan")).body.plan).toBeNull();
    const unknown = await call(an, "/api/me/plan", "PUT", { moduleIds: [picked[0], "no-such-module"], goals: [goal()] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.field).toBe("moduleIds[1]");
    const noGoal = await call(an, "/api/me/plan", "PUT", { moduleIds: picked, goals: [] });
    expect(noGoal.body.field).toBe("goals");
    const blank = await call(an, "/api/me/plan", "PUT", { moduleIds: picked, goals: [{ challengeId: "setting-priorities", description: "  " }] });
    expect(blank.body.field).toBe("goals[0].description");
    expect((await call(an, "/api/me/plan", "PUT", { moduleIds: picked, goals: [goal()], organisationId: orgId })).status).toBe(400);
    const nul = await call(an, "/api/me/plan", "PUT", { moduleIds: picked, goals: [goal("bad \u0000 text")] });
    expect(nul).toMatchObject({ status: 400, body: { field: "goals.0.description" } });

    const first = await call(an, "/api/me/plan?lang=en", "PUT", { moduleIds: picked, goals: [goal()] });
    expect(first.status).toBe(200);
    expect(first.body.plan).toMatchObject({ status: "draft", currentVersion: 1 });
    expect(first.body.plan.current.modules.map((m: { id: string }) => m.id)).toEqual(picked);
    expect(first.body.plan.current.goals[0]).toMatchObject({ challengeId: "setting-priorities", businessMeasure: "On-time delivery" });
    expect(first.body.plan.current.cost.cents).toBeGreaterThan(0);
    expect(first.body.budgets.person.spent.cents).toBe(first.body.plan.current.cost.cents);
    expect(first.body.actions).toMatchObject({ edit: true, submit: true, approve: false });
    anPlanId = first.body.plan.id;
    const same = await call(an, "/api/me/plan", "PUT", { moduleIds: picked, goals: [goal()] });
    expect(same.body.plan.currentVersion).toBe(1);
    const changed = await call(an, "/api/me/plan", "PUT", { moduleIds: picked, goals: [goal("Plan the week with my team every Monday")] });
    expect(changed.body.plan.currentVersion).toBe(2);
    expect(changed.body.plan.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(changed.body.plan.versions[1].goals[0].description).toBe("Set three priorities each Monday and keep to them");
    expect(changed.body.comparison).not.toBeNull();
    expect(changed.body.comparison.derived).toBe(false);
    expect(changed.body.comparison.standard.moduleIds.length).toBe(3);
  });

  it("keeps An's plan from other managers, executives and other organisations", async () => {
    for (const who of [pieter, executive, otherHr]) {
      expect((await call(who, `/api/plans/${anPlanId}`)).status).toBe(404);
      expect((await call(who, `/api/plans/${anPlanId}/comment`, "POST", { comment: "hi" })).status).toBe(404);
    }
    const pieterList = await call(pieter, "/api/plans");
    expect(pieterList.body.scope).toBe("direct_reports");
    expect(pieterList.body.items.map((p: { person: { name: string } }) => p.person.name)).toEqual(["Koen Willems"]);
    expect((await call(executive, "/api/plans")).status).toBe(403);
    expect((await call(otherHr, "/api/plans")).body.items).toEqual([]);
  });

  it("submits, emails the line manager, and lets her approve once", async () => {
    const submitted = await call(an, "/api/me/plan/submit", "POST");
    expect(submitted.status).toBe(200);
    expect(submitted.body.plan.status).toBe("submitted");
    expect((await call(an, "/api/me/plan/submit", "POST")).body).toMatchObject({ code: "CONFLICT", field: "status" });
    const mail = (await listOutbox(t.ctx.db, orgId)).find((m) => m.kind === "plan_submitted");
    expect(mail?.toAddress).toBe("hilde.vermeulen@brouwerij-demo.be");
    expect(mail?.subject).toMatch(/An Peeters/);

    const list = await call(hilde, "/api/plans?status=submitted");
    expect(list.body.items.map((p: { id: string }) => p.id)).toContain(anPlanId);
    const view = await call(hilde, `/api/plans/${anPlanId}`);
    expect(view.body).toMatchObject({ viewer: "line_manager", actions: { approve: true, requestChanges: true, edit: false } });
    expect((await call(an, `/api/plans/${anPlanId}/approve`, "POST", {})).status).toBe(403);
    expect((await call(hilde, `/api/plans/${anPlanId}/request-changes`, "POST", {})).body.field).toBe("comment");
    const approved = await call(hilde, `/api/plans/${anPlanId}/approve`, "POST", { comment: "Good choice" });
    expect(approved.status).toBe(200);
    expect(approved.body.plan.status).toBe("approved");
    expect(approved.body.plan.events.map((e: { action: string; actorRole: string }) => `${e.action}:${e.actorRole}`)).toEqual(["submit:owner", "approve:line_manager"]);
    expect(approved.body.plan.events[1]).toMatchObject({ actorName: "Hilde Vermeulen", comment: "Good choice" });
    expect((await call(hilde, `/api/plans/${anPlanId}/approve`, "POST", {})).body).toMatchObject({ code: "CONFLICT", field: "status" });
  });

  it("lets HR ask for changes, the person comment and resubmit, and only one of two simultaneous approvals win", async () => {
    const back = await call(sophie, `/api/plans/${anPlanId}/request-changes`, "POST", { comment: "Add a peer circle" });
    expect(back.body.plan.status).toBe("changes_requested");
    expect(back.body.viewer).toBe("hr");
    const comment = await call(an, "/api/me/plan/comment", "POST", { comment: "Will do" });
    expect(comment.body.plan.status).toBe("changes_requested");
    expect((await call(an, "/api/me/plan/submit", "POST")).body.plan.status).toBe("submitted");
    const both = await Promise.all([
      hilde.request(`/api/plans/${anPlanId}/approve`, { method: "POST", json: {} }),
      sophie.request(`/api/plans/${anPlanId}/approve`, { method: "POST", json: {} }),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    const events = await listPlanEvents(t.ctx.db, orgId, anPlanId);
    expect(events.filter((e) => e.action === "approve")).toHaveLength(2); // the earlier one and exactly one now
    // editing an approved plan starts a new draft version
    const edited = await call(an, "/api/me/plan", "PUT", { moduleIds: [picked[0]], goals: [goal()] });
    expect(edited.body.plan).toMatchObject({ status: "draft", currentVersion: 3 });
  });

  it("refuses to submit a plan over the person's budget, naming the budget", async () => {
    await setPersonBudget(t.ctx.db, orgId, anId, 100);
    expect((await call(an, "/api/me/plan", "PUT", { moduleIds: [expensive], goals: [goal()] })).status).toBe(200);
    const mine = await call(an, "/api/me/plan");
    expect(mine.body.budgets.person).toMatchObject({ withinBudget: false, left: { cents: 0 } });
    const refused = await call(an, "/api/me/plan/submit", "POST");
    expect(refused.status).toBe(409);
    expect(refused.body.field).toBe("moduleIds");
    expect(refused.body.detail).toMatch(/person's budget/);
    expect((await call(an, "/api/me/plan")).body.plan.status).toBe("draft");
    await setPersonBudget(t.ctx.db, orgId, anId, null);
  });

  it("lets only one of two simultaneous submits take a department budget that fits one plan", async () => {
    const kevinId = (await listAllPeople(t.ctx.db, orgId)).find((p) => p.employeeNumber === "E017")?.id as string;
    const user = await t.createUser("kevin.race@brouwerij-demo.test", [{ organisationId: orgId, roles: ["manager"] }]);
    await upsertMembership(t.ctx.db, { organisationId: orgId, userId: user.id, roles: ["manager"], personId: kevinId });
    const kevin = t.client();
    expect((await kevin.signIn("kevin.race@brouwerij-demo.test")).status).toBe(200);
    // a paid module (720 EUR), well within each person's own budget
    const mine = await call(an, "/api/me/plan", "PUT", { moduleIds: ["feedback-skills-workshop"], goals: [goal()] });
    expect((await call(kevin, "/api/me/plan", "PUT", { moduleIds: ["feedback-skills-workshop"], goals: [goal()] })).status).toBe(200);
    const cost = mine.body.plan.current.cost.cents as number;
    expect(cost).toBe(72_000);
    const before = (await listDepartmentBudgets(t.ctx.db, orgId)).find((b) => b.department === "Verkoop");
    await setDepartmentBudget(t.ctx.db, orgId, "Verkoop", Math.floor(cost * 1.5));
    const results = await Promise.all([call(an, "/api/me/plan/submit", "POST"), call(kevin, "/api/me/plan/submit", "POST")]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(results.find((r) => r.status === 409)?.body.detail).toMatch(/department/);
    await setDepartmentBudget(t.ctx.db, orgId, "Verkoop", before?.budgetCents ?? null);
  });

  it("compares personalised plans with the standard programme: rows for HR, the group only for executives", async () => {
    const hr = await call(sophie, "/api/plans/comparison?lang=en");
    expect(hr.status).toBe(200);
    expect(hr.body.status).toBe("ok");
    expect(hr.body.standard.modules).toHaveLength(3);
    expect(hr.body.people.length).toBe(hr.body.group.people);
    expect(hr.body.group.people).toBeGreaterThan(5);
    expect(hr.body.group.personalisedImpact).toBeGreaterThan(hr.body.group.standardImpact);
    const exec = await call(executive, "/api/plans/comparison");
    expect(exec.body.people).toBeNull();
    // the executive's group is the one as of its last step of 5 completions (decision 0015): never more people than HR's
    expect(exec.body.step).toBe(5);
    expect(exec.body.group.people).toBeGreaterThan(5);
    expect(exec.body.group.people).toBeLessThanOrEqual(hr.body.group.people);
    const small = await call(executive, `/api/plans/comparison?department=${encodeURIComponent("HR")}`);
    expect(small.body).toMatchObject({ status: "too-few-people", group: null, people: null });
    expect((await call(an, "/api/plans/comparison")).status).toBe(403);
    expect((await call(otherHr, "/api/plans/comparison")).body.status).toBe("no-standard-programme");
  });
});
