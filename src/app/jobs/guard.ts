import { randomUUID } from "node:crypto";
import { failExpiredLeases, insertRunningSingleton, settleJob, type TJobRow } from "../../db/jobs-repo";
import { DomainError } from "../../domain/shared/errors";
import type { TAppContext } from "../shared/context";

export type TJobGuard = { job: TJobRow; release: (failure?: unknown) => Promise<void> };

/**
 * Takes the one-at-a-time guard of a queue for an organisation: a job held `running` under the organisation as its
 * singleton key, leased for `leaseMs`. Every server process on the database sees it, so a second caller anywhere gets
 * a 409 CONFLICT (`busy`, naming `field`); a holder that crashed frees it when the lease runs out. `release` records
 * the outcome (done, or failed with the error) and frees the guard.
 */
export async function takeJobGuard(
  ctx: Pick<TAppContext, "db" | "now">,
  guard: { queue: string; organisationId: string; leaseMs: number; payload?: unknown; busy: string; field?: string },
): Promise<TJobGuard> {
  const now = ctx.now();
  await failExpiredLeases(ctx.db, now);
  const holder = `guard-${randomUUID()}`;
  const job = await insertRunningSingleton(
    ctx.db,
    { queue: guard.queue, organisationId: guard.organisationId, singletonKey: guard.organisationId, payload: guard.payload, runAt: now },
    holder,
    new Date(now.getTime() + guard.leaseMs),
  );
  if (!job) throw new DomainError("CONFLICT", guard.busy, guard.field);
  return {
    job,
    release: async (failure) => {
      const at = ctx.now();
      if (failure === undefined) await settleJob(ctx.db, job.id, holder, { status: "done", now: at });
      else await settleJob(ctx.db, job.id, holder, { status: "failed", now: at, error: failure instanceof Error ? failure.message : String(failure) });
    },
  };
}
