/**
 * Fixed-window attempt counting with an escalating block, as pure arithmetic. The database runs the
 * same rule in one INSERT … ON CONFLICT DO UPDATE statement (src/db/rate-limits-repo.ts), so the
 * count and the decision are atomic; this module is the reference the SQL is tested against.
 */

/** A key's counter: attempts in the current window, blocks in a row, and the running block. */
export type TRateWindowState = { windowStart: Date; count: number; strikes: number; blockedUntil: Date | null };

/** How many attempts a window allows, how long it lasts, and the first block once it is exhausted. */
export type TRateRule = { limit: number; windowMs: number; blockMs?: number };

/** No block lasts longer than a day, however often a key was blocked before. */
export const MAX_BLOCK_MS = 24 * 3600 * 1000;

/** The length of the next block: blockMs doubled per earlier strike, capped. */
export function blockLengthMs(blockMs: number, strikes: number, capMs = MAX_BLOCK_MS): number {
  return Math.min(blockMs * 2 ** Math.min(strikes, 40), capMs);
}

/** Whether a counter just written allows the attempt, and otherwise when to come back. */
export function judgeCounter(state: TRateWindowState, rule: TRateRule, now: Date): { allowed: boolean; retryAfterMs: number } {
  const t = now.getTime();
  if (state.blockedUntil && state.blockedUntil.getTime() > t) return { allowed: false, retryAfterMs: state.blockedUntil.getTime() - t };
  if (state.count > rule.limit) return { allowed: false, retryAfterMs: Math.max(0, state.windowStart.getTime() + rule.windowMs - t) };
  return { allowed: true, retryAfterMs: 0 };
}

/**
 * Counts one attempt. A blocked key stays as it is; an ended block or an elapsed window starts a new
 * window (a window that ended without a block forgets the strikes); the attempt that exceeds the
 * limit starts a block of blockLengthMs(strikes) and adds a strike.
 */
export function countAttempt(
  state: TRateWindowState | undefined,
  rule: TRateRule,
  now: Date,
  capMs = MAX_BLOCK_MS,
): { state: TRateWindowState; allowed: boolean; retryAfterMs: number } {
  const next = nextState(state, rule, now, capMs);
  return { state: next, ...judgeCounter(next, rule, now) };
}

function nextState(state: TRateWindowState | undefined, rule: TRateRule, now: Date, capMs: number): TRateWindowState {
  const t = now.getTime();
  if (!state) return { windowStart: now, count: 1, strikes: 0, blockedUntil: null };
  if (state.blockedUntil && state.blockedUntil.getTime() > t) return state;
  if (state.blockedUntil || state.windowStart.getTime() + rule.windowMs <= t) {
    return { windowStart: now, count: 1, strikes: state.blockedUntil ? state.strikes : 0, blockedUntil: null };
  }
  const count = state.count + 1;
  if (count > rule.limit && rule.blockMs) {
    return { ...state, count, strikes: state.strikes + 1, blockedUntil: new Date(t + blockLengthMs(rule.blockMs, state.strikes, capMs)) };
  }
  return { ...state, count };
}
