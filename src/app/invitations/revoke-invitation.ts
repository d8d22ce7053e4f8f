import type { TPersonAccount } from "../../contracts/invitations";
import { findInvitation, revokePendingInvitations } from "../../db/invitations-repo";
import type { TActor } from "../../domain/shared/roles";
import type { TAppContext } from "../shared/context";
import { changeAccounts, pendingInvitation } from "./invitation-access";
import { invitationAccount } from "./invitation-account";

/** Withdraws a pending invitation: its link stops working and the person's account is back to none. */
export async function revokeInvitation(ctx: Pick<TAppContext, "db" | "now">, actor: TActor, invitationId: string): Promise<TPersonAccount> {
  return changeAccounts(ctx, actor, async (tx, organisation, now) => {
    const invitation = await pendingInvitation(tx, organisation.id, invitationId);
    await revokePendingInvitations(tx, organisation.id, { id: invitation.id }, now);
    const revoked = await findInvitation(tx, organisation.id, invitation.id);
    return invitationAccount(tx, revoked ?? invitation, now);
  });
}
