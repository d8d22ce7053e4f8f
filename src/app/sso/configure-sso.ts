import type { TSsoSettings, TSsoSettingsInput } from "../../contracts/sso";
import { deleteSsoConnection, findSsoConnection, upsertSsoConnection, type TSsoConnectionRow } from "../../db/sso-repo";
import { authorise } from "../../domain/policy/index";
import { invalid, notFound } from "../../domain/shared/errors";
import type { TActor } from "../../domain/shared/roles";
import type { TAppContext } from "../shared/context";
import { seal, unseal } from "../shared/sealed-secrets";
import { discoverIssuer, issuerAllowed, ssoRedirectUri } from "./oidc-client";

/** The purpose the client secrets are sealed under. */
export const CLIENT_SECRET_PURPOSE = "sso-client-secret";

function requireAdministrator(actor: TActor) {
  authorise(actor, "sso.manage");
}

function present(config: TAppContext["config"], row: TSsoConnectionRow | undefined): TSsoSettings {
  return {
    configured: Boolean(row),
    issuer: row?.issuer ?? null,
    clientId: row?.clientId ?? null,
    clientSecretSet: Boolean(row?.clientSecret),
    allowedDomains: row?.allowedDomains ?? [],
    ssoOnly: row?.ssoOnly ?? false,
    enabled: row?.enabled ?? false,
    redirectUri: ssoRedirectUri(config),
    updatedAt: row?.updatedAt.toISOString() ?? null,
  };
}

/** The organisation's SSO settings for HR (the client secret only as "set"). */
export async function getSsoSettings(ctx: Pick<TAppContext, "db" | "config">, actor: TActor): Promise<TSsoSettings> {
  requireAdministrator(actor);
  return present(ctx.config, await findSsoConnection(ctx.db, actor.organisationId));
}

/** Reads the issuer's discovery document; a failure is the `issuer` field's fault. */
async function checkIssuer(ctx: Pick<TAppContext, "config" | "now">, connection: { issuer: string; clientId: string; clientSecret: string }) {
  if (!issuerAllowed(connection.issuer, ctx.config)) throw invalid("issuer", "the issuer must be an https:// address without query or fragment");
  try {
    return (await discoverIssuer(ctx, connection)).serverMetadata().issuer;
  } catch {
    throw invalid(
      "issuer",
      `could not read an OpenID Connect discovery document for this issuer at ${connection.issuer.replace(/\/$/, "")}/.well-known/openid-configuration (unreachable, not an OpenID provider, or it names another issuer)`,
    );
  }
}

/** Saves the organisation's SSO settings after checking the issuer's discovery document. */
export async function saveSsoSettings(
  ctx: Pick<TAppContext, "db" | "config" | "now" | "secret">,
  actor: TActor,
  input: TSsoSettingsInput,
): Promise<TSsoSettings> {
  requireAdministrator(actor);
  const existing = await findSsoConnection(ctx.db, actor.organisationId);
  const clientSecret = input.clientSecret ?? (existing ? unseal(ctx.secret, CLIENT_SECRET_PURPOSE, existing.clientSecret) : undefined);
  if (clientSecret === undefined) throw invalid("clientSecret", "the client secret is required");
  const issuer = await checkIssuer(ctx, { issuer: input.issuer.trim(), clientId: input.clientId, clientSecret });
  const row = await upsertSsoConnection(ctx.db, {
    organisationId: actor.organisationId,
    issuer,
    clientId: input.clientId,
    clientSecret: seal(ctx.secret, CLIENT_SECRET_PURPOSE, clientSecret),
    allowedDomains: input.allowedDomains,
    ssoOnly: input.ssoOnly,
    enabled: input.enabled,
    updatedAt: ctx.now(),
  });
  return present(ctx.config, row);
}

/** Removes the organisation's SSO connection (members sign in with passwords again). */
export async function deleteSsoSettings(ctx: Pick<TAppContext, "db">, actor: TActor): Promise<void> {
  requireAdministrator(actor);
  if (!(await deleteSsoConnection(ctx.db, actor.organisationId))) throw notFound("single sign-on connection");
}
