/**
 * Runs a queue drain one at a time: a call while a drain runs returns that drain and asks for one
 * more round after it, so work queued meanwhile is never left waiting for the next timer tick.
 */
export function singleFlight(run: () => Promise<number>, isStopped: () => boolean, onError: (error: unknown) => void) {
  let running: Promise<number> | undefined;
  let again = false;
  function drain(): Promise<number> {
    if (running) {
      again = true;
      return running;
    }
    running = run().finally(() => {
      running = undefined;
      if (again && !isStopped()) {
        again = false;
        void drain().catch(onError);
      }
    });
    return running;
  }
  return { drain, current: () => running };
}
