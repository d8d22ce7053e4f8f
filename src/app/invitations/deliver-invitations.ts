import { findUserById } from "../../db/auth-repo";
import type { TDb } from "../../db/client";
import {
  findInvitationAccounts,
  insertInvitations,
  insertPasswordlessUsers,
  revokePendingInvitationsOf,
  type TInvitationInsert,
  type TInvitedAccountRow,
} from "../../db/invitations-repo";
import { grantMemberships, type TOrganisationRow } from "../../db/organisations-repo";
import { renderAccessGranted, renderAccountInvitation, type TSignInWay } from "../../email/invitation-emails";
import { invitationDelivery, invitationExpiry, type TInvitationDelivery } from "../../domain/invitations/index";
import type { TLocale } from "../../domain/shared/locale";
import type { TActor, TOrgRole } from "../../domain/shared/roles";
import { queueEmails } from "../outbox/queue-email";
import { hashSecret, newSecret } from "../shared/secrets";
import type { TAppContext } from "../shared/context";

/** One invitation to deliver: a person of the directory, or an email (mentors, HR, externals). */
export type TInviteTarget = {
  personId: string | null;
  email: string;
  /** the name a new account gets, and the greeting */
  displayName: string;
  /** the email's language: the person's */
  locale: TLocale;
  /** the account the person is linked to already, if any (it is the one invited) */
  linkedUserId: string | null;
  /** sends of an earlier, lapsed invitation of the same person (the count carries on) */
  previousSendCount: number;
};

export type TDelivered = {
  target: TInviteTarget;
  delivery: TInvitationDelivery;
  userId: string;
  invitationId: string;
};

/**
 * What a delivery did: the invitations sent; the targets whose membership here is deactivated and
 * those whose account another target of the same delivery already invited (nothing sent to either).
 */
export type TDeliveryResult = { delivered: TDelivered[]; deactivated: TInviteTarget[]; duplicates: TInviteTarget[] };

/** The one membership-granting context a delivery needs. */
export type TDeliveryContext = Pick<TAppContext, "db" | "now" | "config" | "notifyOutbox">;

export const INVITATION_EMAIL_KIND = "invitation";
export const ACCESS_GRANTED_EMAIL_KIND = "access_granted";

function signInWay(account: TInvitedAccountRow, ssoOnly: boolean): TSignInWay {
  if (ssoOnly || (account.hasSsoIdentity && !account.hasPassword)) return "company_account";
  return account.hasPassword ? "password" : "choose_password";
}

/** The inviter's name as the emails show it. */
export async function inviterName(db: TDb, actor: TActor): Promise<string> {
  return (await findUserById(db, actor.userId))?.displayName ?? "Sterk";
}

/** Every account the targets concern (one query): the linked ones, else those with the targets' emails. */
async function accountsOf(tx: TDb, organisationId: string, targets: readonly TInviteTarget[]) {
  const linkedIds = targets.map((t) => t.linkedUserId).filter((id): id is string => id !== null);
  const unlinkedEmails = targets.filter((t) => t.linkedUserId === null).map((t) => t.email);
  const rows = await findInvitationAccounts(tx, organisationId, { emails: unlinkedEmails, userIds: linkedIds });
  const byEmail = new Map(rows.map((r) => [r.email.toLowerCase(), r]));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return (target: TInviteTarget) =>
    target.linkedUserId ? byId.get(target.linkedUserId) ?? null : byEmail.get(target.email.trim().toLowerCase()) ?? null;
}

/**
 * Delivers invitations inside the caller's transaction: an untouched (or new) account gets a
 * pending invitation with a "set your password" link; any other account gets the membership at
 * once (roles added, the person linked when free) and a note saying how to sign in. Nothing about
 * an existing account (name, language, password, operator flag, other organisations) changes.
 */
