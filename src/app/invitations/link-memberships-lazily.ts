import type { TDb } from "../../db/client";
import { linkMembershipsByEmail, listMembershipsOfUser } from "../../db/organisations-repo";

/**
 * The user's live memberships, after linking each one without a person to the organisation's
 * active, unlinked person whose email is the account's (memberships made before accounts belonged
 * to people). Costs one UPDATE only while some membership has no person.
 */
export async function membershipsLinkedLazily(db: TDb, userId: string) {
  const memberships = await listMembershipsOfUser(db, userId);
  if (memberships.every((m) => m.personId !== null)) return memberships;
  try {
    const linked = await linkMembershipsByEmail(db, userId);
    if (linked.length === 0) return memberships;
  } catch {
    // a concurrent request linked the same person first (unique index): the next request sees it
    return memberships;
  }
  return listMembershipsOfUser(db, userId);
}
