import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertJob } from "../../db/jobs-repo";
import { jobs } from "../../db/schema/index";
import { startTestApp, type TTestClient } from "../../test-support/test-app";
import { testDatabaseKind } from "../../test-support/test-database";

let t: Awaited<ReturnType<typeof startTestApp>>;
let orgA: string;
let orgB: string;
let hrA: TTestClient;
let operator: TTestClient;
let manager: TTestClient;
const at = new Date("2026-03-02T09:00:00Z");
const later = (ms: number) => new Date(at.getTime() + ms);

beforeAll(async () => {
  t = await startTestApp();
  orgA = (await t.createOrganisation("jobs-a")).id;
  orgB = (await t.createOrganisation("jobs-b")).id;
  hrA = await t.signedIn("hr@jobs-a.test", orgA, ["hr_admin"]);
  manager = await t.signedIn("manager@jobs-a.test", orgA, ["manager"]);
  operator = await t.signedIn("operator@jobs.test", orgA, [], true);
  const db = t.ctx.db;
  const done = async (queue: string, organisationId: string | null, startedMs: number, tookMs: number) => {
    const row = await insertJob(db, { queue, organisationId, runAt: later(startedMs) });
    await db.update(jobs).set({ status: "done", attempts: 1, startedAt: later(startedMs), finishedAt: later(startedMs + tookMs) }).where(eq(jobs.id, row?.id ?? ""));
  };
  await done("email.outbox", null, 0, 120);
  await done("email.outbox", null, 30_000, 80);
  await done("plans.optimise", orgA, 1000, 2500);
  await done("plans.optimise", orgB, 2000, 900);
  const failed = await insertJob(db, { queue: "plans.optimise", organisationId: orgA, runAt: later(5000) });
  await db.update(jobs).set({ status: "failed", attempts: 1, startedAt: later(5000), finishedAt: later(6000), lastError: "solver crashed" }).where(eq(jobs.id, failed?.id ?? ""));
  await insertJob(db, { queue: "email.outbox", runAt: later(60_000) });
});
afterAll(() => t.close());

describe(`the jobs overview (${testDatabaseKind})`, () => {
  it("shows the operator every queue of the instance: depth, failures and each queue's last run", async () => {
    const response = await operator.request("/api/jobs");
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.scope).toBe("instance");
    expect(body.queues).toEqual([
      { queue: "email.outbox", pending: 1, running: 0, done: 2, failed: 0 },
      { queue: "plans.optimise", pending: 0, running: 0, done: 2, failed: 1 },
    ]);
    expect(body.failures).toEqual([expect.objectContaining({ queue: "plans.optimise", status: "failed", lastError: "solver crashed", durationMs: 1000 })]);
    expect(body.lastRuns.map((r: { queue: string; durationMs: number }) => [r.queue, r.durationMs])).toEqual([
      ["email.outbox", 80],
      ["plans.optimise", 1000],
    ]);
  });

  it("shows HR their organisation's jobs only, and nobody else anything", async () => {
    const body = await (await hrA.request("/api/jobs")).json();
    expect(body.scope).toBe("organisation");
    expect(body.queues).toEqual([{ queue: "plans.optimise", pending: 0, running: 0, done: 1, failed: 1 }]);
    expect(body.lastRuns).toHaveLength(1);
    expect((await manager.request("/api/jobs")).status).toBe(403);
    expect((await t.client().request("/api/jobs")).status).toBe(401);
  });

  it("counts the runner's queues in /metrics", async () => {
    const text = await (await t.client("127.0.0.1").request("/metrics")).text();
    expect(text).toMatch(/sterk_queue_jobs\{queue="jobs:email\.outbox",state="pending"\} 1/);
    expect(text).toMatch(/sterk_queue_jobs\{queue="jobs:plans\.optimise",state="failed"\} 1/);
  });
});
