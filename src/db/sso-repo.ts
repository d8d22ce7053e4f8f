import { and, eq, gt, inArray, lt, sql, type SQL } from "drizzle-orm";
import type { TSsoAccount } from "../domain/identity/sso-account";
import type { TDb } from "./client";
import { memberships, organisations, people, ssoConnections, ssoLoginStates, userIdentities, users } from "./schema/index";

export type TSsoConnectionRow = typeof ssoConnections.$inferSelect;
export type TSsoLoginStateRow = typeof ssoLoginStates.$inferSelect;

/** The organisation's SSO connection, enabled or not. */
export async function findSsoConnection(db: TDb, organisationId: string): Promise<TSsoConnectionRow | undefined> {
  const [row] = await db.select().from(ssoConnections).where(eq(ssoConnections.organisationId, organisationId));
  return row;
}

/** Creates or replaces the organisation's SSO connection. */
export async function upsertSsoConnection(
  db: TDb,
  values: Omit<typeof ssoConnections.$inferInsert, "createdAt" | "updatedAt"> & { updatedAt: Date },
): Promise<TSsoConnectionRow> {
  const { organisationId, ...rest } = values;
  const [row] = await db
    .insert(ssoConnections)
    .values({ ...values, createdAt: values.updatedAt })
    .onConflictDoUpdate({ target: ssoConnections.organisationId, set: rest })
    .returning();
  if (!row) throw new Error(`upsert sso_connections for ${organisationId} returned nothing`);
  return row;
}

/** Removes the organisation's SSO connection and its pending sign-ins; true when there was one. */
export async function deleteSsoConnection(db: TDb, organisationId: string): Promise<boolean> {
  await db.delete(ssoLoginStates).where(eq(ssoLoginStates.organisationId, organisationId));
  const removed = await db.delete(ssoConnections).where(eq(ssoConnections.organisationId, organisationId)).returning();
  return removed.length > 0;
}

/** Enabled connections that list the domain among their allowed domains. */
export async function listEnabledSsoConnectionsForDomain(db: TDb, domain: string): Promise<TSsoConnectionRow[]> {
  return db
    .select()
    .from(ssoConnections)
    .where(and(eq(ssoConnections.enabled, true), sql`${ssoConnections.allowedDomains} @> array[${domain}]::text[]`));
}

/** The enabled connection of the organisation with this slug. */
export async function findEnabledSsoConnectionBySlug(db: TDb, slug: string): Promise<TSsoConnectionRow | undefined> {
  const [row] = await db
    .select({ connection: ssoConnections })
    .from(ssoConnections)
    .innerJoin(organisations, eq(organisations.id, ssoConnections.organisationId))
    .where(and(eq(organisations.slug, slug), eq(ssoConnections.enabled, true)));
  return row?.connection;
}

/** Of these organisations, the ones whose enabled SSO connection is "SSO only". */
export async function listSsoOnlyOrganisationIds(db: TDb, organisationIds: readonly string[]): Promise<Set<string>> {
  if (organisationIds.length === 0) return new Set();
  const rows = await db
    .select({ id: ssoConnections.organisationId })
    .from(ssoConnections)
    .where(and(inArray(ssoConnections.organisationId, [...organisationIds]), eq(ssoConnections.ssoOnly, true), eq(ssoConnections.enabled, true)));
  return new Set(rows.map((r) => r.id));
}

export async function insertSsoLoginState(db: TDb, values: typeof ssoLoginStates.$inferInsert): Promise<void> {
  await db.insert(ssoLoginStates).values(values);
}

/** Takes a live pending sign-in out of the table (one DELETE, so it can be used once); undefined when unknown, used or expired. */
export async function consumeSsoLoginState(db: TDb, stateHash: string, now: Date): Promise<TSsoLoginStateRow | undefined> {
  const [row] = await db
    .delete(ssoLoginStates)
    .where(and(eq(ssoLoginStates.stateHash, stateHash), gt(ssoLoginStates.expiresAt, now)))
    .returning();
  return row;
}

/** Drops pending sign-ins that expired. */
export async function pruneSsoLoginStates(db: TDb, now: Date): Promise<void> {
  await db.delete(ssoLoginStates).where(lt(ssoLoginStates.expiresAt, now));
}

/** The account linked to an identity at a provider. */
export async function findUserIdentity(db: TDb, issuer: string, subject: string) {
  const [row] = await db
    .select()
    .from(userIdentities)
    .where(and(eq(userIdentities.issuer, issuer), eq(userIdentities.subject, subject)));
  return row;
}

