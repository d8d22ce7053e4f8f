import type { TLocale } from "../shared/locale";
import { MAX_LENGTH, type TExistingPerson, type TImportIssue, type TPersonField } from "./fields";
import { restoreNeutralisedCell } from "./neutralise-cell";
import { emailKey, isValidEmail, parseDate, parseFreeText, parseLanguage, parseLineText, type TValueResult } from "./person-values";

/** One data row of a table file: its cells and the line (CSV) or row number (XLSX) the user sees. */
export type TImportRow = { line: number; cells: readonly string[] };

/**
 * One row read into person values, and its state in the planner. An optional field is `undefined` when no
 * column gives it (the stored value is kept), and "" or null when its cell is empty.
 */
export type TCandidate = {
  line: number;
  errors: TImportIssue[];
  warnings: TImportIssue[];
  employeeNumber: string;
  firstName: string;
  lastName: string;
  email: string;
  /** lower-cased email, "" when the email is missing or invalid */
  emailKey: string;
  jobTitle: string | undefined;
  department: string | undefined;
  managerRef: string | null | undefined;
  startDate: string | null | undefined;
  roleStartDate: string | null | undefined;
  language: TLocale | null | undefined;
  /** the person: an existing id, or a placeholder until a new person gets an id */
  key: string;
  match: TExistingPerson | undefined;
  /** the manager's person key; null: no manager; undefined: not resolved (no column, or rejected) */
  managerKey: string | null | undefined;
  /** the file row the manager was found through, when it was */
  managerVia: TCandidate | undefined;
};

/** English names of the fields, for messages. */
export const FIELD_LABELS: Record<TPersonField, string> = {
  employeeNumber: "Employee number",
  firstName: "First name",
  lastName: "Last name",
  email: "Email",
  jobTitle: "Job title",
  department: "Department",
  managerRef: "Manager",
  startDate: "Start date",
  roleStartDate: "Role start date",
  language: "Language",
};

/** A value as it appears in a message: quoted, escaped, and shortened when long. */
export function quote(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
}

type TColumns = Partial<Record<TPersonField, number>>;

function cellOf(row: TImportRow, columns: TColumns, field: TPersonField): string | undefined {
  const index = columns[field];
  if (index === undefined) return undefined;
  return restoreNeutralisedCell((row.cells[index] ?? "").trim()).trim();
}

function take<T>(errors: TImportIssue[], line: number, field: TPersonField, raw: string, result: TValueResult<T>): T | undefined {
  if (result.ok) return result.value;
  errors.push({ row: line, field, code: result.code, message: `${FIELD_LABELS[field]} ${quote(raw)} ${result.reason}.` });
  return undefined;
}

function required(row: TImportRow, columns: TColumns, errors: TImportIssue[], field: "employeeNumber" | "firstName" | "lastName"): string {
  const raw = cellOf(row, columns, field) ?? "";
  if (raw === "") {
    errors.push({ row: row.line, field, code: "REQUIRED", message: `${FIELD_LABELS[field]} is required.` });
    return "";
  }
  return take(errors, row.line, field, raw, parseLineText(raw, MAX_LENGTH[field])) ?? "";
}

function freeText(row: TImportRow, columns: TColumns, errors: TImportIssue[], field: "jobTitle" | "department"): string | undefined {
  const raw = cellOf(row, columns, field);
  return raw === undefined ? undefined : (take(errors, row.line, field, raw, parseFreeText(raw, MAX_LENGTH[field])) ?? "");
}

function date(row: TImportRow, columns: TColumns, errors: TImportIssue[], field: "startDate" | "roleStartDate"): string | null | undefined {
  const raw = cellOf(row, columns, field);
  if (raw === undefined) return undefined;
  return raw === "" ? null : (take(errors, row.line, field, raw, parseDate(raw)) ?? null);
}

/** Reads one row through the column map; every problem becomes one issue on the row's line. */
export function readImportRow(row: TImportRow, columns: TColumns, headerCount: number, key: string): TCandidate {
  const errors: TImportIssue[] = [];
  const line = row.line;
  const employeeNumber = required(row, columns, errors, "employeeNumber");
  const firstName = required(row, columns, errors, "firstName");
  const lastName = required(row, columns, errors, "lastName");
  const rawEmail = cellOf(row, columns, "email") ?? "";
  let email = "";
  if (rawEmail === "") errors.push({ row: line, field: "email", code: "REQUIRED", message: "Email is required." });
  else if (isValidEmail(rawEmail)) email = rawEmail;
  else errors.push({ row: line, field: "email", code: "INVALID_EMAIL", message: `Email ${quote(rawEmail)} is not a valid email address.` });
  const jobTitle = freeText(row, columns, errors, "jobTitle");
  const department = freeText(row, columns, errors, "department");
  const rawManager = cellOf(row, columns, "managerRef");
  let managerRef: string | null | undefined = rawManager === undefined ? undefined : null;
  if (rawManager) managerRef = take(errors, line, "managerRef", rawManager, parseLineText(rawManager, MAX_LENGTH.email)) ?? null;
  const startDate = date(row, columns, errors, "startDate");
  const roleStartDate = date(row, columns, errors, "roleStartDate");
  const rawLanguage = cellOf(row, columns, "language");
  const language = rawLanguage === undefined ? undefined : (take(errors, line, "language", rawLanguage, parseLanguage(rawLanguage)) ?? null);
  for (let i = headerCount; i < row.cells.length; i++) {
    if ((row.cells[i] ?? "").trim() === "") continue;
    const message = "This row has values beyond the last column; is there a separator inside an unquoted value?";
    errors.push({ row: line, field: "", code: "EXTRA_VALUES", message });
    break;
  }
  return {
    line, errors, warnings: [], employeeNumber, firstName, lastName, email, emailKey: emailKey(email),
    jobTitle, department, managerRef, startDate, roleStartDate, language,
    key, match: undefined, managerKey: undefined, managerVia: undefined,
  };
}
