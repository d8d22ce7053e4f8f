import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

/**
 * The durable job queue shared by every server process on the database (docs/decisions/0019). A worker claims a
 * pending job whose `run_at` has come (or a running one whose lease ran out) with FOR UPDATE SKIP LOCKED and holds it
 * until `locked_until`; a failure is retried with backoff until `max_attempts`. `idempotency_key` makes an enqueue
 * happen once per queue (a schedule's slot, a request's id); `singleton_key` allows one unfinished job per key (one
 * optimiser run per organisation).
 */
export const jobs = pgTable(
  "jobs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    queue: text("queue").notNull(),
    /** the organisation the job works for; null for instance-wide work (senders, pruning) */
    organisationId: uuid("organisation_id"),
    payload: jsonb("payload").notNull().default(sql`'{}'::jsonb`),
    /** pending, running, done, failed */
    status: text("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    maxAttempts: integer("max_attempts").notNull().default(5),
    runAt: timestamp("run_at", { withTimezone: true }).notNull().defaultNow(),
    idempotencyKey: text("idempotency_key"),
    singletonKey: text("singleton_key"),
    lockedBy: text("locked_by"),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    progress: jsonb("progress"),
    result: jsonb("result"),
    lastError: text("last_error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp("started_at", { withTimezone: true }),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("jobs_idempotency_idx").on(t.queue, t.idempotencyKey),
    uniqueIndex("jobs_singleton_idx").on(t.queue, t.singletonKey).where(sql`status in ('pending', 'running')`),
    index("jobs_due_idx").on(t.status, t.runAt),
    index("jobs_organisation_idx").on(t.organisationId, t.createdAt),
  ],
);
