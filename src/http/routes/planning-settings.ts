import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import { getPlanningSettings, updateDepartmentBudget, updatePersonBudget, updatePlanningSettings } from "../../app/plans/settings";
import type { TAppContext } from "../../app/shared/context";
import { ZBudgetInput, ZPlanningSettings, ZPlanningSettingsInput } from "../../contracts/catalogue";
import { ZUuid } from "../../contracts/common";
import { requireActor } from "../auth-middleware";
import type { THttpEnv } from "../env";
import { jsonBody, jsonContent, problems } from "../openapi";

const conflict = { 409: { ...problems[400], description: "Conflict: `field` names it" } };

/** Planning settings and budgets (HR admins and the operator). */
export function planningSettingsRoutes(ctx: TAppContext) {
  const app = new OpenAPIHono<THttpEnv>();

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/planning/settings",
      tags: ["planning"],
      responses: { 200: jsonContent(ZPlanningSettings), ...problems },
    }),
    async (c) => c.json(await getPlanningSettings(ctx, requireActor(c)), 200),
  );

  app.openapi(
    createRoute({
      method: "put",
      path: "/api/planning/settings",
      tags: ["planning"],
      description: "Currency, default budget per person (cents), hour limit per person and the standard programme; fields left out stay.",
      request: { body: jsonBody(ZPlanningSettingsInput) },
      responses: { 200: jsonContent(ZPlanningSettings), ...problems, ...conflict },
    }),
    async (c) => c.json(await updatePlanningSettings(ctx, requireActor(c), c.req.valid("json")), 200),
  );

  app.openapi(
    createRoute({
      method: "put",
      path: "/api/planning/budgets/departments/{department}",
      tags: ["planning"],
      description: "Sets (cents) or removes (null) a department's budget.",
      request: { params: z.object({ department: z.string().min(1).max(200) }), body: jsonBody(ZBudgetInput) },
      responses: { 200: jsonContent(ZPlanningSettings), ...problems },
    }),
    async (c) => c.json(await updateDepartmentBudget(ctx, requireActor(c), c.req.valid("param").department, c.req.valid("json").budgetCents), 200),
  );

  app.openapi(
    createRoute({
      method: "put",
      path: "/api/planning/budgets/people/{personId}",
      tags: ["planning"],
      description: "Sets (cents) or removes (null) a person's own budget, which overrides the default.",
      request: { params: z.object({ personId: ZUuid }), body: jsonBody(ZBudgetInput) },
      responses: { 200: jsonContent(ZPlanningSettings), ...problems },
    }),
    async (c) => c.json(await updatePersonBudget(ctx, requireActor(c), c.req.valid("param").personId, c.req.valid("json").budgetCents), 200),
  );

  return app;
}
