import type { Logger } from "pino";
import type { TAppContext } from "./context";

export type TBackgroundTasks = {
  /** starts a task off the response path; its failure is logged, never thrown to a client */
  run: (task: () => Promise<void>) => void;
  /** resolves when every task started so far (and any they started) has ended */
  settle: () => Promise<void>;
};

/** A tracker for work done after the answer was sent, so a shutdown (or a test) can wait for it. */
export function createBackgroundTasks(log: Logger): TBackgroundTasks {
  const pending = new Set<Promise<void>>();
  return {
    run: (task) => {
      const running = Promise.resolve()
        .then(task)
        .catch((error: unknown) => log.error({ err: error }, "background task failed"))
        .finally(() => pending.delete(running));
      pending.add(running);
    },
    settle: async () => {
      while (pending.size > 0) await Promise.all([...pending]);
    },
  };
}

/** Runs a task in the context's background tracker, or detached (failures logged) when there is none. */
export function inBackground(ctx: Pick<TAppContext, "background" | "log">, task: () => Promise<void>): void {
  if (ctx.background) return ctx.background(task);
  void Promise.resolve()
    .then(task)
    .catch((error: unknown) => ctx.log.error({ err: error }, "background task failed"));
}
