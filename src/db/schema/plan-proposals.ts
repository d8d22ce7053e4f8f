import { sql } from "drizzle-orm";
import { foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { organisations, users } from "./platform";
import { people } from "./people";
import { developmentPlans, optimiserRuns } from "./plans";

/**
 * What an applied optimiser run proposes for a person whose plan is already submitted, approved or sent back
 * with changes requested: the owner accepts (a new version goes through submit and approval) or declines (the
 * plan stays). `based_on_version` is the plan version the proposal was made against. Status: pending, accepted,
 * declined, or withdrawn (a later run replaced it). At most one pending proposal per person.
 */
export const planProposals = pgTable(
  "plan_proposals",
  {
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    id: uuid("id").notNull().defaultRandom(),
    runId: uuid("run_id").notNull(),
    personId: uuid("person_id").notNull(),
    planId: uuid("plan_id").notNull(),
    basedOnVersion: integer("based_on_version").notNull(),
    moduleIds: jsonb("module_ids").notNull(),
    status: text("status").notNull().default("pending"),
    createdByUserId: uuid("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    decidedByUserId: uuid("decided_by_user_id").references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    foreignKey({ name: "plan_proposals_run_fk", columns: [t.organisationId, t.runId], foreignColumns: [optimiserRuns.organisationId, optimiserRuns.id] }).onDelete("cascade"),
    foreignKey({ name: "plan_proposals_person_fk", columns: [t.organisationId, t.personId], foreignColumns: [people.organisationId, people.id] }).onDelete("cascade"),
    foreignKey({ name: "plan_proposals_plan_fk", columns: [t.organisationId, t.planId], foreignColumns: [developmentPlans.organisationId, developmentPlans.id] }).onDelete("cascade"),
    uniqueIndex("plan_proposals_one_pending_idx").on(t.organisationId, t.personId).where(sql`status = 'pending'`),
    index("plan_proposals_plan_idx").on(t.organisationId, t.planId, t.createdAt),
  ],
);
