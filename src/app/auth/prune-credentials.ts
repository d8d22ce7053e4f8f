import { pruneExpiredCredentials } from "../../db/auth-repo";
import { pruneRateCounters } from "../../db/rate-limits-repo";
import type { TAppContext } from "../shared/context";
import { startPeriodicJob, type TPeriodicJob } from "../shared/periodic-job";

const HOUR = 3600 * 1000;
/** Used or expired emailed links are kept a week, so a late click still reads "already used", not "unknown". */
const LINK_RETENTION_MS = 7 * 24 * HOUR;
/** A rate counter untouched for two days (longer than the longest block) and not blocking is forgotten, strikes included. */
const COUNTER_RETENTION_MS = 48 * HOUR;

/** Deletes credentials that can no longer be used and stale rate counters; returns how many rows of each went. */
export async function pruneCredentials(ctx: Pick<TAppContext, "db" | "now">) {
  const now = ctx.now();
  const gone = await pruneExpiredCredentials(ctx.db, now, new Date(now.getTime() - LINK_RETENTION_MS));
  const rateLimits = await pruneRateCounters(ctx.db, new Date(now.getTime() - COUNTER_RETENTION_MS), now);
  return { ...gone, rateLimits };
}

/** Prunes every hour (and once a few minutes after start). Deletes are idempotent, so several processes may run it. */
export function startCredentialPruning(ctx: Pick<TAppContext, "db" | "now" | "log">, intervalMs = HOUR): TPeriodicJob {
  return startPeriodicJob({
    name: "credential pruning",
    intervalMs,
    firstAfterMs: 5 * 60 * 1000,
    log: ctx.log,
    run: async () => {
      const gone = await pruneCredentials(ctx);
      ctx.log.debug(gone, "pruned expired credentials");
    },
  });
}
