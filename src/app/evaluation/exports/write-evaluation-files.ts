// A programme's evaluation as data files (issue 6, part 6): an XLSX workbook (Summary, Costs, Measures, Steps)
// and a CSV with one row per cohort × figure. Formula-safe: every text cell a spreadsheet could run as a formula
// is neutralised; figures are number cells (XLSX) or plain decimal numbers (CSV). Money in currency units.
import ExcelJS from "exceljs";
import { hasFigures, type TProgramme, type TProgrammeEvaluationView } from "../../../contracts/evaluation";
import { neutraliseCell } from "../../../domain/people/index";
import { principleText } from "../../../domain/roi/index";
import type { TLocale } from "../../../domain/shared/locale";
import { cohortFigures, principlesApplied, type TCohortFigures } from "./export-model";
import { EXPORT_TEXTS, type TExportTexts } from "./export-texts";

type TFigure = {
  code: string;
  label: (t: TExportTexts) => string;
  unit: (currency: string) => string;
  value: (row: TCohortFigures) => number | null;
};

/** The figures of the CSV, one row each per cohort, in this order. */
export const CSV_FIGURES: readonly TFigure[] = [
  { code: "participants", label: (t) => t.participants, unit: () => "", value: (r) => r.participants },
  { code: "total_costs", label: (t) => t.costs, unit: (c) => c, value: (r) => r.costs },
  { code: "total_benefits", label: (t) => t.benefits, unit: (c) => c, value: (r) => r.benefits },
  { code: "net_benefits", label: (t) => t.net, unit: (c) => c, value: (r) => r.net },
  { code: "roi_pct", label: (t) => t.roi, unit: () => "%", value: (r) => r.roiPct },
  { code: "roi_pct_low", label: (t) => `${t.roi} ${t.low}`, unit: () => "%", value: (r) => r.roiLow },
  { code: "roi_pct_high", label: (t) => `${t.roi} ${t.high}`, unit: () => "%", value: (r) => r.roiHigh },
  { code: "interval_level_pct", label: (t) => t.level, unit: () => "%", value: (r) => r.level },
  { code: "bcr", label: (t) => t.bcr, unit: () => "", value: (r) => r.bcr },
  { code: "payback_months", label: (t) => t.payback, unit: () => "months", value: (r) => r.paybackMonths },
  { code: "l1_response_rate", label: (t) => t.responseRate, unit: () => "share", value: (r) => r.responseRate },
  { code: "l1_satisfaction", label: (t) => t.satisfaction, unit: () => "1-5", value: (r) => r.satisfaction },
  { code: "l2_pairs", label: (t) => t.l2Pairs, unit: () => "", value: (r) => r.l2Pairs },
  { code: "l2_effect", label: (t) => t.l2Effect, unit: () => "d_z", value: (r) => r.l2Effect },
  { code: "l3_pairs", label: (t) => t.l3Pairs, unit: () => "", value: (r) => r.l3Pairs },
  { code: "l3_effect", label: (t) => t.l3Effect, unit: () => "d_z", value: (r) => r.l3Effect },
];

export const CSV_HEADERS = ["programme_id", "programme", "cohort_id", "cohort", "kind", "figure", "label", "value", "unit"] as const;

/** A figure's cells for a withheld cohort are empty: only the participants are shown. */
const shownValue = (figure: TFigure, row: TCohortFigures) => (row.withheld && figure.code !== "participants" ? null : figure.value(row));
const numberText = (value: number | null) => (value === null || !Number.isFinite(value) ? "" : String(value));

