import type { MiddlewareHandler } from "hono";
import type { TAppContext } from "../app/shared/context";
import { consumeAttempt, limitKey } from "../app/shared/rate-limits";
import type { THttpEnv } from "./env";

/**
 * A per-client-IP limiter for endpoints anyone can call (password reset, invitations, newsletter,
 * rater links). Durable and atomic: the count lives in the database (shared by every server
 * process) and is taken before the handler runs; over the limit the request is answered 429 with
 * Retry-After and the handler does not run. `name` separates the budgets of different endpoints.
 */
export function rateLimitPerIp(
  ctx: Pick<TAppContext, "db" | "now" | "secret">,
  options: { name: string; limit: number; windowMs: number; blockMs?: number },
): MiddlewareHandler<THttpEnv> {
  return async (c, next) => {
    const key = limitKey(ctx.secret, `ip-${options.name}`, c.get("clientIp"));
    await consumeAttempt(ctx, [{ key, limit: options.limit, windowMs: options.windowMs, blockMs: options.blockMs }]);
    return next();
  };
}
