import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findRateCounter, pruneRateCounters } from "../../db/rate-limits-repo";
import { countAttempt, type TRateWindowState } from "../../domain/identity/rate-window";
import { DomainError } from "../../domain/shared/errors";
import { openTestDatabase, testDatabaseKind } from "../../test-support/test-database";
import { consumeAttempt, limitKey, refundAttempt, resetAttempts, type TLimit } from "./rate-limits";

let database: Awaited<ReturnType<typeof openTestDatabase>>;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

const MIN = 60_000;
const start = Date.UTC(2026, 0, 1);
const ctxAt = (ms: number) => ({ db: database.db, now: () => new Date(start + ms) });

async function attempt(limit: TLimit, ms: number): Promise<{ allowed: boolean; retryAfterSeconds?: number }> {
  try {
    await consumeAttempt(ctxAt(ms), [limit]);
    return { allowed: true };
  } catch (error) {
    if (error instanceof DomainError && error.code === "RATE_LIMITED") return { allowed: false, retryAfterSeconds: error.retryAfterSeconds };
    throw error;
  }
}

describe(`durable rate limits (${testDatabaseKind})`, () => {
  it("names no client in its keys", () => {
    const key = limitKey("secret-secret-secret-secret-secret-00", "ip", "203.0.113.9");
    expect(key).not.toContain("203.0.113.9");
    expect(key).toBe(limitKey("secret-secret-secret-secret-secret-00", "ip", "203.0.113.9"));
    expect(key).not.toBe(limitKey("another-secret-another-secret-another", "ip", "203.0.113.9"));
  });

  it("counts 40 concurrent attempts on one key exactly: 10 allowed, 30 refused with a Retry-After", async () => {
    const limit = { key: "concurrent", limit: 10, windowMs: 15 * MIN, blockMs: 15 * MIN };
    const results = await Promise.all(Array.from({ length: 40 }, () => attempt(limit, 0)));
    expect(results.filter((r) => r.allowed)).toHaveLength(10);
    const refused = results.filter((r) => !r.allowed);
    expect(refused).toHaveLength(30);
    expect(refused.every((r) => r.retryAfterSeconds === 15 * 60)).toBe(true);
    expect(await findRateCounter(database.db, "concurrent")).toMatchObject({ count: 11, strikes: 1 });
  });

  it("runs the same rule as the pure reference model, step by step", async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 20 * MIN }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 6 }),
        fc.boolean(),
        async (gaps, max, withBlock) => {
          const limit: TLimit = { key: `model-${run++}`, limit: max, windowMs: 10 * MIN, blockMs: withBlock ? 2 * MIN : undefined };
          let model: TRateWindowState | undefined;
          let t = 0;
          for (const gap of gaps) {
            t += gap;
            const expected = countAttempt(model, limit, new Date(start + t));
            model = expected.state;
            const actual = await attempt(limit, t);
            expect(actual.allowed).toBe(expected.allowed);
            if (!expected.allowed) expect(actual.retryAfterSeconds).toBe(Math.max(1, Math.ceil(expected.retryAfterMs / 1000)));
            expect(await findRateCounter(database.db, limit.key)).toEqual(model);
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it("refunds an attempt without lifting a block, and forgets keys on reset", async () => {
    const limit = { key: "refund", limit: 2, windowMs: MIN, blockMs: MIN };
    expect((await attempt(limit, 0)).allowed).toBe(true);
    await refundAttempt(ctxAt(0), ["refund"]);
    expect((await attempt(limit, 1)).allowed).toBe(true);
    expect((await attempt(limit, 2)).allowed).toBe(true);
    expect((await attempt(limit, 3)).allowed).toBe(false);
    await refundAttempt(ctxAt(4), ["refund"]);
    expect((await attempt(limit, 5)).allowed).toBe(false);
    await resetAttempts(ctxAt(6), ["refund"]);
    expect((await attempt(limit, 7)).allowed).toBe(true);
  });

  it("stops counting at the first refusing limit", async () => {
    const ip = { key: "first-ip", limit: 1, windowMs: MIN };
    const account = { key: "first-account", limit: 5, windowMs: MIN };
    await consumeAttempt(ctxAt(0), [ip, account]);
    await expect(consumeAttempt(ctxAt(1), [ip, account])).rejects.toMatchObject({ code: "RATE_LIMITED" });
    expect((await findRateCounter(database.db, "first-account"))?.count).toBe(1);
  });

  it("prunes stale counters but keeps running blocks", async () => {
    await attempt({ key: "stale", limit: 5, windowMs: MIN }, 0);
    const blocking = { key: "blocked-long", limit: 1, windowMs: MIN, blockMs: 120 * MIN };
    await attempt(blocking, 0);
    await attempt(blocking, 1);
    await pruneRateCounters(database.db, new Date(start + 60 * MIN), new Date(start + 60 * MIN));
    expect(await findRateCounter(database.db, "stale")).toBeUndefined();
    expect(await findRateCounter(database.db, "blocked-long")).toBeDefined();
  });
});
