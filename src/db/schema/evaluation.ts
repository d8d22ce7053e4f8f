import { sql } from "drizzle-orm";
import { type AnyPgColumn, bigint, date, doublePrecision, foreignKey, index, integer, jsonb, pgTable, primaryKey, real, text, timestamp, uuid, boolean } from "drizzle-orm/pg-core";
import { organisations, users } from "./platform";
import { people } from "./people";

const org = () =>
  uuid("organisation_id")
    .notNull()
    .references(() => organisations.id, { onDelete: "cascade" });

/**
 * A programme under evaluation (issue 6): participants in cohorts, costs and business measures over a period.
 * `starts_on`/`ends_on` bound the programme (levels 1–3 are read from Sterk's own data around them);
 * the baseline and follow-up windows are months (`YYYY-MM`) over which each person's level 4 measure values
 * are averaged into "before" and "after". `data_version` goes up on every write so a cached evaluation
 * (programme_evaluations) is known to be stale. Amounts are integer cents in `currency` (one per programme).
 */
export const programmes = pgTable(
  "programmes",
  {
    organisationId: org(),
    id: uuid("id").notNull().defaultRandom(),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    currency: text("currency").notNull(),
    status: text("status").notNull().default("planned"),
    startsOn: date("starts_on", { mode: "string" }).notNull(),
    endsOn: date("ends_on", { mode: "string" }).notNull(),
    baselineFrom: text("baseline_from").notNull(),
    baselineTo: text("baseline_to").notNull(),
    followupFrom: text("followup_from").notNull(),
    followupTo: text("followup_to").notNull(),
    confidencePct: integer("confidence_pct").notNull().default(90),
    intangibles: jsonb("intangibles").notNull().default(sql`'[]'::jsonb`),
    dataVersion: integer("data_version").notNull().default(0),
    createdByUserId: uuid("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.id] })],
);

const programmeFk = (name: string, t: { organisationId: AnyPgColumn; programmeId: AnyPgColumn }) =>
  foreignKey({ name, columns: [t.organisationId, t.programmeId], foreignColumns: [programmes.organisationId, programmes.id] }).onDelete("cascade");

/** A cohort: `personalised` (à la carte plans), `standard` (the standard programme) or `comparison` (not enrolled). */
export const programmeCohorts = pgTable(
  "programme_cohorts",
  {
    organisationId: org(),
    id: uuid("id").notNull().defaultRandom(),
    programmeId: uuid("programme_id").notNull(),
    name: text("name").notNull(),
    kind: text("kind").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.id] }), programmeFk("programme_cohorts_programme_fk", t), index("programme_cohorts_programme_idx").on(t.organisationId, t.programmeId)],
);

/** A person in one cohort of a programme (at most one cohort per programme). */
export const programmeMembers = pgTable(
  "programme_members",
  {
    organisationId: org(),
    programmeId: uuid("programme_id").notNull(),
    cohortId: uuid("cohort_id").notNull(),
    personId: uuid("person_id").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.programmeId, t.personId] }),
    programmeFk("programme_members_programme_fk", t),
    foreignKey({ name: "programme_members_cohort_fk", columns: [t.organisationId, t.cohortId], foreignColumns: [programmeCohorts.organisationId, programmeCohorts.id] }).onDelete("cascade"),
    foreignKey({ name: "programme_members_person_fk", columns: [t.organisationId, t.personId], foreignColumns: [people.organisationId, people.id] }).onDelete("cascade"),
    index("programme_members_cohort_idx").on(t.organisationId, t.cohortId),
    index("programme_members_person_idx").on(t.organisationId, t.personId),
  ],
);

/** A fully loaded cost line (domain COST_CATEGORIES); `cohort_id` null = shared by the enrolled cohorts, prorated. */
export const programmeCosts = pgTable(
  "programme_costs",
  {
    organisationId: org(),
    id: uuid("id").notNull().defaultRandom(),
    programmeId: uuid("programme_id").notNull(),
    cohortId: uuid("cohort_id"),
    name: text("name").notNull(),
    category: text("category").notNull(),
    amountCents: bigint("amount_cents", { mode: "number" }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    programmeFk("programme_costs_programme_fk", t),
    foreignKey({ name: "programme_costs_cohort_fk", columns: [t.organisationId, t.cohortId], foreignColumns: [programmeCohorts.organisationId, programmeCohorts.id] }).onDelete("cascade"),
    index("programme_costs_programme_idx").on(t.organisationId, t.programmeId),
  ],
);

/** Participants' time of one enrolled cohort: hours each × the loaded hourly rate. */
export const programmeParticipantTime = pgTable(
  "programme_participant_time",
  {
    organisationId: org(),
    cohortId: uuid("cohort_id").notNull(),
    programmeId: uuid("programme_id").notNull(),
    hoursPerParticipant: real("hours_per_participant").notNull(),
    loadedHourlyRateCents: bigint("loaded_hourly_rate_cents", { mode: "number" }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.cohortId] }),
    programmeFk("programme_participant_time_programme_fk", t),
    foreignKey({ name: "programme_participant_time_cohort_fk", columns: [t.organisationId, t.cohortId], foreignColumns: [programmeCohorts.organisationId, programmeCohorts.id] }).onDelete("cascade"),
  ],
);

