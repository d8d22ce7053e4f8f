import pino from "pino";
import { afterEach, describe, expect, it, vi } from "vitest";
import { startPeriodicJob } from "./periodic-job";

afterEach(() => vi.useRealTimers());

describe("startPeriodicJob", () => {
  it("runs first after firstAfterMs, then every intervalMs, never two at once, and logs failures", async () => {
    vi.useFakeTimers();
    const log = pino({ level: "silent" });
    const error = vi.spyOn(log, "error");
    let release: () => void = () => undefined;
    const run = vi.fn(() => new Promise<void>((resolve, reject) => (run.mock.calls.length === 2 ? reject(new Error("boom")) : (release = resolve))));
    const job = startPeriodicJob({ name: "test job", intervalMs: 1_000, firstAfterMs: 100, log, run });
    await vi.advanceTimersByTimeAsync(99);
    expect(run).toHaveBeenCalledTimes(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1_000); // the first run still runs: this tick is skipped
    expect(run).toHaveBeenCalledTimes(1);
    release();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(run).toHaveBeenCalledTimes(2);
    expect(error).toHaveBeenCalledWith(expect.objectContaining({ err: expect.any(Error) }), "test job failed");
    await job.stop();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(run).toHaveBeenCalledTimes(2);
  });
});
