import { sql } from "drizzle-orm";
import type { TDb } from "./client";

export type TQueueDepth = { queue: string; state: string; count: number };

const rowsOf = (result: unknown) => (Array.isArray(result) ? result : ((result as { rows: unknown[] }).rows ?? [])) as { queue: string; state: string; count: number }[];

/**
 * How much work waits in each durable queue, across all organisations (an operator's view): emails in the outbox,
 * newsletter deliveries and mentoring nudges, by state, and the job runner's queues (`jobs:<queue>`). `failed` is work that ran
 * out of attempts.
 */
export async function countQueueDepths(db: TDb, now: Date): Promise<TQueueDepth[]> {
  const result = await db.execute(sql`
    select 'outbox' as queue, status as state, count(*)::int as count from outbox where status <> 'sent' group by status
    union all
    select 'newsletter_deliveries', status, count(*)::int from newsletter_deliveries where status in ('pending', 'sending', 'failed', 'unknown') group by status
    union all
    select 'mentoring_nudges', case when due_at <= ${now.toISOString()}::timestamptz then 'due' else 'scheduled' end, count(*)::int
      from mentoring_nudge_jobs where sent_at is null and skipped_at is null group by 2
    union all
    select 'jobs:' || queue, status, count(*)::int from jobs where status in ('pending', 'running', 'failed') group by queue, status`);
  return rowsOf(result).map((r) => ({ queue: r.queue, state: r.state, count: Number(r.count) }));
}
