import type { MiddlewareHandler } from "hono";
import { compress } from "hono/compress";

const gzip = compress({ threshold: 1024 });

/**
 * Compresses text responses (JSON, HTML, CSV) of GET requests when the client accepts gzip. Built assets are
 * precompressed at build time (static-web.ts serves the .br/.gz files), so this covers the API and the pages.
 *
 * Left uncompressed, against BREACH-style length attacks: responses that carry a secret (the session's CSRF token and
 * everything under /api/auth) and the answers to writes, which may echo what the client sent next to a fresh secret
 * (a new API token, a new invitation link).
 */
export function compressResponses(): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== "GET" || c.req.path.startsWith("/api/auth/")) return next();
    return gzip(c, next);
  };
}
