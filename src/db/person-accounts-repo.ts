import { and, desc, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { TDb } from "./client";
import { apiTokens, invitations, memberships, people, users } from "./schema/index";

/**
 * The account side of the directory: each person's linked membership (with its account) and their
 * newest pending invitation, and the account state derived from both in SQL so the directory can
 * filter and page by it.
 */
export const linkedMembership = alias(memberships, "linked_membership");
export const linkedUser = alias(users, "linked_user");

/** The newest pending invitation of each person (a lateral subquery joined to people). */
export function pendingInvitationOf(db: TDb) {
  return db
    .select({
      id: invitations.id,
      userId: invitations.userId,
      roles: invitations.roles,
      expiresAt: invitations.expiresAt,
      lastSentAt: invitations.lastSentAt,
      sendCount: invitations.sendCount,
    })
    .from(invitations)
    .where(
      and(eq(invitations.organisationId, people.organisationId), eq(invitations.personId, people.id), eq(invitations.status, "pending")),
    )
    .orderBy(desc(invitations.createdAt))
    .limit(1)
    .as("pending_invitation");
}

export type TPendingInvitationSubquery = ReturnType<typeof pendingInvitationOf>;

/** True when the linked account can sign in: a password, an SSO identity, or its organisation's SSO. */
export function linkedAccountCanSignIn(): SQL<boolean> {
  return sql<boolean>`(${linkedUser.passwordHash} is not null
    or exists (select 1 from user_identities ui where ui.user_id = ${linkedUser.id})
    or exists (select 1 from sso_connections sc where sc.organisation_id = ${people.organisationId} and sc.enabled))`;
}

/** The account state of each person as of `now` (see ZAccountState). */
export function accountStateSql(pending: TPendingInvitationSubquery, now: Date): SQL<string> {
  const at = now.toISOString();
  return sql<string>`case
    when not ${people.active} then 'deactivated'
    when ${linkedMembership.userId} is not null and ${linkedMembership.deactivatedAt} is not null then 'deactivated'
    when ${linkedMembership.userId} is not null and ${linkedAccountCanSignIn()} then 'active'
    when ${pending.id} is not null and ${pending.expiresAt} > ${at}::timestamptz then 'invited'
    when ${pending.id} is not null then 'expired'
    else 'none' end`;
}

/** The columns each directory row carries about its account. */
export function accountColumns(pending: TPendingInvitationSubquery, now: Date) {
  return {
    accountState: accountStateSql(pending, now),
    accountUserId: sql<string | null>`coalesce(${linkedMembership.userId}, ${pending.userId})`,
    accountMembershipRoles: linkedMembership.roles,
    invitationId: pending.id,
    invitationRoles: pending.roles,
    invitationExpiresAt: pending.expiresAt,
    invitationLastSentAt: pending.lastSentAt,
    invitationSendCount: pending.sendCount,
  };
}

/**
 * People of the organisation (all, these ids, or the one with this email) with what inviting them needs: identity, language,
 * place in the tree, linked membership and account, newest pending invitation and account state.
 * One query.
 */
export async function listInviteCandidates(
  db: TDb,
  organisationId: string,
  which: { personIds?: readonly string[]; email?: string },
  now: Date,
) {
  const pending = pendingInvitationOf(db);
  return db
    .select({
      personId: people.id,
      employeeNumber: people.employeeNumber,
      firstName: people.firstName,
      lastName: people.lastName,
      email: people.email,
      language: people.language,
      department: people.department,
      managerId: people.managerId,
      active: people.active,
      linkedUserId: linkedMembership.userId,
      membershipDeactivatedAt: linkedMembership.deactivatedAt,
      canSignIn: sql<boolean>`coalesce(${linkedMembership.userId} is not null and ${linkedAccountCanSignIn()}, false)`,
      pendingId: pending.id,
      pendingUserId: pending.userId,
      pendingExpiresAt: pending.expiresAt,
      pendingSendCount: pending.sendCount,
      accountState: accountStateSql(pending, now),
    })
    .from(people)
    .leftJoin(linkedMembership, and(eq(linkedMembership.organisationId, people.organisationId), eq(linkedMembership.personId, people.id)))
    .leftJoin(linkedUser, eq(linkedUser.id, linkedMembership.userId))
    .leftJoinLateral(pending, sql`true`)
    .where(
      and(
        eq(people.organisationId, organisationId),
        which.personIds ? inArray(people.id, [...which.personIds]) : undefined,
        which.email !== undefined ? eq(sql`lower(${people.email})`, which.email.trim().toLowerCase()) : undefined,
      ),
    );
}

export type TInviteCandidateRow = Awaited<ReturnType<typeof listInviteCandidates>>[number];

/** Revokes every live API token the account holds in the organisation (its person was deactivated). */
export async function revokeApiTokensOfMember(db: TDb, organisationId: string, userId: string, at: Date): Promise<void> {
  await db
    .update(apiTokens)
    .set({ revokedAt: at })
    .where(and(eq(apiTokens.organisationId, organisationId), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)));
}
