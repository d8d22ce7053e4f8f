import { insertApiToken, listApiTokensOfUser, revokeApiToken } from "../../db/api-tokens-repo";
import { findUserByEmail } from "../../db/auth-repo";
import { findMembership, findOrganisationBySlug } from "../../db/organisations-repo";
import { notFound } from "../../domain/shared/errors";
import type { TActor, TOrgRole } from "../../domain/shared/roles";
import { hashSecret, newSecret } from "../shared/secrets";
import type { TAppContext } from "../shared/context";

const PREFIX = "sterk_";

function present(row: { id: string; name: string; createdAt: Date; lastUsedAt: Date | null; revokedAt: Date | null }) {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

/** Creates a personal API token for the actor in their current organisation; the secret is returned once. */
export async function createApiToken(ctx: Pick<TAppContext, "db">, actor: TActor, input: { name: string }) {
  const token = newSecret(PREFIX);
  const row = await insertApiToken(ctx.db, {
    organisationId: actor.organisationId,
    userId: actor.userId,
    name: input.name,
    tokenHash: hashSecret(token),
  });
  return { ...present(row), token };
}

/** The actor's own tokens in the current organisation (never the secrets). */
export async function listApiTokens(ctx: Pick<TAppContext, "db">, actor: TActor) {
  return (await listApiTokensOfUser(ctx.db, actor.organisationId, actor.userId)).map(present);
}

/** Revokes one of the actor's own tokens; someone else's is "not found". */
export async function revokeOwnApiToken(ctx: Pick<TAppContext, "db" | "now">, actor: TActor, id: string) {
  const done = await revokeApiToken(ctx.db, actor.organisationId, actor.userId, id, ctx.now());
  if (!done) throw notFound("token");
}

/** Creates a token for a user named by email in an organisation named by slug (the CLI's way). */
export async function createApiTokenFor(ctx: Pick<TAppContext, "db">, input: { organisationSlug: string; email: string; name: string }) {
  const organisation = await findOrganisationBySlug(ctx.db, input.organisationSlug);
  if (!organisation) throw notFound(`organisation ${input.organisationSlug}`);
  const user = await findUserByEmail(ctx.db, input.email);
  const membership = user ? await findMembership(ctx.db, organisation.id, user.id) : undefined;
  if (!user || (!membership && !user.isOperator)) throw notFound(`user ${input.email} in ${input.organisationSlug}`);
  const actor: TActor = { userId: user.id, isOperator: user.isOperator, organisationId: organisation.id, roles: (membership?.roles ?? []) as TOrgRole[] };
  return createApiToken(ctx, actor, { name: input.name });
}
