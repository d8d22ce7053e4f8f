import { findOrganisationById, type TOrganisationRow } from "../../db/organisations-repo";
import type { TDb } from "../../db/client";
import { DomainError, notFound } from "../../domain/shared/errors";
import { canAdministerOrganisation, type TActor } from "../../domain/shared/roles";

/** Only HR admins of the organisation (and the operator) invite, resend, revoke and link accounts. */
export function mustManageAccounts(actor: TActor): void {
  if (!canAdministerOrganisation(actor)) throw new DomainError("FORBIDDEN", "only HR admins manage the organisation's accounts");
}

/** The actor's organisation; an HR admin can only ever act in the organisation they are signed in to. */
export async function actorOrganisation(db: TDb, actor: TActor): Promise<TOrganisationRow> {
  const organisation = await findOrganisationById(db, actor.organisationId);
  if (!organisation) throw notFound("organisation");
  return organisation;
}
