import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import { checkHealth } from "../../app/health/check-health";
import type { TAppContext } from "../../app/shared/context";
import type { THttpEnv } from "../env";
import { problem } from "../error-map";
import { jsonContent } from "../openapi";
import { ZProblem } from "../../contracts/common";

export const ZHealth = z.object({
  status: z.literal("ok"),
  database: z.enum(["embedded", "postgres"]),
  version: z.string(),
});

export const ZLive = z.object({ status: z.literal("ok") });

/**
 * GET /api/health and /api/health/ready: the database answers, and which kind it is (a load balancer sends traffic
 * only when ready; 503 while the database does not answer). GET /api/health/live: the process runs and answers,
 * whatever the database does (an orchestrator restarts the process only when this fails).
 */
export function healthRoutes(ctx: TAppContext, version: string) {
  const app = new OpenAPIHono<THttpEnv>();
  app.openapi(
    createRoute({ method: "get", path: "/api/health", tags: ["health"], responses: { 200: jsonContent(ZHealth) } }),
    async (c) => c.json(await checkHealth(ctx, version), 200),
  );
  app.openapi(
    createRoute({ method: "get", path: "/api/health/live", tags: ["health"], description: "Liveness: the process answers (no database involved).", responses: { 200: jsonContent(ZLive) } }),
    (c) => c.json({ status: "ok" as const }, 200),
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/health/ready",
      tags: ["health"],
      description: "Readiness: the database answers; 503 when it does not.",
      responses: { 200: jsonContent(ZHealth), 503: { content: { "application/problem+json": { schema: ZProblem } }, description: "The database does not answer" } },
    }),
    async (c) => {
      try {
        return c.json(await checkHealth(ctx, version), 200);
      } catch (error) {
        ctx.log.warn({ err: error }, "readiness: the database does not answer");
        // a problem document, which the typed JSON responses cannot express
        return problem(c, 503, { title: "Not ready", code: "UNAVAILABLE", detail: "The database does not answer." }) as never;
      }
    },
  );
  return app;
}
