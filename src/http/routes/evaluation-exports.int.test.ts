// Issue 6, part 6 through the API: a small programme's evaluation downloaded as PDF summary, XLSX, CSV and ROI
// worksheets JSON; the worksheets read back by `sterk roi` and POST /api/roi/compute to the same ROI; roles and tenancy.
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXPORT_TEXTS } from "../../app/evaluation/exports/export-texts";
import { formatters } from "../../app/evaluation/exports/export-model";
import { extractPdfText } from "../../app/reports/pdf/extract-pdf-text";
import { sterk, tempFiles } from "../../test-support/cli";
import { startTestApp, type TTestClient } from "../../test-support/test-app";
import { testDatabaseKind } from "../../test-support/test-database";

let t: Awaited<ReturnType<typeof startTestApp>>;
let hr: TTestClient;
let executive: TTestClient;
let manager: TTestClient;
let hrB: TTestClient;
let programme = "";
const cohort: Record<"personalised" | "standard" | "comparison", string> = { personalised: "", standard: "", comparison: "" };
const files = tempFiles("sterk-exports-");

const PROGRAMME = {
  name: "Leiderschap – à la carte",
  currency: "EUR",
  status: "completed",
  startsOn: "2026-01-01",
  endsOn: "2026-03-31",
  baselineFrom: "2025-10",
  baselineTo: "2025-12",
  followupFrom: "2026-04",
  followupTo: "2026-06",
  confidencePct: 90,
  intangibles: ["Teamklimaat", "=1+1"],
};

async function ok(response: Response | Promise<Response>, status = 200) {
  const r = await response;
  if (r.status !== status) expect(`${r.status} ${await r.text()}`).toBe(status);
  return r;
}
const json = async (response: Response | Promise<Response>, status = 200) => (await ok(response, status)).json();
const bytes = async (response: Response) => new Uint8Array(await response.arrayBuffer());

const monthly = (personId: string, before: number, after: number) => [
  ...["2025-10", "2025-11", "2025-12"].map((period) => ({ personId, period, value: before })),
  ...["2026-04", "2026-05", "2026-06"].map((period) => ({ personId, period, value: after })),
];

beforeAll(async () => {
  t = await startTestApp();
  const orgA = (await t.createOrganisation("exports-a")).id;
  const orgB = (await t.createOrganisation("exports-b")).id;
  hr = await t.signedIn("hr@exports.test", orgA, ["hr_admin"]);
  executive = await t.signedIn("exec@exports.test", orgA, ["executive"]);
  manager = await t.signedIn("manager@exports.test", orgA, ["manager"]);
  hrB = await t.signedIn("hr@exportsb.test", orgB, ["hr_admin"]);
  const people: Record<string, string> = {};
  // five personalised (P), four standard (S: too small for an executive), three in the comparison group (C)
  for (const n of ["P1", "P2", "P3", "P4", "P5", "S1", "S2", "S3", "S4", "C1", "C2", "C3"]) {
    people[n] = (await json(hr.request("/api/people", { method: "POST", json: { employeeNumber: n, firstName: n, lastName: "Person", email: `${n.toLowerCase()}@exports.test`, managerId: null } }), 201)).id;
  }
  const measure = (
    await json(hr.request("/api/measures", { method: "POST", json: { name: "Absence days", unit: "days", direction: "lower_is_better", unitValueCents: 20_000, unitValueSource: "Finance" } }), 201)
  ).id;
  programme = (await json(hr.request("/api/programmes", { method: "POST", json: PROGRAMME }), 201)).id;
  const base = `/api/programmes/${programme}`;
  for (const kind of ["personalised", "standard", "comparison"] as const) {
    const body = await json(hr.request(`${base}/cohorts`, { method: "POST", json: { name: kind === "standard" ? "+Standard" : kind, kind } }), 201);
    cohort[kind] = body.cohorts.find((c: { kind: string }) => c.kind === kind).id;
  }
  const members = { personalised: ["P1", "P2", "P3", "P4", "P5"], standard: ["S1", "S2", "S3", "S4"], comparison: ["C1", "C2", "C3"] };
  for (const [kind, names] of Object.entries(members)) {
    await ok(hr.request(`${base}/cohorts/${cohort[kind as keyof typeof cohort]}/members`, { method: "PUT", json: { personIds: names.map((n) => people[n]) } }));
  }
  await ok(hr.request(`${base}/costs`, { method: "POST", json: { name: "Workshops", category: "delivery", amountCents: 900_000, cohortId: null } }), 201);
  await ok(hr.request(`${base}/costs`, { method: "POST", json: { name: "Mentors", category: "mentor_fees", amountCents: 250_000, cohortId: cohort.personalised } }), 201);
  await ok(hr.request(`${base}/cohorts/${cohort.personalised}/participant-time`, { method: "PUT", json: { hoursPerParticipant: 4, loadedHourlyRateCents: 6_000 } }));
  await ok(hr.request(`${base}/measures`, { method: "PUT", json: { measureIds: [measure] } }));
  const values = [
    ...["P1", "P2", "P3", "P4", "P5"].flatMap((n, i) => monthly(people[n] as string, 3 + i * 0.5, 1.5 + i * 0.4)),
    ...["S1", "S2", "S3", "S4"].flatMap((n, i) => monthly(people[n] as string, 3 + i * 0.5, 2.6 + i * 0.5)),
    ...["C1", "C2", "C3"].flatMap((n, i) => monthly(people[n] as string, 3 + i * 0.5, 2.9 + i * 0.5)),
  ];
  await ok(hr.request(`/api/measures/${measure}/values`, { method: "PUT", json: { values } }));
});
afterAll(async () => {
  files.remove();
  await t.close();
});

