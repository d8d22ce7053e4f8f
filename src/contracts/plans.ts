// À la carte menu, development plans (versions, approval, budgets) and the standard-programme comparison (issue 4).
import { z } from "zod";
import { ZCommitmentLimits } from "./commitment";
import { ZLocale, ZUuid } from "./common";

export const ZModuleFormat = z.enum(["mentoring_track", "workshop", "elearning", "book", "peer_circle", "on_the_job", "job_shadowing"]);
export const ZPlanStatus = z.enum(["draft", "submitted", "approved", "changes_requested"]);
export type TPlanStatusValue = z.infer<typeof ZPlanStatus>;

/** An amount in integer cents with its ISO 4217 currency. */
export const ZMoney = z.object({ cents: z.number().int(), currency: z.string() });
export type TMoneyValue = z.infer<typeof ZMoney>;

export const ZBudgetStatus = z.object({ budget: ZMoney, spent: ZMoney, left: ZMoney, overBy: ZMoney, withinBudget: z.boolean() });
/** The person's and the department's budget with what is committed (the plan itself included); null = no budget set. */
export const ZPlanBudgets = z.object({ person: ZBudgetStatus.nullable(), department: ZBudgetStatus.nullable(), fits: z.boolean() });
export type TPlanBudgets = z.infer<typeof ZPlanBudgets>;

export const ZReason = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("builds-on-talent"), challengeId: z.string(), talentId: z.string() }),
  z.object({ kind: z.literal("addresses-challenge"), challengeId: z.string() }),
]);

const FORMAT_LIST = new RegExp(`^(${ZModuleFormat.options.join("|")})(,(${ZModuleFormat.options.join("|")}))*$`);
const LANGUAGE_LIST = /^(nl|fr|en)(,(nl|fr|en))*$/;

export const ZMenuQuery = z.strictObject({
  lang: ZLocale.optional(),
  maxCostCents: z.coerce.number().int().min(0).max(100_000_000_000).optional(),
  maxHours: z.coerce.number().positive().max(2_000).optional(),
  /** Comma-separated formats, e.g. workshop,book. */
  formats: z.string().regex(FORMAT_LIST, "comma-separated module formats").optional(),
  /** Comma-separated languages the person accepts; default: their own language. */
  languages: z.string().regex(LANGUAGE_LIST, "comma-separated languages nl, fr, en").optional(),
});
export type TMenuQuery = z.infer<typeof ZMenuQuery>;

/** One module as a reader sees it (texts in the reader's language). */
export const ZModuleSummary = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  format: ZModuleFormat,
  hours: z.number(),
  cost: ZMoney,
  provider: z.string(),
  languages: z.array(ZLocale),
  archived: z.boolean(),
});
export type TModuleSummary = z.infer<typeof ZModuleSummary>;

export const ZMenuSuggestion = z.object({
  rank: z.number().int(),
  module: ZModuleSummary,
  score: z.number(),
  needFit: z.number(),
  talentMultiplier: z.number(),
  effortFactor: z.number(),
  situationMatch: z.boolean(),
  reason: ZReason,
  reasonText: z.string(),
});
export type TMenuSuggestion = z.infer<typeof ZMenuSuggestion>;

export const ZLeftOut = z.object({
  language: z.number().int(),
  format: z.number().int(),
  budget: z.number().int(),
  hours: z.number().int(),
  noSeats: z.number().int(),
  noNeed: z.number().int(),
  diversity: z.number().int(),
});

export const ZChallengeOption = z.object({ id: z.string(), name: z.string(), measured: z.boolean() });

export const ZPlanPerson = z.object({ id: ZUuid, name: z.string(), department: z.string(), language: ZLocale });

export const ZMenu = z.object({
  person: ZPlanPerson,
  /** The language of the texts and reasons. */
  language: ZLocale,
  /** ok; no-profile: no completed challenge scan; nothing-fits: the filters left nothing (see leftOut). */
  status: z.enum(["ok", "no-profile", "nothing-fits"]),
  hasStrengths: z.boolean(),
  menu: z.array(ZMenuSuggestion),
  leftOut: ZLeftOut,
  currency: z.string(),
  budgets: ZPlanBudgets,
  /** Every challenge in the reader's language, the person's measured ones first (for the goal editor). */
  challenges: z.array(ZChallengeOption),
});
export type TMenu = z.infer<typeof ZMenu>;

export const ZPlanGoal = z.object({ challengeId: z.string(), challengeName: z.string(), description: z.string(), businessMeasure: z.string().nullable() });

export const ZPlanVersion = z.object({
  version: z.number().int(),
  moduleIds: z.array(z.string()),
  modules: z.array(ZModuleSummary),
  goals: z.array(ZPlanGoal),
  cost: ZMoney,
  hours: z.number(),
  source: z.string(),
  createdAt: z.string(),
});
export type TPlanVersion = z.infer<typeof ZPlanVersion>;

export const ZPlanEventAction = z.enum(["submit", "approve", "request_changes", "comment", "apply_optimiser"]);
export const ZPlanEvent = z.object({
  id: z.string(),
  version: z.number().int(),
  action: z.string(),
  actorRole: z.string(),
  actorName: z.string().nullable(),
  comment: z.string().nullable(),
  createdAt: z.string(),
});
export type TPlanEvent = z.infer<typeof ZPlanEvent>;

export const ZImpactSide = z.object({ moduleIds: z.array(z.string()), modules: z.array(ZModuleSummary), impact: z.number(), cost: ZMoney, hours: z.number() });
/** A person's personalised plan next to the standard programme (impact points; see docs/recommendation-engine.md). */
export const ZPersonComparison = z.object({ personalised: ZImpactSide, standard: ZImpactSide, difference: z.number(), derived: z.boolean() });

