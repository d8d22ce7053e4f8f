import type { TPersonAccount } from "../../contracts/invitations";
import { findUserById } from "../../db/auth-repo";
import { findInvitation, isSsoOnlyOrganisation } from "../../db/invitations-repo";
import { findMembershipOfPerson } from "../../db/organisations-repo";
import { canResend, RESEND_INTERVAL_MINUTES } from "../../domain/invitations/index";
import { DomainError } from "../../domain/shared/errors";
import { isLocale } from "../../domain/shared/locale";
import type { TActor, TOrgRole } from "../../domain/shared/roles";
import { deliverInvitations, inviterName, type TDeliveryContext } from "./deliver-invitations";
import { changeAccounts, pendingInvitation } from "./invitation-access";
import { invitationAccount } from "./invitation-account";

/**
 * Sends a pending (or lapsed) invitation again: a new link with a renewed expiry replaces the old
 * one, which stops working. At most once per 10 minutes. Should the account have become one that
 * can sign in meanwhile, it gets the membership and a note instead of a link.
 */
export async function resendInvitation(ctx: TDeliveryContext, actor: TActor, invitationId: string): Promise<TPersonAccount> {
  const inviter = await inviterName(ctx.db, actor);
  return changeAccounts(ctx, actor, async (tx, organisation, now) => {
    const invitation = await pendingInvitation(tx, organisation.id, invitationId);
    if (!canResend(invitation.lastSentAt, now)) {
      throw new DomainError("CONFLICT", `this invitation was sent less than ${RESEND_INTERVAL_MINUTES} minutes ago`, "id");
    }
    const linked = invitation.personId ? await findMembershipOfPerson(tx, organisation.id, invitation.personId) : undefined;
    const personFree = !linked || linked.userId === invitation.userId;
    const user = await findUserById(tx, invitation.userId);
    const result = await deliverInvitations(ctx, tx, {
      organisation,
      actor,
      inviter,
      roles: invitation.roles as TOrgRole[],
      ssoOnly: await isSsoOnlyOrganisation(tx, organisation.id),
      targets: [
        {
          personId: personFree ? invitation.personId : null,
          email: invitation.email,
          displayName: user?.displayName ?? invitation.email,
          locale: isLocale(invitation.locale) ? invitation.locale : "nl",
          linkedUserId: invitation.userId,
          previousSendCount: invitation.sendCount,
        },
      ],
    });
    const [delivered] = result.delivered;
    if (!delivered) throw new DomainError("CONFLICT", "this account is deactivated in your organisation", "id");
    const fresh = await findInvitation(tx, organisation.id, delivered.invitationId);
    if (!fresh) throw new Error("the resent invitation vanished");
    return invitationAccount(tx, fresh, now);
  });
}