export async function deliverInvitations(
  ctx: TDeliveryContext,
  tx: TDb,
  input: { organisation: TOrganisationRow; actor: TActor; inviter: string; roles: TOrgRole[]; ssoOnly: boolean; targets: TInviteTarget[] },
): Promise<TDeliveryResult> {
  const { organisation, roles, ssoOnly } = input;
  const now = ctx.now();
  const accountOf = await accountsOf(tx, organisation.id, input.targets);
  const deactivated = input.targets.filter((t) => accountOf(t)?.deactivatedHere);
  const seen = new Set<string>();
  const duplicates: TInviteTarget[] = [];
  const targets = input.targets.filter((t) => {
    if (accountOf(t)?.deactivatedHere) return false;
    const key = accountOf(t)?.id ?? t.email.trim().toLowerCase();
    if (seen.has(key)) duplicates.push(t);
    seen.add(key);
    return !duplicates.includes(t);
  });
  const planned = targets.map((target) => {
    const account = accountOf(target);
    return { target, account, delivery: invitationDelivery(account, ssoOnly) };
  });
  const fresh = planned.filter((p) => p.account === null);
  const created = await insertPasswordlessUsers(
    tx,
    fresh.map((p) => ({ email: p.target.email, displayName: p.target.displayName, locale: p.target.locale })),
  );
  const createdByEmail = new Map(created.map((u) => [u.email.toLowerCase(), u.id]));

  const userIdOf = (p: (typeof planned)[number]) => p.account?.id ?? createdByEmail.get(p.target.email.trim().toLowerCase());
  await revokePendingInvitationsOf(
    tx,
    organisation.id,
    {
      personIds: targets.map((t) => t.personId).filter((id): id is string => id !== null),
      userIds: planned.map(userIdOf).filter((id): id is string => id !== undefined),
    },
    now,
  );
  const delivered: TDelivered[] = [];
  const rows: TInvitationInsert[] = [];
  const emails: Parameters<typeof queueEmails>[1] = [];
  const grants: Parameters<typeof grantMemberships>[1] = [];
  for (const { target, account, delivery } of planned) {
    const userId = userIdOf({ target, account, delivery });
    if (!userId) throw new Error("invited account vanished");
    const invitationId = crypto.randomUUID();
    const to = account?.email ?? target.email.trim().toLowerCase();
    const name = account?.displayName ?? target.displayName;
    const common = {
      organisationId: organisation.id,
      id: invitationId,
      personId: target.personId,
      userId,
      email: to,
      roles,
      locale: target.locale,
      invitedBy: input.actor.userId,
      sendCount: target.previousSendCount + 1,
      lastSentAt: now,
      createdAt: now,
    };
    if (delivery === "link") {
      const token = newSecret();
      const expiresAt = invitationExpiry(now);
      rows.push({ ...common, tokenHash: hashSecret(token), status: "pending", expiresAt });
      const url = `${ctx.config.publicUrl}/invitation#token=${encodeURIComponent(token)}`;
      const email = renderAccountInvitation(target.locale, { name, organisation: organisation.name, inviter: input.inviter, url, expiresAt });
      emails.push({ to, kind: INVITATION_EMAIL_KIND, organisationId: organisation.id, email });
    } else {
      rows.push({ ...common, tokenHash: null, status: "accepted", expiresAt: now, acceptedAt: now });
      const personId = target.linkedUserId === null || target.linkedUserId === userId ? target.personId : null;
      grants.push({ organisationId: organisation.id, userId, roles, personId });
      const way = account ? signInWay(account, ssoOnly) : "company_account";
      const url = `${ctx.config.publicUrl}/sign-in`;
      const email = renderAccessGranted(target.locale, { name, organisation: organisation.name, inviter: input.inviter, url, signInWay: way });
      emails.push({ to, kind: ACCESS_GRANTED_EMAIL_KIND, organisationId: organisation.id, email });
    }
    delivered.push({ target, delivery, userId, invitationId });
  }
  await insertInvitations(tx, rows);
  await grantMemberships(tx, grants);
  await queueEmails(ctx, emails, tx);
  return { delivered, deactivated, duplicates };
}
