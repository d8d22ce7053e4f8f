import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { readJobOverview } from "../../app/jobs/job-overview";
import type { TAppContext } from "../../app/shared/context";
import { ZJobOverview } from "../../contracts/jobs";
import { requireActor } from "../auth-middleware";
import type { THttpEnv } from "../env";
import { jsonContent, problems } from "../openapi";

/** The background jobs for the operator (every job) and HR (their organisation's): decision 0019. */
export function jobRoutes(ctx: TAppContext) {
  const app = new OpenAPIHono<THttpEnv>();
  app.openapi(
    createRoute({ method: "get", path: "/api/jobs", tags: ["jobs"], responses: { 200: jsonContent(ZJobOverview), ...problems } }),
    async (c) => c.json(await readJobOverview(ctx, requireActor(c)), 200),
  );
  return app;
}
