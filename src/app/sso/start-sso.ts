import * as oidc from "openid-client";
import type { TSsoStartRequest } from "../../contracts/sso";
import { unseal } from "../shared/sealed-secrets";
import {
  findEnabledSsoConnectionBySlug,
  insertSsoLoginState,
  listEnabledSsoConnectionsForDomain,
  pruneSsoLoginStates,
  type TSsoConnectionRow,
} from "../../db/sso-repo";
import { connectionForEmail, emailDomain } from "../../domain/identity/sso-email";
import { safeReturnPath } from "../../domain/identity/sso-return-path";
import { invalid } from "../../domain/shared/errors";
import type { TAppContext } from "../shared/context";
import { hashSecret, newSecret } from "../shared/secrets";
import { CLIENT_SECRET_PURPOSE } from "./configure-sso";
import { discoverIssuer, SSO_SCOPE, ssoRedirectUri } from "./oidc-client";

/** How long a started sign-in may take at the identity provider. */
export const SSO_STATE_MINUTES = 10;

/**
 * What identifies a pending sign-in: the state sent to the provider together with a secret kept in
 * the browser that started it (a cookie), so a callback URL replayed in another browser finds nothing.
 */
export function loginStateHash(state: string, browserBinding: string): string {
  return hashSecret(`${state}.${browserBinding}`);
}

async function findConnection(ctx: Pick<TAppContext, "db">, input: TSsoStartRequest): Promise<TSsoConnectionRow> {
  if (input.organisation !== undefined) {
    const connection = await findEnabledSsoConnectionBySlug(ctx.db, input.organisation);
    if (!connection) throw invalid("organisation", "this organisation does not use single sign-on");
    return connection;
  }
  const email = input.email ?? "";
  const domain = emailDomain(email);
  const found = connectionForEmail(email, domain ? await listEnabledSsoConnectionsForDomain(ctx.db, domain) : []);
  if (found.ok) return found.connection;
  const messages = {
    invalid_email: "enter a valid email address",
    none: "no organisation signs in with this email domain through single sign-on",
    ambiguous: "several organisations use this email domain; ask HR for your organisation's sign-in address",
  };
  throw invalid("email", messages[found.reason]);
}

/**
 * Starts an OpenID Connect sign-in (authorization code flow with PKCE S256, state and nonce, each
 * 256 bits): stores the pending sign-in for 10 minutes and returns the provider's address to send
 * the browser to, and the secret that binds the sign-in to that browser.
 */
export async function startSsoSignIn(
  ctx: Pick<TAppContext, "db" | "config" | "now" | "secret" | "log">,
  input: TSsoStartRequest,
): Promise<{ redirectUrl: string; browserBinding: string }> {
  const connection = await findConnection(ctx, input);
  let config: oidc.Configuration;
  try {
    const clientSecret = unseal(ctx.secret, CLIENT_SECRET_PURPOSE, connection.clientSecret);
    config = await discoverIssuer(ctx, { issuer: connection.issuer, clientId: connection.clientId, clientSecret });
  } catch (error) {
    ctx.log.warn({ organisationId: connection.organisationId, err: (error as Error).message }, "SSO discovery failed");
    throw invalid(input.organisation !== undefined ? "organisation" : "email", "your organisation's sign-in service cannot be reached right now; try again later");
  }
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const browserBinding = newSecret();
  const now = ctx.now();
  await pruneSsoLoginStates(ctx.db, now);
  await insertSsoLoginState(ctx.db, {
    stateHash: loginStateHash(state, browserBinding),
    organisationId: connection.organisationId,
    nonce,
    codeVerifier,
    returnTo: safeReturnPath(input.returnTo),
    createdAt: now,
    expiresAt: new Date(now.getTime() + SSO_STATE_MINUTES * 60_000),
  });
  const parameters: Record<string, string> = {
    redirect_uri: ssoRedirectUri(ctx.config),
    scope: SSO_SCOPE,
    state,
    nonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: "S256",
  };
  if (input.email) parameters.login_hint = input.email.trim().toLowerCase();
  return { redirectUrl: oidc.buildAuthorizationUrl(config, parameters).href, browserBinding };
}