export const ZPlanViewer = z.enum(["owner", "line_manager", "hr"]);
/**
 * What the approver sees of the owner beyond the plan: her strongest talents and why each module suits her. Both
 * come from her report, so they follow its sharing rules (reportShared false: talents null, reasons empty).
 */
export const ZPlanOwnerInsight = z.object({
  firstName: z.string(),
  reportShared: z.boolean(),
  /** Her strongest talents in the reader's language; null when not shared or without a strengths questionnaire. */
  talents: z.array(z.object({ id: z.string(), name: z.string(), description: z.string() })).nullable(),
  /** Per module of the current version, why it suits her (modules that meet none of her measured needs are absent). */
  reasons: z.array(z.object({ moduleId: z.string(), reasonText: z.string() })),
});
export type TPlanOwnerInsight = z.infer<typeof ZPlanOwnerInsight>;
export const ZPlanView = z.object({
  person: ZPlanPerson,
  viewer: ZPlanViewer,
  currency: z.string(),
  plan: z
    .object({
      id: ZUuid,
      status: ZPlanStatus,
      currentVersion: z.number().int(),
      updatedAt: z.string(),
      current: ZPlanVersion,
      versions: z.array(ZPlanVersion),
      events: z.array(ZPlanEvent),
    })
    .nullable(),
  budgets: ZPlanBudgets,
  /** What the plan is judged against on submit and approval (the web's live meter applies the same rule). */
  limits: ZCommitmentLimits,
  /** null when the organisation set no standard programme or the person has no challenge scan. */
  comparison: ZPersonComparison.nullable(),
  /** What the viewer may do now. */
  actions: z.object({ edit: z.boolean(), submit: z.boolean(), approve: z.boolean(), requestChanges: z.boolean(), comment: z.boolean() }),
  /** For a reviewer (line manager or HR): the owner's talents and reasons, as far as she shares them; absent for the owner. */
  owner: ZPlanOwnerInsight.optional(),
});
export type TPlanView = z.infer<typeof ZPlanView>;

// PostgreSQL refuses NUL and lone surrogates in text and jsonb; they carry no meaning in a goal or a comment.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const storable = (s: string) => !UNSTORABLE.test(s);
const STORABLE = "must not contain NUL or unpaired surrogate characters";
const text = (max: number) => z.string().max(max).refine(storable, STORABLE);
export const ZPlanGoalInput = z.strictObject({
  challengeId: text(100),
  description: text(1_000),
  businessMeasure: text(200).nullable().optional(),
});
export const ZPlanInput = z.strictObject({
  moduleIds: z.array(text(80)).max(50),
  goals: z.array(ZPlanGoalInput).max(10),
});
export type TPlanInput = z.infer<typeof ZPlanInput>;

export const ZCommentInput = z.strictObject({ comment: z.string().trim().min(1, "a comment is required").max(2_000).refine(storable, STORABLE) });
export const ZOptionalCommentInput = z.strictObject({ comment: z.string().trim().max(2_000).refine(storable, STORABLE).optional() });

export const ZPlansQuery = z.strictObject({ status: ZPlanStatus.optional() });
export const ZPlanListItem = z.object({
  id: ZUuid,
  person: z.object({ id: ZUuid, name: z.string(), department: z.string() }),
  status: ZPlanStatus,
  currentVersion: z.number().int(),
  cost: ZMoney,
  hours: z.number(),
  moduleCount: z.number().int(),
  updatedAt: z.string(),
});
export type TPlanListItem = z.infer<typeof ZPlanListItem>;
export const ZPlanList = z.object({ items: z.array(ZPlanListItem), scope: z.enum(["organisation", "direct_reports"]) });
export type TPlanList = z.infer<typeof ZPlanList>;

export const ZComparisonQuery = z.strictObject({ department: z.string().max(200).regex(/^[^\u0000]*$/, "must not contain a NUL character").optional(), lang: ZLocale.optional() });
export const ZGroupComparison = z.object({
  people: z.number().int(),
  personalisedImpact: z.number(),
  standardImpact: z.number(),
  personalisedMean: z.number(),
  standardMean: z.number(),
  ratio: z.number().nullable(),
  personalisedBetterFor: z.number().int(),
  personalisedCostCents: z.number(),
  standardCostCents: z.number(),
});
export const ZComparisonRow = z.object({
  personId: ZUuid,
  name: z.string(),
  department: z.string(),
  personalisedImpact: z.number(),
  standardImpact: z.number(),
  difference: z.number(),
  derived: z.boolean(),
  personalisedModuleIds: z.array(z.string()),
  personalisedCostCents: z.number(),
});
export const ZGroupComparisonResponse = z.object({
  /** no-standard-programme: none set; too-few-people: fewer than the minimum group size for an executive. */
  status: z.enum(["ok", "no-standard-programme", "too-few-people"]),
  department: z.string().nullable(),
  departments: z.array(z.string()),
  currency: z.string(),
  minimumGroupSize: z.number().int(),
  /** an executive's group figures move only in steps of this many completed questionnaires (decision 0015) */
  step: z.number().int(),
  standard: z.object({ modules: z.array(ZModuleSummary), cost: ZMoney, hours: z.number() }).nullable(),
  group: ZGroupComparison.nullable(),
  /** Per person: HR only; null for executives. */
  people: z.array(ZComparisonRow).nullable(),
});
export type TGroupComparisonResponse = z.infer<typeof ZGroupComparisonResponse>;
