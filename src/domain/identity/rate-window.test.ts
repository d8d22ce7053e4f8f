import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { blockLengthMs, countAttempt, MAX_BLOCK_MS, type TRateRule, type TRateWindowState } from "./rate-window";

const MIN = 60_000;
const rule: TRateRule = { limit: 10, windowMs: 15 * MIN, blockMs: 15 * MIN };
const at = (ms: number) => new Date(Date.UTC(2026, 0, 1) + ms);

function run(times: number[], r: TRateRule = rule) {
  let state: TRateWindowState | undefined;
  return times.map((t) => {
    const result = countAttempt(state, r, at(t));
    state = result.state;
    return result;
  });
}

describe("blockLengthMs", () => {
  it.each([
    [0, 15 * MIN],
    [1, 30 * MIN],
    [2, 60 * MIN],
    [6, 16 * 60 * MIN],
    [7, MAX_BLOCK_MS],
    [500, MAX_BLOCK_MS],
  ])("after %i strikes blocks for %i ms", (strikes, expected) => {
    expect(blockLengthMs(15 * MIN, strikes)).toBe(expected);
  });
});

describe("countAttempt", () => {
  it("allows the limit within a window and refuses the next attempt with a block", () => {
    const results = run(Array.from({ length: 12 }, (_, i) => i * 1000));
    expect(results.slice(0, 10).every((r) => r.allowed)).toBe(true);
    expect(results[10]).toMatchObject({ allowed: false, retryAfterMs: 15 * MIN });
    expect(results[11]).toMatchObject({ allowed: false, retryAfterMs: 15 * MIN - 1000 });
    expect(results[11]?.state.strikes).toBe(1);
  });

  it("doubles the block when the key is exhausted again right after a block", () => {
    const first = Array.from({ length: 11 }, (_, i) => i);
    const afterBlock = 11 + 15 * MIN;
    const second = Array.from({ length: 11 }, (_, i) => afterBlock + i);
    const results = run([...first, ...second]);
    expect(results[11]?.allowed).toBe(true);
    expect(results[21]).toMatchObject({ allowed: false, retryAfterMs: 30 * MIN });
    expect(results[21]?.state.strikes).toBe(2);
  });

  it("forgets the strikes after a window that ended without a block", () => {
    const blocked = Array.from({ length: 11 }, (_, i) => i);
    const quietStart = 10 + 15 * MIN + 1;
    const later = quietStart + 15 * MIN + 1;
    const results = run([...blocked, quietStart, later]);
    expect(results[11]?.state.strikes).toBe(1);
    expect(results[12]?.state).toMatchObject({ strikes: 0, count: 1 });
  });

  it("without a block length refuses until the window ends, then starts over", () => {
    const r = { limit: 3, windowMs: 60_000 };
    const results = run([0, 1, 2, 10_000, 60_000], r);
    expect(results.map((x) => x.allowed)).toEqual([true, true, true, false, true]);
    expect(results[3]?.retryAfterMs).toBe(50_000);
    expect(results[3]?.state.blockedUntil).toBeNull();
  });

  it("never allows more than the limit in any window and always names a positive wait when refusing", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 * MIN }), { minLength: 1, maxLength: 80 }), fc.integer({ min: 1, max: 12 }), (gaps, limit) => {
        const r = { limit, windowMs: 15 * MIN, blockMs: MIN };
        let t = 0;
        const times = gaps.map((g) => (t += g));
        const results = run(times, r);
        results.forEach((res, i) => {
          if (!res.allowed) expect(res.retryAfterMs).toBeGreaterThan(0);
          const windowStart = res.state.windowStart.getTime();
          const allowedInWindow = results.filter((x, j) => j <= i && x.allowed && x.state.windowStart.getTime() === windowStart).length;
          expect(allowedInWindow).toBeLessThanOrEqual(limit);
        });
      }),
    );
  });
});
