import { z } from "zod";
import { ICS_TIME_ZONES } from "../domain/mentoring/ics";
import { ZIsoDate, ZUuid, zMultilineText } from "./common";

// Mentoring managed as a project (issue 5). The domain (src/domain/mentoring) validates the content
// and names the field; these schemas only bound the shape and size.

const ZInstant = z.iso.datetime({ offset: true });
export const ZMentoringTimeZone = z.enum(ICS_TIME_ZONES as unknown as [string, ...string[]]);
const text = (max: number) => z.string().max(max);

export const ENGAGEMENT_STATUS_ACTIONS = ["activate", "pause", "resume", "complete", "cancel"] as const;

export const ZGoalInput = z.strictObject({ challengeId: text(100), objective: text(1000).nullable().optional() });

/** A new engagement. `mentorUserId` defaults to the signed-in mentor; `goals` default to the person's plan goals. */
export const ZEngagementCreate = z.strictObject({
  personId: ZUuid,
  mentorUserId: ZUuid.optional(),
  startDate: ZIsoDate,
  plannedEndDate: ZIsoDate,
  goals: z.array(ZGoalInput).max(10).optional(),
  timeZone: ZMentoringTimeZone.optional(),
});
export type TEngagementCreate = z.infer<typeof ZEngagementCreate>;

export const ZEngagementStatusInput = z.strictObject({ action: z.enum(ENGAGEMENT_STATUS_ACTIONS) });
/** The mentee (or HR) accepts or declines a mentor's request to mentor her. */
export const ZConsentInput = z.strictObject({ decision: z.enum(["accept", "decline"]) });
/** The organisation's engagement settings (HR): whether HR approves engagements that mentors start. */
export const ZEngagementSettings = z.strictObject({ hrApprovesMentorEngagements: z.boolean() });
export type TEngagementSettings = z.infer<typeof ZEngagementSettings>;
export const ZGoalsInput = z.strictObject({ goals: z.array(ZGoalInput).max(10) });

export const ZGoalProgress = z.object({
  challengeId: z.string(),
  objective: z.string().nullable(),
  progress: z.number().int().nullable(),
  lastCheckInAt: ZInstant.nullable(),
});

export const ZEngagement = z.object({
  id: ZUuid,
  status: z.enum(["proposed", "active", "paused", "completed", "cancelled"]),
  person: z.object({ id: ZUuid, firstName: z.string(), lastName: z.string() }),
  mentor: z.object({ userId: ZUuid, name: z.string() }),
  sponsorPersonId: ZUuid.nullable(),
  startDate: z.string(),
  plannedEndDate: z.string(),
  timeZone: z.string(),
  goals: z.array(ZGoalProgress),
  statusChangedAt: ZInstant,
  /** The signed-in user's roles in this engagement. */
  myRoles: z.array(z.enum(["mentor", "mentee", "sponsor", "hr"])),
  /** Status actions the signed-in user may take now. */
  actions: z.array(z.enum(ENGAGEMENT_STATUS_ACTIONS)),
  /**
   * Consent to a mentor-started engagement: the mentee's and (per organisation setting) HR's; not_required when HR
   * started it. `answerAs`: which pending consent the signed-in user gives (accept/decline), else null.
   */
  consent: z
    .object({
      mentee: z.enum(["not_required", "pending", "accepted", "declined"]),
      hr: z.enum(["not_required", "pending", "accepted", "declined"]),
      awaiting: z.boolean(),
      answerAs: z.enum(["mentee", "hr"]).nullable(),
    })
    .optional(),
});
export type TEngagementView = z.infer<typeof ZEngagement>;
export const ZEngagementList = z.object({ items: z.array(ZEngagement) });

export const ZSlot = z.object({ start: ZInstant, end: ZInstant });
export const ZSession = z.object({
  id: ZUuid,
  engagementId: ZUuid,
  status: z.enum(["proposed", "scheduled", "held", "cancelled"]),
  proposedBy: z.enum(["mentor", "mentee"]),
  slots: z.array(ZSlot),
  start: ZInstant.nullable(),
  end: ZInstant.nullable(),
  timeZone: z.string(),
  location: z.string().nullable(),
  sequence: z.number().int(),
  agenda: z.array(z.string()),
  cancelledReason: z.string().nullable(),
});
export type TSessionView = z.infer<typeof ZSession>;

export const ZActionItem = z.object({
  id: ZUuid,
  engagementId: ZUuid,
  sessionId: ZUuid.nullable(),
  text: z.string(),
  dueDate: z.string(),
  owner: z.enum(["mentor", "mentee"]),
  done: z.boolean(),
  doneAt: ZInstant.nullable(),
  overdue: z.boolean(),
});
export type TActionItemView = z.infer<typeof ZActionItem>;

