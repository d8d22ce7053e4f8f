import { and, inArray, lt, or, isNull, sql } from "drizzle-orm";
import type { TDb } from "./client";
import { rateLimits } from "./schema/index";

export type TRateCounter = { windowStart: Date; count: number; strikes: number; blockedUntil: Date | null };

const ms = (value: number) => sql`(${value}::double precision * interval '1 millisecond')`;

/**
 * Counts one attempt under a key and returns the counter as written — one statement, so concurrent
 * attempts from any number of server processes are serialised on the row (the rule of
 * domain/identity/rate-window.ts: a running block is kept, an ended block or elapsed window starts
 * a new window, the attempt past the limit starts a block of blockMs × 2^strikes, capped).
 */
export async function countRateAttempt(
  db: TDb,
  input: { key: string; now: Date; limit: number; windowMs: number; blockMs: number; capMs: number },
): Promise<TRateCounter> {
  const now = sql`${input.now.toISOString()}::timestamptz`;
  const t = rateLimits;
  const blocked = sql`(${t.blockedUntil} is not null and ${t.blockedUntil} > ${now})`;
  const fresh = sql`(not ${blocked} and (${t.blockedUntil} is not null or ${t.windowStart} + ${ms(input.windowMs)} <= ${now}))`;
  const over = sql`(not ${blocked} and not ${fresh} and ${t.count} + 1 > ${input.limit}::int and ${input.blockMs}::double precision > 0)`;
  const [row] = await db
    .insert(rateLimits)
    .values({ key: input.key, windowStart: input.now, count: 1, strikes: 0, blockedUntil: null, updatedAt: input.now })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        windowStart: sql`case when ${fresh} then ${now} else ${t.windowStart} end`,
        count: sql`case when ${blocked} then ${t.count} when ${fresh} then 1 else ${t.count} + 1 end`,
        strikes: sql`case when ${blocked} then ${t.strikes} when ${fresh} then (case when ${t.blockedUntil} is null then 0 else ${t.strikes} end) when ${over} then ${t.strikes} + 1 else ${t.strikes} end`,
        blockedUntil: sql`case when ${blocked} then ${t.blockedUntil} when ${fresh} then null when ${over} then ${now} + least(${input.blockMs}::double precision * power(2, least(${t.strikes}, 40)), ${input.capMs}::double precision) * interval '1 millisecond' else ${t.blockedUntil} end`,
        updatedAt: now,
      },
    })
    .returning({ windowStart: t.windowStart, count: t.count, strikes: t.strikes, blockedUntil: t.blockedUntil });
  if (!row) throw new Error("rate_limits upsert returned nothing");
  return row;
}

/** Gives one attempt back (a sign-in that succeeded was no failure); never below zero. */
export async function refundRateAttempt(db: TDb, keys: string[]): Promise<void> {
  if (keys.length === 0) return;
  await db
    .update(rateLimits)
    .set({ count: sql`greatest(${rateLimits.count} - 1, 0)` })
    .where(inArray(rateLimits.key, keys));
}

/** Forgets the counters under these keys. */
export async function deleteRateCounters(db: TDb, keys: string[]): Promise<void> {
  if (keys.length === 0) return;
  await db.delete(rateLimits).where(inArray(rateLimits.key, keys));
}

/** The counter under a key, for tests and diagnostics. */
export async function findRateCounter(db: TDb, key: string): Promise<TRateCounter | undefined> {
  const [row] = await db
    .select({ windowStart: rateLimits.windowStart, count: rateLimits.count, strikes: rateLimits.strikes, blockedUntil: rateLimits.blockedUntil })
    .from(rateLimits)
    .where(sql`${rateLimits.key} = ${key}`);
  return row;
}

/** Drops counters untouched since `before` whose block, if any, has ended; returns how many. */
export async function pruneRateCounters(db: TDb, before: Date, now: Date): Promise<number> {
  const rows = await db
    .delete(rateLimits)
    .where(and(lt(rateLimits.updatedAt, before), or(isNull(rateLimits.blockedUntil), lt(rateLimits.blockedUntil, now))))
    .returning({ key: rateLimits.key });
  return rows.length;
}
