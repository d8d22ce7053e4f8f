import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrganisation } from "../../app/organisations/create-organisation";
import { listCatalogueRows } from "../../db/catalogue-repo";
import { STARTER_CATALOGUE } from "../../domain/plans/index";
import { startTestApp, type TTestClient } from "../../test-support/test-app";
import { testDatabaseKind } from "../../test-support/test-database";

let t: Awaited<ReturnType<typeof startTestApp>>;
let orgId: string;
let hr: TTestClient;
let manager: TTestClient;
let executive: TTestClient;
let hrOther: TTestClient;

const moduleBody = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  title: { nl: "Eigen werkplaats", fr: "Atelier maison", en: "Own workshop" },
  description: { nl: "Een dag oefenen.", fr: "Une journée d'exercices.", en: "A day of practice." },
  format: "workshop",
  hours: 7.5,
  cost: { cents: 45_000, currency: "EUR" },
  seatsPerPeriod: 12,
  languages: ["nl", "fr"],
  provider: "Acme Academy",
  challenges: [{ challengeId: "lack-self-confidence", weight: 0.8 }],
  buildsOn: ["imaginative-visionary"],
  situations: ["new-in-role"],
  ...extra,
});

async function call(client: TTestClient, path: string, method = "GET", json?: unknown) {
  const response = await client.request(path, { method, json });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: response.status, body: body as Record<string, unknown> & { items?: Record<string, unknown>[] } };
}

function upload(client: TTestClient, path: string, content: string | Uint8Array, name = "catalogue.csv") {
  const form = new FormData();
  form.set("file", new File([content as BlobPart], name));
  return client.request(path, { method: "POST", body: form });
}

async function storedModules() {
  const rows = await listCatalogueRows(t.ctx.db, orgId, { includeArchived: true });
  return JSON.stringify(rows.map((r) => ({ id: r.id, module: r.module, archived: r.archived, starter: r.starter })));
}

beforeAll(async () => {
  t = await startTestApp();
  orgId = (await t.createOrganisation("cat")).id;
  const other = (await t.createOrganisation("cat-other")).id;
  hr = await t.signedIn("hr@cat.test", orgId, ["hr_admin"]);
  manager = await t.signedIn("manager@cat.test", orgId, ["manager"]);
  executive = await t.signedIn("exec@cat.test", orgId, ["executive"]);
  hrOther = await t.signedIn("hr@other.test", other, ["hr_admin"]);
});
afterAll(() => t.close());