type TEvaluation = { evaluation: { cohorts: { cohortId: string; roi: { roiPct: number | null; bcr: number | null; totalCosts: number | null } | null; interval: { roiPct: { low: number; high: number } | null } | null }[] } };
const roiOf = (view: TEvaluation, cohortId: string) => view.evaluation.cohorts.find((c) => c.cohortId === cohortId);

describe(`evaluation exports (${testDatabaseKind})`, () => {
  it("gives HR the one-page PDF summary with the ROI and interval of the JSON evaluation", async () => {
    const view = (await json(hr.request(`/api/programmes/${programme}/evaluation?locale=fr`))) as TEvaluation;
    const personalised = roiOf(view, cohort.personalised);
    expect(personalised?.roi?.roiPct).toEqual(expect.any(Number));
    const response = await ok(hr.request(`/api/programmes/${programme}/summary.pdf?locale=fr`));
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="sterk-leiderschap-a-la-carte-summary.pdf"');
    const pdf = await bytes(response);
    expect(Buffer.from(pdf).subarray(0, 5).toString()).toBe("%PDF-");
    const text = extractPdfText(pdf).replaceAll("\u00A0", " ");
    const f = formatters("fr", "EUR", "s.o.");
    const printable = (s: string) => s.replaceAll("\u202F", " ").replaceAll("\u00A0", " ");
    expect(text).toContain(printable(f.pct(personalised?.roi?.roiPct ?? null)));
    expect(text).toContain(printable(f.pct(personalised?.interval?.roiPct?.low ?? null)));
    expect(text).toContain(EXPORT_TEXTS.fr.title);
    expect(text).toContain("Leiderschap – à la carte");
  });

  it("gives HR the workbook and the CSV with the same figures", async () => {
    const view = (await json(hr.request(`/api/programmes/${programme}/evaluation?locale=en`))) as TEvaluation;
    const personalised = roiOf(view, cohort.personalised);
    const xlsx = await ok(hr.request(`/api/programmes/${programme}/export.xlsx?locale=en`));
    expect(xlsx.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(xlsx.headers.get("content-disposition")).toMatch(/^attachment; filename="sterk-leiderschap-a-la-carte-evaluation\.xlsx"$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await bytes(xlsx)) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Summary", "Costs", "Measures", "Steps"]);
    const rows: unknown[][] = [];
    workbook.getWorksheet("Summary")?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows.find((r) => r[0] === "personalised")?.[6]).toBe(personalised?.roi?.roiPct);
    expect(rows.some((r) => r[0] === "'=1+1")).toBe(true);

    const csv = await ok(hr.request(`/api/programmes/${programme}/export.csv?locale=nl`));
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csv.headers.get("content-disposition")).toContain("attachment;");
    const raw = await bytes(csv);
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const table = parse(new TextDecoder().decode(raw).slice(1)) as string[][];
    const roi = table.find((r) => r[2] === cohort.personalised && r[5] === "roi_pct");
    expect(Number(roi?.[7])).toBe(personalised?.roi?.roiPct);
    expect(table.find((r) => r[2] === cohort.standard && r[5] === "participants")?.[3]).toBe("'+Standard");
  });

  it("exports worksheets that `sterk roi --json` and POST /api/roi/compute read back to the same ROI", async () => {
    const view = (await json(hr.request(`/api/programmes/${programme}/evaluation`))) as TEvaluation;
    const response = await ok(hr.request(`/api/programmes/${programme}/worksheets.json`));
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("content-disposition")).toContain("worksheets.json");
    const worksheets = (await response.json()) as { id: string; cohort_id: string }[];
    expect(worksheets.map((w) => w.cohort_id)).toEqual([cohort.personalised, cohort.standard]);

    const cli = await sterk("roi", files.write(worksheets), "--json");
    expect(cli.code).toBe(0);
    const printed = JSON.parse(cli.stdout) as { id: string; roi_pct: number | null; bcr: number | null; total_costs: number | null }[];
    worksheets.forEach((w, i) => {
      const roi = roiOf(view, w.cohort_id)?.roi;
      expect(printed[i]).toMatchObject({ id: w.id, roi_pct: roi?.roiPct, bcr: roi?.bcr, total_costs: roi?.totalCosts });
    });

    const computed = await json(manager.request("/api/roi/compute?locale=nl", { method: "POST", json: worksheets }));
    expect(computed.outputs).toEqual(printed);
    expect(computed.locale).toBe("nl");
    expect(computed.explanations[0].steps[0]).toMatch(/^Kostenlijn 1: /);
    expect(computed.explanations[0].principles.length).toBeGreaterThan(0);
  });

  it("answers invalid worksheets with 400 naming the field, as the CLI reports it", async () => {
    const bad = [{ total_costs_given: 10 }, { benefit_items: [{ unit_value: -5, change: 1 }] }];
    const problem = await json(hr.request("/api/roi/compute", { method: "POST", json: bad }), 400);
    expect(problem.field).toBe("[1].benefit_items[0].unit_value");
    const cli = await sterk("roi", files.write(bad), "--json");
    expect(cli.code).toBe(1);
    expect(cli.stderr).toContain(`invalid worksheet: ${problem.detail}`);
    const text = await json(hr.request("/api/roi/compute", { method: "POST", json: "a worksheet" }), 400);
    expect(text.field).toBe("(root)");
    const malformed = await hr.request("/api/roi/compute", { method: "POST", body: "{not json", headers: { "content-type": "application/json" } });
    expect(malformed.status).toBe(400);
    expect((await t.client().request("/api/roi/compute", { method: "POST", json: {} })).status).toBe(401);
  });

  it("lets an executive download, without the figures of a cohort under five", async () => {
    const pdf = await ok(executive.request(`/api/programmes/${programme}/summary.pdf?locale=en`));
    const text = extractPdfText(await bytes(pdf));
    expect(text).toContain(EXPORT_TEXTS.en.tooSmall);
    const worksheets = await json(executive.request(`/api/programmes/${programme}/worksheets.json`));
    expect(worksheets.map((w: { cohort_id: string }) => w.cohort_id)).toEqual([cohort.personalised]);
    const csv = parse((await (await ok(executive.request(`/api/programmes/${programme}/export.csv`))).text()).slice(1)) as string[][];
    expect(csv.filter((r) => r[2] === cohort.standard && r[7] !== "").map((r) => r[5])).toEqual(["participants"]);
    await ok(executive.request(`/api/programmes/${programme}/export.xlsx`));
  });

  it("refuses managers (403) and answers another organisation's HR exactly as for a missing programme (404)", async () => {
    const missing = "00000000-0000-4000-8000-000000000000";
    for (const path of ["summary.pdf", "export.xlsx", "export.csv", "worksheets.json"]) {
      expect((await manager.request(`/api/programmes/${programme}/${path}`)).status).toBe(403);
      const foreign = await hrB.request(`/api/programmes/${programme}/${path}`);
      expect(foreign.status).toBe(404);
      expect(await foreign.text()).not.toContain(programme);
      expect((await hr.request(`/api/programmes/${missing}/${path}`)).status).toBe(404);
      expect((await hr.request(`/api/programmes/not-a-uuid/${path}`)).status).toBe(400);
    }
  });
});
