import { MAX_LENGTH, type TPersonRecord } from "../people/fields";
import { isValidEmail, parseFreeText, parseLineText } from "../people/person-values";
import type { TLocale } from "../shared/locale";
import { scimError } from "./errors";
import type { TScimUserDraft } from "./user-draft";

/** A SCIM User in Sterk's fields, complete and valid. */
export type TScimUserValues = {
  userName: string;
  externalId: string | null;
  givenName: string;
  familyName: string;
  email: string;
  title: string;
  language: TLocale;
  active: boolean;
  employeeNumber: string;
  department: string;
  managerId: string | null;
};

/** A person of the directory as SCIM reads and writes them: the stored fields but the dates, and the IdP's ids. */
export type TScimPerson = Omit<TPersonRecord, "startDate" | "roleStartDate"> & { externalId: string | null; scimUserName: string | null };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_USER_NAME = 320;
const MAX_EXTERNAL_ID = 255;

function line(field: string, raw: string, max: number): string {
  const parsed = parseLineText(raw, max);
  if (!parsed.ok) throw scimError("invalidValue", `${field} ${parsed.reason}`, field);
  return parsed.value;
}

function free(field: string, raw: string, max: number): string {
  const parsed = parseFreeText(raw, max);
  if (!parsed.ok) throw scimError("invalidValue", `${field} ${parsed.reason}`, field);
  return parsed.value;
}

/**
 * Fills a draft's gaps and checks it: userName is required; the email falls back to a userName that is an address;
 * the employee number (required in Sterk) to the externalId, then the userName; the language to the organisation's;
 * name parts to the display name's words. Wrong values are 400 invalidValue naming the attribute.
 */
export function completeUser(draft: TScimUserDraft, defaults: { language: TLocale }): TScimUserValues {
  const userName = line("userName", draft.userName ?? "", MAX_USER_NAME);
  if (!userName) throw scimError("invalidValue", "userName is required", "userName");
  const externalId = draft.externalId ? line("externalId", draft.externalId, MAX_EXTERNAL_ID) || null : null;
  const email = line("emails", draft.email ?? (isValidEmail(userName) ? userName : ""), MAX_LENGTH.email);
  if (!email) throw scimError("invalidValue", "a person needs an email address (emails)", "emails");
  if (!isValidEmail(email)) throw scimError("invalidValue", "emails: not an email address", "emails");
  let givenName = line("name.givenName", draft.givenName ?? "", MAX_LENGTH.firstName);
  let familyName = line("name.familyName", draft.familyName ?? "", MAX_LENGTH.lastName);
  if (!givenName && !familyName && draft.displayName) {
    const [first = "", ...rest] = line("displayName", draft.displayName, MAX_LENGTH.firstName + MAX_LENGTH.lastName).split(/\s+/);
    givenName = first.slice(0, MAX_LENGTH.firstName);
    familyName = rest.join(" ").slice(0, MAX_LENGTH.lastName);
  }
  const employeeNumber = line("employeeNumber", draft.employeeNumber || externalId || userName, MAX_LENGTH.employeeNumber);
  const managerId = draft.managerId ?? null;
  if (managerId !== null && !UUID.test(managerId)) throw scimError("invalidValue", "manager must be the SCIM id of a person of this organisation", "manager");
  return {
    userName,
    externalId,
    givenName,
    familyName,
    email,
    title: free("title", draft.title ?? "", MAX_LENGTH.jobTitle),
    language: draft.language ?? defaults.language,
    active: draft.active ?? true,
    employeeNumber,
    department: free("department", draft.department ?? "", MAX_LENGTH.department),
    managerId: managerId?.toLowerCase() ?? null,
  };
}

/** A person's SCIM values: the userName is the stored SCIM userName, else the email. */
export function scimValuesOf(person: TScimPerson): TScimUserValues {
  return {
    userName: person.scimUserName ?? person.email,
    externalId: person.externalId,
    givenName: person.firstName,
    familyName: person.lastName,
    email: person.email,
    title: person.jobTitle,
    language: person.language,
    active: person.active,
    employeeNumber: person.employeeNumber,
    department: person.department,
    managerId: person.managerId,
  };
}

/** The directory's fields for SCIM values; a userName equal to the email is not stored twice. */
export function personFieldsOf(values: TScimUserValues): Omit<TScimPerson, "id"> {
  return {
    employeeNumber: values.employeeNumber,
    firstName: values.givenName,
    lastName: values.familyName,
    email: values.email,
    jobTitle: values.title,
    department: values.department,
    managerId: values.managerId,
    language: values.language,
    active: values.active,
    externalId: values.externalId,
    scimUserName: values.userName === values.email ? null : values.userName,
  };
}

/** A draft holding every value (the starting point of a PATCH). */
export function draftOf(values: TScimUserValues): TScimUserDraft {
  return { ...values };
}