/**
 * A level 4 business measure the organisation defines (regretted attrition, absenteeism, sales…): its unit, the
 * better direction, the unit value in cents from finance with its source, and how many periods make a year.
 */
export const businessMeasures = pgTable(
  "business_measures",
  {
    organisationId: org(),
    id: uuid("id").notNull().defaultRandom(),
    name: text("name").notNull(),
    unit: text("unit").notNull().default(""),
    direction: text("direction").notNull(),
    unitValueCents: bigint("unit_value_cents", { mode: "number" }).notNull(),
    unitValueSource: text("unit_value_source").notNull(),
    periodsPerYear: integer("periods_per_year").notNull().default(12),
    archived: boolean("archived").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.id] })],
);

/** The measures a programme is evaluated on. */
export const programmeMeasures = pgTable(
  "programme_measures",
  {
    organisationId: org(),
    programmeId: uuid("programme_id").notNull(),
    measureId: uuid("measure_id").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.programmeId, t.measureId] }),
    programmeFk("programme_measures_programme_fk", t),
    foreignKey({ name: "programme_measures_measure_fk", columns: [t.organisationId, t.measureId], foreignColumns: [businessMeasures.organisationId, businessMeasures.id] }).onDelete("cascade"),
  ],
);

/** One person's value of a measure in one period (`YYYY-MM`), entered or imported. */
export const measureValues = pgTable(
  "measure_values",
  {
    organisationId: org(),
    measureId: uuid("measure_id").notNull(),
    personId: uuid("person_id").notNull(),
    period: text("period").notNull(),
    value: doublePrecision("value").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.measureId, t.personId, t.period] }),
    foreignKey({ name: "measure_values_measure_fk", columns: [t.organisationId, t.measureId], foreignColumns: [businessMeasures.organisationId, businessMeasures.id] }).onDelete("cascade"),
    foreignKey({ name: "measure_values_person_fk", columns: [t.organisationId, t.personId], foreignColumns: [people.organisationId, people.id] }).onDelete("cascade"),
    index("measure_values_person_idx").on(t.organisationId, t.personId),
  ],
);

/**
 * A participant's answer in the follow-up questionnaire: the yearly improvement of a measure they estimate,
 * the share due to the programme (contribution %) and their confidence in the estimate (%).
 */
export const benefitEstimates = pgTable(
  "benefit_estimates",
  {
    organisationId: org(),
    programmeId: uuid("programme_id").notNull(),
    personId: uuid("person_id").notNull(),
    measureId: uuid("measure_id").notNull(),
    annualValueCents: bigint("annual_value_cents", { mode: "number" }).notNull(),
    contributionPct: real("contribution_pct").notNull(),
    confidencePct: real("confidence_pct").notNull(),
    comment: text("comment"),
    submittedByUserId: uuid("submitted_by_user_id").references(() => users.id, { onDelete: "set null" }),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.programmeId, t.personId, t.measureId] }),
    programmeFk("benefit_estimates_programme_fk", t),
    foreignKey({ name: "benefit_estimates_person_fk", columns: [t.organisationId, t.personId], foreignColumns: [people.organisationId, people.id] }).onDelete("cascade"),
    foreignKey({ name: "benefit_estimates_measure_fk", columns: [t.organisationId, t.measureId], foreignColumns: [businessMeasures.organisationId, businessMeasures.id] }).onDelete("cascade"),
  ],
);

/** The last evaluation of a programme (domain TProgrammeEvaluation as JSON) and the data_version it was computed from. */
export const programmeEvaluations = pgTable(
  "programme_evaluations",
  {
    organisationId: org(),
    programmeId: uuid("programme_id").notNull(),
    dataVersion: integer("data_version").notNull(),
    result: jsonb("result").notNull(),
    computedAt: timestamp("computed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.programmeId] }), programmeFk("programme_evaluations_programme_fk", t)],
);
