import type { MiddlewareHandler } from "hono";
import { DomainError } from "../domain/shared/errors";
import type { THttpEnv } from "./env";

/**
 * A fixed-window limiter per client IP, in memory: enough for one process guarding endpoints that
 * anyone can call (password reset, invitations). Sign-in has its own, durable limiter.
 */
export function rateLimitPerIp(options: { limit: number; windowMs: number; now?: () => number }): MiddlewareHandler<THttpEnv> {
  const now = options.now ?? (() => performance.timeOrigin + performance.now());
  const hits = new Map<string, { count: number; resetAt: number }>();
  return async (c, next) => {
    const t = now();
    const key = c.get("clientIp");
    let entry = hits.get(key);
    if (!entry || entry.resetAt <= t) {
      if (hits.size > 10_000) for (const [k, v] of hits) if (v.resetAt <= t) hits.delete(k);
      entry = { count: 0, resetAt: t + options.windowMs };
      hits.set(key, entry);
    }
    entry.count++;
    if (entry.count > options.limit) {
      c.header("retry-after", String(Math.ceil((entry.resetAt - t) / 1000)));
      throw new DomainError("RATE_LIMITED", "too many requests; try again later");
    }
    return next();
  };
}
