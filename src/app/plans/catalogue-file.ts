// The catalogue as a flat table (CSV or XLSX) and back. Lists inside a cell are separated by "|"; a challenge is
// "challengeId:weight". An exported file re-imports unchanged: cells a spreadsheet would run as formulas are
// neutralised on export and restored on import (as for people).
import ExcelJS from "exceljs";
import type { TCatalogueRowError } from "../../contracts/catalogue";
import { validateModule, type TDevelopmentModule } from "../../domain/plans/index";
import { neutraliseCell, restoreNeutralisedCell } from "../../domain/people/index";
import { DomainError } from "../../domain/shared/errors";
import type { TTableFile } from "../people/read-table-file";

/** The columns, in order; every one is needed to import. */
export const CATALOGUE_COLUMNS = [
  "id",
  "format",
  "hours",
  "cost_cents",
  "currency",
  "seats_per_period",
  "languages",
  "provider",
  "title_nl",
  "title_fr",
  "title_en",
  "description_nl",
  "description_fr",
  "description_en",
  "challenges",
  "builds_on",
  "situations",
] as const;
type TColumn = (typeof CATALOGUE_COLUMNS)[number];

/** One module as the row's cells, in column order, neutralised against formulas. */
export function moduleCells(m: TDevelopmentModule): string[] {
  const values: Record<TColumn, string> = {
    id: m.id,
    format: m.format,
    hours: String(m.hours),
    cost_cents: String(m.cost.cents),
    currency: m.cost.currency,
    seats_per_period: m.seatsPerPeriod === null ? "" : String(m.seatsPerPeriod),
    languages: m.languages.join("|"),
    provider: m.provider,
    title_nl: m.title.nl,
    title_fr: m.title.fr,
    title_en: m.title.en,
    description_nl: m.description.nl,
    description_fr: m.description.fr,
    description_en: m.description.en,
    challenges: m.challenges.map((c) => `${c.challengeId}:${c.weight}`).join("|"),
    builds_on: m.buildsOn.join("|"),
    situations: m.situations.join("|"),
  };
  return CATALOGUE_COLUMNS.map((column) => neutraliseCell(values[column]));
}

