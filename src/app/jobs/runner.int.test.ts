import pino from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { TDatabase } from "../../db/client";
import { findJob } from "../../db/jobs-repo";
import { jobs } from "../../db/schema/index";
import { openTestDatabase } from "../../test-support/test-database";
import { backoffDelayMs, createJobRunner } from "./runner";

const log = pino({ level: "silent" });
let database: TDatabase;
let clock = new Date("2026-03-02T09:00:00Z");
const now = () => clock;

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});
beforeEach(async () => {
  await database.db.delete(jobs);
  clock = new Date("2026-03-02T09:00:00Z");
});

const runner = (workerId: string) => createJobRunner({ db: database.db, log, now, workerId });

describe("the job runner", () => {
  it("runs a job once although two workers drain the queue at the same time", async () => {
    const ran: string[] = [];
    const a = runner("a");
    const b = runner("b");
    for (const [w, name] of [
      [a, "a"],
      [b, "b"],
    ] as const)
      w.register("test.once", async () => {
        ran.push(name);
        await new Promise((r) => setTimeout(r, 20));
      });
    await a.enqueue({ queue: "test.once", idempotencyKey: "k1" });
    await Promise.all([a.runDue(), b.runDue()]);
    expect(ran).toHaveLength(1);
  });

  it("enqueues a job once per idempotency key, and one unfinished job per singleton key", async () => {
    const a = runner("a");
    expect(await a.enqueue({ queue: "test.keys", idempotencyKey: "same" })).toBeDefined();
    expect(await a.enqueue({ queue: "test.keys", idempotencyKey: "same" })).toBeUndefined();
    expect(await a.enqueue({ queue: "test.keys", singletonKey: "org" })).toBeDefined();
    expect(await a.enqueue({ queue: "test.keys", singletonKey: "org" })).toBeUndefined();
    a.register("test.keys", async () => undefined);
    await a.runDue();
    // finished: the singleton key is free again, the idempotency key is not
    expect(await a.enqueue({ queue: "test.keys", singletonKey: "org" })).toBeDefined();
    expect(await a.enqueue({ queue: "test.keys", idempotencyKey: "same" })).toBeUndefined();
  });

  it("retries a failing job with backoff, then marks it failed with the error", async () => {
    const a = runner("a");
    let calls = 0;
    a.register(
      "test.flaky",
      async () => {
        calls++;
        throw new Error(`boom ${calls}`);
      },
      { maxAttempts: 2, backoffMs: 1000 },
    );
    const job = await a.enqueue({ queue: "test.flaky" });
    await a.runDue();
    expect(calls).toBe(1);
    let row = await findJob(database.db, job!.id, null);
    expect(row).toMatchObject({ status: "pending", attempts: 1, lastError: "boom 1" });
    expect(row!.runAt.getTime()).toBe(clock.getTime() + 1000);
    await a.runDue();
    expect(calls).toBe(1); // not due yet
    clock = new Date(clock.getTime() + 1000);
    await a.runDue();
    row = await findJob(database.db, job!.id, null);
    expect(row).toMatchObject({ status: "failed", attempts: 2, lastError: "boom 2" });
    expect(backoffDelayMs(3, 1000)).toBe(4000);
  });

  it("takes over a job whose worker died (its lease ran out) and records progress and the result", async () => {
    const dead = runner("dead");
    dead.register("test.lease", () => new Promise(() => undefined)); // never ends, as if the process died
    const job = await dead.enqueue({ queue: "test.lease" });
    void dead.runDue();
    // wait until the doomed worker holds it (its claim is a few queries away)
    for (let i = 0; i < 100 && (await findJob(database.db, job!.id, null))?.status !== "running"; i++) await new Promise((r) => setTimeout(r, 50));
    expect(await findJob(database.db, job!.id, null)).toMatchObject({ status: "running", lockedBy: "dead" });
    const alive = runner("alive");
    alive.register("test.lease", async ({ progress }) => {
      await progress({ step: 1 });
      return { ok: true };
    });
    expect(await alive.runDue()).toBe(0); // the lease still holds
    clock = new Date(clock.getTime() + 6 * 60_000);
    expect(await alive.runDue()).toBe(1);
    expect(await findJob(database.db, job!.id, null)).toMatchObject({ status: "done", attempts: 2, progress: { step: 1 }, result: { ok: true }, lockedBy: null });
  });

  it("runs each slot of a schedule once across workers", async () => {
    const ran: string[] = [];
    const workers = ["a", "b", "c"].map((name) => {
      const w = runner(name);
      w.register("test.tick", async () => void ran.push(name));
      w.schedule("test.tick", 60_000);
      return w;
    });
    await Promise.all(workers.map((w) => w.runDue()));
    expect(ran).toHaveLength(1);
    await Promise.all(workers.map((w) => w.runDue()));
    expect(ran).toHaveLength(1);
    clock = new Date(clock.getTime() + 60_000);
    await Promise.all(workers.map((w) => w.runDue()));
    expect(ran).toHaveLength(2);
  });
});
