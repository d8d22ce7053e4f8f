import type { TPersonAccount } from "../../contracts/invitations";
import type { TDb } from "../../db/client";
import { findAnyMembership } from "../../db/organisations-repo";
import { findPersonWithAccount } from "../../db/people-repo";
import type { TInvitationRow } from "../../db/invitations-repo";
import type { TOrgRole } from "../../domain/shared/roles";
import { presentAccount } from "./present-account";

/** A person's account as the directory shows it; undefined when the person is not the organisation's. */
export async function personAccount(db: TDb, organisationId: string, personId: string, now: Date): Promise<TPersonAccount | undefined> {
  const row = await findPersonWithAccount(db, organisationId, personId, now);
  return row ? presentAccount(row) : undefined;
}

/**
 * The account an invitation concerns, as the directory shows it: its person's when it names one,
 * else derived from the invitation itself and the account's membership.
 */
export async function invitationAccount(db: TDb, invitation: TInvitationRow, now: Date): Promise<TPersonAccount> {
  if (invitation.personId) {
    const account = await personAccount(db, invitation.organisationId, invitation.personId, now);
    if (account) return account;
  }
  const membership = await findAnyMembership(db, invitation.organisationId, invitation.userId);
  const pending = invitation.status === "pending";
  const state = pending
    ? invitation.expiresAt.getTime() > now.getTime()
      ? "invited"
      : "expired"
    : membership
      ? membership.deactivatedAt
        ? "deactivated"
        : "active"
      : "none";
  return {
    state,
    userId: invitation.userId,
    invitationId: pending ? invitation.id : null,
    lastSentAt: pending ? invitation.lastSentAt.toISOString() : null,
    expiresAt: pending ? invitation.expiresAt.toISOString() : null,
    sendCount: pending ? invitation.sendCount : 0,
    roles: ((membership?.roles ?? (pending ? invitation.roles : [])) as TOrgRole[]),
  };
}
