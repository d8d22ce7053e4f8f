import { pruneAuthFailures, pruneExpiredCredentials } from "../../db/auth-repo";
import { pruneFinishedJobs } from "../../db/jobs-repo";
import { pruneRateCounters } from "../../db/rate-limits-repo";
import type { TAppContext } from "../shared/context";

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;
/** Used or expired emailed links are kept a week, so a late click still reads "already used", not "unknown". */
const LINK_RETENTION_MS = 7 * DAY;
/** A rate counter untouched for two days (longer than the longest block) and not blocking is forgotten, strikes included. */
const COUNTER_RETENTION_MS = 48 * HOUR;
/** Finished jobs stay a week on the jobs page, failed ones a month. */
const DONE_JOB_RETENTION_MS = 7 * DAY;
const FAILED_JOB_RETENTION_MS = 30 * DAY;

/**
 * Deletes credentials that can no longer be used, stale rate counters and failed sign-in rows, and old finished jobs;
 * returns how many rows of each went. Deletes are idempotent: the `maintenance.prune` job runs it hourly.
 */
export async function pruneCredentials(ctx: Pick<TAppContext, "db" | "now">) {
  const now = ctx.now();
  const ago = (ms: number) => new Date(now.getTime() - ms);
  const gone = await pruneExpiredCredentials(ctx.db, now, ago(LINK_RETENTION_MS));
  const rateLimits = await pruneRateCounters(ctx.db, ago(COUNTER_RETENTION_MS), now);
  const authFailures = await pruneAuthFailures(ctx.db, ago(COUNTER_RETENTION_MS));
  const jobs = await pruneFinishedJobs(ctx.db, ago(DONE_JOB_RETENTION_MS), ago(FAILED_JOB_RETENTION_MS));
  return { ...gone, rateLimits, authFailures, jobs };
}
