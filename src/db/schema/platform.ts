import { sql } from "drizzle-orm";
import { bigint, boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

/** Client organisations (tenants). */
export const organisations = pgTable("organisations", {
  id: uuid("id").primaryKey().defaultRandom(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  defaultLocale: text("default_locale").notNull().default("nl"),
  settings: jsonb("settings").notNull().default(sql`'{}'::jsonb`),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Accounts; global so the operator can act across organisations. */
export const users = pgTable("users", {
  id: uuid("id").primaryKey().defaultRandom(),
  email: text("email").notNull().unique(),
  displayName: text("display_name").notNull(),
  passwordHash: text("password_hash"),
  locale: text("locale"),
  isOperator: boolean("is_operator").notNull().default(false),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  /** when the password was last set; emailed links and sessions older than this are void */
  passwordChangedAt: timestamp("password_changed_at", { withTimezone: true }),
  /** TOTP secret (base32), encrypted with the server secret; null until two-factor is enrolled */
  totpSecret: text("totp_secret"),
  totpEnabledAt: timestamp("totp_enabled_at", { withTimezone: true }),
  /** the last 30-second step a code was accepted for: a code works once */
  totpLastStep: bigint("totp_last_step", { mode: "number" }),
});

/** Browser sessions; the cookie carries the token, the table its SHA-256. */
export const sessions = pgTable(
  "sessions",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    csrfToken: text("csrf_token").notNull(),
    organisationId: uuid("organisation_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    /** "full"; "totp" after the password, before the second factor; "totp_enrol" when an organisation requires two-factor not yet set up */
    stage: text("stage").notNull().default("full"),
    /** how the session was opened: password, invitation, reset, sso */
    method: text("method").notNull().default("password"),
  },
  (t) => [index("sessions_user_idx").on(t.userId), index("sessions_expires_idx").on(t.expiresAt)],
);

/** Single-use emailed links: password reset and account invitation. Stored hashed. */
export const emailTokens = pgTable("email_tokens", {
  tokenHash: text("token_hash").primaryKey(),
  purpose: text("purpose").notNull(),
  userId: uuid("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  usedAt: timestamp("used_at", { withTimezone: true }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Durable, atomic rate-limit counters shared by every server process: one row per key (hashed IP,
 * hashed account, …) with a fixed window and an escalating block (backoff).
 */
/**
 * Secrets of the installation shared by every server process on the database (e.g. the key that signs one-click
 * unsubscribe links when SESSION_SECRET is not set): created once by whichever process starts first.
 */
export const instanceSecrets = pgTable("instance_secrets", {
  name: text("name").primaryKey(),
  value: text("value").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const rateLimits = pgTable(
  "rate_limits",
  {
    key: text("key").primaryKey(),
    windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
    count: integer("count").notNull().default(0),
    /** how many times this key was blocked in a row: the next block lasts longer */
    strikes: integer("strikes").notNull().default(0),
    blockedUntil: timestamp("blocked_until", { withTimezone: true }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("rate_limits_updated_idx").on(t.updatedAt)],
);

/** Failed sign-in attempts, for rate limiting by IP and by account. */
export const authFailures = pgTable(
  "auth_failures",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    key: text("key").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("auth_failures_key_at_idx").on(t.key, t.at)],
);

/** Every email Sterk sends; read by the operator while SMTP is not configured. */
export const outbox = pgTable(
  "outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id"),
    kind: text("kind").notNull(),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    textBody: text("text_body").notNull(),
    htmlBody: text("html_body"),
    headers: jsonb("headers").notNull().default(sql`'{}'::jsonb`),
    attachments: jsonb("attachments").notNull().default(sql`'[]'::jsonb`),
    status: text("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    /** when a sender last claimed it (status `sending`): a claim older than the handover can take belongs to a sender that died */
    claimedAt: timestamp("claimed_at", { withTimezone: true }),
  },
  (t) => [index("outbox_status_idx").on(t.status, t.createdAt)],
);

/** Roles of a user in one organisation, and the person record that is them, if any. */
export const memberships = pgTable(
  "memberships",
  {
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    roles: text("roles").array().notNull(),
    personId: uuid("person_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** set when the person is deactivated (by HR or SCIM): the membership grants nothing */
    deactivatedAt: timestamp("deactivated_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.userId] }),
    index("memberships_user_idx").on(t.userId),
    uniqueIndex("memberships_person_idx").on(t.organisationId, t.personId).where(sql`${t.personId} is not null`),
  ],
);

/**
 * Invitations to an organisation, one row per invitation sent (resends update it). The token (a
 * "set your password" link) exists only when the account has no password yet; inviting an existing
 * account only adds the membership and notifies the person.
 */
export const invitations = pgTable(
  "invitations",
  {
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    id: uuid("id").notNull().defaultRandom(),
    personId: uuid("person_id"),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    roles: text("roles").array().notNull(),
    locale: text("locale").notNull(),
    tokenHash: text("token_hash").unique(),
    /** pending, accepted, revoked */
    status: text("status").notNull().default("pending"),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    invitedBy: uuid("invited_by"),
    sendCount: integer("send_count").notNull().default(1),
    lastSentAt: timestamp("last_sent_at", { withTimezone: true }).notNull().defaultNow(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    index("invitations_person_idx").on(t.organisationId, t.personId, t.createdAt),
    index("invitations_user_idx").on(t.userId),
  ],
);

/** An organisation's OpenID Connect sign-in (one identity provider per organisation). */
export const ssoConnections = pgTable("sso_connections", {
  organisationId: uuid("organisation_id")
    .primaryKey()
    .references(() => organisations.id, { onDelete: "cascade" }),
  /** the issuer; discovery at {issuer}/.well-known/openid-configuration */
  issuer: text("issuer").notNull(),
  clientId: text("client_id").notNull(),
  /** encrypted with the server secret */
  clientSecret: text("client_secret").notNull(),
  allowedDomains: text("allowed_domains").array().notNull(),
  /** when true, members of the organisation cannot sign in with a password */
  ssoOnly: boolean("sso_only").notNull().default(false),
  enabled: boolean("enabled").notNull().default(true),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** One pending SSO sign-in (state, nonce and PKCE verifier), durable so any server process can finish it. */
export const ssoLoginStates = pgTable(
  "sso_login_states",
  {
    stateHash: text("state_hash").primaryKey(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    nonce: text("nonce").notNull(),
    codeVerifier: text("code_verifier").notNull(),
    returnTo: text("return_to"),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("sso_login_states_expires_idx").on(t.expiresAt)],
);

/** An account's identity at an external provider (issuer + subject), linked at the first SSO sign-in. */
export const userIdentities = pgTable(
  "user_identities",
  {
    issuer: text("issuer").notNull(),
    subject: text("subject").notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.issuer, t.subject] }), index("user_identities_user_idx").on(t.userId)],
);

/** Single-use two-factor recovery codes, stored hashed. */
export const totpRecoveryCodes = pgTable(
  "totp_recovery_codes",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text("code_hash").notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.codeHash] })],
);

/** Personal API tokens, scoped to one user in one organisation, stored hashed. */
export const apiTokens = pgTable(
  "api_tokens",
  {
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    id: uuid("id").notNull().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    /** "api" (acts as its user) or "scim" (provisioning of the organisation's directory at /scim/v2 only) */
    scope: text("scope").notNull().default("api"),
    expiresAt: timestamp("expires_at", { withTimezone: true })
      .notNull()
      .default(sql`now() + interval '90 days'`),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.id] })],
);
