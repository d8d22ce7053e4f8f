import { sql } from "drizzle-orm";
import { foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { organisations, users } from "./platform";
import { people } from "./people";

/**
 * A 360° feedback campaign about one person, on the rater form of the manager challenge scan.
 * status: nominating → awaiting_approval → open → closed (or cancelled). `shuffle_seed` orders
 * the report's comments and stays on the server. `closes_at` ends every rater link.
 */
export const feedbackCampaigns = pgTable(
  "feedback_campaigns",
  {
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    id: uuid("id").notNull().defaultRandom(),
    subjectPersonId: uuid("subject_person_id").notNull(),
    createdByUserId: uuid("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    status: text("status").notNull().default("nominating"),
    closesAt: timestamp("closes_at", { withTimezone: true }).notNull(),
    shuffleSeed: integer("shuffle_seed").notNull(),
    approvedByUserId: uuid("approved_by_user_id").references(() => users.id, { onDelete: "set null" }),
    approvedAt: timestamp("approved_at", { withTimezone: true }),
    approvalComment: text("approval_comment"),
    openedAt: timestamp("opened_at", { withTimezone: true }),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    foreignKey({
      name: "feedback_campaigns_subject_fk",
      columns: [t.organisationId, t.subjectPersonId],
      foreignColumns: [people.organisationId, people.id],
    }).onDelete("cascade"),
    index("feedback_campaigns_subject_idx").on(t.organisationId, t.subjectPersonId),
    index("feedback_campaigns_status_idx").on(t.status, t.closesAt),
  ],
);

/**
 * A nominated rater. `group` is line_manager, peer, direct_report or other (self answers in the
 * app, as a row with group `self` and no link). `token_hash` is the SHA-256 of the emailed link's
 * token (set when invited). Name and email are for invitations and the completion view's counts
 * only: no report, export or API answer pairs them with answers.
 */
export const feedbackRaters = pgTable(
  "feedback_raters",
  {
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    id: uuid("id").notNull().defaultRandom(),
    campaignId: uuid("campaign_id").notNull(),
    group: text("rater_group").notNull(),
    name: text("name").notNull().default(""),
    email: text("email").notNull().default(""),
    language: text("language").notNull().default("nl"),
    personId: uuid("person_id"),
    tokenHash: text("token_hash").unique(),
    invitedAt: timestamp("invited_at", { withTimezone: true }),
    lastRemindedAt: timestamp("last_reminded_at", { withTimezone: true }),
    reminderCount: integer("reminder_count").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    foreignKey({
      name: "feedback_raters_campaign_fk",
      columns: [t.organisationId, t.campaignId],
      foreignColumns: [feedbackCampaigns.organisationId, feedbackCampaigns.id],
    }).onDelete("cascade"),
    index("feedback_raters_campaign_idx").on(t.organisationId, t.campaignId),
  ],
);

/**
 * A rater's answers: one row per rater, so two submissions at once make one response.
 * `answers` maps statement id → 1–5 or null ("can't judge"); `comments` is [{itemId?, text}].
 * A draft (autosaved) has `submitted_at` null and never enters a report.
 */
export const feedbackResponses = pgTable(
  "feedback_responses",
  {
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    raterId: uuid("rater_id").notNull(),
    campaignId: uuid("campaign_id").notNull(),
    answers: jsonb("answers").notNull().default(sql`'{}'::jsonb`),
    comments: jsonb("comments").notNull().default(sql`'[]'::jsonb`),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.raterId] }),
    foreignKey({
      name: "feedback_responses_rater_fk",
      columns: [t.organisationId, t.raterId],
      foreignColumns: [feedbackRaters.organisationId, feedbackRaters.id],
    }).onDelete("cascade"),
    foreignKey({
      name: "feedback_responses_campaign_fk",
      columns: [t.organisationId, t.campaignId],
      foreignColumns: [feedbackCampaigns.organisationId, feedbackCampaigns.id],
    }).onDelete("cascade"),
    index("feedback_responses_campaign_idx").on(t.organisationId, t.campaignId),
  ],
);

/** Rater cookies: a link's token is exchanged for one of these on first use; stored as SHA-256. */
export const feedbackRaterSessions = pgTable(
  "feedback_rater_sessions",
  {
    tokenHash: text("token_hash").primaryKey(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    raterId: uuid("rater_id").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({
      name: "feedback_rater_sessions_rater_fk",
      columns: [t.organisationId, t.raterId],
      foreignColumns: [feedbackRaters.organisationId, feedbackRaters.id],
    }).onDelete("cascade"),
  ],
);
