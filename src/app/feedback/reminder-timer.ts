import type { TAppContext } from "../shared/context";
import { startPeriodicJob, type TPeriodicJob } from "../shared/periodic-job";
import { REMINDER_RULES } from "./campaign-rules";
import { sendDueReminders } from "./send-invitations";

export type TReminderTimer = TPeriodicJob;

/** Runs `sendDueReminders` every hour (and once shortly after start) beside the outbox sender. */
export function startReminderTimer(ctx: Pick<TAppContext, "db" | "config" | "notifyOutbox" | "log" | "now">): TReminderTimer {
  return startPeriodicJob({
    name: "360 reminders",
    intervalMs: REMINDER_RULES.timerIntervalMs,
    firstAfterMs: 60_000,
    log: ctx.log,
    run: () => sendDueReminders(ctx, ctx.now()),
  });
}
