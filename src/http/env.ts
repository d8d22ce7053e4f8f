import type { TResolvedSession } from "../app/auth/resolve-session";
import type { TActor } from "../domain/shared/roles";

/** Values the middleware puts on every request. */
export type THttpEnv = {
  Variables: {
    /** the signed-in browser session, when the request carries a valid cookie */
    session: TResolvedSession | null;
    /** who acts, from the session's current organisation or from a bearer token */
    actor: TActor | null;
    /** how the actor was authenticated */
    via: "cookie" | "bearer" | null;
    sessionToken: string | null;
    /** the client's address: the socket's, or through TRUST_PROXY's proxies the forwarded one */
    clientIp: string;
    /** the address of the socket itself (the nearest proxy, if any) */
    socketIp: string;
    /** this request's id (X-Request-Id), in logs and problem responses */
    requestId: string;
    /** per-response nonce for the Content-Security-Policy (style elements) */
    cspNonce: string;
  };
};
