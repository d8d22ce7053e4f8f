// Importing measure values from CSV or XLSX (issue 6): columns employee number (or email), measure (its name),
// period (YYYY-MM) and value, with header names in nl, fr or en. A dry run lists row errors; a commit writes
// every row in one transaction, or nothing when any row is wrong.
import type { TMeasureImportReport } from "../../contracts/evaluation";
import { listMeasures, listPeopleKeys, writeMeasureValues, type TValueWrite } from "../../db/evaluation-measures-repo";
import { bumpProgrammesUsingMeasures } from "../../db/evaluation-programmes-repo";
import { authorise } from "../../domain/policy/index";
import type { TActor } from "../../domain/shared/roles";
import { readTableFile } from "../people/read-table-file";
import type { TAppContext } from "../shared/context";

type TColumn = "employeeNumber" | "email" | "measure" | "period" | "value";

const normalise = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

/** Header names recognised per column (compared after removing accents, case and punctuation). */
const HEADERS: Record<TColumn, readonly string[]> = {
  employeeNumber: ["employee number", "employee no", "employee id", "personeelsnummer", "werknemersnummer", "matricule", "numero d employe", "numero employe", "numero de personnel"],
  email: ["email", "e mail", "mail", "e mailadres", "emailadres", "courriel", "adresse e mail", "adresse email"],
  measure: ["measure", "business measure", "indicator", "kpi", "maatstaf", "meetwaarde", "indicateur", "mesure"],
  period: ["period", "month", "periode", "maand", "mois"],
  value: ["value", "waarde", "valeur"],
};

function mapHeaders(headers: readonly string[]) {
  const index: Partial<Record<TColumn, number>> = {};
  const errors: TMeasureImportReport["errors"] = [];
  headers.forEach((header, i) => {
    const key = normalise(header);
    for (const [column, names] of Object.entries(HEADERS) as [TColumn, readonly string[]][]) {
      if (!names.includes(key)) continue;
      if (index[column] !== undefined) errors.push({ line: 0, field: column, message: `two columns hold ${column}: "${headers[index[column] ?? 0]}" and "${header}"` });
      else index[column] = i;
    }
  });
  return { index, errors };
}

const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])(?:-\d{2}(?:[T ].*)?)?$/;

function parseValue(text: string): number | null {
  const cleaned = text.trim().replace(/\s/g, "");
  if (!/^-?\d+([.,]\d+)?$/.test(cleaned)) return null;
  return Number(cleaned.replace(",", "."));
}

export type TMeasureImportInput = { bytes: Uint8Array; fileName: string; dryRun: boolean };

export async function importMeasureValues(ctx: Pick<TAppContext, "db" | "now">, actor: TActor, input: TMeasureImportInput): Promise<TMeasureImportReport> {
  authorise(actor, "evaluation.manage");
  const organisationId = actor.organisationId;
  const table = await readTableFile(input.bytes, input.fileName);
  const { index, errors } = mapHeaders(table.headers);
  const report = (accepted: number, committed: boolean): TMeasureImportReport => {
    const badLines = new Set(errors.map((e) => e.line));
    return { headers: table.headers, rows: table.rows.length, accepted, rejected: [...badLines].filter((l) => l > 0).length, errors, committed };
  };
  if (index.employeeNumber === undefined && index.email === undefined) errors.push({ line: table.headerLine, field: "employeeNumber", message: "a column with the employee number (or the email) is missing" });
  for (const column of ["measure", "period", "value"] as const) {
    if (index[column] === undefined) errors.push({ line: table.headerLine, field: column, message: `the column ${column} is missing` });
  }
  if (errors.length > 0) return report(0, false);

  const [peopleKeys, measures] = await Promise.all([listPeopleKeys(ctx.db, organisationId), listMeasures(ctx.db, organisationId, { includeArchived: false })]);
  const byNumber = new Map(peopleKeys.map((p) => [p.employeeNumber.trim().toLowerCase(), p.id]));
  const byEmail = new Map(peopleKeys.map((p) => [p.email.trim().toLowerCase(), p.id]));
  const byName = new Map(measures.map((m) => [m.name.trim().toLowerCase(), m.id]));
  const writes: TValueWrite[] = [];
  const cell = (cells: readonly string[], column: TColumn) => (index[column] === undefined ? "" : (cells[index[column] ?? 0] ?? "").trim());

  for (const row of table.rows) {
    const fail = (field: string, message: string) => errors.push({ line: row.line, field, message });
    const number = cell(row.cells, "employeeNumber");
    const email = cell(row.cells, "email");
    const personId = number ? byNumber.get(number.toLowerCase()) : email ? byEmail.get(email.toLowerCase()) : undefined;
    if (!number && !email) fail(index.employeeNumber !== undefined ? "employeeNumber" : "email", "the person is missing");
    else if (!personId) fail(number ? "employeeNumber" : "email", `no person ${number || email} in this organisation`);
    const measureName = cell(row.cells, "measure");
    const measureId = byName.get(measureName.toLowerCase());
    if (!measureName) fail("measure", "the measure is missing");
    else if (!measureId) fail("measure", `no measure named "${measureName}"`);
    const period = PERIOD.exec(cell(row.cells, "period"));
    if (!period) fail("period", "the period must be a month as YYYY-MM");
    const text = cell(row.cells, "value");
    const value = parseValue(text);
    if (value === null || !Number.isFinite(value)) fail("value", text === "" ? "the value is missing" : `"${text}" is not a number`);
    else if (value < 0) fail("value", "a measure value cannot be negative");
    if (personId && measureId && period && value !== null && Number.isFinite(value) && value >= 0) {
      writes.push({ personId, measureId, period: `${period[1]}-${period[2]}`, value });
    }
  }
  if (errors.length > 0 || input.dryRun) return report(writes.length, false);
  await ctx.db.transaction(async (tx) => {
    await writeMeasureValues(tx, organisationId, writes, ctx.now());
    await bumpProgrammesUsingMeasures(tx, organisationId, [...new Set(writes.map((w) => w.measureId))], ctx.now());
  });
  return report(writes.length, true);
}
