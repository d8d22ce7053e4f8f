import { isLocale, type TLocale } from "../shared/locale";
import type { TColumnMapping, TExistingPerson, TImportIssue, TPersonField, TPersonRecord } from "./fields";
import { resolveColumns } from "./header-recognition";
import { quote, readImportRow, type TCandidate, type TImportRow } from "./import-row";
import { linkManagers } from "./manager-links";
import { indexPeople, type TPeopleIndex } from "./people-index";

export type TPlanPeopleImportInput = {
  headers: readonly string[];
  rows: readonly TImportRow[];
  /** the user's choices; headers not in it are recognised by name */
  mapping?: TColumnMapping;
  /** the organisation's current people, active and inactive */
  existing: readonly TExistingPerson[];
  /** the language of a new person whose language cell is empty or absent */
  defaultLanguage: TLocale;
  newId: () => string;
  /** the line of the header row, where column problems are reported; 1 unless the file starts with blank lines */
  headerLine?: number;
};

export type TPeopleImportPlan = {
  mapping: TColumnMapping;
  missingFields: TPersonField[];
  errors: TImportIssue[];
  warnings: TImportIssue[];
  /** new people, each manager before the people reporting to them */
  creates: TPersonRecord[];
  /** existing people (their own id) whose stored values change */
  updates: TPersonRecord[];
  unchangedCount: number;
  /** rows with at least one error: nothing of them is written */
  rejectedCount: number;
  rowCount: number;
};

const RECORD_FIELDS = [
  "employeeNumber", "firstName", "lastName", "email", "jobTitle", "department",
  "managerId", "startDate", "roleStartDate", "language", "active",
] as const satisfies readonly (keyof TPersonRecord)[];

function samePerson(a: TPersonRecord, b: TExistingPerson): boolean {
  return RECORD_FIELDS.every((field) => a[field] === b[field]);
}

/** Every row after the first with the same email (any case) or employee number is rejected. */
function rejectDuplicates(candidates: readonly TCandidate[], index: TPeopleIndex): Set<TCandidate> {
  const duplicates = new Set<TCandidate>();
  for (const c of candidates) {
    const sameNumber = c.employeeNumber === "" ? undefined : index.rowByNumber.get(c.employeeNumber);
    const sameEmail = c.emailKey === "" ? undefined : index.rowByEmail.get(c.emailKey);
    if (sameNumber && sameNumber !== c) {
      const message = `Employee number ${quote(c.employeeNumber)} is also on line ${sameNumber.line}.`;
      c.errors.push({ row: c.line, field: "employeeNumber", code: "DUPLICATE_EMPLOYEE_NUMBER", message });
      duplicates.add(c);
    }
    if (sameEmail && sameEmail !== c) {
      const message = `Email ${quote(c.email)} is also on line ${sameEmail.line}.`;
      c.errors.push({ row: c.line, field: "email", code: "DUPLICATE_EMAIL", message });
      duplicates.add(c);
    }
  }
  return duplicates;
}

/**
 * Finds each row's existing person: by employee number, else by email. An email held by another existing
 * person (or by a person another row already claims) is an error; a match by email renumbers the person.
 */
function matchExisting(candidates: readonly TCandidate[], skip: Set<TCandidate>, index: TPeopleIndex): void {
  const claimedBy = index.claimant;
  const rows = candidates.filter((c) => !skip.has(c));
  for (const c of rows) {
    const person = c.employeeNumber === "" ? undefined : index.personByNumber.get(c.employeeNumber);
    if (person) {
      c.match = person;
      c.key = person.id;
      claimedBy.set(person.id, c);
    }
  }
  for (const c of rows) {
    const owner = c.emailKey === "" ? undefined : index.personByEmail.get(c.emailKey);
    if (!owner || owner === c.match) continue;
    const claimant = claimedBy.get(owner.id);
    if (c.match || (claimant && claimant !== c)) {
      // Taking over an email that another row frees would collide with it until that row is saved.
      const where = claimant && claimant !== c ? `; line ${claimant.line} changes that person, so import again once it is saved` : "";
      c.errors.push({
        row: c.line,
        field: "email",
        code: "EMAIL_BELONGS_TO_OTHER_PERSON",
        message: `Email ${quote(c.email)} belongs to ${owner.firstName} ${owner.lastName} (employee number ${owner.employeeNumber})${where}.`,
      });
      continue;
    }
    c.match = owner;
    c.key = owner.id;
    claimedBy.set(owner.id, c);
    c.warnings.push({
      row: c.line,
      field: "employeeNumber",
      code: "EMPLOYEE_NUMBER_CHANGED",
      message: `${owner.firstName} ${owner.lastName} (${c.email}) gets employee number ${quote(c.employeeNumber)} instead of ${quote(owner.employeeNumber)}.`,
    });
  }
}

