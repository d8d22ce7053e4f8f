// What an operator needs to run Sterk behind a proxy and watch it: the client's real address (TRUST_PROXY), a request
// id on every response, log line and problem, and /metrics in Prometheus text format.
import { timingSafeEqual } from "node:crypto";
import type { Context, MiddlewareHandler } from "hono";
import { requestId } from "hono/request-id";
import { routePath } from "hono/route";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import proxyaddr from "proxy-addr";
import { readQueueDepths, type TQueueDepth } from "../app/health/queue-depths";
import type { TAppContext } from "../app/shared/context";
import type { THttpEnv } from "./env";

/** Nobody forwards for us: the socket's address is the client's. */
const trustNobody = () => false;

/**
 * TRUST_PROXY as proxy-addr's trust function: unset, "false" or "0" trusts no proxy; a whole number N trusts the N
 * proxies nearest to Sterk (a load balancer in front is 1); otherwise a comma-separated list of addresses, CIDR ranges
 * or proxy-addr's names (loopback, linklocal, uniquelocal). Throws on anything else.
 */
export function compileTrustProxy(value: string | undefined): (address: string, hop: number) => boolean {
  const v = (value ?? "").trim();
  if (v === "" || v === "false" || v === "0") return trustNobody;
  if (/^\d+$/.test(v)) {
    const hops = Number(v);
    return (_address, hop) => hop < hops;
  }
  return proxyaddr.compile(v.split(",").map((s) => s.trim()).filter(Boolean));
}

/** The client's address: the socket's, or, through trusted proxies only, the nearest untrusted X-Forwarded-For entry. */
export function clientAddress(socketAddress: string, forwardedFor: string | undefined, trust: (address: string, hop: number) => boolean): string {
  const request = { headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {}, connection: { remoteAddress: socketAddress }, socket: { remoteAddress: socketAddress } };
  try {
    return proxyaddr(request as never, trust);
  } catch {
    return socketAddress;
  }
}

/** A request id on every response (X-Request-Id; a caller's own id of up to 64 safe characters is kept). */
export const withRequestId = (): MiddlewareHandler<THttpEnv> => requestId({ limitLength: 64 });

/** The request id of this request, if the middleware ran. */
export const requestIdOf = (c: Context): string | undefined => {
  const id: unknown = c.get("requestId");
  return typeof id === "string" ? id : undefined;
};

export type TMetrics = { middleware: MiddlewareHandler<THttpEnv>; handler: (c: Context<THttpEnv>) => Promise<Response> };

const safeEqual = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
const isLoopback = (address: string) => address === "127.0.0.1" || address === "::1" || address === "::ffff:127.0.0.1";

/**
 * Request counts by route and status, latency histograms by route, the process's own metrics, and the depth of every
 * job queue (read from the database at each scrape). /metrics answers a bearer METRICS_TOKEN, or, without one, only
 * the machine itself (a scraper on the same host or a sidecar).
 */
export function createMetrics(ctx: Pick<TAppContext, "db" | "now" | "config" | "log">): TMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "sterk_" });
  const requests = new Counter({ name: "sterk_http_requests_total", help: "HTTP requests by method, route and status", labelNames: ["method", "route", "status"] as const, registers: [registry] });
  const latency = new Histogram({
    name: "sterk_http_request_duration_seconds",
    help: "HTTP request duration by method and route",
    labelNames: ["method", "route"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  // one database read per scrape, shared by the two gauges (prom-client collects metrics concurrently)
  let reading: Promise<TQueueDepth[] | null> | null = null;
  const readOnce = () =>
    (reading ??= readQueueDepths(ctx)
      .catch((error: unknown) => {
        ctx.log.warn({ err: error }, "metrics: the queue depths could not be read");
        return null;
      })
      .finally(() => setTimeout(() => (reading = null), 0)));
  new Gauge({
    name: "sterk_database_up",
    help: "1 when the database answered this scrape",
    registers: [registry],
    async collect() {
      this.set((await readOnce()) ? 1 : 0);
    },
  });
  new Gauge({
    name: "sterk_queue_jobs",
    help: "Work waiting in each durable queue by state (failed: out of attempts)",
    labelNames: ["queue", "state"] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const q of (await readOnce()) ?? []) this.set({ queue: q.queue, state: q.state }, q.count);
    },
  });

  const middleware: MiddlewareHandler<THttpEnv> = async (c, next) => {
    const started = performance.now();
    try {
      await next();
    } finally {
      // the pattern that answered (/api/plans/:planId), never the raw path: ids would make a series per person
      const route = c.req.path.startsWith("/api/") || c.req.path.startsWith("/scim/") ? routePath(c) : "web";
      const labels = { method: c.req.method, route: route === "/*" || route === "*" ? "unmatched" : route };
      requests.inc({ ...labels, status: String(c.res.status) });
      latency.observe(labels, (performance.now() - started) / 1000);
    }
  };

  const handler = async (c: Context<THttpEnv>) => {
    const token = ctx.config.METRICS_TOKEN;
    const given = c.req.header("authorization")?.replace(/^Bearer\s+/i, "") ?? "";
    const allowed = token ? safeEqual(given, token) : isLoopback(c.get("socketIp"));
    if (!allowed) return c.text("Not found", 404);
    return c.body(await registry.metrics(), 200, { "content-type": registry.contentType, "cache-control": "no-store" });
  };
  return { middleware, handler };
}