/** Links an identity to an account (nothing when it is linked already). */
export async function linkUserIdentity(db: TDb, values: { issuer: string; subject: string; userId: string; organisationId: string; now: Date }) {
  await db
    .insert(userIdentities)
    .values({ issuer: values.issuer, subject: values.subject, userId: values.userId, organisationId: values.organisationId, createdAt: values.now, lastUsedAt: values.now })
    .onConflictDoNothing();
}

export async function touchUserIdentity(db: TDb, issuer: string, subject: string, now: Date): Promise<void> {
  await db.update(userIdentities).set({ lastUsedAt: now }).where(and(eq(userIdentities.issuer, issuer), eq(userIdentities.subject, subject)));
}

/** The organisation's person with this email (case-insensitive), active or not. */
export async function findPersonByEmail(db: TDb, organisationId: string, email: string) {
  const [row] = await db
    .select({ id: people.id, active: people.active, firstName: people.firstName, lastName: people.lastName, language: people.language })
    .from(people)
    .where(and(eq(people.organisationId, organisationId), eq(sql`lower(${people.email})`, email.trim().toLowerCase())));
  return row;
}

/** Accounts matching `where`, each with its membership in the organisation and whether that membership's person is active. */
async function ssoAccounts(db: TDb, organisationId: string, where: SQL | undefined): Promise<TSsoAccount[]> {
  const rows = await db
    .select({
      id: users.id,
      isOperator: users.isOperator,
      memberUserId: memberships.userId,
      personId: memberships.personId,
      deactivatedAt: memberships.deactivatedAt,
      personActive: people.active,
      // anything the account holds outside this organisation: a live membership elsewhere, or an identity at another organisation's provider
      heldElsewhere: sql<boolean>`(exists (select 1 from ${memberships} m2 where m2.user_id = ${users.id} and m2.organisation_id <> ${organisationId} and m2.deactivated_at is null)
        or exists (select 1 from ${userIdentities} i2 where i2.user_id = ${users.id} and i2.organisation_id <> ${organisationId}))`,
    })
    .from(users)
    .leftJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.organisationId, organisationId)))
    .leftJoin(people, and(eq(people.organisationId, organisationId), eq(people.id, memberships.personId)))
    .where(where);
  return rows.map((r) => ({
    id: r.id,
    isOperator: r.isOperator,
    heldElsewhere: Boolean(r.heldElsewhere),
    membership: r.memberUserId
      ? { personId: r.personId, deactivated: r.deactivatedAt !== null, personActive: r.personId ? (r.personActive ?? false) : null }
      : null,
  }));
}

/** The account with this id, seen from the organisation. */
export async function findSsoAccountById(db: TDb, organisationId: string, userId: string) {
  return (await ssoAccounts(db, organisationId, eq(users.id, userId)))[0] ?? null;
}

/** The account with this email (case-insensitive), seen from the organisation. */
export async function findSsoAccountByEmail(db: TDb, organisationId: string, email: string) {
  return (await ssoAccounts(db, organisationId, eq(sql`lower(${users.email})`, email.trim().toLowerCase())))[0] ?? null;
}

/** The account whose membership in the organisation is linked to the person. */
export async function findSsoAccountOfPerson(db: TDb, organisationId: string, personId: string) {
  return (await ssoAccounts(db, organisationId, eq(memberships.personId, personId)))[0] ?? null;
}

/**
 * Gives the account a membership linked to the person: a new membership gets the roles given, an
 * existing one keeps its roles and gains the person link when it had none.
 */
export async function linkSsoMembership(db: TDb, values: { organisationId: string; userId: string; personId: string; roles: string[] }): Promise<void> {
  await db
    .insert(memberships)
    .values(values)
    .onConflictDoUpdate({
      target: [memberships.organisationId, memberships.userId],
      set: { personId: sql`coalesce(${memberships.personId}, excluded.person_id)` },
    });
}

/** True when the account belongs to at least one organisation and every one of them is "SSO only". */
export async function belongsOnlyToSsoOnlyOrganisations(db: TDb, userId: string): Promise<boolean> {
  const [row] = await db
    .select({
      all: sql<number>`count(*)::int`,
      ssoOnly: sql<number>`count(${ssoConnections.organisationId})::int`,
    })
    .from(memberships)
    .leftJoin(
      ssoConnections,
      and(eq(ssoConnections.organisationId, memberships.organisationId), eq(ssoConnections.ssoOnly, true), eq(ssoConnections.enabled, true)),
    )
    .where(eq(memberships.userId, userId));
  return (row?.all ?? 0) > 0 && row?.all === row?.ssoOnly;
}