export const ZCheckIn = z.object({
  id: ZUuid,
  challengeId: z.string(),
  progress: z.number().int(),
  evidence: z.string().nullable(),
  blockers: z.string().nullable(),
  createdAt: ZInstant,
});
export type TCheckInView = z.infer<typeof ZCheckIn>;

export const ENROLMENT_STATUS_VALUES = ["planned", "in_progress", "done", "dropped"] as const;
export const ZEnrolment = z.object({
  id: ZUuid,
  personId: ZUuid,
  moduleId: z.string(),
  status: z.enum(ENROLMENT_STATUS_VALUES),
  plannedFor: z.string().nullable(),
  statusChangedAt: ZInstant,
});
export type TEnrolmentView = z.infer<typeof ZEnrolment>;

/** The parties (mentor, mentee) see everything but notes here; HR the engagement, goal progress and enrolments; the sponsor the engagement and goal progress only. */
export const ZEngagementDetail = ZEngagement.extend({
  sessions: z.array(ZSession),
  actionItems: z.array(ZActionItem),
  checkIns: z.array(ZCheckIn),
  enrolments: z.array(ZEnrolment),
});
export type TEngagementDetail = z.infer<typeof ZEngagementDetail>;

export const ZSlotInput = z.strictObject({ start: text(40), end: text(40) });
export const ZProposeSessionInput = z.strictObject({ slots: z.array(ZSlotInput).max(10), location: text(1000).nullable().optional() });
export const ZAcceptInput = z.strictObject({ slotIndex: z.number().int().min(0).max(100) });
export const ZRescheduleInput = z.strictObject({ slot: ZSlotInput });
export const ZCancelSessionInput = z.strictObject({ reason: text(2000).nullable().optional() });
export const ZAgendaInput = z.strictObject({ items: z.array(text(2000)).max(50) });

export const NOTE_VISIBILITY_VALUES = ["private", "shared"] as const;
export const ZNoteInput = z.strictObject({ body: text(20_000), visibility: z.enum(NOTE_VISIBILITY_VALUES) });
export const ZNote = z.object({
  id: ZUuid,
  engagementId: ZUuid,
  visibility: z.enum(NOTE_VISIBILITY_VALUES),
  body: z.string(),
  mine: z.boolean(),
  createdAt: ZInstant,
  updatedAt: ZInstant,
});
export type TNoteView = z.infer<typeof ZNote>;
export const ZNoteList = z.object({ items: z.array(ZNote) });

export const ZActionItemInput = z.strictObject({ text: text(2000), dueDate: ZIsoDate, owner: z.enum(["mentor", "mentee"]), sessionId: ZUuid.optional() });
export const ZActionItemPatch = z.strictObject({ done: z.boolean() });
export const ZCheckInInput = z.strictObject({
  challengeId: text(100),
  progress: z.number().int().min(0).max(100),
  evidence: text(4000).nullable().optional(),
  blockers: text(4000).nullable().optional(),
});

export const ZEnrolmentInput = z.strictObject({
  personId: ZUuid,
  moduleId: z.string().min(1).max(200),
  plannedFor: ZIsoDate.optional(),
  /** HR only: approves a module outside the person's approved plan, with the reason (the module joins the plan). */
  override: z.strictObject({ reason: zMultilineText().trim().min(1).max(1_000) }).optional(),
});
export const ZEnrolmentStatusInput = z.strictObject({ action: z.enum(["start", "finish", "drop", "replan"]) });

export const ZMenteeHome = z.object({
  plan: z
    .object({
      engagementId: ZUuid,
      status: z.string(),
      goals: z.array(ZGoalProgress),
      modules: z.object({ planned: z.number().int(), in_progress: z.number().int(), done: z.number().int(), dropped: z.number().int() }),
    })
    .nullable(),
  nextSession: z.object({ sessionId: ZUuid, start: ZInstant, end: ZInstant, location: z.string().nullable() }).nullable(),
  nextStep: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("answer_proposal"), sessionId: ZUuid }),
    z.object({ kind: z.literal("action_item"), actionItemId: ZUuid, text: z.string(), dueDate: z.string(), overdue: z.boolean() }),
    z.object({ kind: z.literal("check_in"), challengeId: z.string() }),
    z.object({ kind: z.literal("start_module"), enrolmentId: ZUuid, moduleId: z.string() }),
    z.object({ kind: z.literal("none") }),
  ]),
});
export type TMenteeHomeView = z.infer<typeof ZMenteeHome>;

