import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAllPeople } from "../../db/people-repo";
import { startTestApp, type TTestClient } from "../../test-support/test-app";
import { testDatabaseKind } from "../../test-support/test-database";

let t: Awaited<ReturnType<typeof startTestApp>>;
let orgId: string;
let hr: TTestClient;

const person = (n: string, extra: Record<string, unknown> = {}) => ({
  employeeNumber: n,
  firstName: `Voornaam${n}`,
  lastName: `Achternaam${n}`,
  email: `${n.toLowerCase()}@org.test`,
  ...extra,
});

async function create(body: unknown) {
  const response = await hr.request("/api/people", { method: "POST", json: body });
  return { status: response.status, body: await response.json() };
}

function upload(path: string, content: string | Uint8Array, name = "people.csv", mapping?: unknown) {
  const form = new FormData();
  form.set("file", new File([content as BlobPart], name));
  if (mapping) form.set("mapping", JSON.stringify(mapping));
  return hr.request(path, { method: "POST", body: form });
}

beforeAll(async () => {
  t = await startTestApp();
  orgId = (await t.createOrganisation("org")).id;
  hr = await t.signedIn("hr@org.test", orgId, ["hr_admin"]);
});
afterAll(() => t.close());

describe(`people directory (${testDatabaseKind})`, () => {
  it("creates, finds, edits, deactivates and reactivates a person", async () => {
    const boss = await create(person("B1", { jobTitle: "CEO", language: "fr" }));
    expect(boss.status).toBe(201);
    const worker = await create(person("W1", { managerId: boss.body.id, department: "Sales" }));
    expect(worker.body).toMatchObject({ managerId: boss.body.id, managerName: "VoornaamB1 AchternaamB1", active: true });
    const search = await (await hr.request("/api/people?q=sales")).json();
    expect(search.items.map((p: { employeeNumber: string }) => p.employeeNumber)).toEqual(["W1"]);
    const edited = await hr.request(`/api/people/${worker.body.id}`, { method: "PATCH", json: { jobTitle: "Account manager" } });
    expect((await edited.json()).jobTitle).toBe("Account manager");
    await hr.request(`/api/people/${worker.body.id}`, { method: "PATCH", json: { active: false } });
    expect((await (await hr.request("/api/people?q=W1")).json()).total).toBe(0);
    expect((await (await hr.request("/api/people?q=W1&includeInactive=true")).json()).total).toBe(1);
    await hr.request(`/api/people/${worker.body.id}`, { method: "PATCH", json: { active: true } });
    expect((await (await hr.request("/api/people?q=W1")).json()).total).toBe(1);
  });

  it("refuses a duplicate email (any case), an unknown manager and a reporting cycle, naming the field", async () => {
    const a = await create(person("C1"));
    const b = await create(person("C2", { managerId: a.body.id }));
    const dup = await create(person("C3", { email: "C1@ORG.test" }));
    expect(dup).toMatchObject({ status: 409, body: { field: "email" } });
    const unknown = await create(person("C4", { managerId: "00000000-0000-4000-8000-000000000000" }));
    expect(unknown).toMatchObject({ status: 400, body: { field: "managerId" } });
    const cycle = await hr.request(`/api/people/${a.body.id}`, { method: "PATCH", json: { managerId: b.body.id } });
    expect(cycle.status).toBe(400);
    expect((await cycle.json()).field).toBe("managerId");
    const self = await hr.request(`/api/people/${a.body.id}`, { method: "PATCH", json: { managerId: a.body.id } });
    expect(self.status).toBe(400);
    const badDate = await create(person("C5", { startDate: "2023-02-31" }));
    expect(badDate).toMatchObject({ status: 400, body: { field: "startDate" } });
  });

  it("shows the org chart as a tree", async () => {
    const chart = await (await hr.request("/api/people/org-chart")).json();
    const b1 = chart.roots.find((r: { name: string }) => r.name.includes("AchternaamB1"));
    expect(b1.children.map((c: { name: string }) => c.name)).toContain("VoornaamW1 AchternaamW1");
  });

  it("previews an import without writing, then commits every valid row at once", async () => {
    const csv = "\uFEFFMatricule;Prénom;Nom;Courriel;Responsable;Langue\nI1;Élodie;Lefèvre;elodie@org.test;;Français\nI2;Jan;Peeters;jan@org.test;I1;nl\nI3;Bad;Row;bad@;I1;nl\n";
    const before = (await listAllPeople(t.ctx.db, orgId)).length;
    const preview = await (await upload("/api/people/import/preview", csv)).json();
    expect(preview).toMatchObject({ committed: false, created: 2, rejected: 1, rows: 3 });
    expect(preview.mapping).toMatchObject({ Matricule: "employeeNumber", Prénom: "firstName", Responsable: "managerRef" });
    expect(preview.errors).toEqual([expect.objectContaining({ row: 4, field: "email", code: "INVALID_EMAIL" })]);
    expect((await listAllPeople(t.ctx.db, orgId)).length).toBe(before);
    const commit = await (await upload("/api/people/import", csv)).json();
    expect(commit).toMatchObject({ committed: true, created: 2, rejected: 1 });
    const all = await listAllPeople(t.ctx.db, orgId);
    expect(all.length).toBe(before + 2);
    const elodie = all.find((p) => p.employeeNumber === "I1");
    expect(elodie).toMatchObject({ firstName: "Élodie", language: "fr" });
    expect(all.find((p) => p.employeeNumber === "I2")?.managerId).toBe(elodie?.id);
    const again = await (await upload("/api/people/import", csv)).json();
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2, rejected: 1 });
  });

  it("uses the column mapping the user chose in the preview", async () => {
    const csv = "Code,Given,Family,Mail\nM1,Mia,Maes,mia@org.test\n";
    const unmapped = await (await upload("/api/people/import/preview", csv)).json();
    expect(unmapped.missingFields.length).toBeGreaterThan(0);
    const mapping = { Code: "employeeNumber", Given: "firstName", Family: "lastName", Mail: "email" };
    const mapped = await (await upload("/api/people/import/preview", csv, "p.csv", mapping)).json();
    expect(mapped).toMatchObject({ missingFields: [], created: 1 });
  });

  it("reads Windows-1252 files", async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode("Employee number,First name,Last name,Email\nW9,Ren"), 0xe9, ...new TextEncoder().encode(",Fran"), 0xe7, ...new TextEncoder().encode("ois,rene@org.test\n")]);
    const preview = await (await upload("/api/people/import/preview", bytes)).json();
    expect(preview.errors).toEqual([]);
    await upload("/api/people/import", bytes);
    const rene = (await listAllPeople(t.ctx.db, orgId)).find((p) => p.employeeNumber === "W9");
    expect(rene).toMatchObject({ firstName: "René", lastName: "François" });
  });

  it("refuses garbage and oversized files with a clear 4xx", async () => {
    const garbage = await upload("/api/people/import/preview", new Uint8Array([0, 1, 2, 3, 255, 254, 0, 0, 7]), "x.csv");
    expect(garbage.status).toBe(422);
    expect((await garbage.json()).code).toBe("UNREADABLE_FILE");
    const huge = await upload("/api/people/import/preview", new Uint8Array(51 * 1024 * 1024), "big.csv");
    expect(huge.status).toBe(413);
    const missing = await hr.request("/api/people/import/preview", { method: "POST", body: new FormData() });
    expect(missing.status).toBe(400);
    expect((await missing.json()).field).toBe("file");
  });

  it("exports a CSV that re-imports unchanged", async () => {
    const response = await hr.request("/api/people/export?format=csv");
    expect(response.headers.get("content-disposition")).toContain("people.csv");
    const csv = await response.text();
    const again = await (await upload("/api/people/import/preview", csv)).json();
    expect(again).toMatchObject({ created: 0, updated: 0, rejected: 0 });
    expect(again.unchanged).toBeGreaterThan(5);
  });
});
