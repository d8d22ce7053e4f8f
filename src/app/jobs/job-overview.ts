import type { TJobOverview } from "../../contracts/jobs";
import { countJobsByQueue, listLastRunPerQueue, listRecentJobs, type TJobRow } from "../../db/jobs-repo";
import { authorise, can } from "../../domain/policy/index";
import type { TActor } from "../../domain/shared/roles";
import type { TAppContext } from "../shared/context";

const STATUSES = ["pending", "running", "done", "failed"] as const;

function summary(row: TJobRow): TJobOverview["failures"][number] {
  const status = (STATUSES as readonly string[]).includes(row.status) ? (row.status as (typeof STATUSES)[number]) : "failed";
  return {
    id: row.id,
    queue: row.queue,
    status,
    attempts: row.attempts,
    lastError: row.lastError,
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
    durationMs: row.startedAt && row.finishedAt ? Math.max(0, row.finishedAt.getTime() - row.startedAt.getTime()) : null,
  };
}

/**
 * What the background jobs are doing: depth per queue and status, the latest failures and each queue's last finished
 * run (done or failed). The operator reads every job of the instance; an HR admin only their organisation's; anyone else gets 403.
 */
export async function readJobOverview(ctx: Pick<TAppContext, "db">, actor: TActor): Promise<TJobOverview> {
  authorise(actor, "job.read");
  const scope = can(actor, "job.read_all") ? null : actor.organisationId;
  const counts = await countJobsByQueue(ctx.db, scope);
  const queues = new Map<string, TJobOverview["queues"][number]>();
  for (const c of counts) {
    const entry = queues.get(c.queue) ?? { queue: c.queue, pending: 0, running: 0, done: 0, failed: 0 };
    if ((STATUSES as readonly string[]).includes(c.status)) entry[c.status as (typeof STATUSES)[number]] += c.count;
    queues.set(c.queue, entry);
  }
  const failures = (await listRecentJobs(ctx.db, scope, "failed", 20)).map(summary);
  const lastRuns = (await listLastRunPerQueue(ctx.db, scope)).map(summary);
  return {
    scope: scope === null ? "instance" : "organisation",
    queues: [...queues.values()].sort((a, b) => a.queue.localeCompare(b.queue)),
    failures,
    lastRuns: lastRuns.sort((a, b) => a.queue.localeCompare(b.queue)),
  };
}
