import { and, eq, gt, inArray, isNull, or, sql } from "drizzle-orm";
import type { TDb } from "./client";
import { invitations, organisations, ssoConnections, users } from "./schema/index";

export type TInvitationRow = typeof invitations.$inferSelect;
export type TInvitationInsert = typeof invitations.$inferInsert;

/** True when the organisation signs in with its company account only (an enabled SSO connection with sso_only). */
export async function isSsoOnlyOrganisation(db: TDb, organisationId: string): Promise<boolean> {
  const [row] = await db
    .select({ ssoOnly: ssoConnections.ssoOnly })
    .from(ssoConnections)
    .where(and(eq(ssoConnections.organisationId, organisationId), eq(ssoConnections.enabled, true)));
  return row?.ssoOnly ?? false;
}

/**
 * The accounts with these emails (compared case-insensitively) or ids, and what deciding an
 * invitation to `organisationId` needs about each: password, SSO identity, operator flag, live
 * memberships elsewhere and the membership here. One query for the whole list.
 */
export async function findInvitationAccounts(
  db: TDb,
  organisationId: string,
  which: { emails?: readonly string[]; userIds?: readonly string[] },
) {
  const lowered = [...new Set((which.emails ?? []).map((e) => e.trim().toLowerCase()))];
  const ids = [...new Set(which.userIds ?? [])];
  if (lowered.length === 0 && ids.length === 0) return [];
  return db
    .select({
      id: users.id,
      email: users.email,
      displayName: users.displayName,
      locale: users.locale,
      isOperator: users.isOperator,
      hasPassword: sql<boolean>`${users.passwordHash} is not null`,
      hasSsoIdentity: sql<boolean>`exists (select 1 from user_identities ui where ui.user_id = ${users.id})`,
      otherMemberships: sql<number>`(select count(*)::int from memberships m
        where m.user_id = ${users.id} and m.organisation_id <> ${organisationId} and m.deactivated_at is null)`,
      memberHere: sql<boolean>`exists (select 1 from memberships m where m.user_id = ${users.id} and m.organisation_id = ${organisationId})`,
      personIdHere: sql<string | null>`(select m.person_id from memberships m where m.user_id = ${users.id} and m.organisation_id = ${organisationId})`,
      deactivatedHere: sql<boolean>`exists (select 1 from memberships m
        where m.user_id = ${users.id} and m.organisation_id = ${organisationId} and m.deactivated_at is not null)`,
    })
    .from(users)
    .where(
      or(
        lowered.length > 0 ? inArray(sql`lower(${users.email})`, lowered) : undefined,
        ids.length > 0 ? inArray(users.id, ids) : undefined,
      ),
    );
}

export type TInvitedAccountRow = Awaited<ReturnType<typeof findInvitationAccounts>>[number];

/** The same facts for one account, its row locked until the transaction ends (acceptance). */
export async function lockAccountForInvitation(db: TDb, organisationId: string, userId: string) {
  await db.select({ id: users.id }).from(users).where(eq(users.id, userId)).for("update");
  const [account] = await findInvitationAccounts(db, organisationId, { userIds: [userId] });
  return account;
}

/** New accounts without a password, for people invited for the first time; returns every account of these emails. */
export async function insertPasswordlessUsers(db: TDb, values: { email: string; displayName: string; locale: string }[]) {
  if (values.length > 0) {
    await db
      .insert(users)
      .values(values.map((v) => ({ ...v, email: v.email.trim().toLowerCase() })))
      .onConflictDoNothing({ target: users.email });
  }
  return db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(inArray(sql`lower(${users.email})`, values.map((v) => v.email.trim().toLowerCase())));
}

/** Sets the first password of an account that has none; false (nothing written) when it has one already. */
export async function setFirstPassword(db: TDb, userId: string, passwordHash: string, at: Date): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ passwordHash, passwordChangedAt: at })
    .where(and(eq(users.id, userId), isNull(users.passwordHash)))
    .returning({ id: users.id });
  return rows.length > 0;
}

/** Records invitations (one statement). */
export async function insertInvitations(db: TDb, values: TInvitationInsert[]): Promise<void> {
  if (values.length === 0) return;
  await db.insert(invitations).values(values);
}

