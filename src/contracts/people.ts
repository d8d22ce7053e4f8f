import { z } from "zod";
import { PERSON_FIELDS } from "../domain/people/fields";
import { ZIsoDate, ZLocale, ZUuid, zText } from "./common";
import { ZAccountState, ZPersonAccount } from "./invitations";

export const ZPerson = z.object({
  id: ZUuid,
  employeeNumber: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  email: z.string(),
  jobTitle: z.string(),
  department: z.string(),
  managerId: ZUuid.nullable(),
  managerName: z.string().nullable(),
  startDate: ZIsoDate.nullable(),
  roleStartDate: ZIsoDate.nullable(),
  language: ZLocale,
  active: z.boolean(),
  /** the person's account in this organisation (state, invitation, roles) */
  account: ZPersonAccount,
});
export type TPerson = z.infer<typeof ZPerson>;

const text = (max: number) => zText().trim().max(max);

/** Create a person; the same fields, all optional but the identity ones, for an edit. */
export const ZPersonInput = z.strictObject({
  employeeNumber: text(64).min(1),
  firstName: text(200).min(1),
  lastName: text(200).min(1),
  email: z.email().max(320),
  jobTitle: text(200).default(""),
  department: text(200).default(""),
  managerId: ZUuid.nullable().default(null),
  startDate: ZIsoDate.nullable().default(null),
  roleStartDate: ZIsoDate.nullable().default(null),
  language: ZLocale.default("nl"),
});
export type TPersonInput = z.infer<typeof ZPersonInput>;

export const ZPersonPatch = z.strictObject({
  employeeNumber: text(64).min(1).optional(),
  firstName: text(200).min(1).optional(),
  lastName: text(200).min(1).optional(),
  email: z.email().max(320).optional(),
  jobTitle: text(200).optional(),
  department: text(200).optional(),
  managerId: ZUuid.nullable().optional(),
  startDate: ZIsoDate.nullable().optional(),
  roleStartDate: ZIsoDate.nullable().optional(),
  language: ZLocale.optional(),
  active: z.boolean().optional(),
});
export type TPersonPatch = z.infer<typeof ZPersonPatch>;

export const ZPeopleQuery = z.strictObject({
  q: zText().max(200).optional(),
  includeInactive: z.enum(["true", "false"]).optional(),
  /** only people whose account is in this state */
  accountState: ZAccountState.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const ZPeoplePage = z.object({ total: z.number().int(), items: z.array(ZPerson) });
export type TPeoplePage = z.infer<typeof ZPeoplePage>;

/** GET /api/people/picker: a few active people found by name or department (the pickers' search). */
export const ZPeoplePickerQuery = z.strictObject({
  q: zText().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(20).default(10),
});
/** A person as a picker shows them: name and department, never contact data. */
export const ZPersonToPick = z.object({ id: ZUuid, firstName: z.string(), lastName: z.string(), department: z.string() });
export const ZPeopleToPick = z.object({ items: z.array(ZPersonToPick) });
export type TPeopleToPick = z.infer<typeof ZPeopleToPick>;

export type TOrgChartNode = {
  id: string;
  name: string;
  jobTitle: string;
  department: string;
  children: TOrgChartNode[];
};
// A named schema, so the OpenAPI document can refer to it recursively.
export const ZOrgChartNode: z.ZodType<TOrgChartNode> = z
  .lazy(() =>
    z.object({
      id: ZUuid,
      name: z.string(),
      jobTitle: z.string(),
      department: z.string(),
      children: z.array(ZOrgChartNode),
    }),
  )
  .meta({ id: "OrgChartNode" });
export const ZOrgChart = z.object({ roots: z.array(ZOrgChartNode) });

/** The fields an import column can map to (the domain owns the list). */
export { PERSON_FIELDS, type TPersonField } from "../domain/people/fields";
export const ZPersonField = z.enum(PERSON_FIELDS);

/** Column header (as in the file) -> field, or null to ignore the column. */
export const ZColumnMapping = z.record(z.string(), ZPersonField.nullable());
export type TColumnMapping = z.infer<typeof ZColumnMapping>;

export const ZImportIssue = z.object({
  row: z.number().int(),
  field: z.string(),
  code: z.string(),
  message: z.string(),
});
export type TImportIssue = z.infer<typeof ZImportIssue>;

/** The result of a preview (nothing written) or a commit; the CLI's --json prints the same. */
export const ZImportReport = z.object({
  headers: z.array(z.string()),
  mapping: ZColumnMapping,
  missingFields: z.array(ZPersonField),
  rows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.number().int(),
  errors: z.array(ZImportIssue),
  warnings: z.array(ZImportIssue),
  committed: z.boolean(),
});
export type TImportReport = z.infer<typeof ZImportReport>;
