import { sql } from "drizzle-orm";
import { type AnyPgColumn, boolean, date, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { organisations, users } from "./platform";
import { people } from "./people";

const org = () =>
  uuid("organisation_id")
    .notNull()
    .references(() => organisations.id, { onDelete: "cascade" });

/**
 * One mentor–mentee relationship managed as a project (issue 5). The mentor is a user, the mentee a
 * person of the directory; the sponsor is the mentee's line manager when the engagement was created.
 * `goals` = [{challengeId, objective}] (domain validateGoals). Status per domain ENGAGEMENT_STATUSES.
 */
export const mentoringEngagements = pgTable(
  "mentoring_engagements",
  {
    organisationId: org(),
    id: uuid("id").notNull().defaultRandom(),
    personId: uuid("person_id").notNull(),
    mentorUserId: uuid("mentor_user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    sponsorPersonId: uuid("sponsor_person_id"),
    status: text("status").notNull().default("proposed"),
    startDate: date("start_date", { mode: "string" }).notNull(),
    plannedEndDate: date("planned_end_date", { mode: "string" }).notNull(),
    timeZone: text("time_zone").notNull().default("Europe/Brussels"),
    goals: jsonb("goals").notNull().default(sql`'[]'::jsonb`),
    statusChangedAt: timestamp("status_changed_at", { withTimezone: true }).notNull(),
    /** A mentor-started engagement waits for the mentee: not_required (HR started it), pending, accepted, declined. */
    menteeConsent: text("mentee_consent").notNull().default("not_required"),
    /** And for HR when the organisation's "HR approves mentor engagements" is on: not_required, pending, accepted, declined. */
    hrConsent: text("hr_consent").notNull().default("not_required"),
    createdByUserId: uuid("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    foreignKey({ name: "mentoring_engagements_person_fk", columns: [t.organisationId, t.personId], foreignColumns: [people.organisationId, people.id] }).onDelete("cascade"),
    foreignKey({ name: "mentoring_engagements_sponsor_fk", columns: [t.organisationId, t.sponsorPersonId], foreignColumns: [people.organisationId, people.id] }),
    index("mentoring_engagements_person_idx").on(t.organisationId, t.personId),
    index("mentoring_engagements_mentor_idx").on(t.organisationId, t.mentorUserId),
  ],
);

const engagementFk = (name: string, t: { organisationId: AnyPgColumn; engagementId: AnyPgColumn }) =>
  foreignKey({ name, columns: [t.organisationId, t.engagementId], foreignColumns: [mentoringEngagements.organisationId, mentoringEngagements.id] }).onDelete("cascade");

/**
 * One meeting of an engagement. `slots` = [{start, end}] (UTC ISO) on offer; `start_at`/`end_at` the
 * agreed time once scheduled; `sequence` the iCalendar SEQUENCE; `agenda` = string[].
 */
export const mentoringSessions = pgTable(
  "mentoring_sessions",
  {
    organisationId: org(),
    id: uuid("id").notNull().defaultRandom(),
    engagementId: uuid("engagement_id").notNull(),
    status: text("status").notNull().default("proposed"),
    proposedBy: text("proposed_by").notNull(),
    slots: jsonb("slots").notNull().default(sql`'[]'::jsonb`),
    startAt: timestamp("start_at", { withTimezone: true }),
    endAt: timestamp("end_at", { withTimezone: true }),
    scheduledAt: timestamp("scheduled_at", { withTimezone: true }),
    timeZone: text("time_zone").notNull(),
    location: text("location"),
    sequence: integer("sequence").notNull().default(0),
    agenda: jsonb("agenda").notNull().default(sql`'[]'::jsonb`),
    cancelledReason: text("cancelled_reason"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    engagementFk("mentoring_sessions_engagement_fk", t),
    index("mentoring_sessions_engagement_idx").on(t.organisationId, t.engagementId),
    index("mentoring_sessions_start_idx").on(t.organisationId, t.status, t.startAt),
  ],
);

/** An action item: text, a local due date in the engagement's zone, an owner (mentor|mentee). */
export const mentoringActionItems = pgTable(
  "mentoring_action_items",
  {
    organisationId: org(),
    id: uuid("id").notNull().defaultRandom(),
    engagementId: uuid("engagement_id").notNull(),
    sessionId: uuid("session_id"),
    text: text("text").notNull(),
    dueDate: date("due_date", { mode: "string" }).notNull(),
    owner: text("owner").notNull(),
    done: boolean("done").notNull().default(false),
    doneAt: timestamp("done_at", { withTimezone: true }),
    createdByUserId: uuid("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    engagementFk("mentoring_action_items_engagement_fk", t),
    foreignKey({ name: "mentoring_action_items_session_fk", columns: [t.organisationId, t.sessionId], foreignColumns: [mentoringSessions.organisationId, mentoringSessions.id] }).onDelete("cascade"),
    index("mentoring_action_items_engagement_idx").on(t.organisationId, t.engagementId),
  ],
);

/** A note: private (the author alone) or shared (mentor and mentee). Never shown to anyone else (domain canReadNote). */
export const mentoringNotes = pgTable(
  "mentoring_notes",
  {
    organisationId: org(),
    id: uuid("id").notNull().defaultRandom(),
    engagementId: uuid("engagement_id").notNull(),
    authorUserId: uuid("author_user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    visibility: text("visibility").notNull(),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    engagementFk("mentoring_notes_engagement_fk", t),
    index("mentoring_notes_engagement_idx").on(t.organisationId, t.engagementId),
  ],
);

/** A check-in on one goal (engagement, challenge): progress 0–100, evidence, blockers. */
export const mentoringCheckIns = pgTable(
  "mentoring_check_ins",
  {
    organisationId: org(),
    id: uuid("id").notNull().defaultRandom(),
    engagementId: uuid("engagement_id").notNull(),
    challengeId: text("challenge_id").notNull(),
    authorUserId: uuid("author_user_id").references(() => users.id, { onDelete: "set null" }),
    progress: integer("progress").notNull(),
    evidence: text("evidence"),
    blockers: text("blockers"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    engagementFk("mentoring_check_ins_engagement_fk", t),
    index("mentoring_check_ins_engagement_idx").on(t.organisationId, t.engagementId, t.challengeId),
  ],
);

/** A person's enrolment in one catalogue module: planned → in_progress → done, or dropped (domain ENROLMENT_TRANSITIONS). */
export const mentoringEnrolments = pgTable(
  "mentoring_enrolments",
  {
    organisationId: org(),
    id: uuid("id").notNull().defaultRandom(),
    personId: uuid("person_id").notNull(),
    moduleId: text("module_id").notNull(),
    status: text("status").notNull().default("planned"),
    plannedFor: date("planned_for", { mode: "string" }),
    statusChangedAt: timestamp("status_changed_at", { withTimezone: true }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    foreignKey({ name: "mentoring_enrolments_person_fk", columns: [t.organisationId, t.personId], foreignColumns: [people.organisationId, people.id] }).onDelete("cascade"),
    uniqueIndex("mentoring_enrolments_person_module_idx").on(t.organisationId, t.personId, t.moduleId),
  ],
);

/** A reaction survey (Kirkpatrick L1) about a held session or a done module, once per respondent and subject. */
export const mentoringReactions = pgTable(
  "mentoring_reactions",
  {
    organisationId: org(),
    id: uuid("id").notNull().defaultRandom(),
    subjectKind: text("subject_kind").notNull(),
    subjectId: uuid("subject_id").notNull(),
    personId: uuid("person_id").notNull(),
    respondentUserId: uuid("respondent_user_id").references(() => users.id, { onDelete: "set null" }),
    satisfaction: integer("satisfaction").notNull(),
    relevance: integer("relevance").notNull(),
    intentToApply: integer("intent_to_apply").notNull(),
    comment: text("comment"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    foreignKey({ name: "mentoring_reactions_person_fk", columns: [t.organisationId, t.personId], foreignColumns: [people.organisationId, people.id] }).onDelete("cascade"),
    uniqueIndex("mentoring_reactions_subject_idx").on(t.organisationId, t.subjectKind, t.subjectId, t.personId),
    index("mentoring_reactions_person_idx").on(t.organisationId, t.personId, t.createdAt),
  ],
);

/** Closure feedback on a completed engagement, one per side (`mentee` about the mentor, `mentor` about the engagement). */
export const mentoringClosureFeedback = pgTable(
  "mentoring_closure_feedback",
  {
    organisationId: org(),
    engagementId: uuid("engagement_id").notNull(),
    side: text("side").notNull(),
    authorUserId: uuid("author_user_id").references(() => users.id, { onDelete: "set null" }),
    overall: integer("overall").notNull(),
    goalProgress: integer("goal_progress").notNull(),
    wouldRecommend: integer("would_recommend").notNull(),
    comment: text("comment"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.engagementId, t.side] }), engagementFk("mentoring_closure_feedback_engagement_fk", t)],
);

/**
 * The durable nudge queue: the planner inserts each owed nudge with its deterministic `dedupe_key`
 * (insert-or-ignore on the unique key); the sender claims due rows (FOR UPDATE SKIP LOCKED) and, in
 * one transaction, queues the email and stamps `sent_at` (or `skipped_at` when it no longer applies).
 */
export const mentoringNudgeJobs = pgTable(
  "mentoring_nudge_jobs",
  {
    organisationId: org(),
    id: uuid("id").notNull().defaultRandom(),
    dedupeKey: text("dedupe_key").notNull(),
    kind: text("kind").notNull(),
    recipientUserId: uuid("recipient_user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    engagementId: uuid("engagement_id").notNull(),
    subjectId: text("subject_id").notNull(),
    dueAt: timestamp("due_at", { withTimezone: true }).notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    skippedAt: timestamp("skipped_at", { withTimezone: true }),
    skipReason: text("skip_reason"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    uniqueIndex("mentoring_nudge_jobs_dedupe_idx").on(t.organisationId, t.dedupeKey),
    engagementFk("mentoring_nudge_jobs_engagement_fk", t),
    index("mentoring_nudge_jobs_due_idx").on(t.dueAt).where(sql`sent_at IS NULL AND skipped_at IS NULL`),
  ],
);

/** A user's mentoring preferences in one organisation: `nudges` false = no reminder emails. */
export const mentoringPreferences = pgTable(
  "mentoring_preferences",
  {
    organisationId: org(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    nudges: boolean("nudges").notNull().default(true),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.userId] })],
);