function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** RFC 4180 CSV, UTF-8 with a BOM (so Excel reads the accents), CRLF line ends: one row per cohort × figure. */
export function writeEvaluationCsv(programme: TProgramme, view: TProgrammeEvaluationView, locale: TLocale): string {
  const texts = EXPORT_TEXTS[locale];
  const rows: string[][] = [[...CSV_HEADERS]];
  for (const row of cohortFigures(programme, view)) {
    for (const figure of CSV_FIGURES) {
      rows.push([
        neutraliseCell(programme.id),
        neutraliseCell(programme.name),
        neutraliseCell(row.cohortId),
        neutraliseCell(row.name),
        row.kind,
        figure.code,
        neutraliseCell(figure.label(texts)),
        numberText(shownValue(figure, row)),
        neutraliseCell(figure.unit(programme.currency)),
      ]);
    }
  }
  return `\uFEFF${rows.map((cells) => cells.map(csvField).join(",")).join("\r\n")}\r\n`;
}

type TCell = string | number | null;
/** Text neutralised against formulas; numbers only when finite; null stays empty. */
const cell = (value: TCell): string | number | null =>
  typeof value === "number" ? (Number.isFinite(value) ? value : null) : value === null ? null : neutraliseCell(value);

function addTable(sheet: ExcelJS.Worksheet, headers: string[], rows: TCell[][]) {
  const header = sheet.addRow(headers.map(cell));
  header.font = { bold: true };
  for (const r of rows) sheet.addRow(r.map(cell));
}

function summarySheet(workbook: ExcelJS.Workbook, programme: TProgramme, view: TProgrammeEvaluationView, rows: TCohortFigures[], texts: TExportTexts, locale: TLocale) {
  const sheet = workbook.addWorksheet(texts.sheets.summary);
  sheet.addRow([cell(texts.title), cell(programme.name)]).font = { bold: true };
  const meta: [string, string][] = [
    [texts.period, `${programme.startsOn} - ${programme.endsOn}`],
    [texts.baseline, `${programme.baselineFrom} - ${programme.baselineTo}`],
    [texts.followup, `${programme.followupFrom} - ${programme.followupTo}`],
    [texts.currency, programme.currency],
    [texts.kind, texts.status[programme.status]],
    [texts.computedOn(""), view.computedAt],
  ];
  for (const [label, value] of meta) sheet.addRow([cell(label.trim()), cell(value)]);
  sheet.addRow([]);
  const headers = [
    texts.cohort,
    texts.kind,
    texts.participants,
    `${texts.costs} (${programme.currency})`,
    `${texts.benefits} (${programme.currency})`,
    `${texts.net} (${programme.currency})`,
    `${texts.roi} %`,
    `${texts.roi} % ${texts.low}`,
    `${texts.roi} % ${texts.high}`,
    texts.level,
    texts.bcr,
    texts.payback,
    texts.responseRate,
    texts.satisfaction,
    texts.l2Pairs,
    texts.l2Effect,
    texts.l3Pairs,
    texts.l3Effect,
    texts.explanation,
  ];
  addTable(
    sheet,
    headers,
    rows.map((r) => {
      const hide = (v: number | null) => (r.withheld ? null : v);
      const note = r.withheld ? texts.tooSmall : r.kind === "comparison" ? texts.comparisonNoRoi : "";
      return [
        r.name,
        texts.kinds[r.kind],
        r.participants,
        hide(r.costs),
        hide(r.benefits),
        hide(r.net),
        hide(r.roiPct),
        hide(r.roiLow),
        hide(r.roiHigh),
        hide(r.level),
        hide(r.bcr),
        hide(r.paybackMonths),
        hide(r.responseRate),
        hide(r.satisfaction),
        hide(r.l2Pairs),
        hide(r.l2Effect),
        hide(r.l3Pairs),
        hide(r.l3Effect),
        note,
      ];
    }),
  );
  sheet.addRow([]);
  const thesis = view.evaluation.personalisedVsStandard;
  sheet.addRow([cell(texts.thesisTitle)]).font = { bold: true };
  if (thesis) {
    sheet.addRow([cell(`${texts.roi} %`), cell(texts.kinds.personalised), cell(thesis.roiPct.personalised), cell(texts.kinds.standard), cell(thesis.roiPct.standard)]);
    const perParticipant = (cents: number | null) => (cents === null ? null : cents / 100);
    sheet.addRow([
      cell(`${texts.benefits} / ${texts.participants}`),
      cell(texts.kinds.personalised),
      cell(perParticipant(thesis.benefitPerParticipantCents.personalised)),
      cell(texts.kinds.standard),
      cell(perParticipant(thesis.benefitPerParticipantCents.standard)),
    ]);
    for (const [label, effect] of [[texts.l2, thesis.l2], [texts.l3, thesis.l3]] as const) {
      sheet.addRow([cell(`${label} (Hedges' g)`), cell(effect?.value ?? null), cell(effect?.low ?? null), cell(effect?.high ?? null), cell(effect ? effect.level * 100 : null)]);
    }
  } else sheet.addRow([cell(texts.thesisMissing)]);
  sheet.addRow([]);
  sheet.addRow([cell(texts.intangiblesTitle)]).font = { bold: true };
  if (programme.intangibles.length === 0) sheet.addRow([cell(texts.intangiblesNone)]);
  for (const intangible of programme.intangibles) sheet.addRow([cell(intangible)]);
  sheet.addRow([]);
  sheet.addRow([cell(texts.principlesTitle)]).font = { bold: true };
  for (const principle of principlesApplied(view)) sheet.addRow([cell(principleText(principle, locale))]);
  sheet.getColumn(1).width = 34;
  for (let i = 2; i <= headers.length; i++) sheet.getColumn(i).width = 16;
}

