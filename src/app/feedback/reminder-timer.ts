import type { TAppContext } from "../shared/context";
import { REMINDER_RULES } from "./campaign-rules";
import { sendDueReminders } from "./send-invitations";

export type TReminderTimer = { stop: () => Promise<void> };

/** Runs `sendDueReminders` every hour (and once shortly after start) beside the outbox sender. */
export function startReminderTimer(ctx: Pick<TAppContext, "db" | "config" | "notifyOutbox" | "log" | "now">): TReminderTimer {
  let running: Promise<unknown> | null = null;
  const tick = () => {
    if (running) return;
    running = sendDueReminders(ctx, ctx.now())
      .catch((error: unknown) => ctx.log.error({ err: error }, "360 reminders failed"))
      .finally(() => {
        running = null;
      });
  };
  const first = setTimeout(tick, 60_000);
  const interval = setInterval(tick, REMINDER_RULES.timerIntervalMs);
  first.unref();
  interval.unref();
  return {
    stop: async () => {
      clearTimeout(first);
      clearInterval(interval);
      await running;
    },
  };
}
