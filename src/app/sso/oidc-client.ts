import * as oidc from "openid-client";
import { DomainError } from "../../domain/shared/errors";
import type { TAppContext } from "../shared/context";

/** The scopes Sterk asks for: the subject, the email address and the name. */
export const SSO_SCOPE = "openid email profile";
const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

/** Where the identity provider sends the browser back; register it at the provider. */
export function ssoRedirectUri(config: TAppContext["config"]): string {
  return `${config.publicUrl}/api/auth/sso/callback`;
}

/**
 * Whether Sterk may talk to this issuer: always over https; over plain http only on the loopback
 * interface and only when the deployment says so (SSO_ALLOW_INSECURE_ISSUERS=1, for tests).
 */
export function issuerAllowed(issuer: string, config: TAppContext["config"]): boolean {
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    return false;
  }
  if (url.username || url.password || url.search || url.hash) return false;
  if (url.protocol === "https:") return true;
  return url.protocol === "http:" && config.SSO_ALLOW_INSECURE_ISSUERS === "1" && LOOPBACK.has(url.hostname);
}

/**
 * Reads the issuer's discovery document and returns the client configuration for it. ID tokens
 * from the token endpoint have their signature checked too (non-repudiation checks), and their
 * times are judged against the application clock (`ctx.now`).
 */
export async function discoverIssuer(
  ctx: Pick<TAppContext, "config" | "now">,
  connection: { issuer: string; clientId: string; clientSecret: string },
): Promise<oidc.Configuration> {
  if (!issuerAllowed(connection.issuer, ctx.config)) throw new DomainError("VALIDATION", "the issuer must be an https:// address", "issuer");
  const url = new URL(connection.issuer);
  const execute = [oidc.enableNonRepudiationChecks];
  if (url.protocol === "http:") execute.push(oidc.allowInsecureRequests);
  const skewSeconds = Math.round((ctx.now().getTime() - Date.now()) / 1000);
  return oidc.discovery(url, connection.clientId, { client_secret: connection.clientSecret, [oidc.clockSkew]: skewSeconds }, undefined, {
    execute,
    timeout: 10,
  });
}