export const ZCaseload = z.object({
  items: z.array(
    z.object({
      engagementId: ZUuid,
      person: z.object({ id: ZUuid, firstName: z.string(), lastName: z.string() }),
      status: z.string(),
      nextSessionStart: ZInstant.nullable(),
      pendingProposals: z.number().int(),
      openActionItems: z.number().int(),
      overdueActionItems: z.number().int(),
      lastCheckInAt: ZInstant.nullable(),
      meanProgress: z.number().nullable(),
    }),
  ),
});
export type TCaseload = z.infer<typeof ZCaseload>;

/** HR's overview: counts and rates only, no notes, no names. */
export const ZParticipation = z.object({
  engagements: z.object({ proposed: z.number().int(), active: z.number().int(), paused: z.number().int(), completed: z.number().int(), cancelled: z.number().int() }),
  mentors: z.number().int(),
  mentees: z.number().int(),
  sessions: z.object({ proposed: z.number().int(), scheduled: z.number().int(), held: z.number().int(), cancelled: z.number().int() }),
  /** held ÷ (held + cancelled after scheduling), null without any. */
  sessionHeldRate: z.number().nullable(),
  actionItems: z.object({ open: z.number().int(), done: z.number().int(), overdue: z.number().int() }),
  /** share of active engagements with a check-in in the last 14 days. */
  checkInRate: z.number().nullable(),
  enrolments: z.object({ planned: z.number().int(), in_progress: z.number().int(), done: z.number().int(), dropped: z.number().int() }),
  reactions: z.object({ count: z.number().int(), satisfaction: z.number().nullable(), relevance: z.number().nullable(), intentToApply: z.number().nullable() }),
});
export type TParticipation = z.infer<typeof ZParticipation>;

export const ZMentoringPreferences = z.strictObject({ nudges: z.boolean() });

const score = z.number().int().min(0).max(10);
export const ZReactionInput = z.strictObject({
  subject: z.enum(["session", "module"]),
  subjectId: ZUuid,
  satisfaction: score,
  relevance: score,
  intentToApply: score,
  comment: text(2000).nullable().optional(),
});
export const ZClosureInput = z.strictObject({ overall: score, goalProgress: score, wouldRecommend: score, comment: text(2000).nullable().optional() });
export const ZClosureResult = z.object({ submittedSides: z.array(z.enum(["mentor", "mentee"])) });

export const ZMentorFeedbackView = z.union([
  z.object({ shown: z.literal(false), minimum: z.number().int() }),
  z.object({
    shown: z.literal(true),
    menteeCount: z.number().int(),
    means: z.object({ overall: z.number(), goalProgress: z.number(), wouldRecommend: z.number() }),
    comments: z.array(z.string()),
  }),
]);

// ---- the organisation's nudge policy (HR) ----

const ZTimeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "a time of day written HH:MM, from 00:00 to 23:59");
const ZQuietHours = z.strictObject({ start: ZTimeOfDay, end: ZTimeOfDay }).refine((q) => q.start !== q.end, { path: ["end"], message: "quiet hours must start and end at different times" });

/** The whole policy HR sets for the organisation's reminder emails; every field is required. */
export const ZNudgePolicyInput = z.strictObject({
  timeZone: ZMentoringTimeZone,
  /** Hours before a session that its reminder goes out. */
  sessionReminderHours: z.number().int().min(1).max(168),
  /** An overdue action item is nudged once per this many days. */
  overdueActionCadenceDays: z.number().int().min(1).max(90),
  /** A goal without a check-in for this many days is stale, and nudged again every this many days. */
  staleCheckInDays: z.number().int().min(1).max(90),
  /** Local times (HH:MM) in `timeZone` when no reminder is sent; may run over midnight; null = none. */
  quietHours: ZQuietHours.nullable(),
});
export type TNudgePolicyInput = z.infer<typeof ZNudgePolicyInput>;

export const ZNudgePolicyView = z.object({
  timeZone: z.string(),
  sessionReminderHours: z.number().int(),
  overdueActionCadenceDays: z.number().int(),
  staleCheckInDays: z.number().int(),
  quietHours: z.object({ start: z.string(), end: z.string() }).nullable(),
});
export type TNudgePolicyView = z.infer<typeof ZNudgePolicyView>;

/** The policy in force, the deployment's default it falls back on, and whether the organisation set its own. */
export const ZNudgePolicySettings = z.object({ policy: ZNudgePolicyView, defaults: ZNudgePolicyView, custom: z.boolean() });
export type TNudgePolicySettings = z.infer<typeof ZNudgePolicySettings>;