function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** RFC 4180 CSV: UTF-8 with a BOM, comma-separated, CRLF line ends. */
export function writeCatalogueCsv(modules: readonly TDevelopmentModule[]): string {
  const lines = [[...CATALOGUE_COLUMNS], ...modules.map(moduleCells)].map((cells) => cells.map(csvField).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

/** One sheet, bold frozen header row, every value a text cell. */
export async function writeCatalogueXlsx(modules: readonly TDevelopmentModule[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Catalogue", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = CATALOGUE_COLUMNS.map((header) => ({ header, width: Math.max(12, header.length + 2) }));
  sheet.getRow(1).font = { bold: true };
  for (const m of modules) sheet.addRow(moduleCells(m));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const NUMBER = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;
/** A number when the text is one; else the text itself, so that validation names the field. */
function numberOrText(text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  return NUMBER.test(trimmed) ? Number(trimmed) : trimmed;
}

const split = (text: string) =>
  text
    .split("|")
    .map((part) => part.trim())
    .filter((part) => part !== "");

/** The row's cells as a module for validateModule (unvalidated). */
export function moduleFromCells(get: (column: TColumn) => string): Record<string, unknown> {
  const seats = get("seats_per_period").trim();
  return {
    id: get("id").trim(),
    format: get("format").trim(),
    hours: numberOrText(get("hours")),
    cost: { cents: numberOrText(get("cost_cents")), currency: get("currency").trim() },
    seatsPerPeriod: seats === "" ? null : numberOrText(seats),
    languages: split(get("languages")),
    provider: get("provider"),
    title: { nl: get("title_nl"), fr: get("title_fr"), en: get("title_en") },
    description: { nl: get("description_nl"), fr: get("description_fr"), en: get("description_en") },
    challenges: split(get("challenges")).map((part) => {
      const at = part.lastIndexOf(":");
      return at < 0 ? { challengeId: part, weight: undefined } : { challengeId: part.slice(0, at).trim(), weight: numberOrText(part.slice(at + 1)) };
    }),
    buildsOn: split(get("builds_on")),
    situations: split(get("situations")),
  };
}

/** The column a domain field lives in, e.g. `cost.cents` → cost_cents, `challenges[0].weight` → challenges. */
export function columnOfField(field: string | undefined): string {
  if (!field) return "id";
  if (field === "cost.cents" || field === "cost") return "cost_cents";
  if (field === "cost.currency") return "currency";
  if (field === "seatsPerPeriod") return "seats_per_period";
  const local = /^(title|description)\.(nl|fr|en)$/.exec(field);
  if (local) return `${local[1]}_${local[2]}`;
  if (field.startsWith("title")) return "title_en";
  if (field.startsWith("description")) return "description_en";
  if (field.startsWith("challenges")) return "challenges";
  if (field.startsWith("buildsOn")) return "builds_on";
  if (field.startsWith("situations")) return "situations";
  if (field.startsWith("languages")) return "languages";
  return field;
}

const NUL = "\u0000";
/** PostgreSQL cannot store a NUL character in text or JSON: refuse it, naming the field. */
export function refuseNul(m: TDevelopmentModule): TDevelopmentModule {
  for (const part of ["title", "description"] as const) {
    for (const lang of ["nl", "fr", "en"] as const) {
      if (m[part][lang].includes(NUL)) throw new DomainError("VALIDATION", `${part}.${lang} contains a NUL character`, `${part}.${lang}`);
    }
  }
  if (m.provider.includes(NUL)) throw new DomainError("VALIDATION", "provider contains a NUL character", "provider");
  return m;
}

/** A module id can only have the shape validateModule accepts; anything else is simply not found. */
export const MODULE_ID_SHAPE = /^[a-z0-9][a-z0-9_-]{0,79}$/;

export type TParsedCatalogue = { modules: { line: number; module: TDevelopmentModule }[]; errors: TCatalogueRowError[]; rows: number };

/**
 * Reads the table into validated modules. Every refused row is listed by its line and column; a missing
 * column refuses the file at the header line. `currency` is the organisation's: any other is refused.
 */
export function parseCatalogueTable(
  table: Pick<TTableFile, "headers" | "headerLine" | "rows">,
  currency: string,
  reserved: ReadonlySet<string> = new Set(),
): TParsedCatalogue {
  const index = new Map(table.headers.map((h, i) => [h.trim().toLowerCase(), i]));
  const missing = CATALOGUE_COLUMNS.filter((column) => !index.has(column));
  if (missing.length > 0) {
    return {
      modules: [],
      rows: table.rows.length,
      errors: missing.map((column) => ({ row: table.headerLine, field: column, message: `the column ${column} is missing` })),
    };
  }
  const modules: TParsedCatalogue["modules"] = [];
  const errors: TCatalogueRowError[] = [];
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    const get = (column: TColumn) => restoreNeutralisedCell(row.cells[index.get(column) ?? -1] ?? "");
    let module: TDevelopmentModule;
    try {
      module = refuseNul(validateModule(moduleFromCells(get)));
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      errors.push({ row: row.line, field: columnOfField(error.field), message: error.message });
      continue;
    }
    if (reserved.has(module.id)) {
      errors.push({ row: row.line, field: "id", message: `${module.id} is a reserved word; choose another id` });
      continue;
    }
    if (module.cost.currency !== currency) {
      errors.push({ row: row.line, field: "currency", message: `the organisation's catalogue is in ${currency}, not ${module.cost.currency}` });
      continue;
    }
    const earlier = seen.get(module.id);
    if (earlier !== undefined) {
      errors.push({ row: row.line, field: "id", message: `the id ${module.id} is already used on line ${earlier}` });
      continue;
    }
    seen.set(module.id, row.line);
    modules.push({ line: row.line, module });
  }
  return { modules, errors, rows: table.rows.length };
}