/** Orders new people so that a manager comes before everyone reporting to them (file order otherwise). */
function managersFirst(creates: readonly TPersonRecord[]): TPersonRecord[] {
  const ids = new Set(creates.map((p) => p.id));
  const reports = new Map<string, TPersonRecord[]>();
  const ordered = creates.filter((p) => p.managerId === null || !ids.has(p.managerId));
  for (const p of creates) {
    if (p.managerId === null || !ids.has(p.managerId)) continue;
    const list = reports.get(p.managerId);
    if (list) list.push(p);
    else reports.set(p.managerId, [p]);
  }
  for (let i = 0; i < ordered.length; i++) {
    for (const report of reports.get(ordered[i]?.id ?? "") ?? []) ordered.push(report);
  }
  if (ordered.length !== creates.length) throw new Error("planPeopleImport: a reporting cycle among new people");
  return ordered;
}

/** The person an accepted row describes: its values, or the stored ones for columns the file does not have. */
function toRecord(c: TCandidate, newIds: ReadonlyMap<string, string>, defaultLanguage: TLocale): TPersonRecord {
  const base = c.match;
  return {
    id: base?.id ?? newIds.get(c.key) ?? c.key,
    employeeNumber: c.employeeNumber,
    firstName: c.firstName,
    lastName: c.lastName,
    email: c.email,
    jobTitle: c.jobTitle ?? base?.jobTitle ?? "",
    department: c.department ?? base?.department ?? "",
    managerId: c.managerKey === undefined ? (base?.managerId ?? null) : c.managerKey && (newIds.get(c.managerKey) ?? c.managerKey),
    startDate: c.startDate === undefined ? (base?.startDate ?? null) : c.startDate,
    roleStartDate: c.roleStartDate === undefined ? (base?.roleStartDate ?? null) : c.roleStartDate,
    language: c.language ?? (base && isLocale(base.language) ? base.language : defaultLanguage),
    active: true,
  };
}

/** Warnings that do not stop a row: a role that started before the employment, an inactive manager. */
function warnAbout(c: TCandidate, record: TPersonRecord, inactive: ReadonlySet<string>): void {
  const warn = (field: string, code: string, message: string) => c.warnings.push({ row: c.line, field, code, message });
  const datesInFile = c.startDate !== undefined || c.roleStartDate !== undefined;
  if (datesInFile && record.startDate && record.roleStartDate && record.roleStartDate < record.startDate) {
    warn("roleStartDate", "ROLE_START_BEFORE_START", `Role start date ${record.roleStartDate} is before the start date ${record.startDate}.`);
  }
  if (c.managerKey && inactive.has(c.managerKey)) {
    warn("managerRef", "INACTIVE_MANAGER", `The manager ${quote(c.managerRef ?? "")} is no longer active.`);
  }
}

/**
 * Plans an import of people rows into an organisation, writing nothing: which people to create, update or leave,
 * and why rows are rejected. A row matches an existing person by employee number, else by email (any case).
 *
 * Cells and columns: a column that is not mapped keeps the stored value (a new person gets "", null or the default
 * language). An empty cell in a mapped column clears the value: job title and department become "", dates null,
 * and an empty manager cell means "no manager". Only the language is never cleared: an empty language cell keeps
 * the stored language, and a new person gets `defaultLanguage`. A matched inactive person is reactivated.
 * With a required column missing (or two columns for one field) nothing is planned and every row counts as rejected.
 */
export function planPeopleImport(input: TPlanPeopleImportInput): TPeopleImportPlan {
  const { headers, rows, existing, defaultLanguage, newId } = input;
  const columns = resolveColumns(headers, input.mapping, input.headerLine ?? 1);
  const plan: TPeopleImportPlan = {
    mapping: columns.mapping,
    missingFields: columns.missingFields,
    errors: columns.errors,
    warnings: columns.warnings,
    creates: [],
    updates: [],
    unchangedCount: 0,
    rejectedCount: rows.length,
    rowCount: rows.length,
  };
  if (columns.errors.length > 0) return plan;

  const candidates = rows.map((row, index) => readImportRow(row, columns.columns, headers.length, `\u0000new:${index}`));
  const index = indexPeople(candidates, existing);
  matchExisting(candidates, rejectDuplicates(candidates, index), index);
  linkManagers(candidates, existing, index);

  const accepted = candidates.filter((c) => c.errors.length === 0);
  const newIds = new Map(accepted.filter((c) => !c.match).map((c) => [c.key, newId()]));
  const reactivated = new Set(accepted.flatMap((c) => (c.match ? [c.match.id] : [])));
  const inactive = new Set(existing.filter((p) => !p.active && !reactivated.has(p.id)).map((p) => p.id));
  const creates: TPersonRecord[] = [];
  for (const c of accepted) {
    const record = toRecord(c, newIds, defaultLanguage);
    warnAbout(c, record, inactive);
    if (!c.match) creates.push(record);
    else if (samePerson(record, c.match)) plan.unchangedCount += 1;
    else plan.updates.push(record);
  }
  plan.creates = managersFirst(creates);
  plan.rejectedCount = candidates.length - accepted.length;
  plan.errors = candidates.flatMap((c) => c.errors);
  plan.warnings = [...columns.warnings, ...accepted.flatMap((c) => c.warnings)];
  return plan;
}
