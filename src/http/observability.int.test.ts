import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp } from "../test-support/test-app";
import { testDatabaseKind } from "../test-support/test-database";

type TApp = Awaited<ReturnType<typeof startTestApp>>;

describe(`observability (${testDatabaseKind})`, () => {
  let t: TApp;
  let withToken: TApp;
  beforeAll(async () => {
    t = await startTestApp();
    withToken = await startTestApp({ config: { METRICS_TOKEN: "a-metrics-token-of-some-length", TRUST_PROXY: "1" } });
  }, 120_000);
  afterAll(async () => {
    await t.close();
    await withToken.close();
  });

  it("gives every response a request id, keeps a caller's own, and names it in problem documents", async () => {
    const c = t.client();
    const health = await c.request("/api/health");
    expect(health.headers.get("x-request-id")).toMatch(/^[\w-]{8,}$/);
    const problem = await c.request("/api/plans/not-a-uuid", { headers: { "x-request-id": "lb-trace-42" } });
    expect(problem.status).toBeGreaterThanOrEqual(400);
    expect(problem.headers.get("x-request-id")).toBe("lb-trace-42");
    expect(((await problem.json()) as { requestId?: string }).requestId).toBe("lb-trace-42");
  });

  it("serves Prometheus metrics to this machine only: requests by route pattern and status, latency, queues, the database", async () => {
    const local = t.client("127.0.0.1");
    await local.request("/api/health");
    await local.request(`/api/plans/${crypto.randomUUID()}`);
    const metrics = await local.request("/metrics");
    expect(metrics.status).toBe(200);
    expect(metrics.headers.get("content-type")).toMatch(/^text\/plain/);
    const text = await metrics.text();
    expect(text).toMatch(/sterk_http_requests_total\{method="GET",route="\/api\/health",status="200"\} [1-9]/);
    expect(text).toMatch(/sterk_http_request_duration_seconds_bucket\{le="0\.005",method="GET",route="\/api\/health"\}/);
    // the pattern, never the id: one series per route, not per person
    expect(text).toContain('route="/api/plans/:planId"');
    expect(text).not.toMatch(/route="\/api\/plans\/[0-9a-f-]{36}"/);
    expect(text).toMatch(/^sterk_database_up 1$/m);
    expect(text).toContain("# TYPE sterk_queue_jobs gauge");
    expect(text).toMatch(/sterk_process_resident_memory_bytes \d+/);

    expect((await t.client("203.0.113.5").request("/metrics")).status).toBe(404);
  });

  it("with METRICS_TOKEN, answers its bearer only, from anywhere; behind TRUST_PROXY the forwarded address is the client's", async () => {
    const remote = withToken.client("10.0.0.2");
    expect((await remote.request("/metrics")).status).toBe(404);
    expect((await remote.request("/metrics", { headers: { authorization: "Bearer wrong-token-of-the-same-len" } })).status).toBe(404);
    expect((await remote.request("/metrics", { headers: { authorization: "Bearer a-metrics-token-of-some-length" } })).status).toBe(200);
  });

  it("tells liveness from readiness: live without the database, ready only while the database answers", async () => {
    const c = t.client();
    expect(await (await c.request("/api/health/live")).json()).toEqual({ status: "ok" });
    const ready = await c.request("/api/health/ready");
    expect(ready.status).toBe(200);
    expect(((await ready.json()) as { status: string }).status).toBe("ok");

    const gone = await startTestApp();
    await gone.database.close();
    const down = gone.client();
    expect((await down.request("/api/health/live")).status).toBe(200);
    const notReady = await down.request("/api/health/ready");
    expect(notReady.status).toBe(503);
    expect(((await notReady.json()) as { code: string }).code).toBe("UNAVAILABLE");
  });
});
