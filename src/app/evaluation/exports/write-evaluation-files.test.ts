import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { FORMULA_TRIGGERS, neutraliseCell } from "../../../domain/people/index";
import { cohortFigures } from "./export-model";
import { EXPORT_TEXTS } from "./export-texts";
import { fixtureProgramme, fixtureView, IDS, withheldView } from "./exports.test-fixtures";
import { CSV_FIGURES, CSV_HEADERS, writeEvaluationCsv, writeEvaluationXlsx } from "./write-evaluation-files";

const NUMBER = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;
/** A text cell a spreadsheet would run: starts with a trigger and is not a plain number. */
const runnable = (value: string) => FORMULA_TRIGGERS.some((t) => value.startsWith(t)) && !NUMBER.test(value);

async function readWorkbook(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

function sheetRows(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe("writeEvaluationXlsx", () => {
  it.each(["nl", "fr", "en"] as const)("has the Summary, Costs, Measures and Steps sheets in the reader's language (%s)", async (locale) => {
    const view = fixtureView(locale);
    const workbook = await readWorkbook(await writeEvaluationXlsx(fixtureProgramme(), view, locale));
    const t = EXPORT_TEXTS[locale];
    expect(workbook.worksheets.map((s) => s.name)).toEqual([t.sheets.summary, t.sheets.costs, t.sheets.measures, t.sheets.steps]);
    const summary = sheetRows(workbook.getWorksheet(t.sheets.summary) as ExcelJS.Worksheet);
    const personalised = cohortFigures(fixtureProgramme(), view).find((r) => r.kind === "personalised");
    const row = summary.find((r) => r[0] === "À la carte");
    // figures are number cells: ROI %, its interval, BCR
    expect(row?.[6]).toBe(personalised?.roiPct);
    expect(row?.[7]).toBe(personalised?.roiLow);
    expect(row?.[8]).toBe(personalised?.roiHigh);
    expect(row?.[10]).toBe(personalised?.bcr);
    expect(typeof row?.[3]).toBe("number");
    const steps = sheetRows(workbook.getWorksheet(t.sheets.steps) as ExcelJS.Worksheet);
    expect(steps.length).toBeGreaterThan(5);
    for (const explanation of view.explanations[IDS.personalised] ?? []) expect(steps.some((s) => s[2] === neutraliseCell(explanation))).toBe(true);
    const costs = sheetRows(workbook.getWorksheet(t.sheets.costs) as ExcelJS.Worksheet);
    const total = costs.slice(1).filter((r) => r[0] === "À la carte").reduce((a, r) => a + (r[3] as number), 0);
    expect(total).toBeCloseTo(personalised?.costs ?? Number.NaN, 6);
    const measures = sheetRows(workbook.getWorksheet(t.sheets.measures) as ExcelJS.Worksheet);
    expect(measures.some((r) => r[1] === "Days absent per month" && r[5] === t.methods["comparison-group"])).toBe(true);
  });

  it("neutralises every text cell a spreadsheet would run as a formula", async () => {
    const workbook = await readWorkbook(await writeEvaluationXlsx(fixtureProgramme(), fixtureView("en"), "en"));
    const texts: string[] = [];
    for (const sheet of workbook.worksheets) for (const row of sheetRows(sheet)) for (const v of row) if (typeof v === "string") texts.push(v);
    expect(texts.filter(runnable)).toEqual([]);
    expect(texts).toContain("'=HYPERLINK(\"x\") design");
    expect(texts).toContain("'+Standard");
    expect(texts).toContain("'=cmd|' /C calc'!A0");
    // and no cell is a formula
    for (const sheet of workbook.worksheets) sheet.eachRow((row) => row.eachCell((c) => expect(c.type).not.toBe(ExcelJS.ValueType.Formula)));
  });

  it("leaves a withheld cohort's figures empty and says why", async () => {
    const workbook = await readWorkbook(await writeEvaluationXlsx(fixtureProgramme(), withheldView(fixtureView("en"), IDS.standard), "en"));
    const row = sheetRows(workbook.getWorksheet("Summary") as ExcelJS.Worksheet).find((r) => r[0] === "'+Standard");
    expect(row?.slice(3, 18).filter((v) => v !== undefined && v !== null)).toEqual([]);
    expect(row?.[18]).toBe(EXPORT_TEXTS.en.tooSmall);
    const costs = sheetRows(workbook.getWorksheet("Costs") as ExcelJS.Worksheet);
    expect(costs.some((r) => r[0] === "'+Standard")).toBe(false);
    const steps = sheetRows(workbook.getWorksheet("Steps") as ExcelJS.Worksheet);
    expect(steps.some((r) => r[0] === "'+Standard")).toBe(false);
    expect(steps.some((r) => r[0] === "À la carte")).toBe(true);
  });
});

describe("writeEvaluationCsv", () => {
  it("writes one row per cohort × figure, UTF-8 with a BOM, formula-safe, numbers as plain decimals", () => {
    const view = fixtureView("fr");
    const csv = writeEvaluationCsv(fixtureProgramme(), view, "fr");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    const rows = parse(csv.slice(1), { relax_column_count: true }) as string[][];
    expect(rows[0]).toEqual([...CSV_HEADERS]);
    const body = rows.slice(1).filter((r) => r.some((c) => c !== ""));
    expect(body).toHaveLength(view.evaluation.cohorts.length * CSV_FIGURES.length);
    for (const cells of body) for (const c of cells) expect(runnable(c), c).toBe(false);
    const figures = cohortFigures(fixtureProgramme(), view);
    const roi = body.find((r) => r[2] === IDS.personalised && r[5] === "roi_pct");
    expect(Number(roi?.[7])).toBe(figures.find((f) => f.kind === "personalised")?.roiPct);
    expect(roi?.[1]).toBe("Leiderschap 2026 – Anaïs & Zoë");
    expect(roi?.[6]).toBe(EXPORT_TEXTS.fr.roi);
    const net = body.find((r) => r[2] === IDS.standard && r[5] === "net_benefits");
    expect(Number(net?.[7])).toBeLessThan(0);
    expect(net?.[8]).toBe("EUR");
    // a comparison group has no ROI: empty, never NaN
    const comparisonRoi = body.find((r) => r[2] === IDS.comparison && r[5] === "roi_pct");
    expect(comparisonRoi?.[7]).toBe("");
    expect(csv).not.toMatch(/NaN|Infinity/);
    expect(body.find((r) => r[2] === IDS.standard && r[5] === "participants")?.[3]).toBe("'+Standard");
  });

  it("shows only the participants of a withheld cohort", () => {
    const rows = parse(writeEvaluationCsv(fixtureProgramme(), withheldView(fixtureView("en"), IDS.standard), "en").slice(1)) as string[][];
    const standard = rows.filter((r) => r[2] === IDS.standard);
    expect(standard.filter((r) => r[7] !== "").map((r) => [r[5], r[7]])).toEqual([["participants", "5"]]);
  });
});
