import { findLiveApiToken, touchApiToken } from "../../db/api-tokens-repo";
import { findUserById } from "../../db/auth-repo";
import { findMembership } from "../../db/organisations-repo";
import type { TActor, TOrgRole } from "../../domain/shared/roles";
import { hashSecret } from "../shared/secrets";
import type { TAppContext } from "../shared/context";

/** The actor behind a bearer token: its user, in the token's one organisation; null when revoked or unknown. */
export async function resolveApiToken(ctx: Pick<TAppContext, "db" | "now">, token: string): Promise<TActor | null> {
  const row = await findLiveApiToken(ctx.db, hashSecret(token));
  if (!row) return null;
  const [user, membership] = await Promise.all([
    findUserById(ctx.db, row.userId),
    findMembership(ctx.db, row.organisationId, row.userId),
  ]);
  if (!user || (!membership && !user.isOperator)) return null;
  await touchApiToken(ctx.db, row.organisationId, row.id, ctx.now());
  return {
    userId: user.id,
    isOperator: user.isOperator,
    organisationId: row.organisationId,
    roles: (membership?.roles ?? []) as TOrgRole[],
  };
}
