import { deleteSessionsOfUser } from "../../db/auth-repo";
import { revokePendingInvitations } from "../../db/invitations-repo";
import { setPersonMembershipDeactivated } from "../../db/organisations-repo";
import { updatePerson } from "../../db/people-repo";
import { revokeApiTokensOfMember } from "../../db/person-accounts-repo";
import type { TAppContext } from "../shared/context";

/**
 * Deactivates or reactivates a person of the organisation, in one transaction. Deactivation also
 * deactivates their account's membership, ends every session of that account, revokes its API
 * tokens in the organisation and withdraws the person's pending invitations; reactivation makes
 * the membership count again (sessions and tokens stay ended). The caller authorises (HR's edit,
 * SCIM). Returns false when the organisation has no such person.
 */
export async function setPersonActive(
  ctx: Pick<TAppContext, "db" | "now">,
  organisationId: string,
  personId: string,
  active: boolean,
): Promise<boolean> {
  return ctx.db.transaction(async (tx) => {
    const now = ctx.now();
    if (!(await updatePerson(tx, organisationId, personId, { active }, now))) return false;
    if (active) {
      await setPersonMembershipDeactivated(tx, organisationId, personId, null);
      return true;
    }
    const userId = await setPersonMembershipDeactivated(tx, organisationId, personId, now);
    if (userId) {
      await deleteSessionsOfUser(tx, userId);
      await revokeApiTokensOfMember(tx, organisationId, userId, now);
    }
    await revokePendingInvitations(tx, organisationId, { personId }, now);
    return true;
  });
}
