import { findInvitation, lockOrganisationInvitations } from "../../db/invitations-repo";
import { findOrganisationById, type TOrganisationRow } from "../../db/organisations-repo";
import type { TDb } from "../../db/client";
import { authorise } from "../../domain/policy/index";
import { DomainError, notFound } from "../../domain/shared/errors";
import type { TActor } from "../../domain/shared/roles";
import type { TAppContext } from "../shared/context";

/** Only HR admins of the organisation (and the operator) invite, resend, revoke and link accounts (invitation.manage). */
export function mustManageAccounts(actor: TActor): void {
  authorise(actor, "invitation.manage");
}

/** The actor's organisation; an HR admin can only ever act in the organisation they are signed in to. */
export async function actorOrganisation(db: TDb, actor: TActor): Promise<TOrganisationRow> {
  const organisation = await findOrganisationById(db, actor.organisationId);
  if (!organisation) throw notFound("organisation");
  return organisation;
}

/**
 * An HR change to the organisation's accounts: the actor's right checked, their organisation loaded,
 * then one transaction that holds the organisation's invitation lock and reads the clock once.
 */
export async function changeAccounts<T>(
  ctx: Pick<TAppContext, "db" | "now">,
  actor: TActor,
  work: (tx: TDb, organisation: TOrganisationRow, now: Date) => Promise<T>,
): Promise<T> {
  mustManageAccounts(actor);
  const organisation = await actorOrganisation(ctx.db, actor);
  return ctx.db.transaction(async (tx) => {
    await lockOrganisationInvitations(tx, organisation.id);
    return work(tx, organisation, ctx.now());
  });
}

/** The organisation's invitation that is still pending; another organisation's is "not found". */
export async function pendingInvitation(tx: TDb, organisationId: string, invitationId: string) {
  const invitation = await findInvitation(tx, organisationId, invitationId);
  if (!invitation) throw notFound("invitation");
  if (invitation.status !== "pending") throw new DomainError("CONFLICT", "this invitation is no longer pending", "id");
  return invitation;
}
