import { z } from "zod";

/** One stored row as exported: its columns (camelCase) without the organisation id; dates as ISO strings. */
const ZRow = z.record(z.string(), z.unknown());

/** Everything Sterk holds about one person of an organisation (decision 0021). `version` changes with the shape. */
export const ZPersonDataExport = z
  .object({
    format: z.literal("sterk-person-data"),
    version: z.literal(1),
    exportedAt: z.string(),
    organisation: z.object({ slug: z.string(), name: z.string() }),
    person: z.object({
      id: z.string(),
      employeeNumber: z.string(),
      firstName: z.string(),
      lastName: z.string(),
      email: z.string(),
      jobTitle: z.string(),
      department: z.string(),
      managerId: z.string().nullable(),
      startDate: z.string().nullable(),
      roleStartDate: z.string().nullable(),
      language: z.string(),
      active: z.boolean(),
      externalId: z.string().nullable(),
      createdAt: z.string(),
      updatedAt: z.string(),
    }),
    /** the account linked to the person: no password hash, token hashes or two-factor secrets */
    account: z
      .object({
        email: z.string(),
        displayName: z.string(),
        locale: z.string().nullable(),
        createdAt: z.string(),
        hasPassword: z.boolean(),
        passwordChangedAt: z.string().nullable(),
        twoFactorEnabledAt: z.string().nullable(),
        roles: z.array(z.string()),
        memberSince: z.string(),
        deactivatedAt: z.string().nullable(),
        openSessions: z.number().int(),
        signInIdentities: z.array(ZRow),
        apiTokens: z.array(ZRow),
        mentorProfile: ZRow.nullable(),
        mentoringPreferences: ZRow.nullable(),
      })
      .nullable(),
    invitations: z.array(ZRow),
    assessments: z.array(ZRow),
    reportSharing: ZRow.nullable(),
    feedback: z.object({
      /** 360° campaigns about the person: status, dates and per rater group how many were nominated and answered */
      campaignsAboutThem: z.array(ZRow),
      /** the person's own answers as a rater (self rating, and ratings of others they gave as a person of the directory) */
      ownRatings: z.array(ZRow),
    }),
    plans: z.object({ plans: z.array(ZRow), versions: z.array(ZRow), events: z.array(ZRow), proposals: z.array(ZRow), personBudget: ZRow.nullable() }),
    mentoring: z.object({
      engagements: z.array(ZRow),
      sessions: z.array(ZRow),
      actionItems: z.array(ZRow),
      checkIns: z.array(ZRow),
      closureFeedback: z.array(ZRow),
      /** shared notes and the person's own notes; a mentor's private notes are the mentor's and are not included */
      notes: z.array(ZRow),
      notesWrittenElsewhere: z.array(ZRow),
      enrolments: z.array(ZRow),
      reactions: z.array(ZRow),
    }),
    evaluation: z.object({ programmeMemberships: z.array(ZRow), measureValues: z.array(ZRow), benefitEstimates: z.array(ZRow) }),
    /** emails of the organisation sent to the person: kind, subject, status, dates (no bodies: they hold sign-in links) */
    emails: z.array(ZRow),
  })
  ;
export type TPersonDataExport = z.infer<typeof ZPersonDataExport>;

/** The erase request: the person's employee number or full name, typed to confirm. */
export const ZPersonEraseInput = z
  .object({ confirmation: z.string().min(1).max(400).describe("the person's employee number or full name (first and last name), typed to confirm") })
  ;

/** The erasure's log entry: an opaque reference, when, and whether this request did it or an earlier one. */
export const ZPersonErasure = z
  .object({ reference: z.uuid(), erasedAt: z.string(), alreadyErased: z.boolean() })
  ;
export type TPersonErasure = z.infer<typeof ZPersonErasure>;

export const ZPersonDataExportQuery = z.object({ format: z.enum(["json", "pdf"]).default("json"), language: z.enum(["nl", "fr", "en"]).optional() });
