import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { z } from "zod";
import { applyOptimiserRun, getOptimiserImpact } from "../../app/plans/apply-optimiser-run";
import { getOptimiserRun, listOptimiserRunsOf, runOptimiser } from "../../app/plans/optimiser-run";
import type { TAppContext } from "../../app/shared/context";
import { ZUuid } from "../../contracts/common";
import {
  ZOptimiserApplyRequest,
  ZOptimiserApplyResult,
  ZOptimiserImpact,
  ZOptimiserRun,
  ZOptimiserRunList,
  ZOptimiserRunQuery,
  ZOptimiserRunRequest,
} from "../../contracts/optimiser";
import { localeFromAcceptLanguage, type TLocale } from "../../domain/shared/locale";
import { requireActor } from "../auth-middleware";
import type { THttpEnv } from "../env";
import { jsonBody, jsonContent, problems } from "../openapi";

/** The reader's language: `?lang=`, else the signed-in user's own, else the browser's. */
function readerLocale(c: Context<THttpEnv>, lang: TLocale | undefined): TLocale {
  return lang ?? c.get("session")?.user.locale ?? localeFromAcceptLanguage(c.req.header("accept-language"));
}

const conflict = {
  409: { ...problems[400], description: "Already running, the catalogue changed since the run (`field` moduleId), or the impact changed since it was confirmed (`field` confirm)" },
};

/** The org-wide budget optimiser (HR): run, list, read, apply to people's plans. */
export function optimiserRoutes(ctx: TAppContext) {
  const app = new OpenAPIHono<THttpEnv>();
  const params = z.object({ id: ZUuid });

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/optimiser/runs",
      tags: ["optimiser"],
      description:
        "Chooses modules from every participant's menu to maximise total predicted impact within the budget, seats and hour limits (HiGHS MIP), " +
        "with the LP bound, the gap and the greedy (impact per euro) result. Blocks for up to about 40 s; one run per organisation at a time (409).",
      request: { query: ZOptimiserRunQuery, body: jsonBody(ZOptimiserRunRequest) },
      responses: { 200: jsonContent(ZOptimiserRun), ...problems, ...conflict },
    }),
    async (c) => c.json(await runOptimiser(ctx, requireActor(c), c.req.valid("json").budgetCents, readerLocale(c, c.req.valid("query").lang)), 200),
  );

  app.openapi(
    createRoute({ method: "get", path: "/api/optimiser/runs", tags: ["optimiser"], responses: { 200: jsonContent(ZOptimiserRunList), ...problems } }),
    async (c) => c.json(await listOptimiserRunsOf(ctx, requireActor(c)), 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/optimiser/runs/{id}",
      tags: ["optimiser"],
      request: { params, query: ZOptimiserRunQuery },
      responses: { 200: jsonContent(ZOptimiserRun), ...problems },
    }),
    async (c) => c.json(await getOptimiserRun(ctx, requireActor(c), c.req.valid("param").id, readerLocale(c, c.req.valid("query").lang)), 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/optimiser/runs/{id}/impact",
      tags: ["optimiser"],
      description:
        "What applying the run would do to each allocated person's plan: direct (no plan or a draft: a new draft version), proposal (a submitted, " +
        "approved or sent-back plan: the owner accepts or declines) or unchanged, old modules → new; `confirm` goes back with apply.",
      request: { params, query: ZOptimiserRunQuery },
      responses: { 200: jsonContent(ZOptimiserImpact), ...problems },
    }),
    async (c) => c.json(await getOptimiserImpact(ctx, requireActor(c), c.req.valid("param").id, readerLocale(c, c.req.valid("query").lang)), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/optimiser/runs/{id}/apply",
      tags: ["optimiser"],
      description:
        "Applies the run to the selected people after HR confirmed its impact (`confirm` from GET .../impact; 409 naming confirm when it changed since): " +
        "a draft version (source optimiser, goals kept) for people without a plan or with a draft, a proposal for everyone else; every owner is emailed.",
      request: { params, body: jsonBody(ZOptimiserApplyRequest) },
      responses: { 200: jsonContent(ZOptimiserApplyResult), ...problems, ...conflict },
    }),
    async (c) => c.json(await applyOptimiserRun(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );

  return app;
}