/** The workbook: Summary, Costs, Measures and Steps (every step and warning explained in the reader's language). */
export async function writeEvaluationXlsx(programme: TProgramme, view: TProgrammeEvaluationView, locale: TLocale): Promise<Uint8Array> {
  const texts = EXPORT_TEXTS[locale];
  const rows = cohortFigures(programme, view);
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date(Number.isNaN(Date.parse(view.computedAt)) ? 0 : Date.parse(view.computedAt));
  summarySheet(workbook, programme, view, rows, texts, locale);

  const enrolled = rows.filter((r) => r.kind !== "comparison" && !r.withheld);
  const costs = workbook.addWorksheet(texts.sheets.costs, { views: [{ state: "frozen", ySplit: 1 }] });
  addTable(
    costs,
    [texts.cohort, texts.costName, texts.category, `${texts.amount} (${programme.currency})`, texts.prorated],
    enrolled.flatMap((r) =>
      (hasFigures(r.evaluation) ? r.evaluation.costs.lines : []).map((l): TCell[] => [r.name, l.name, texts.categories[l.category] ?? l.category, l.amountCents / 100, l.prorated ? texts.yes : texts.no]),
    ),
  );
  costs.columns.forEach((column, i) => (column.width = i === 1 ? 40 : 22));

  const names = new Map(view.measures.map((m) => [m.id, m]));
  const measures = workbook.addWorksheet(texts.sheets.measures, { views: [{ state: "frozen", ySplit: 1 }] });
  addTable(
    measures,
    [texts.cohort, texts.measure, texts.unit, texts.responders, texts.meanImprovement, texts.method, `${texts.benefits} (${programme.currency})`],
    rows
      .filter((r) => !r.withheld)
      .flatMap((r) =>
        (r.evaluation.l4 ?? []).map((m): TCell[] => [
          r.name,
          names.get(m.measureId)?.name ?? m.measureId,
          names.get(m.measureId)?.unit ?? "",
          m.responders,
          m.meanImprovement,
          texts.methods[m.method],
          r.kind === "comparison" ? null : m.benefitCents / 100,
        ]),
      ),
  );
  measures.columns.forEach((column, i) => (column.width = i === 1 ? 36 : 20));

  const steps = workbook.addWorksheet(texts.sheets.steps, { views: [{ state: "frozen", ySplit: 1 }] });
  addTable(
    steps,
    [texts.cohort, texts.step, texts.explanation],
    rows.filter((r) => !r.withheld).flatMap((r) => (view.explanations[r.cohortId] ?? []).map((text, i): TCell[] => [r.name, i + 1, text])),
  );
  steps.getColumn(1).width = 24;
  steps.getColumn(2).width = 8;
  steps.getColumn(3).width = 120;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
