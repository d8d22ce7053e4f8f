import type { TInvitationRequest } from "../../contracts/auth";
import type { TInvitationResult } from "../../contracts/invitations";
import { findUserByEmail } from "../../db/auth-repo";
import { findPendingInvitationOfUser, isSsoOnlyOrganisation } from "../../db/invitations-repo";
import { listInviteCandidates } from "../../db/person-accounts-repo";
import { DomainError } from "../../domain/shared/errors";
import { isLocale } from "../../domain/shared/locale";
import type { TActor } from "../../domain/shared/roles";
import { deliverInvitations, inviterName, type TDeliveryContext, type TInviteTarget } from "./deliver-invitations";
import { changeAccounts } from "./invitation-access";

/**
 * HR invites someone by email (a mentor, an HR colleague, an external). When the email is an
 * active person's of the organisation, the invitation carries that person (and their language).
 * An account that can sign in already only gains the membership and a note: no link is ever issued
 * for it, so inviting can never hand an organisation someone else's account.
 */
export async function inviteByEmail(ctx: TDeliveryContext, actor: TActor, input: TInvitationRequest): Promise<TInvitationResult> {
  const inviter = await inviterName(ctx.db, actor);
  return changeAccounts(ctx, actor, async (tx, organisation, now) => {
    const [person] = await listInviteCandidates(tx, organisation.id, { email: input.email }, now);
    if (person && !person.active) {
      throw new DomainError("CONFLICT", "this email is a deactivated person's: reactivate them first", "email");
    }
    const account = await findUserByEmail(tx, input.email);
    const pending = account ? await findPendingInvitationOfUser(tx, organisation.id, account.id) : undefined;
    if (pending && pending.expiresAt.getTime() > now.getTime()) {
      throw new DomainError("CONFLICT", "this email has a pending invitation: resend it instead", "email");
    }
    // the person is carried unless they are another account's already
    const personFree = person && (person.linkedUserId === null || person.linkedUserId === account?.id);
    const target: TInviteTarget = {
      personId: personFree ? person.personId : null,
      email: input.email,
      displayName: input.displayName,
      locale: personFree && isLocale(person.language) ? person.language : input.locale,
      linkedUserId: personFree ? person.linkedUserId : null,
      previousSendCount: pending?.sendCount ?? 0,
    };
    const ssoOnly = await isSsoOnlyOrganisation(tx, organisation.id);
    const result = await deliverInvitations(ctx, tx, { organisation, actor, inviter, roles: input.roles, ssoOnly, targets: [target] });
    const [delivered] = result.delivered;
    if (!delivered) throw new DomainError("CONFLICT", "this account is deactivated in your organisation: reactivate the person first", "email");
    return {
      ok: true as const,
      outcome: delivered.delivery === "link" ? ("invited" as const) : ("notified" as const),
      personId: target.personId,
      invitationId: delivered.delivery === "link" ? delivered.invitationId : null,
    };
  });
}
