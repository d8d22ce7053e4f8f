import { sql } from "drizzle-orm";
import { index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./platform";

// The newsletter belongs to the operator (the platform), not to a client organisation: no organisation_id.

/** Newsletter subscribers. The address is lower case; tokens are stored as hashes only. */
export const newsletterSubscribers = pgTable(
  "newsletter_subscribers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    language: text("language").notNull(),
    /** pending | confirmed | unsubscribed */
    status: text("status").notNull(),
    /** SHA-256 of the live confirmation link's token; null once used or when none is live */
    confirmTokenHash: text("confirm_token_hash").unique(),
    confirmExpiresAt: timestamp("confirm_expires_at", { withTimezone: true }),
    confirmationSentAt: timestamp("confirmation_sent_at", { withTimezone: true }),
    /** random key from which the link tokens are derived under the server secret (rotated to revoke links) */
    linkKey: text("link_key").notNull(),
    /** SHA-256 of the preferences token (export, erase, language; only ever in URL fragments) */
    preferencesTokenHash: text("preferences_token_hash").notNull().unique(),
    /** SHA-256 of the one-click unsubscribe token (in the List-Unsubscribe URL; can do nothing else) */
    unsubscribeTokenHash: text("unsubscribe_token_hash").notNull().unique(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
    unsubscribedAt: timestamp("unsubscribed_at", { withTimezone: true }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("newsletter_subscribers_email_idx").on(sql`lower(${t.email})`), index("newsletter_subscribers_status_idx").on(t.status, t.language)],
);

/** The consent log: what each subscriber agreed to, when, under which text version, from which (hashed) IP. */
export const newsletterConsents = pgTable(
  "newsletter_consents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    subscriberId: uuid("subscriber_id")
      .notNull()
      .references(() => newsletterSubscribers.id, { onDelete: "cascade" }),
    action: text("action").notNull(),
    consentVersion: text("consent_version").notNull(),
    language: text("language").notNull(),
    /** HMAC-SHA256 of the client IP under the server secret; never the IP itself */
    ipHash: text("ip_hash"),
    at: timestamp("at", { withTimezone: true }).notNull(),
  },
  (t) => [index("newsletter_consents_subscriber_idx").on(t.subscriberId, t.at)],
);

/** Erased addresses, as an HMAC only: an import cannot silently bring them back. */
export const newsletterSuppressions = pgTable("newsletter_suppressions", {
  emailHash: text("email_hash").primaryKey(),
  reason: text("reason").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
});

/** Newsletter issues: draft -> sending -> sent. */
export const newsletterIssues = pgTable("newsletter_issues", {
  id: uuid("id").primaryKey().defaultRandom(),
  status: text("status").notNull().default("draft"),
  createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  sendStartedAt: timestamp("send_started_at", { withTimezone: true }),
  sendFinishedAt: timestamp("send_finished_at", { withTimezone: true }),
});

/** One language version of an issue. */
export const newsletterIssueVersions = pgTable(
  "newsletter_issue_versions",
  {
    issueId: uuid("issue_id")
      .notNull()
      .references(() => newsletterIssues.id, { onDelete: "cascade" }),
    language: text("language").notNull(),
    subject: text("subject").notNull(),
    bodyMarkdown: text("body_markdown").notNull(),
  },
  (t) => [primaryKey({ columns: [t.issueId, t.language] })],
);

/**
 * The send ledger: one row per issue x subscriber (unique), claimed with FOR UPDATE SKIP LOCKED.
 * The row id is the Message-ID, so a resend carries the same one. Erasing a subscriber nulls the
 * reference: the row keeps the counts and no personal data.
 */
export const newsletterDeliveries = pgTable(
  "newsletter_deliveries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    issueId: uuid("issue_id")
      .notNull()
      .references(() => newsletterIssues.id, { onDelete: "cascade" }),
    subscriberId: uuid("subscriber_id").references(() => newsletterSubscribers.id, { onDelete: "set null" }),
    language: text("language").notNull(),
    /** pending | sending | sent | failed | unknown | skipped */
    status: text("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }),
    claimedAt: timestamp("claimed_at", { withTimezone: true }),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    lastError: text("last_error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("newsletter_deliveries_issue_subscriber_idx").on(t.issueId, t.subscriberId),
    index("newsletter_deliveries_claim_idx").on(t.status, t.nextAttemptAt),
    index("newsletter_deliveries_subscriber_idx").on(t.subscriberId),
  ],
);
