import { z } from "zod";
import { ZLocale, ZUuid } from "./common";

/**
 * `?managerPersonId=` or `?department=` (HR: any team or department); neither: the reader's own direct reports.
 * `?lang=`: the reader's language.
 */
export const ZTeamStrengthsQuery = z.strictObject({
  lang: ZLocale.optional(),
  managerPersonId: ZUuid.optional(),
  department: z.string().trim().min(1).max(200).optional(),
});
export type TTeamStrengthsQuery = z.infer<typeof ZTeamStrengthsQuery>;

/** A talent one member brings: its place among their top five (1 = most distinctive) and the facet's percentile. */
const ZTeamTalentHolder = z.object({ personId: ZUuid, rank: z.number().int().min(1).max(5), percentile: z.number() });

/** One row of the grid: a talent and the members who bring it among their top five. */
export const ZTeamTalentRow = z.object({
  talentId: z.string(),
  name: z.string(),
  description: z.string(),
  facetName: z.string(),
  holders: z.array(ZTeamTalentHolder),
});

/** One column of the grid: a member who shares their report with the reader and has a completed profile. */
export const ZTeamMember = z.object({
  personId: ZUuid,
  name: z.string(),
  topTalents: z.array(z.object({ talentId: z.string(), name: z.string(), rank: z.number().int(), percentile: z.number() })),
});

/** The team strengths grid: who brings what, only members who share with the reader, never a group under the minimum. */
export const ZTeamStrengths = z.object({
  locale: ZLocale,
  generatedAt: z.string(),
  team: z.object({
    kind: z.enum(["direct-reports", "department"]),
    /** the manager's name or the department */
    label: z.string(),
    managerPersonId: ZUuid.nullable(),
    department: z.string().nullable(),
  }),
  counts: z.object({
    /** active members of the team */
    members: z.number().int(),
    /** of whom share their report with the reader */
    sharing: z.number().int(),
    /** of whom also have a completed strengths profile (the grid's columns) */
    withProfile: z.number().int(),
  }),
  minimum: z.number().int(),
  /** false when fewer than `minimum` members share a completed profile with the reader: nothing is shown */
  shown: z.boolean(),
  members: z.array(ZTeamMember),
  talents: z.array(ZTeamTalentRow),
  /** HR only: the teams it can pick (null for a line manager) */
  choices: z
    .object({ departments: z.array(z.string()), managers: z.array(z.object({ personId: ZUuid, name: z.string() })) })
    .nullable(),
});
export type TTeamStrengths = z.infer<typeof ZTeamStrengths>;
