import type { TPersonAccount } from "../../contracts/invitations";
import { findInvitation, lockOrganisationInvitations, revokePendingInvitations } from "../../db/invitations-repo";
import { DomainError, notFound } from "../../domain/shared/errors";
import type { TActor } from "../../domain/shared/roles";
import type { TAppContext } from "../shared/context";
import { actorOrganisation, mustManageAccounts } from "./invitation-access";
import { invitationAccount } from "./invitation-account";

/** Withdraws a pending invitation: its link stops working and the person's account is back to none. */
export async function revokeInvitation(ctx: Pick<TAppContext, "db" | "now">, actor: TActor, invitationId: string): Promise<TPersonAccount> {
  mustManageAccounts(actor);
  const organisation = await actorOrganisation(ctx.db, actor);
  return ctx.db.transaction(async (tx) => {
    await lockOrganisationInvitations(tx, organisation.id);
    const now = ctx.now();
    const invitation = await findInvitation(tx, organisation.id, invitationId);
    if (!invitation) throw notFound("invitation");
    if (invitation.status !== "pending") throw new DomainError("CONFLICT", "this invitation is no longer pending", "id");
    await revokePendingInvitations(tx, organisation.id, { id: invitation.id }, now);
    const revoked = await findInvitation(tx, organisation.id, invitation.id);
    return invitationAccount(tx, revoked ?? invitation, now);
  });
}