/** One invitation of the organisation; another organisation's id is not found. */
export async function findInvitation(db: TDb, organisationId: string, id: string): Promise<TInvitationRow | undefined> {
  const [row] = await db
    .select()
    .from(invitations)
    .where(and(eq(invitations.organisationId, organisationId), eq(invitations.id, id)));
  return row;
}

/** The pending invitation of the organisation for this account, if any (the newest). */
export async function findPendingInvitationOfUser(db: TDb, organisationId: string, userId: string) {
  const [row] = await db
    .select()
    .from(invitations)
    .where(and(eq(invitations.organisationId, organisationId), eq(invitations.userId, userId), eq(invitations.status, "pending")))
    .orderBy(sql`${invitations.createdAt} desc`)
    .limit(1);
  return row;
}

/**
 * The live invitation a link stands for (pending, not expired at `now`), with its organisation's
 * name and its account; locked until the transaction ends when `lock` is set.
 */
export async function findLiveInvitationByToken(db: TDb, tokenHash: string, now: Date, lock = false) {
  const query = db
    .select({ invitation: invitations, organisationName: organisations.name, user: users })
    .from(invitations)
    .innerJoin(organisations, eq(organisations.id, invitations.organisationId))
    .innerJoin(users, eq(users.id, invitations.userId))
    .where(and(eq(invitations.tokenHash, tokenHash), eq(invitations.status, "pending"), gt(invitations.expiresAt, now)));
  const [row] = lock ? await query.for("update", { of: invitations }) : await query;
  return row;
}

/** A fresh link for a pending invitation: the old token is void, the expiry renewed, the count raised. */
export async function reissueInvitation(
  db: TDb,
  organisationId: string,
  id: string,
  values: { tokenHash: string | null; expiresAt: Date; sentAt: Date; roles?: string[]; invitedBy?: string },
): Promise<void> {
  await db
    .update(invitations)
    .set({
      tokenHash: values.tokenHash,
      expiresAt: values.expiresAt,
      lastSentAt: values.sentAt,
      sendCount: sql`${invitations.sendCount} + 1`,
      ...(values.roles ? { roles: values.roles } : {}),
      ...(values.invitedBy ? { invitedBy: values.invitedBy } : {}),
    })
    .where(and(eq(invitations.organisationId, organisationId), eq(invitations.id, id)));
}

/** Marks an invitation accepted (its link void). */
export async function markInvitationAccepted(db: TDb, organisationId: string, id: string, at: Date): Promise<void> {
  await db
    .update(invitations)
    .set({ status: "accepted", tokenHash: null, acceptedAt: at })
    .where(and(eq(invitations.organisationId, organisationId), eq(invitations.id, id)));
}

/** Revokes pending invitations (their links void): by id, by person or by account. Returns how many. */
export async function revokePendingInvitations(
  db: TDb,
  organisationId: string,
  which: { id?: string; personId?: string; userId?: string },
  at: Date,
): Promise<number> {
  const rows = await db
    .update(invitations)
    .set({ status: "revoked", tokenHash: null, revokedAt: at })
    .where(
      and(
        eq(invitations.organisationId, organisationId),
        eq(invitations.status, "pending"),
        which.id ? eq(invitations.id, which.id) : undefined,
        which.personId ? eq(invitations.personId, which.personId) : undefined,
        which.userId ? eq(invitations.userId, which.userId) : undefined,
      ),
    )
    .returning({ id: invitations.id });
  return rows.length;
}

/** Revokes the pending invitations of many people and accounts at once (before sending them new ones). */
export async function revokePendingInvitationsOf(
  db: TDb,
  organisationId: string,
  which: { personIds: string[]; userIds: string[] },
  at: Date,
): Promise<void> {
  if (which.personIds.length === 0 && which.userIds.length === 0) return;
  await db
    .update(invitations)
    .set({ status: "revoked", tokenHash: null, revokedAt: at })
    .where(
      and(
        eq(invitations.organisationId, organisationId),
        eq(invitations.status, "pending"),
        or(
          which.personIds.length > 0 ? inArray(invitations.personId, which.personIds) : undefined,
          which.userIds.length > 0 ? inArray(invitations.userId, which.userIds) : undefined,
        ),
      ),
    );
}

/** Serialises invitation changes within one organisation until the transaction ends (two bulk invitations never interleave). */
export async function lockOrganisationInvitations(db: TDb, organisationId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`invitations:${organisationId}`}))`);
}
