import { index, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { organisations, users } from "./platform";

/**
 * The erasure log and tombstone list of person-level GDPR erasures (decision 0021). A row holds no personal data:
 * `id` is the opaque reference, the hashes are SHA-256 of the organisation id and the person's id, employee number
 * or lower-case email (not reversible without the organisation's directory). `sterk restore` re-applies them.
 */
export const personErasures = pgTable(
  "person_erasures",
  {
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    id: uuid("id").notNull().defaultRandom(),
    personHash: text("person_hash").notNull(),
    employeeNumberHash: text("employee_number_hash").notNull(),
    emailHash: text("email_hash").notNull(),
    /** who erased: the account (null when the CLI or a restore did it, or the account is gone) */
    erasedByUserId: uuid("erased_by_user_id").references(() => users.id, { onDelete: "set null" }),
    /** api, cli or restore */
    erasedVia: text("erased_via").notNull(),
    erasedAt: timestamp("erased_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.id] }), index("person_erasures_person_idx").on(t.organisationId, t.personHash)],
);
