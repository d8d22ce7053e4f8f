import type { TExistingPerson, TPersonRecord } from "./fields";
import type { TImportRow } from "./import-row";
import { planPeopleImport, type TPeopleImportPlan, type TPlanPeopleImportInput } from "./plan-people-import";

/** The columns of a typical English HR export, in order. */
export const HEADERS = [
  "Employee number", "First name", "Last name", "Email", "Manager", "Start date", "Role start date", "Language", "Job title", "Department",
] as const;

type TRowInput = Partial<Record<(typeof HEADERS)[number], string>>;

/** A file row; only the given columns are filled, lines count from 2 (the header is line 1). */
export function rows(...values: TRowInput[]): TImportRow[] {
  return values.map((v, i) => ({ line: i + 2, cells: HEADERS.map((h) => v[h] ?? "") }));
}

/** A minimal valid row for employee `n`. */
export function row(n: string, extra: TRowInput = {}): TRowInput {
  return { "Employee number": n, "First name": `First${n}`, "Last name": `Last${n}`, Email: `${n.toLowerCase()}@acme.be`, ...extra };
}

/** A stored person; values match `row(n)`. */
export function stored(n: string, extra: Partial<TPersonRecord> = {}): TExistingPerson {
  return {
    id: `id-${n}`, employeeNumber: n, firstName: `First${n}`, lastName: `Last${n}`, email: `${n.toLowerCase()}@acme.be`,
    jobTitle: "", department: "", managerId: null, startDate: null, roleStartDate: null, language: "nl", active: true, ...extra,
  };
}

let lastId = 0;

/** Plans with never-reused new ids (new-1, new-2 …) and Dutch as the default language. */
export function plan(fileRows: TImportRow[], existing: TExistingPerson[] = [], extra: Partial<TPlanPeopleImportInput> = {}): TPeopleImportPlan {
  return planPeopleImport({ headers: [...HEADERS], rows: fileRows, existing, defaultLanguage: "nl", newId: () => `new-${++lastId}`, ...extra });
}

/** The stored people after applying a plan. */
export function apply(existing: readonly TExistingPerson[], result: TPeopleImportPlan): TExistingPerson[] {
  const byId = new Map(existing.map((p) => [p.id, p]));
  for (const p of [...result.creates, ...result.updates]) byId.set(p.id, p);
  return [...byId.values()];
}

/** Error codes by line, for compact assertions. */
export function codes(result: TPeopleImportPlan): [number, string][] {
  return result.errors.map((e) => [e.row, e.code]);
}
