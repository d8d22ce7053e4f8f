import { and, asc, desc, eq, inArray, isNull, lt, lte, or, sql } from "drizzle-orm";
import type { TDb } from "./client";
import { jobs } from "./schema/index";

export type TJobRow = typeof jobs.$inferSelect;

export type TEnqueue = {
  queue: string;
  organisationId?: string | null;
  payload?: unknown;
  runAt: Date;
  idempotencyKey?: string;
  singletonKey?: string;
  maxAttempts?: number;
};

/** The columns every new job sets from what the caller enqueues. */
function newJobValues(job: TEnqueue) {
  return { queue: job.queue, organisationId: job.organisationId ?? null, payload: job.payload ?? {}, runAt: job.runAt };
}

/**
 * Adds a job unless one with the same idempotency key (ever) or singleton key (unfinished) exists in its queue:
 * returns the new row, or undefined when an equal job was already there (insert-or-ignore, one statement).
 */
export async function insertJob(db: TDb, job: TEnqueue): Promise<TJobRow | undefined> {
  const [row] = await db
    .insert(jobs)
    .values({
      ...newJobValues(job),
      idempotencyKey: job.idempotencyKey ?? null,
      singletonKey: job.singletonKey ?? null,
      maxAttempts: job.maxAttempts ?? 5,
    })
    .onConflictDoNothing()
    .returning();
  return row;
}

/** The unfinished job holding a singleton key in a queue, if any. */
export async function findUnfinishedSingleton(db: TDb, queue: string, singletonKey: string): Promise<TJobRow | undefined> {
  const [row] = await db
    .select()
    .from(jobs)
    .where(and(eq(jobs.queue, queue), eq(jobs.singletonKey, singletonKey), inArray(jobs.status, ["pending", "running"])))
    .limit(1);
  return row;
}

/** Ends the jobs whose worker's lease ran out with no attempts left (the worker died): `failed`, so their singleton key frees. */
export async function failExpiredLeases(db: TDb, now: Date): Promise<number> {
  const rows = await db
    .update(jobs)
    .set({ status: "failed", finishedAt: now, lockedBy: null, lockedUntil: null, lastError: "the worker stopped before it finished (lease expired)" })
    .where(and(eq(jobs.status, "running"), lt(jobs.lockedUntil, now), sql`${jobs.attempts} >= ${jobs.maxAttempts}`))
    .returning({ id: jobs.id });
  return rows.length;
}

/**
 * Claims the next due job of these queues for a worker until `lockedUntil`: a pending job whose time has come, or a
 * running one whose worker's lease ran out (it died). FOR UPDATE SKIP LOCKED: two workers never claim the same job.
 */
export async function claimNextJob(db: TDb, queues: string[], workerId: string, now: Date, lockedUntil: Date): Promise<TJobRow | undefined> {
  if (queues.length === 0) return undefined;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(jobs)
      .where(
        and(
          inArray(jobs.queue, queues),
          or(and(eq(jobs.status, "pending"), lte(jobs.runAt, now)), and(eq(jobs.status, "running"), lt(jobs.lockedUntil, now), sql`${jobs.attempts} < ${jobs.maxAttempts}`)),
        ),
      )
      .orderBy(asc(jobs.runAt))
      .limit(1)
      .for("update", { skipLocked: true });
    if (!row) return undefined;
    const [claimed] = await tx
      .update(jobs)
      .set({ status: "running", attempts: row.attempts + 1, lockedBy: workerId, lockedUntil, startedAt: now })
      .where(eq(jobs.id, row.id))
      .returning();
    return claimed;
  });
}

/** Takes a guard job for the caller at once (status running, leased to `workerId`); undefined when another holds the singleton key. */
export async function insertRunningSingleton(db: TDb, job: TEnqueue & { singletonKey: string }, workerId: string, lockedUntil: Date): Promise<TJobRow | undefined> {
  const [row] = await db
    .insert(jobs)
    .values({
      ...newJobValues(job),
      singletonKey: job.singletonKey,
      maxAttempts: 1,
      attempts: 1,
      status: "running",
      lockedBy: workerId,
      lockedUntil,
      startedAt: job.runAt,
    })
    .onConflictDoNothing()
    .returning();
  return row;
}

