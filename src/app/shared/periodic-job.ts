import type { Logger } from "pino";

export type TPeriodicJob = { stop: () => Promise<void> };

/**
 * Runs `run` every `intervalMs` (and once after `firstAfterMs`), never two at once: a tick while the previous
 * one still runs is skipped. Failures are logged, not thrown. Timers are unref'd; `stop` waits for a running tick.
 */
export function startPeriodicJob(options: { name: string; intervalMs: number; firstAfterMs: number; log: Logger; run: () => Promise<unknown> }): TPeriodicJob {
  let running: Promise<unknown> | null = null;
  const tick = () => {
    if (running) return;
    running = options
      .run()
      .catch((error: unknown) => options.log.error({ err: error }, `${options.name} failed`))
      .finally(() => {
        running = null;
      });
  };
  const first = setTimeout(tick, options.firstAfterMs);
  const interval = setInterval(tick, options.intervalMs);
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
