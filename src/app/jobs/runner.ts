import { randomUUID } from "node:crypto";
import type { Logger } from "pino";
import type { TDb } from "../../db/client";
import { claimNextJob, extendJobLease, failExpiredLeases, insertJob, settleJob, type TEnqueue, type TJobRow } from "../../db/jobs-repo";

/** What a handler gets: the job, and a way to report progress (which also extends its lease). */
export type TJobRun = { job: TJobRow; progress: (value: unknown) => Promise<void> };
export type TJobHandler = (run: TJobRun) => Promise<unknown>;

type TQueueOptions = { maxAttempts?: number; backoffMs?: number; leaseMs?: number };
type TSchedule = { queue: string; everyMs: number; lastSlot: number };

export type TJobRunner = {
  /** the id this process claims jobs under */
  workerId: string;
  /** handles a queue's jobs in this process */
  register: (queue: string, handler: TJobHandler, options?: TQueueOptions) => void;
  /** runs a registered queue every `everyMs`: each slot is enqueued once across all processes (its idempotency key) */
  schedule: (queue: string, everyMs: number) => void;
  /** adds a job (insert-or-ignore on its idempotency or singleton key); the new row, or undefined when it existed */
  enqueue: (job: Omit<TEnqueue, "runAt"> & { runAt?: Date }) => Promise<TJobRow | undefined>;
  /** enqueues the schedules' due slots, then runs due jobs until none is left; returns how many ran (tests and `wake`) */
  runDue: () => Promise<number>;
  /** polls every `pollMs` until `stop` */
  start: () => void;
  /** stops polling and waits for the job in hand */
  stop: () => Promise<void>;
};

const DEFAULT_LEASE_MS = 5 * 60_000;
const DEFAULT_BACKOFF_MS = 30_000;
const MAX_BACKOFF_MS = 3600_000;

/** The wait before attempt `attempts + 1`: the base doubled per failed attempt, at most an hour. */
export function backoffDelayMs(attempts: number, baseMs: number): number {
  return Math.min(MAX_BACKOFF_MS, baseMs * 2 ** Math.max(0, attempts - 1));
}

/**
 * The durable job runner (docs/decisions/0019): jobs live in the `jobs` table shared by every server process on the
 * database. A worker claims one with a lease (FOR UPDATE SKIP LOCKED), extends the lease while it works, and records
 * done / retry with backoff / failed; a worker that dies leaves a lease that runs out, and another worker takes the
 * job over. Schedules enqueue one job per time slot, keyed by the slot, so one process runs each slot.
 */
export function createJobRunner(deps: { db: TDb; log: Logger; now: () => Date; pollMs?: number; workerId?: string }): TJobRunner {
  const { db, log, now } = deps;
  const workerId = deps.workerId ?? `${process.pid}-${randomUUID().slice(0, 8)}`;
  const handlers = new Map<string, { handler: TJobHandler; options: TQueueOptions }>();
  const schedules: TSchedule[] = [];
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<number> | undefined;
  let again = false;

  async function enqueueDueSlots() {
    const at = now().getTime();
    for (const s of schedules) {
      const slot = Math.floor(at / s.everyMs);
      if (slot === s.lastSlot) continue;
      s.lastSlot = slot;
      await insertJob(db, { queue: s.queue, runAt: new Date(slot * s.everyMs), idempotencyKey: `slot:${slot}`, maxAttempts: 1 });
    }
  }

  async function runOne(job: TJobRow): Promise<void> {
    const entry = handlers.get(job.queue);
    if (!entry) return;
    const leaseMs = entry.options.leaseMs ?? DEFAULT_LEASE_MS;
    const progress = async (value: unknown) => {
      if (!(await extendJobLease(db, job.id, workerId, new Date(now().getTime() + leaseMs), value))) log.warn({ jobId: job.id }, "job lease lost");
    };
    const heartbeat = setInterval(() => void progress(undefined).catch((e: unknown) => log.warn({ err: e }, "job lease")), Math.max(1000, leaseMs / 3));
    heartbeat.unref();
    try {
      const result = await entry.handler({ job, progress: (value) => progress(value) });
      await settleJob(db, job.id, workerId, { status: "done", now: now(), result: result ?? null });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const last = job.attempts >= job.maxAttempts;
      const retryAt = new Date(now().getTime() + backoffDelayMs(job.attempts, entry.options.backoffMs ?? DEFAULT_BACKOFF_MS));
      await settleJob(db, job.id, workerId, last ? { status: "failed", now: now(), error: message } : { status: "pending", retryAt, error: message });
      log.warn({ jobId: job.id, queue: job.queue, attempts: job.attempts, err: error }, last ? "job failed" : "job failed; will retry");
    } finally {
      clearInterval(heartbeat);
    }
  }

  async function drain(): Promise<number> {
    await enqueueDueSlots();
    await failExpiredLeases(db, now());
    let ran = 0;
    while (!stopped) {
      const at = now();
      // claimed with the default lease; a queue's own lease applies from the job's first heartbeat
      const job = await claimNextJob(db, [...handlers.keys()], workerId, at, new Date(at.getTime() + DEFAULT_LEASE_MS));
      if (!job) break;
      await runOne(job);
      ran++;
    }
    return ran;
  }

  function runDue(): Promise<number> {
    if (current) {
      again = true;
      return current;
    }
    current = drain().finally(() => {
      current = undefined;
      if (again && !stopped) {
        again = false;
        void runDue().catch((e: unknown) => log.error({ err: e }, "job runner"));
      }
    });
    return current;
  }

  return {
    workerId,
    register: (queue, handler, options = {}) => {
      handlers.set(queue, { handler, options: { maxAttempts: 5, ...options } });
    },
    schedule: (queue, everyMs) => {
      schedules.push({ queue, everyMs, lastSlot: Number.NaN });
    },
    enqueue: async (job) => {
      const maxAttempts = job.maxAttempts ?? handlers.get(job.queue)?.options.maxAttempts;
      return insertJob(db, { ...job, runAt: job.runAt ?? now(), ...(maxAttempts ? { maxAttempts } : {}) });
    },
    runDue,
    start: () => {
      if (timer || stopped) return;
      timer = setInterval(() => void runDue().catch((e: unknown) => log.error({ err: e }, "job runner")), deps.pollMs ?? 5000);
      timer.unref();
    },
    stop: async () => {
      stopped = true;
      if (timer) clearInterval(timer);
      await current?.catch(() => 0);
    },
  };
}
