import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  foreignKey,
  index,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { organisations } from "./platform";

/** The people directory of one organisation. */
export const people = pgTable(
  "people",
  {
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    id: uuid("id").notNull().defaultRandom(),
    employeeNumber: text("employee_number").notNull(),
    firstName: text("first_name").notNull(),
    lastName: text("last_name").notNull(),
    email: text("email").notNull(),
    jobTitle: text("job_title").notNull().default(""),
    department: text("department").notNull().default(""),
    managerId: uuid("manager_id"),
    startDate: date("start_date"),
    roleStartDate: date("role_start_date"),
    language: text("language").notNull().default("nl"),
    active: boolean("active").notNull().default(true),
    /** SCIM: the identity provider's id for this person, and its userName when that is not the email */
    externalId: text("external_id"),
    scimUserName: text("scim_user_name"),
    /** SCIM DELETE: the person stays (others point to them) but is inactive and gone from /scim/v2 */
    scimDeletedAt: timestamp("scim_deleted_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    uniqueIndex("people_org_email_idx").on(t.organisationId, sql`lower(${t.email})`),
    uniqueIndex("people_org_employee_number_idx").on(t.organisationId, t.employeeNumber),
    uniqueIndex("people_org_external_id_idx").on(t.organisationId, t.externalId).where(sql`${t.externalId} is not null`),
    // SCIM userName (scim_user_name, else the email) is unique per organisation, case-insensitively
    uniqueIndex("people_org_scim_user_name_idx").on(t.organisationId, sql`lower(coalesce(${t.scimUserName}, ${t.email}))`),
    index("people_org_manager_idx").on(t.organisationId, t.managerId),
    foreignKey({
      name: "people_manager_fk",
      columns: [t.organisationId, t.managerId],
      foreignColumns: [t.organisationId, t.id],
    }),
  ],
);