/** Extends a held lease and records progress; false when the job is no longer this worker's. */
export async function extendJobLease(db: TDb, id: string, workerId: string, lockedUntil: Date, progress?: unknown): Promise<boolean> {
  const rows = await db
    .update(jobs)
    .set(progress === undefined ? { lockedUntil } : { lockedUntil, progress })
    .where(and(eq(jobs.id, id), eq(jobs.lockedBy, workerId), eq(jobs.status, "running")))
    .returning({ id: jobs.id });
  return rows.length > 0;
}

/** Records a finished attempt of the worker holding the job: done, failed for good, or pending again at `retryAt`. */
export async function settleJob(
  db: TDb,
  id: string,
  workerId: string,
  outcome: { status: "done"; now: Date; result?: unknown } | { status: "failed"; now: Date; error: string } | { status: "pending"; retryAt: Date; error: string },
): Promise<boolean> {
  const values =
    outcome.status === "done"
      ? { status: "done", finishedAt: outcome.now, result: outcome.result ?? null, lastError: null }
      : outcome.status === "failed"
        ? { status: "failed", finishedAt: outcome.now, lastError: outcome.error.slice(0, 1000) }
        : { status: "pending", runAt: outcome.retryAt, lastError: outcome.error.slice(0, 1000) };
  const rows = await db
    .update(jobs)
    .set({ ...values, lockedBy: null, lockedUntil: null })
    .where(and(eq(jobs.id, id), eq(jobs.lockedBy, workerId), eq(jobs.status, "running")))
    .returning({ id: jobs.id });
  return rows.length > 0;
}

/** One job; with an organisation, only that organisation's. */
export async function findJob(db: TDb, id: string, organisationId: string | null): Promise<TJobRow | undefined> {
  const [row] = await db
    .select()
    .from(jobs)
    .where(and(eq(jobs.id, id), organisationId === null ? undefined : eq(jobs.organisationId, organisationId)))
    .limit(1);
  return row;
}

const scope = (organisationId: string | null) => (organisationId === null ? undefined : eq(jobs.organisationId, organisationId));

/** Jobs by queue and status (every organisation's and the instance's for null, else one organisation's). */
export async function countJobsByQueue(db: TDb, organisationId: string | null) {
  const rows = await db
    .select({ queue: jobs.queue, status: jobs.status, count: sql<number>`count(*)::int` })
    .from(jobs)
    .where(scope(organisationId))
    .groupBy(jobs.queue, jobs.status);
  return rows.map((r) => ({ ...r, count: Number(r.count) }));
}

/** The latest finished or failed jobs, newest first. */
export async function listRecentJobs(db: TDb, organisationId: string | null, status: "done" | "failed", limit: number) {
  return db
    .select()
    .from(jobs)
    .where(and(scope(organisationId), eq(jobs.status, status)))
    .orderBy(desc(jobs.finishedAt))
    .limit(limit);
}

/** Deletes finished jobs older than `before` (done ones; failed ones are kept until `failedBefore`). Returns how many went. */
export async function pruneFinishedJobs(db: TDb, before: Date, failedBefore: Date): Promise<number> {
  const rows = await db
    .delete(jobs)
    .where(or(and(eq(jobs.status, "done"), lt(jobs.finishedAt, before)), and(eq(jobs.status, "failed"), lt(jobs.finishedAt, failedBefore))))
    .returning({ id: jobs.id });
  return rows.length;
}

/** Unfinished jobs no worker holds: used by tests and the metrics. */
export async function countWaitingJobs(db: TDb): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(jobs).where(and(eq(jobs.status, "pending"), isNull(jobs.lockedBy)));
  return Number(row?.n ?? 0);
}

/** Each queue's latest finished (done or failed) job. */
export async function listLastRunPerQueue(db: TDb, organisationId: string | null) {
  return db
    .selectDistinctOn([jobs.queue])
    .from(jobs)
    .where(and(scope(organisationId), inArray(jobs.status, ["done", "failed"])))
    .orderBy(asc(jobs.queue), desc(jobs.finishedAt));
}
