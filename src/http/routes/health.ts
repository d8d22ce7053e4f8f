import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import { checkHealth } from "../../app/health/check-health";
import type { TAppContext } from "../../app/shared/context";
import type { THttpEnv } from "../env";
import { jsonContent } from "../openapi";

export const ZHealth = z.object({
  status: z.literal("ok"),
  database: z.enum(["embedded", "postgres"]),
  version: z.string(),
});

/** GET /api/health: the database answers, and which kind it is. */
export function healthRoutes(ctx: TAppContext, version: string) {
  const app = new OpenAPIHono<THttpEnv>();
  app.openapi(
    createRoute({ method: "get", path: "/api/health", tags: ["health"], responses: { 200: jsonContent(ZHealth) } }),
    async (c) => c.json(await checkHealth(ctx, version), 200),
  );
  return app;
}
