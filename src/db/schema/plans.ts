import { sql } from "drizzle-orm";
import { bigint, boolean, foreignKey, index, integer, jsonb, pgTable, primaryKey, real, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { organisations, users } from "./platform";
import { people } from "./people";

/**
 * An organisation's development catalogue. `module` holds one validated TDevelopmentModule (domain/plans
 * validateModule) as JSON; `id` is the module's own id, unique per organisation. Archived modules stay for
 * the plans that hold them but are offered to nobody. `starter` marks a copy of the firm's starter module.
 */
export const catalogueModules = pgTable(
  "catalogue_modules",
  {
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    id: text("id").notNull(),
    module: jsonb("module").notNull(),
    starter: boolean("starter").notNull().default(false),
    archived: boolean("archived").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.id] })],
);

/**
 * Per-organisation planning settings: the currency of every amount, the default budget per person (null =
 * none), the standard programme (module ids) and each person's hour limit for the optimiser (null = none).
 */
export const planSettings = pgTable("plan_settings", {
  organisationId: uuid("organisation_id")
    .primaryKey()
    .references(() => organisations.id, { onDelete: "cascade" }),
  currency: text("currency").notNull().default("EUR"),
  defaultPersonBudgetCents: bigint("default_person_budget_cents", { mode: "number" }),
  maxHoursPerPerson: real("max_hours_per_person"),
  standardModuleIds: jsonb("standard_module_ids").notNull().default(sql`'[]'::jsonb`),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** A budget for one department (by the department's name in the directory), in the organisation's currency. */
export const departmentBudgets = pgTable(
  "department_budgets",
  {
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    department: text("department").notNull(),
    budgetCents: bigint("budget_cents", { mode: "number" }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.department] })],
);

/** A budget for one person that overrides the organisation's default. */
export const personBudgets = pgTable(
  "person_budgets",
  {
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    personId: uuid("person_id").notNull(),
    budgetCents: bigint("budget_cents", { mode: "number" }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.personId] }),
    foreignKey({ name: "person_budgets_person_fk", columns: [t.organisationId, t.personId], foreignColumns: [people.organisationId, people.id] }).onDelete("cascade"),
  ],
);

/**
 * A person's development plan: one per person. `status` is the current version's (domain PLAN_STATUSES);
 * `current_version` points at plan_versions. Every change writes a new version; old versions stay.
 */
export const developmentPlans = pgTable(
  "development_plans",
  {
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    id: uuid("id").notNull().defaultRandom(),
    personId: uuid("person_id").notNull(),
    status: text("status").notNull().default("draft"),
    currentVersion: integer("current_version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    uniqueIndex("development_plans_person_idx").on(t.organisationId, t.personId),
    foreignKey({ name: "development_plans_person_fk", columns: [t.organisationId, t.personId], foreignColumns: [people.organisationId, people.id] }).onDelete("cascade"),
  ],
);

/**
 * One version of a plan: the chosen modules, 1–3 goals ([{challengeId, description, businessMeasure}]), its
 * cost and hours when written, and where it came from (the person, HR, or an applied optimiser run).
 */
export const planVersions = pgTable(
  "plan_versions",
  {
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    planId: uuid("plan_id").notNull(),
    version: integer("version").notNull(),
    moduleIds: jsonb("module_ids").notNull(),
    goals: jsonb("goals").notNull(),
    costCents: bigint("cost_cents", { mode: "number" }).notNull(),
    hours: real("hours").notNull(),
    source: text("source").notNull().default("person"),
    createdByUserId: uuid("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.planId, t.version] }),
    foreignKey({ name: "plan_versions_plan_fk", columns: [t.organisationId, t.planId], foreignColumns: [developmentPlans.organisationId, developmentPlans.id] }).onDelete("cascade"),
  ],
);

/** The plan's history: submit, approve, request_changes, comment, apply_optimiser; with the version it was on. */
export const planEvents = pgTable(
  "plan_events",
  {
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    id: uuid("id").notNull().defaultRandom(),
    planId: uuid("plan_id").notNull(),
    version: integer("version").notNull(),
    action: text("action").notNull(),
    actorRole: text("actor_role").notNull(),
    comment: text("comment"),
    actorUserId: uuid("actor_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    foreignKey({ name: "plan_events_plan_fk", columns: [t.organisationId, t.planId], foreignColumns: [developmentPlans.organisationId, developmentPlans.id] }).onDelete("cascade"),
    index("plan_events_plan_idx").on(t.organisationId, t.planId, t.createdAt),
  ],
);

/** An org-wide optimiser run: its input summary and the domain's TOptimiseResult as JSON; applied once. */
export const optimiserRuns = pgTable(
  "optimiser_runs",
  {
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    id: uuid("id").notNull().defaultRandom(),
    budgetCents: bigint("budget_cents", { mode: "number" }).notNull(),
    result: jsonb("result").notNull(),
    createdByUserId: uuid("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    appliedAt: timestamp("applied_at", { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.id] }), index("optimiser_runs_created_idx").on(t.organisationId, t.createdAt)],
);

/**
 * A mentor's matching profile in one organisation (the account has the mentor role there): expertise
 * [{challengeId, level 1–3}], languages, industries, capacity and availability. `person_id` links a mentor
 * who works in the organisation (so they are never matched with their own reports or, optionally, department).
 */
export const mentorProfiles = pgTable(
  "mentor_profiles",
  {
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    personId: uuid("person_id"),
    expertise: jsonb("expertise").notNull().default(sql`'[]'::jsonb`),
    languages: jsonb("languages").notNull().default(sql`'[]'::jsonb`),
    industries: jsonb("industries").notNull().default(sql`'[]'::jsonb`),
    capacity: integer("capacity").notNull().default(3),
    available: boolean("available").notNull().default(true),
    bio: text("bio").notNull().default(""),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.userId] })],
);