describe(`catalogue (${testDatabaseKind})`, () => {
  it("gives a new organisation the starter catalogue in the same transaction", async () => {
    const created = await createOrganisation(t.ctx, { isOperator: true }, { slug: "fresh", name: "Fresh", defaultLocale: "nl" });
    const rows = await listCatalogueRows(t.ctx.db, created.id);
    expect(rows).toHaveLength(STARTER_CATALOGUE.length);
    expect(rows.every((r) => r.starter)).toBe(true);
  });

  it("adds the starter modules the organisation lacks, once", async () => {
    const first = await call(hr, "/api/catalogue/starter", "POST");
    expect(first).toMatchObject({ status: 200, body: { added: STARTER_CATALOGUE.length } });
    const again = await call(hr, "/api/catalogue/starter", "POST");
    expect(again.body).toEqual({ added: 0 });
    const list = await call(manager, "/api/catalogue?lang=fr");
    expect(list.status).toBe(200);
    const first90 = list.body.items?.find((m) => m.id === "first-90-days-mentoring");
    expect(first90).toMatchObject({ starter: true, archived: false, currency: "EUR", format: "mentoring_track" });
    expect((first90?.display as { title: string }).title).toMatch(/Parcours de mentorat/);
    expect((first90?.title as { en: string }).en).toMatch(/first 90 days/);
    expect((first90?.challenges as { name: string }[])[0]?.name).toBeTruthy();
  });

  it("creates, reads, replaces, archives and restores a module", async () => {
    const created = await call(hr, "/api/catalogue?lang=en", "POST", moduleBody("own-workshop"));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      id: "own-workshop",
      costCents: 45_000,
      hours: 7.5,
      seatsPerPeriod: 12,
      starter: false,
      display: { title: "Own workshop" },
      buildsOn: [{ talentId: "imaginative-visionary" }],
    });
    const { buildsOn: _b, situations: _s, ...minimal } = moduleBody("minimal-book", { format: "book", seatsPerPeriod: null });
    expect(await call(hr, "/api/catalogue", "POST", minimal)).toMatchObject({ status: 201, body: { buildsOn: [], situations: [] } });
    await call(hr, "/api/catalogue/minimal-book/archive", "POST");
    const duplicate = await call(hr, "/api/catalogue", "POST", moduleBody("own-workshop"));
    expect(duplicate).toMatchObject({ status: 409, body: { field: "id" } });

    const replaced = await call(hr, "/api/catalogue/own-workshop", "PUT", moduleBody("own-workshop", { seatsPerPeriod: null, hours: 3 }));
    expect(replaced).toMatchObject({ status: 200, body: { seatsPerPeriod: null, hours: 3 } });
    const otherId = await call(hr, "/api/catalogue/own-workshop", "PUT", moduleBody("renamed"));
    expect(otherId).toMatchObject({ status: 400, body: { field: "id" } });

    expect((await call(hr, "/api/catalogue/own-workshop/archive", "POST")).body).toMatchObject({ archived: true });
    const visible = await call(manager, "/api/catalogue");
    expect(visible.body.items?.some((m) => m.id === "own-workshop")).toBe(false);
    expect((await call(manager, "/api/catalogue/own-workshop")).status).toBe(404);
    const hrList = await call(hr, "/api/catalogue?includeArchived=true");
    expect(hrList.body.items?.find((m) => m.id === "own-workshop")).toMatchObject({ archived: true });
    // a manager asking for archived modules sees the offered ones only
    const managerArchived = await call(manager, "/api/catalogue?includeArchived=true");
    expect(managerArchived.body.items?.some((m) => m.id === "own-workshop")).toBe(false);
    expect((await call(hr, "/api/catalogue/own-workshop/restore", "POST")).body).toMatchObject({ archived: false });
    expect((await call(manager, "/api/catalogue/own-workshop")).status).toBe(200);
  });

  it.each([
    ["negative cents", { cost: { cents: -1, currency: "EUR" } }, "cost.cents"],
    ["fractional cents", { cost: { cents: 10.5, currency: "EUR" } }, "cost.cents"],
    ["another currency", { cost: { cents: 100, currency: "USD" } }, "cost.currency"],
    ["a weight above 1", { challenges: [{ challengeId: "lack-self-confidence", weight: 1.5 }] }, "challenges[0].weight"],
    ["an unknown challenge", { challenges: [{ challengeId: "nope", weight: 0.5 }] }, "challenges[0].challengeId"],
    ["an unknown talent", { buildsOn: ["nope"] }, "buildsOn[0]"],
    ["no hours", { hours: 0 }, "hours"],
    ["a missing French title", { title: { nl: "x", en: "y" } }, "title.fr"],
    ["a reserved id", { id: "export" }, "id"],
    ["a NUL character", { title: { nl: "a", fr: "b", en: "c\u0000" } }, "title.en"],
  ])("refuses %s, naming the field", async (_what, change, field) => {
    const response = await call(hr, "/api/catalogue", "POST", moduleBody("bad-module", change));
    expect(response).toMatchObject({ status: 400, body: { code: "VALIDATION", field } });
  });

  it("lets a manager and an executive read but not write; another organisation's module is not found", async () => {
    for (const client of [manager, executive]) {
      expect((await call(client, "/api/catalogue", "POST", moduleBody("sneaky"))).status).toBe(403);
      expect((await call(client, "/api/catalogue/own-workshop", "PUT", moduleBody("own-workshop"))).status).toBe(403);
      expect((await call(client, "/api/catalogue/own-workshop/archive", "POST")).status).toBe(403);
      expect((await call(client, "/api/catalogue/starter", "POST")).status).toBe(403);
      expect((await call(client, "/api/catalogue/export?format=csv")).status).toBe(403);
    }
    expect((await call(hrOther, "/api/catalogue/own-workshop")).status).toBe(404);
    expect((await call(hrOther, "/api/catalogue/own-workshop", "PUT", moduleBody("own-workshop"))).status).toBe(404);
    expect((await call(hrOther, "/api/catalogue/own-workshop/archive", "POST")).status).toBe(404);
    expect((await call(hrOther, "/api/catalogue")).body.items).toEqual([]);
    expect((await call(hr, "/api/catalogue/%00")).status).toBe(404);
  });

  it("exports CSV and XLSX that re-import unchanged", async () => {
    const before = await storedModules();
    const csv = await hr.request("/api/catalogue/export?format=csv");
    expect(csv.headers.get("content-type")).toMatch(/text\/csv/);
    const csvBytes = new Uint8Array(await csv.arrayBuffer());
    expect([...csvBytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csvText = new TextDecoder().decode(csvBytes);
    expect(csvText.split("\r\n")[0]).toBe(
      "id,format,hours,cost_cents,currency,seats_per_period,languages,provider,title_nl,title_fr,title_en,description_nl,description_fr,description_en,challenges,builds_on,situations",
    );
    expect(csvText).toMatch(/own-workshop,workshop,3,45000,EUR,,nl\|fr,Acme Academy/);
    const preview = await upload(hr, "/api/catalogue/import/preview", csvText);
    expect(await preview.json()).toMatchObject({ rows: STARTER_CATALOGUE.length + 1, created: 0, updated: 0, unchanged: STARTER_CATALOGUE.length + 1, errors: [], committed: false });
    const imported = await upload(hr, "/api/catalogue/import", csvText);
    expect(await imported.json()).toMatchObject({ unchanged: STARTER_CATALOGUE.length + 1, committed: true });
    expect(await storedModules()).toBe(before);

    const xlsx = new Uint8Array(await (await hr.request("/api/catalogue/export?format=xlsx")).arrayBuffer());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets[0]?.getRow(1).getCell(4).value).toBe("cost_cents");
    const xlsxImport = await upload(hr, "/api/catalogue/import", xlsx, "catalogue.xlsx");
    expect(await xlsxImport.json()).toMatchObject({ unchanged: STARTER_CATALOGUE.length + 1, created: 0, updated: 0, committed: true });
    expect(await storedModules()).toBe(before);
  });

  it("imports new and changed modules by id in one go", async () => {
    const csv = await (await hr.request("/api/catalogue/export?format=csv")).text();
    const lines = csv.replace(/^\uFEFF/, "").trim().split("\r\n");
    const header = lines[0] ?? "";
    const own = (lines.find((l) => l.startsWith("own-workshop,")) ?? "").replace(",45000,", ",50000,");
    const added = own.replace("own-workshop,", "imported-circle,").replace(",workshop,", ",peer_circle,");
    const response = await upload(hr, "/api/catalogue/import", [header, own, added].join("\n"));
    expect(await response.json()).toMatchObject({ rows: 2, created: 1, updated: 1, unchanged: 0, committed: true });
    expect((await call(hr, "/api/catalogue/own-workshop")).body).toMatchObject({ costCents: 50_000 });
    expect((await call(hr, "/api/catalogue/imported-circle")).body).toMatchObject({ format: "peer_circle", starter: false });
  });

  it("lists refused rows by line and column, and writes nothing when any row is bad", async () => {
    const before = await storedModules();
    const csv = await (await hr.request("/api/catalogue/export?format=csv")).text();
    const lines = csv.replace(/^\uFEFF/, "").trim().split("\r\n");
    const own = lines.find((l) => l.startsWith("own-workshop,")) ?? "";
    const rows = [
      lines[0],
      own.replace(",50000,", ",60000,"), // a good change that must not be written
      own.replace("own-workshop,", "bad-cents,").replace(",50000,", ",12.5,"),
      own.replace("own-workshop,", "bad-weight,").replace("lack-self-confidence:0.8", "lack-self-confidence:2"),
      own.replace("own-workshop,", "bad-currency,").replace(",EUR,", ",USD,"),
      own.replace("own-workshop,", "bad-talent,").replace("imaginative-visionary", "nobody"),
      own.replace(",50000,", ",70000,"), // the same id twice
    ];
    const preview = await upload(hr, "/api/catalogue/import/preview", rows.join("\n"));
    expect(preview.status).toBe(200);
    const report = await preview.json();
    expect(report.errors.map((e: { row: number; field: string }) => `${e.row}:${e.field}`)).toEqual([
      "3:cost_cents",
      "4:challenges",
      "5:currency",
      "6:builds_on",
      "7:id",
    ]);
    const commit = await upload(hr, "/api/catalogue/import", rows.join("\n"));
    expect(commit.status).toBe(400);
    const problem = await commit.json();
    expect(problem).toMatchObject({ code: "VALIDATION", field: "file" });
    expect(problem.rowErrors).toHaveLength(5);
    expect(problem.rowErrors[0]).toMatchObject({ row: 3, field: "cost_cents" });
    expect(await storedModules()).toBe(before);

    const missing = await upload(hr, "/api/catalogue/import/preview", "id,format\nx,book\n");
    const missingReport = await missing.json();
    expect(missingReport.errors[0]).toMatchObject({ row: 1, field: "hours" });
    expect((await upload(manager, "/api/catalogue/import", rows.join("\n"))).status).toBe(403);
    expect((await upload(hr, "/api/catalogue/import", new Uint8Array([0, 1, 2, 3, 0, 0, 0, 0]), "x.csv")).status).toBe(422);
  });

  it("offers the form's lists with names in the reader's language", async () => {
    const options = await call(manager, "/api/catalogue/options?lang=nl");
    expect(options.status).toBe(200);
    expect(options.body).toMatchObject({ currency: "EUR" });
    expect((options.body.challenges as unknown[]).length).toBe(29);
    expect((options.body.talents as unknown[]).length).toBe(60);
    expect(options.body.formats).toContain("job_shadowing");
  });
});
