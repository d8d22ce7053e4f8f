/**
 * Which email address an OpenID Connect sign-in vouches for. An address is only ever trusted when
 * its domain is one of the connection's allowed domains, and:
 * - the ID token says `email_verified: true` (the OpenID Connect rule; Google always sends it), or
 * - the issuer is a Microsoft Entra ID tenant (`https://login.microsoftonline.com/{tenant}/v2.0`),
 *   which often omits `email_verified`: then `email`, else `preferred_username`, else `upn` is
 *   accepted only when the token's `tid` is that same tenant and the account is not a guest from
 *   another identity provider (`idp` absent or that tenant). The tenant's own administrators own
 *   its accounts' names, and the domain allow-list says which names this organisation recognises.
 * Google Workspace: when the token carries `hd` (the hosted domain), it must be an allowed domain too.
 */

/** Why a sign-in's email is refused. */
export type TSsoEmailRefusal = "email_missing" | "email_unverified" | "domain_not_allowed" | "hosted_domain_not_allowed" | "tenant_mismatch";

export type TSsoEmailResult = { ok: true; email: string } | { ok: false; reason: TSsoEmailRefusal };

/** The ID-token claims the rule reads; anything else is ignored. */
export type TSsoEmailClaims = {
  [claim: string]: unknown;
  email?: unknown;
  email_verified?: unknown;
  preferred_username?: unknown;
  upn?: unknown;
  hd?: unknown;
  tid?: unknown;
  idp?: unknown;
};

const ENTRA_ISSUER = /^https:\/\/login\.microsoftonline\.com\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/v2\.0\/?$/i;
const EMAIL = /^[^\s@]+@([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+)$/;
/** A lower-case DNS domain with at least two labels, as an allowed domain must be written. */
export const DOMAIN_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

/** The Entra ID tenant id of an issuer, or null when the issuer is not a tenant-specific Entra v2.0 issuer. */
export function entraTenantOf(issuer: string): string | null {
  return ENTRA_ISSUER.exec(issuer)?.[1]?.toLowerCase() ?? null;
}

/** The domain of an address (lower-cased), or null when it is not a plausible address. */
export function emailDomain(email: string): string | null {
  return EMAIL.exec(email.trim().toLowerCase())?.[1] ?? null;
}

function asEmail(value: unknown): string | null {
  if (typeof value !== "string" || value.length > 320) return null;
  const email = value.trim().toLowerCase();
  return emailDomain(email) ? email : null;
}

function entraEmail(claims: TSsoEmailClaims, tenant: string): TSsoEmailResult {
  if (typeof claims.tid !== "string" || claims.tid.toLowerCase() !== tenant) return { ok: false, reason: "tenant_mismatch" };
  const homeIdp = [`https://sts.windows.net/${tenant}/`, `https://login.microsoftonline.com/${tenant}/v2.0`];
  if (claims.idp !== undefined && !homeIdp.includes(String(claims.idp).toLowerCase())) return { ok: false, reason: "email_unverified" };
  const email = asEmail(claims.email) ?? asEmail(claims.preferred_username) ?? asEmail(claims.upn);
  return email ? { ok: true, email } : { ok: false, reason: "email_missing" };
}

/** The verified, allowed email address an ID token vouches for under a connection, or why there is none. */
export function acceptableEmail(claims: TSsoEmailClaims, connection: { issuer: string; allowedDomains: readonly string[] }): TSsoEmailResult {
  const allowed = new Set(connection.allowedDomains.map((d) => d.toLowerCase()));
  if (claims.hd !== undefined && (typeof claims.hd !== "string" || !allowed.has(claims.hd.toLowerCase()))) {
    return { ok: false, reason: "hosted_domain_not_allowed" };
  }
  const tenant = entraTenantOf(connection.issuer);
  let found: TSsoEmailResult;
  if (claims.email_verified === true) {
    const email = asEmail(claims.email);
    found = email ? { ok: true, email } : { ok: false, reason: "email_missing" };
  } else if (tenant && claims.email_verified === undefined) {
    found = entraEmail(claims, tenant);
  } else {
    found = asEmail(claims.email) ? { ok: false, reason: "email_unverified" } : { ok: false, reason: "email_missing" };
  }
  if (!found.ok) return found;
  return allowed.has(emailDomain(found.email) ?? "") ? found : { ok: false, reason: "domain_not_allowed" };
}

/**
 * The one connection whose allowed domains hold the email's domain: `none` when no connection
 * does, `ambiguous` when several organisations claim it (an operator must sort that out).
 */
export function connectionForEmail<T extends { allowedDomains: readonly string[] }>(
  email: string,
  connections: readonly T[],
): { ok: true; connection: T } | { ok: false; reason: "invalid_email" | "none" | "ambiguous" } {
  const domain = emailDomain(email);
  if (!domain) return { ok: false, reason: "invalid_email" };
  const matching = connections.filter((c) => c.allowedDomains.some((d) => d.toLowerCase() === domain));
  if (matching.length === 0) return { ok: false, reason: "none" };
  if (matching.length > 1) return { ok: false, reason: "ambiguous" };
  return { ok: true, connection: matching[0] as T };
}
