import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addStarterCatalogue } from "../../app/plans/planning-data";
import { findPlanSettings } from "../../db/catalogue-repo";
import { startTestApp, type TTestClient } from "../../test-support/test-app";
import { testDatabaseKind } from "../../test-support/test-database";

let t: Awaited<ReturnType<typeof startTestApp>>;
let orgId: string;
let hr: TTestClient;
let manager: TTestClient;
let executive: TTestClient;
let hrOther: TTestClient;
let annId: string;
let otherPersonId: string;

async function call(client: TTestClient, path: string, method = "GET", json?: unknown) {
  const response = await client.request(path, { method, json });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const person = (n: string, department: string) => ({ employeeNumber: n, firstName: `First${n}`, lastName: `Last${n}`, email: `${n.toLowerCase()}@plan.test`, department });

beforeAll(async () => {
  t = await startTestApp();
  orgId = (await t.createOrganisation("plan")).id;
  const other = (await t.createOrganisation("plan-other")).id;
  await addStarterCatalogue(t.ctx, orgId);
  hr = await t.signedIn("hr@plan.test", orgId, ["hr_admin"]);
  manager = await t.signedIn("manager@plan.test", orgId, ["manager"]);
  executive = await t.signedIn("exec@plan.test", orgId, ["executive"]);
  hrOther = await t.signedIn("hr@other.test", other, ["hr_admin"]);
  annId = (await call(hr, "/api/people", "POST", person("P1", "Sales"))).body.id as string;
  await call(hr, "/api/people", "POST", person("P2", "Brewing"));
  otherPersonId = (await call(hrOther, "/api/people", "POST", person("Q1", "Sales"))).body.id as string;
});
afterAll(() => t.close());

describe(`planning settings (${testDatabaseKind})`, () => {
  it("starts with defaults and the directory's departments", async () => {
    const settings = await call(hr, "/api/planning/settings");
    expect(settings).toMatchObject({
      status: 200,
      body: { currency: "EUR", defaultPersonBudgetCents: null, maxHoursPerPerson: null, standardModuleIds: [], departmentBudgets: [], personBudgets: [], departments: ["Brewing", "Sales"] },
    });
  });

  it("saves the default budget, the hour limit and the standard programme; fields left out stay", async () => {
    const saved = await call(hr, "/api/planning/settings", "PUT", {
      defaultPersonBudgetCents: 150_000,
      maxHoursPerPerson: 40,
      standardModuleIds: ["first-90-days-mentoring", "colleague-to-boss-workshop"],
    });
    expect(saved).toMatchObject({ status: 200, body: { defaultPersonBudgetCents: 150_000, maxHoursPerPerson: 40, standardModuleIds: ["first-90-days-mentoring", "colleague-to-boss-workshop"] } });
    const partly = await call(hr, "/api/planning/settings", "PUT", { maxHoursPerPerson: null });
    expect(partly.body).toMatchObject({ defaultPersonBudgetCents: 150_000, maxHoursPerPerson: null });
    expect(await findPlanSettings(t.ctx.db, orgId)).toMatchObject({ defaultPersonBudgetCents: 150_000, maxHoursPerPerson: null });
    // a module archived after it joined the programme may stay in it
    expect((await call(hr, "/api/catalogue/colleague-to-boss-workshop/archive", "POST")).status).toBe(200);
    const kept = await call(hr, "/api/planning/settings", "PUT", { standardModuleIds: ["first-90-days-mentoring", "colleague-to-boss-workshop"] });
    expect(kept).toMatchObject({ status: 200, body: { standardModuleIds: ["first-90-days-mentoring", "colleague-to-boss-workshop"] } });
    await call(hr, "/api/catalogue/colleague-to-boss-workshop/restore", "POST");
  });

  it.each([
    [{ defaultPersonBudgetCents: -5 }, "defaultPersonBudgetCents"],
    [{ defaultPersonBudgetCents: 10.5 }, "defaultPersonBudgetCents"],
    [{ maxHoursPerPerson: 0 }, "maxHoursPerPerson"],
    [{ maxHoursPerPerson: 5e-324 }, "maxHoursPerPerson"],
    [{ currency: "euro" }, "currency"],
    [{ standardModuleIds: ["first-90-days-mentoring", "no-such-module"] }, "standardModuleIds[1]"],
    [{ standardModuleIds: ["first-90-days-mentoring", "first-90-days-mentoring"] }, "standardModuleIds"],
  ])("refuses %j, naming the field", async (body, field) => {
    expect(await call(hr, "/api/planning/settings", "PUT", body)).toMatchObject({ status: 400, body: { field } });
  });

  it("refuses another currency while the catalogue is priced in euro, and allows it for an empty catalogue", async () => {
    expect(await call(hr, "/api/planning/settings", "PUT", { currency: "USD" })).toMatchObject({ status: 409, body: { field: "currency" } });
    expect((await call(hr, "/api/planning/settings")).body.currency).toBe("EUR");
    expect((await call(hrOther, "/api/planning/settings", "PUT", { currency: "USD" })).body).toMatchObject({ currency: "USD" });
    expect(await call(hrOther, "/api/catalogue/starter", "POST")).toMatchObject({ status: 409, body: { field: "currency" } });
  });

  it("sets and removes department and person budgets", async () => {
    const department = await call(hr, `/api/planning/budgets/departments/${encodeURIComponent("Sales & Marketing")}`, "PUT", { budgetCents: 2_000_000 });
    expect(department.body.departmentBudgets).toEqual([{ department: "Sales & Marketing", budgetCents: 2_000_000 }]);
    const personal = await call(hr, `/api/planning/budgets/people/${annId}`, "PUT", { budgetCents: 99_900 });
    expect(personal.body.personBudgets).toEqual([{ personId: annId, name: "FirstP1 LastP1", budgetCents: 99_900 }]);
    expect(await call(hr, `/api/planning/budgets/people/${annId}`, "PUT", { budgetCents: -1 })).toMatchObject({ status: 400, body: { field: "budgetCents" } });
    expect(await call(hr, `/api/planning/budgets/people/${annId}`, "PUT", { budgetCents: 0.5 })).toMatchObject({ status: 400, body: { field: "budgetCents" } });
    const removed = await call(hr, `/api/planning/budgets/people/${annId}`, "PUT", { budgetCents: null });
    expect(removed.body.personBudgets).toEqual([]);
    const gone = await call(hr, `/api/planning/budgets/departments/${encodeURIComponent("Sales & Marketing")}`, "PUT", { budgetCents: null });
    expect(gone.body.departmentBudgets).toEqual([]);
  });

  it("answers another organisation's person as not found, and keeps settings from managers and executives", async () => {
    expect((await call(hr, `/api/planning/budgets/people/${otherPersonId}`, "PUT", { budgetCents: 100 })).status).toBe(404);
    expect((await call(hrOther, `/api/planning/budgets/people/${annId}`, "PUT", { budgetCents: 100 })).status).toBe(404);
    for (const client of [manager, executive]) {
      expect((await call(client, "/api/planning/settings")).status).toBe(403);
      expect((await call(client, "/api/planning/settings", "PUT", { maxHoursPerPerson: 5 })).status).toBe(403);
      expect((await call(client, "/api/planning/budgets/departments/Sales", "PUT", { budgetCents: 5 })).status).toBe(403);
      expect((await call(client, `/api/planning/budgets/people/${annId}`, "PUT", { budgetCents: 5 })).status).toBe(403);
    }
    expect((await call(hrOther, "/api/planning/settings")).body.standardModuleIds).toEqual([]);
  });
});
