import { sql } from "drizzle-orm";
import { boolean, foreignKey, index, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { organisations, users } from "./platform";
import { people } from "./people";

/**
 * One person's answers to one instrument: `ipip-neo-120` (strengths) or `challenge-scan` (the
 * self form of the manager challenge scan). `answers` maps item id → answer (1–5, or null for
 * "can't judge" where the instrument allows it). Autosaved while `completed_at` is null; at most
 * one open attempt per person and instrument; the newest completed attempt is the current profile.
 */
export const assessments = pgTable(
  "assessments",
  {
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    id: uuid("id").notNull().defaultRandom(),
    personId: uuid("person_id").notNull(),
    instrument: text("instrument").notNull(),
    answers: jsonb("answers").notNull().default(sql`'{}'::jsonb`),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp("completed_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    foreignKey({
      name: "assessments_person_fk",
      columns: [t.organisationId, t.personId],
      foreignColumns: [people.organisationId, people.id],
    }).onDelete("cascade"),
    uniqueIndex("assessments_one_open_idx")
      .on(t.organisationId, t.personId, t.instrument)
      .where(sql`${t.completedAt} is null`),
    index("assessments_person_idx").on(t.organisationId, t.personId, t.instrument, t.completedAt),
  ],
);

/**
 * Who may read a person's reports besides the person: their mentor (default on), their line
 * manager, HR. No row means the defaults. The person alone changes it.
 */
export const reportSharing = pgTable(
  "report_sharing",
  {
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    personId: uuid("person_id").notNull(),
    mentor: boolean("mentor").notNull().default(true),
    lineManager: boolean("line_manager").notNull().default(false),
    hr: boolean("hr").notNull().default(false),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.personId] }),
    foreignKey({
      name: "report_sharing_person_fk",
      columns: [t.organisationId, t.personId],
      foreignColumns: [people.organisationId, people.id],
    }).onDelete("cascade"),
  ],
);

/**
 * A person's mentor (a user with the mentor role in the organisation). Matching and engagements
 * (later issues) create these; the diagnosis issue needs them for "share with my mentor".
 */
export const mentorships = pgTable(
  "mentorships",
  {
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    personId: uuid("person_id").notNull(),
    mentorUserId: uuid("mentor_user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp("ended_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.personId, t.mentorUserId] }),
    foreignKey({
      name: "mentorships_person_fk",
      columns: [t.organisationId, t.personId],
      foreignColumns: [people.organisationId, people.id],
    }).onDelete("cascade"),
    index("mentorships_mentor_idx").on(t.organisationId, t.mentorUserId),
  ],
);
