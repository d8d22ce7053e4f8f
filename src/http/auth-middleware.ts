import type { MiddlewareHandler } from "hono";
import { getCookie } from "hono/cookie";
import { resolveApiToken } from "../app/auth/resolve-api-token";
import { resolveSession } from "../app/auth/resolve-session";
import type { TAppContext } from "../app/shared/context";
import { DomainError } from "../domain/shared/errors";
import type { TActor } from "../domain/shared/roles";
import type { THttpEnv } from "./env";
import { openInStage } from "./session-stage";

export const SESSION_COOKIE = "sterk_session";
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
/**
 * Public newsletter endpoints act only on what the request carries (a typed address, or an emailed
 * link's token), never on a session: the cookie is not read, so a signed-in visitor needs no CSRF token.
 */
const SESSIONLESS = /^\/api\/newsletter\/(subscriptions|confirm|unsubscribe|preferences\/(lookup|language|export|erase))$/;
/**
 * Of those, two take posts from anywhere: the subscribe form embedded on other sites, and RFC 8058
 * one-click unsubscribes, which mail providers post from their own servers.
 */
const ANY_ORIGIN = /^\/api\/newsletter\/(subscriptions|unsubscribe)$/;

/**
 * Resolves the actor from a bearer token or the session cookie, and refuses cross-site writes:
 * a cookie-authenticated write needs the session's CSRF token in `X-CSRF-Token`, and any write
 * that names a foreign Origin is refused.
 */
export function authMiddleware(ctx: TAppContext): MiddlewareHandler<THttpEnv> {
  const allowedOrigins = new Set([new URL(ctx.config.publicUrl).origin]);
  return async (c, next) => {
    c.set("session", null);
    c.set("actor", null);
    c.set("via", null);
    c.set("sessionToken", null);
    const unsafe = !SAFE_METHODS.has(c.req.method);
    const authorization = c.req.header("authorization");
    if (authorization?.toLowerCase().startsWith("bearer ")) {
      const bearer = await resolveApiToken(ctx, authorization.slice(7).trim());
      if (!bearer) throw new DomainError("UNAUTHENTICATED", "the API token is unknown, expired or revoked");
      if (bearer.scope !== "api") throw new DomainError("UNAUTHENTICATED", "this is a SCIM provisioning token: it works only at /scim/v2");
      c.set("actor", bearer.actor);
      c.set("via", "bearer");
      return next();
    }
    if (unsafe && !ANY_ORIGIN.test(c.req.path)) {
      const origin = c.req.header("origin");
      const requestOrigin = new URL(c.req.url).origin;
      if (origin && origin !== requestOrigin && !allowedOrigins.has(origin)) {
        throw new DomainError("CSRF", "cross-site request refused");
      }
    }
    if (SESSIONLESS.test(c.req.path)) return next();
    const token = getCookie(c, SESSION_COOKIE);
    if (token) {
      const session = await resolveSession(ctx, token);
      // a session still waiting for its second factor (or for enrolment) is no session for other routes
      if (session && openInStage(session.stage, c.req.method, c.req.path)) {
        c.set("session", session);
        c.set("actor", session.actor);
        c.set("via", "cookie");
        c.set("sessionToken", token);
        if (unsafe && c.req.header("x-csrf-token") !== session.csrfToken) {
          throw new DomainError("CSRF", "missing or wrong X-CSRF-Token header");
        }
      }
    }
    return next();
  };
}

/** The actor, or a 401 when nobody is signed in (403 when signed in without an organisation). */
export function requireActor(c: { get: (key: "actor" | "session") => unknown }): TActor {
  const actor = c.get("actor") as TActor | null;
  if (actor) return actor;
  if (c.get("session")) throw new DomainError("FORBIDDEN", "you have no organisation in Sterk yet");
  throw new DomainError("UNAUTHENTICATED", "sign in first");
}
