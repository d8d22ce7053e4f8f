import type { TInvitePeopleRequest, TInvitePeopleResult } from "../../contracts/invitations";
import { isSsoOnlyOrganisation } from "../../db/invitations-repo";
import { listInviteCandidates, type TInviteCandidateRow } from "../../db/person-accounts-repo";
import { selectPeople, skipReason, type TSkipReason } from "../../domain/invitations/index";
import { DomainError } from "../../domain/shared/errors";
import { isLocale } from "../../domain/shared/locale";
import type { TActor } from "../../domain/shared/roles";
import { deliverInvitations, inviterName, type TDeliveryContext, type TInviteTarget } from "./deliver-invitations";
import { changeAccounts } from "./invitation-access";

function toTarget(row: TInviteCandidateRow): TInviteTarget {
  return {
    personId: row.personId,
    email: row.email,
    displayName: `${row.firstName} ${row.lastName}`.trim(),
    locale: isLocale(row.language) ? row.language : "nl",
    linkedUserId: row.linkedUserId,
    previousSendCount: row.pendingId ? (row.pendingSendCount ?? 0) : 0,
  };
}

function reasonFor(row: TInviteCandidateRow, now: Date): TSkipReason | null {
  return skipReason(
    {
      personId: row.personId,
      email: row.email,
      personActive: row.active,
      membership: row.linkedUserId ? { deactivated: row.membershipDeactivatedAt !== null, canSignIn: row.canSignIn } : null,
      pending: row.pendingId && row.pendingExpiresAt ? { expiresAt: row.pendingExpiresAt } : null,
    },
    now,
  );
}

async function selectedPeople(tx: TDeliveryContext["db"], organisationId: string, input: TInvitePeopleRequest, now: Date) {
  if (input.personIds) {
    const rows = await listInviteCandidates(tx, organisationId, { personIds: input.personIds }, now);
    const found = new Set(rows.map((r) => r.personId));
    const unknown = input.personIds.find((id) => !found.has(id));
    if (unknown) throw new DomainError("NOT_FOUND", "a person of the list was not found", "personIds");
    return rows;
  }
  const everyone = await listInviteCandidates(tx, organisationId, {}, now);
  return selectPeople(everyone.map((r) => ({ ...r, id: r.personId })), input.filter ?? {});
}

/**
 * HR invites people of the directory — a list of ids or a filter — in one transaction: each gets a
 * link in their own language, or (an account that can sign in already) the membership and a note.
 * People who are inactive, active already, without email or invited (not expired) are skipped.
 */
export async function invitePeople(ctx: TDeliveryContext, actor: TActor, input: TInvitePeopleRequest): Promise<TInvitePeopleResult> {
  const inviter = await inviterName(ctx.db, actor);
  return changeAccounts(ctx, actor, async (tx, organisation, now) => {
    const rows = await selectedPeople(tx, organisation.id, input, now);
    const skipped: TInvitePeopleResult["skipped"] = [];
    const targets: TInviteTarget[] = [];
    for (const row of rows) {
      const reason = reasonFor(row, now);
      if (reason) skipped.push({ personId: row.personId, reason });
      else targets.push(toTarget(row));
    }
    const ssoOnly = await isSsoOnlyOrganisation(tx, organisation.id);
    const result = await deliverInvitations(ctx, tx, { organisation, actor, inviter, roles: input.roles, ssoOnly, targets });
    for (const t of result.deactivated) skipped.push({ personId: t.personId ?? "", reason: "inactive" });
    for (const t of result.duplicates) skipped.push({ personId: t.personId ?? "", reason: "already_invited" });
    return {
      invited: result.delivered.filter((d) => d.delivery === "link").length,
      notified: result.delivered.filter((d) => d.delivery === "notify").length,
      skipped,
    };
  });
}
