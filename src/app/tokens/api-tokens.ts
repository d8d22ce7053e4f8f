import { insertApiToken, listApiTokensOfUser, revokeApiToken, type TApiTokenRow } from "../../db/api-tokens-repo";
import { findUserByEmail } from "../../db/auth-repo";
import { findMembership, findOrganisationBySlug } from "../../db/organisations-repo";
import type { TApiToken, TTokenScope } from "../../contracts/tokens";
import { TOKEN_EXPIRY_DAYS } from "../../contracts/tokens";
import { authorise } from "../../domain/policy/index";
import { DomainError, notFound } from "../../domain/shared/errors";
import { type TActor, type TOrgRole } from "../../domain/shared/roles";
import { hashSecret, newSecret } from "../shared/secrets";
import type { TAppContext } from "../shared/context";

const PREFIX = "sterk_";
const DAY_MS = 86_400_000;

function present(row: TApiTokenRow): TApiToken {
  return {
    id: row.id,
    name: row.name,
    scope: row.scope === "scim" ? "scim" : "api",
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

export type TNewToken = { name: string; scope?: TTokenScope; expiresInDays?: number };

/**
 * Creates an API token for the actor in their current organisation; the secret is returned once. A "scim"
 * (provisioning) token is for HR admins and the operator only; it expires after 1–365 days (90 by default).
 */
export async function createApiToken(ctx: Pick<TAppContext, "db" | "now">, actor: TActor, input: TNewToken) {
  const scope = input.scope ?? "api";
  authorise(actor, "token.create");
  if (scope === "scim") authorise(actor, "scim.manage");
  const days = input.expiresInDays ?? TOKEN_EXPIRY_DAYS.default;
  if (!Number.isInteger(days) || days < TOKEN_EXPIRY_DAYS.min || days > TOKEN_EXPIRY_DAYS.max) {
    throw new DomainError("VALIDATION", `a token lasts ${TOKEN_EXPIRY_DAYS.min} to ${TOKEN_EXPIRY_DAYS.max} days`, "expiresInDays");
  }
  const now = ctx.now();
  const token = newSecret(PREFIX);
  const row = await insertApiToken(ctx.db, {
    organisationId: actor.organisationId,
    userId: actor.userId,
    name: input.name,
    tokenHash: hashSecret(token),
    scope,
    createdAt: now,
    expiresAt: new Date(now.getTime() + days * DAY_MS),
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
export async function createApiTokenFor(
  ctx: Pick<TAppContext, "db" | "now">,
  input: { organisationSlug: string; email: string } & TNewToken,
) {
  const organisation = await findOrganisationBySlug(ctx.db, input.organisationSlug);
  if (!organisation) throw notFound(`organisation ${input.organisationSlug}`);
  const user = await findUserByEmail(ctx.db, input.email);
  const membership = user ? await findMembership(ctx.db, organisation.id, user.id) : undefined;
  const member = membership && !membership.deactivatedAt ? membership : undefined;
  if (!user || (!member && !user.isOperator)) throw notFound(`user ${input.email} in ${input.organisationSlug}`);
  const actor: TActor = { userId: user.id, isOperator: user.isOperator, organisationId: organisation.id, roles: (member?.roles ?? []) as TOrgRole[] };
  return createApiToken(ctx, actor, input);
}
