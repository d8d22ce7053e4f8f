import { countRateAttempt, deleteRateCounters, refundRateAttempt } from "../../db/rate-limits-repo";
import { judgeCounter, MAX_BLOCK_MS } from "../../domain/identity/rate-window";
import { rateLimited } from "../../domain/shared/errors";
import { keyedHash } from "./secrets";
import type { TAppContext } from "./context";

export type TLimit = {
  key: string;
  limit: number;
  windowMs: number;
  /** first block length; doubles per strike, capped */
  blockMs?: number;
};

/**
 * Atomically counts one attempt against every limit (one SQL statement per key: INSERT … ON CONFLICT
 * DO UPDATE … RETURNING); throws DomainError("RATE_LIMITED", …) carrying retryAfterSeconds when any
 * limit is exhausted — the attempt is then NOT performed. Limits are counted in the order given and
 * counting stops at the first refusal, so a refused attempt does not use up the later keys.
 */
export async function consumeAttempt(ctx: Pick<TAppContext, "db" | "now">, limits: TLimit[]): Promise<void> {
  const now = ctx.now();
  for (const limit of limits) {
    const counter = await countRateAttempt(ctx.db, {
      key: limit.key,
      now,
      limit: limit.limit,
      windowMs: limit.windowMs,
      blockMs: limit.blockMs ?? 0,
      capMs: MAX_BLOCK_MS,
    });
    const verdict = judgeCounter(counter, limit, now);
    if (!verdict.allowed) throw rateLimited("too many attempts; try again later", verdict.retryAfterMs / 1000);
  }
}

/** Forgets the attempts under these keys (after a success). */
export async function resetAttempts(ctx: Pick<TAppContext, "db" | "now">, keys: string[]): Promise<void> {
  await deleteRateCounters(ctx.db, keys);
}

/**
 * Gives back the attempt just counted under these keys, keeping their window and strikes: a shared
 * key (a client IP) then counts only failures, and a success cannot wipe an attacker's count.
 */
export async function refundAttempt(ctx: Pick<TAppContext, "db">, keys: string[]): Promise<void> {
  await refundRateAttempt(ctx.db, keys);
}

/** A key that names no client: HMAC of the parts under the server secret. */
export function limitKey(secret: string, kind: string, ...parts: string[]): string {
  return `${kind}:${keyedHash(secret, JSON.stringify([kind, ...parts]))}`;
}
