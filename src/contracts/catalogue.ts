import { z } from "zod";
import { ZLocale } from "./common";

/** The kinds of development module (domain MODULE_FORMATS). */
export const MODULE_FORMAT_VALUES = ["mentoring_track", "workshop", "elearning", "book", "peer_circle", "on_the_job", "job_shadowing"] as const;
export const ZModuleFormat = z.enum(MODULE_FORMAT_VALUES);
export type TModuleFormat = z.infer<typeof ZModuleFormat>;
export const SITUATION_VALUES = ["new-in-role", "hard-time", "can-do-more"] as const;

const ZLocalisedText = z.object({ nl: z.string(), fr: z.string(), en: z.string() });

/**
 * A module as written (POST/PUT): the domain's TDevelopmentModule. The server validates every field itself
 * (validateModule) so that a refusal names the field as `cost.cents` or `challenges[0].weight`.
 */
export const ZModuleInput = z
  .object({
    id: z.unknown().optional().meta({ description: "lower-case letters, digits, - and _; at most 80" }),
    title: z.unknown().optional().meta({ description: "{ nl, fr, en }" }),
    description: z.unknown().optional().meta({ description: "{ nl, fr, en }" }),
    format: z.unknown().optional().meta({ description: MODULE_FORMAT_VALUES.join(" | ") }),
    hours: z.unknown().optional().meta({ description: "hours of effort per participant, > 0" }),
    cost: z.unknown().optional().meta({ description: "{ cents: whole non-negative cents, currency: the organisation's ISO 4217 code }" }),
    seatsPerPeriod: z.unknown().optional().meta({ description: "whole number ≥ 0, or null for unlimited" }),
    languages: z.unknown().optional().meta({ description: "non-empty list of nl, fr, en" }),
    provider: z.unknown().optional(),
    challenges: z.unknown().optional().meta({ description: "[{ challengeId, weight 0..1 }], at least one" }),
    buildsOn: z.unknown().optional().meta({ description: "talent ids" }),
    situations: z.unknown().optional().meta({ description: SITUATION_VALUES.join(" | ") }),
  })
  .meta({
    description: "A development module. The server validates every field and names a bad one as `cost.cents` or `challenges[0].weight`.",
  });
/** What the web form sends: the same shape, typed. */
export type TModuleInput = {
  id: string;
  title: { nl: string; fr: string; en: string };
  description: { nl: string; fr: string; en: string };
  format: TModuleFormat;
  hours: number;
  cost: { cents: number; currency: string };
  seatsPerPeriod: number | null;
  languages: ("nl" | "fr" | "en")[];
  provider: string;
  challenges: { challengeId: string; weight: number }[];
  buildsOn: string[];
  situations: string[];
};

/** One catalogue module as read, with names in the reader's language. */
export const ZCatalogueModule = z.object({
  id: z.string(),
  title: ZLocalisedText,
  description: ZLocalisedText,
  /** title and description in the reader's language */
  display: z.object({ title: z.string(), description: z.string() }),
  format: ZModuleFormat,
  hours: z.number(),
  costCents: z.number().int(),
  currency: z.string(),
  /** null = unlimited */
  seatsPerPeriod: z.number().int().nullable(),
  languages: z.array(ZLocale),
  provider: z.string(),
  challenges: z.array(z.object({ challengeId: z.string(), weight: z.number(), name: z.string() })),
  buildsOn: z.array(z.object({ talentId: z.string(), name: z.string() })),
  situations: z.array(z.string()),
  starter: z.boolean(),
  archived: z.boolean(),
});
export type TCatalogueModule = z.infer<typeof ZCatalogueModule>;

export const ZCatalogueList = z.object({ items: z.array(ZCatalogueModule) });
export type TCatalogueList = z.infer<typeof ZCatalogueList>;

export const ZCatalogueQuery = z.object({
  includeArchived: z.enum(["true", "false"]).optional(),
  lang: ZLocale.optional(),
});

/** The lists a module form chooses from, named in the reader's language. */
export const ZCatalogueOptions = z.object({
  formats: z.array(ZModuleFormat),
  challenges: z.array(z.object({ id: z.string(), name: z.string(), situation: z.string() })),
  talents: z.array(z.object({ id: z.string(), name: z.string() })),
  situations: z.array(z.object({ id: z.string(), name: z.string() })),
  currency: z.string(),
});
export type TCatalogueOptions = z.infer<typeof ZCatalogueOptions>;

export const ZStarterAdded = z.object({ added: z.number().int() });

/** A refused row of an imported catalogue file: the line a person sees in an editor and the column. */
export const ZCatalogueRowError = z.object({ row: z.number().int(), field: z.string(), message: z.string() });
export type TCatalogueRowError = z.infer<typeof ZCatalogueRowError>;

/** The answer of an import that refused rows: a problem document with the rows. */
export const ZCatalogueImportProblem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.string(),
  detail: z.string(),
  field: z.string().optional(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })),
  rowErrors: z.array(ZCatalogueRowError),
});

export const ZCatalogueImportReport = z.object({
  rows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  errors: z.array(ZCatalogueRowError),
  committed: z.boolean(),
});
export type TCatalogueImportReport = z.infer<typeof ZCatalogueImportReport>;

/** Planning settings with the budgets (HR). */
export const ZPlanningSettings = z.object({
  currency: z.string(),
  defaultPersonBudgetCents: z.number().int().nullable(),
  maxHoursPerPerson: z.number().nullable(),
  standardModuleIds: z.array(z.string()),
  departmentBudgets: z.array(z.object({ department: z.string(), budgetCents: z.number().int() })),
  personBudgets: z.array(z.object({ personId: z.string(), name: z.string(), budgetCents: z.number().int() })),
  /** the departments of the directory's active people */
  departments: z.array(z.string()),
});
export type TPlanningSettings = z.infer<typeof ZPlanningSettings>;

/** Changes to the settings; a field left out stays as it is. The server names a bad field. */
export const ZPlanningSettingsInput = z.object({
  currency: z.string().optional(),
  defaultPersonBudgetCents: z.number().nullable().optional(),
  maxHoursPerPerson: z.number().nullable().optional(),
  standardModuleIds: z.array(z.string()).max(500).optional(),
});
export type TPlanningSettingsInput = z.infer<typeof ZPlanningSettingsInput>;

/** Sets (cents) or removes (null) a budget. */
export const ZBudgetInput = z.object({ budgetCents: z.number().nullable() });
