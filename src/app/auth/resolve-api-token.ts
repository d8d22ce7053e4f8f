import { findLiveApiToken, revokeApiTokenOfOrganisation, TOUCH_INTERVAL_MS, touchApiToken } from "../../db/api-tokens-repo";
import { can } from "../../domain/policy/index";
import { ORG_ROLES, type TActor, type TOrgRole } from "../../domain/shared/roles";
import { hashSecret } from "../shared/secrets";
import type { TAppContext } from "../shared/context";

/**
 * What a bearer token stands for: an "api" token acts as its user in its one organisation; a "scim" token
 * acts for the organisation itself, and only at /scim/v2.
 */
export type TBearer = { scope: "api"; tokenId: string; actor: TActor } | { scope: "scim"; tokenId: string; organisationId: string };

/**
 * The bearer behind a token; null when it is unknown, revoked or expired, or when its user no longer belongs to
 * the organisation (a deactivated membership counts as none). A provisioning token is revoked for good once its
 * creator is no longer an HR admin of the organisation (or the operator). One query, plus a last-used update at
 * most once a minute.
 */
export async function resolveApiToken(ctx: Pick<TAppContext, "db" | "now">, token: string): Promise<TBearer | null> {
  const now = ctx.now();
  const row = await findLiveApiToken(ctx.db, hashSecret(token), now);
  if (!row) return null;
  const member = row.hasMembership && row.membershipDeactivatedAt === null;
  const roles = member ? (row.roles ?? []).filter((r): r is TOrgRole => (ORG_ROLES as readonly string[]).includes(r)) : [];
  if (row.scope === "scim") {
    if (!can({ isOperator: row.isOperator, roles, organisationId: row.organisationId }, "scim.manage")) {
      await revokeApiTokenOfOrganisation(ctx.db, row.organisationId, row.id, now);
      return null;
    }
  } else if (!member && !row.isOperator) {
    return null;
  }
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= TOUCH_INTERVAL_MS) {
    await touchApiToken(ctx.db, row.organisationId, row.id, now);
  }
  if (row.scope === "scim") return { scope: "scim", tokenId: row.id, organisationId: row.organisationId };
  return { scope: "api", tokenId: row.id, actor: { userId: row.userId, isOperator: row.isOperator, organisationId: row.organisationId, roles } };
}
