import type { TPerson, TPersonInput, TPersonPatch } from "../../../contracts/people";
import type { TLocale } from "../../i18n";

/** What the person form holds while being edited: plain strings, dates as yyyy-mm-dd or "". */
export type TPersonFormValues = {
  employeeNumber: string;
  firstName: string;
  lastName: string;
  email: string;
  jobTitle: string;
  department: string;
  managerId: string | null;
  managerName: string | null;
  startDate: string;
  roleStartDate: string;
  language: TLocale;
};

/** The form's starting values: the person's, or empty with a default language. */
export function personFormValues(person: TPerson | null, language: TLocale): TPersonFormValues {
  return {
    employeeNumber: person?.employeeNumber ?? "",
    firstName: person?.firstName ?? "",
    lastName: person?.lastName ?? "",
    email: person?.email ?? "",
    jobTitle: person?.jobTitle ?? "",
    department: person?.department ?? "",
    managerId: person?.managerId ?? null,
    managerName: person?.managerName ?? null,
    startDate: person?.startDate ?? "",
    roleStartDate: person?.roleStartDate ?? "",
    language: person?.language ?? language,
  };
}

/** The request body before validation: an empty date means "no date". */
export function personInputCandidate(values: TPersonFormValues): Record<keyof TPersonInput, unknown> {
  return {
    employeeNumber: values.employeeNumber,
    firstName: values.firstName,
    lastName: values.lastName,
    email: values.email.trim(),
    jobTitle: values.jobTitle,
    department: values.department,
    managerId: values.managerId,
    startDate: values.startDate || null,
    roleStartDate: values.roleStartDate || null,
    language: values.language,
  };
}

const PATCHABLE = [
  "employeeNumber",
  "firstName",
  "lastName",
  "email",
  "jobTitle",
  "department",
  "managerId",
  "startDate",
  "roleStartDate",
  "language",
] as const satisfies readonly (keyof TPersonInput & keyof TPerson)[];

/** Only the fields that differ from the stored person, so an edit never overwrites what it did not touch. */
export function changedFields(before: TPerson, after: TPersonInput): TPersonPatch {
  const patch: Record<string, unknown> = {};
  for (const field of PATCHABLE) {
    if (before[field] !== after[field]) patch[field] = after[field];
  }
  return patch as TPersonPatch;
}
