import { z } from "zod";
import { DEFAULT_THRESHOLDS } from "../domain/feedback360/thresholds";
import { ZLocale, ZUuid, zMultilineText, zText } from "./common";

/** The groups a rater can be nominated in (the person's self-assessment needs no link). */
export const NOMINEE_GROUPS = ["line_manager", "peer", "direct_report", "other"] as const;
export const ZNomineeGroup = z.enum(NOMINEE_GROUPS);
export type TNomineeGroup = z.infer<typeof ZNomineeGroup>;

/**
 * nominating → awaiting_approval → approved → open → closed, or cancelled. `approved` waits for
 * the launch; an open campaign past its close date is reported as `closed`.
 */
export const CAMPAIGN_STATUSES = ["nominating", "awaiting_approval", "approved", "open", "closed", "cancelled"] as const;
export const ZCampaignStatus = z.enum(CAMPAIGN_STATUSES);
export type TCampaignStatus = z.infer<typeof ZCampaignStatus>;

const ZInstant = z.iso.datetime({ offset: true });

/** A new campaign: about the signed-in person when `subjectPersonId` is left out (HR may name anyone). */
export const ZCampaignCreate = z.strictObject({
  subjectPersonId: ZUuid.optional(),
  closesAt: ZInstant,
});
export type TCampaignCreate = z.infer<typeof ZCampaignCreate>;

/** Before the launch only: a new close date. */
export const ZCampaignPatch = z.strictObject({ closesAt: ZInstant });

/** A nominee from the directory (`personId`) or by name, email and language. */
export const ZNomineeInput = z.strictObject({
  group: ZNomineeGroup,
  personId: ZUuid.optional(),
  name: zText().trim().min(1).max(200).optional(),
  email: z.email().max(320).optional(),
  language: ZLocale.optional(),
});
export type TNomineeInput = z.infer<typeof ZNomineeInput>;

/** Why a stored nominee would be refused on submit or approval (the directory may have changed since). */
export const ZNomineeProblem = z.enum(["self", "duplicate", "not_a_direct_report"]);

export const ZNominee = z.object({
  id: ZUuid,
  group: ZNomineeGroup,
  name: z.string(),
  email: z.string(),
  language: ZLocale,
  personId: ZUuid.nullable(),
  /** not in the organisation's directory (by person or by any alias of the address): the approver should check them */
  external: z.boolean(),
  problem: ZNomineeProblem.nullable(),
});
export type TNominee = z.infer<typeof ZNominee>;

/** Counts per group, never who answered. */
export const ZCompletionGroup = z.object({ group: ZNomineeGroup, invited: z.number().int(), answered: z.number().int() });
export type TCompletionGroup = z.infer<typeof ZCompletionGroup>;

export const ZApprovalComment = z.strictObject({ comment: zMultilineText().trim().max(2000).optional() });
export const ZChangesRequest = z.strictObject({ comment: zMultilineText().trim().min(1).max(2000) });

const ZSubject = z.object({ personId: ZUuid, firstName: z.string(), lastName: z.string() });

export const ZCampaignSummary = z.object({
  id: ZUuid,
  subject: ZSubject,
  status: ZCampaignStatus,
  closesAt: z.string(),
  createdAt: z.string(),
});
export type TCampaignSummary = z.infer<typeof ZCampaignSummary>;
export const ZCampaignList = z.object({ items: z.array(ZCampaignSummary) });

/** What the caller may do now; the server checks each action again. */
export const ZCampaignActions = z.object({
  editNominees: z.boolean(),
  submit: z.boolean(),
  approve: z.boolean(),
  launch: z.boolean(),
  remind: z.boolean(),
  close: z.boolean(),
  cancel: z.boolean(),
});
export type TCampaignActions = z.infer<typeof ZCampaignActions>;

/**
 * One campaign. `nominees` only before the launch (so the approver can check them); after it only
 * `completion` (counts per group): no list of raters leaves the server once links are out.
 */
export const ZCampaign = ZCampaignSummary.extend({
  openedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  approvalComment: z.string().nullable(),
  nominees: z.array(ZNominee).nullable(),
  completion: z.array(ZCompletionGroup).nullable(),
  actions: ZCampaignActions,
});
export type TCampaign = z.infer<typeof ZCampaign>;

export const ZReminderResult = z.object({ sent: z.number().int() });

const threshold = (field: keyof typeof DEFAULT_THRESHOLDS) =>
  z.number().int().min(DEFAULT_THRESHOLDS[field], `must be at least ${DEFAULT_THRESHOLDS[field]}: thresholds may be raised, never lowered`).max(50);

/** An organisation's anonymity thresholds; each at least Sterk's floor (lower values are refused, naming the field). */
export const ZAnonymityThresholds = z.strictObject({
  lineManager: threshold("lineManager"),
  peer: threshold("peer"),
  directReport: threshold("directReport"),
  other: threshold("other"),
  allRaters: threshold("allRaters"),
  overlapGap: threshold("overlapGap"),
  teamCell: threshold("teamCell"),
});
export const ZAnonymityThresholdsInput = ZAnonymityThresholds.partial();
export const ZAnonymitySettings = z.object({ thresholds: ZAnonymityThresholds, defaults: ZAnonymityThresholds });
export type TAnonymitySettings = z.infer<typeof ZAnonymitySettings>;

// ---- the public rater flow ----

export const ZRaterSessionRequest = z.strictObject({ token: z.string().min(1).max(200) });

export const ZRaterAnswer = z.strictObject({
  id: z.string().max(100),
  /** 1–5, or null for "can't judge"; checked in the use case, which names `answers[i].value` */
  value: z.number().nullable(),
});
export const ZRaterComment = z.strictObject({ itemId: z.string().max(100).optional(), text: z.string().max(4000) });

/** Autosave and submit: the whole questionnaire's answers and comments. */
export const ZRaterAnswersInput = z.strictObject({
  answers: z.array(ZRaterAnswer).max(500),
  comments: z.array(ZRaterComment).max(200).default([]),
});
export type TRaterAnswersInput = z.infer<typeof ZRaterAnswersInput>;

export const ZRaterSaved = z.object({ savedAt: z.string(), submittedAt: z.string().nullable() });

export const ZQuestionnaire = z.object({
  subject: z.object({ firstName: z.string(), lastName: z.string() }),
  group: ZNomineeGroup,
  closesAt: z.string(),
  language: ZLocale,
  /** the minimum number of answers a peer/direct report/other group needs before it is shown */
  groupMinimum: z.number().int(),
  statements: z.array(z.object({ id: z.string(), challengeId: z.string(), text: z.string() })),
  scale: z.array(z.object({ value: z.number().int(), label: z.string() })),
  cannotJudge: z.string(),
  answers: z.record(z.string(), z.number().int().nullable()),
  comments: z.array(z.object({ itemId: z.string().optional(), text: z.string() })),
  submittedAt: z.string().nullable(),
});
export type TQuestionnaire = z.infer<typeof ZQuestionnaire>;

/** Longest comment kept (characters, after trimming). */
export const MAX_COMMENT_LENGTH = 2000;
