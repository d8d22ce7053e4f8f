import { pruneCredentials } from "../auth/prune-credentials";
import { REMINDER_RULES } from "../feedback/campaign-rules";
import { sendDueReminders } from "../feedback/send-invitations";
import { runNudgeTick } from "../mentoring/nudge-jobs";
import type { TAppContext } from "../shared/context";
import type { TJobRunner } from "./runner";

/** The queues every server process handles; each runs on a schedule, one process per slot (decision 0019). */
export const STANDARD_QUEUES = {
  outbox: "email.outbox",
  newsletter: "newsletter.deliveries",
  nudges: "mentoring.nudges",
  reminders: "feedback.reminders",
  prune: "maintenance.prune",
} as const;

type TDrainer = { drain: () => Promise<number> };

/**
 * Puts the background work on the job runner: the outbox and newsletter senders (each message or delivery claimed on
 * its own, so a wake after a request may still drain at once), mentoring nudges, 360 reminders and pruning.
 */
export function registerStandardJobs(
  runner: TJobRunner,
  ctx: Pick<TAppContext, "db" | "config" | "notifyOutbox" | "log" | "now">,
  senders: { outbox: TDrainer; newsletter?: TDrainer },
): void {
  const every = (queue: string, everyMs: number, run: () => Promise<unknown>) => {
    runner.register(queue, async () => run(), { maxAttempts: 1 });
    runner.schedule(queue, everyMs);
  };
  every(STANDARD_QUEUES.outbox, 30_000, async () => ({ sent: await senders.outbox.drain() }));
  const newsletter = senders.newsletter;
  if (newsletter) every(STANDARD_QUEUES.newsletter, 30_000, async () => ({ delivered: await newsletter.drain() }));
  every(STANDARD_QUEUES.nudges, ctx.config.NUDGE_INTERVAL_MS, () => runNudgeTick(ctx, ctx.now()));
  every(STANDARD_QUEUES.reminders, REMINDER_RULES.timerIntervalMs, async () => ({ sent: await sendDueReminders(ctx, ctx.now()) }));
  every(STANDARD_QUEUES.prune, 3600_000, () => pruneCredentials(ctx));
}
