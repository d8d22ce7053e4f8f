import type { TLocale } from "../shared/locale";

/** The fields an import column can map to; `contracts/people.ts` re-exports this list. */
export const PERSON_FIELDS = [
  "employeeNumber",
  "firstName",
  "lastName",
  "email",
  "jobTitle",
  "department",
  "managerRef",
  "startDate",
  "roleStartDate",
  "language",
] as const;
export type TPersonField = (typeof PERSON_FIELDS)[number];

/** Without a column for each of these an import cannot run. */
export const REQUIRED_PERSON_FIELDS = ["employeeNumber", "firstName", "lastName", "email"] as const;

/** Column header (as in the file) -> field, or null to ignore the column. */
export type TColumnMapping = Record<string, TPersonField | null>;

/** One problem found in an import; `row` is the line (CSV) or row number (XLSX) the user sees. */
export type TImportIssue = { row: number; field: string; code: string; message: string };

/** A person as stored: every column of the people directory the import may write. */
export type TPersonRecord = {
  id: string;
  employeeNumber: string;
  firstName: string;
  lastName: string;
  email: string;
  jobTitle: string;
  department: string;
  managerId: string | null;
  /** ISO yyyy-mm-dd */
  startDate: string | null;
  /** ISO yyyy-mm-dd */
  roleStartDate: string | null;
  language: TLocale;
  active: boolean;
};

/** A stored person as the repository reads it: the language is any text there. */
export type TExistingPerson = Omit<TPersonRecord, "language"> & { language: string };

/** The longest value each text field accepts; the same limits as the person contract. */
export const MAX_LENGTH = {
  employeeNumber: 64,
  firstName: 200,
  lastName: 200,
  email: 320,
  jobTitle: 200,
  department: 200,
} as const;
