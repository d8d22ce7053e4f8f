import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { z } from "zod";
import { getGroupComparison } from "../../app/plans/compare-group";
import { getMyMenu } from "../../app/plans/menu";
import { commentMyPlan, reviewPlan, saveMyPlan, submitMyPlan } from "../../app/plans/plan-actions";
import { getMyPlan, getPlanForReviewer, listReviewablePlans } from "../../app/plans/plan-view";
import type { TAppContext } from "../../app/shared/context";
import { ZLocale, ZUuid } from "../../contracts/common";
import {
  ZCommentInput,
  ZComparisonQuery,
  ZGroupComparisonResponse,
  ZMenu,
  ZMenuQuery,
  ZModuleFormat,
  ZOptionalCommentInput,
  ZPlanInput,
  ZPlanList,
  ZPlansQuery,
  ZPlanView,
} from "../../contracts/plans";
import { localeFromAcceptLanguage, type TLocale } from "../../domain/shared/locale";
import { requireActor } from "../auth-middleware";
import type { THttpEnv } from "../env";
import { jsonBody, jsonContent, problems } from "../openapi";

const tags = ["plans"];
const conflict = {
  409: {
    ...problems[400],
    description:
      "Conflicts with the plan's status (`field` status), or the plan does not fit a budget or the hour limit (`field` moduleIds; `refusals` lists each reason — over_person_budget, over_department_budget, over_hour_limit — with budgetCents, spentCents, overByCents, hours, limitHours, currency)",
  },
};
const ZLangQuery = z.strictObject({ lang: ZLocale.optional() });
const ZPlanParams = z.object({ planId: ZUuid });

/** The reader's language: `?lang=`, else the signed-in user's own, else the browser's. */
function readerLocale(c: Context<THttpEnv>, lang: TLocale | undefined): TLocale {
  return lang ?? c.get("session")?.user.locale ?? localeFromAcceptLanguage(c.req.header("accept-language"));
}

const list = <T extends string>(value: string | undefined) => (value ? ([...new Set(value.split(","))] as T[]) : undefined);

/** The à la carte menu, my plan (versions, submit, comments), reviewing plans, and the standard-programme comparison. */
export function planRoutes(ctx: TAppContext) {
  const app = new OpenAPIHono<THttpEnv>();

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/me/plan/menu",
      tags,
      description:
        "The signed-in person's à la carte menu: ranked modules with score, talent multiplier, effort factor and the reason in the reader's language; status no-profile without a challenge scan, nothing-fits with leftOut counts; the person's budget.",
      request: { query: ZMenuQuery },
      responses: { 200: jsonContent(ZMenu), ...problems },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const user = c.get("session")?.user.locale ?? null;
      const filters = {
        languages: list<TLocale>(q.languages),
        formats: list<z.infer<typeof ZModuleFormat>>(q.formats),
        maxCostCents: q.maxCostCents,
        maxHours: q.maxHours,
      };
      return c.json(await getMyMenu(ctx, requireActor(c), { requested: q.lang, user }, filters), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/me/plan",
      tags,
      description: "My plan (null before the first save) with its versions, history, budgets and the comparison with the standard programme.",
      request: { query: ZLangQuery },
      responses: { 200: jsonContent(ZPlanView), ...problems },
    }),
    async (c) => c.json(await getMyPlan(ctx, requireActor(c), readerLocale(c, c.req.valid("query").lang)), 200),
  );

  app.openapi(
    createRoute({
      method: "put",
      path: "/api/me/plan",
      tags,
      description: "Saves my modules and 1–3 goals as a new draft version; the same content again writes nothing.",
      request: { query: ZLangQuery, body: jsonBody(ZPlanInput) },
      responses: { 200: jsonContent(ZPlanView), ...problems },
    }),
    async (c) => c.json(await saveMyPlan(ctx, requireActor(c), c.req.valid("json"), readerLocale(c, c.req.valid("query").lang)), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/me/plan/submit",
      tags,
      description: "Submits my plan for approval; 409 naming moduleIds with `refusals` when it goes over a budget or the hour limit, naming status when it cannot be submitted now.",
      request: { query: ZLangQuery },
      responses: { 200: jsonContent(ZPlanView), ...problems, ...conflict },
    }),
    async (c) => c.json(await submitMyPlan(ctx, requireActor(c), readerLocale(c, c.req.valid("query").lang)), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/me/plan/comment",
      tags,
      description: "A comment on my own plan.",
      request: { query: ZLangQuery, body: jsonBody(ZCommentInput) },
      responses: { 200: jsonContent(ZPlanView), ...problems, ...conflict },
    }),
    async (c) => c.json(await commentMyPlan(ctx, requireActor(c), c.req.valid("json").comment, readerLocale(c, c.req.valid("query").lang)), 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/plans",
      tags,
      description: "Plans the actor reviews: HR all plans of the organisation, a line manager their direct reports'. Awaiting approval first.",
      request: { query: ZPlansQuery },
      responses: { 200: jsonContent(ZPlanList), ...problems },
    }),
    async (c) => c.json(await listReviewablePlans(ctx, requireActor(c), c.req.valid("query").status), 200),
  );

  // before /api/plans/{planId}, which would otherwise take "comparison" for an id
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/plans/comparison",
      tags,
      description:
        "Personalised plans next to the standard programme for the organisation or one department (HR and executives). Executives get group figures only, and only for groups of at least minimumGroupSize people.",
      request: { query: ZComparisonQuery },
      responses: { 200: jsonContent(ZGroupComparisonResponse), ...problems },
    }),
    async (c) => {
      const q = c.req.valid("query");
      return c.json(await getGroupComparison(ctx, requireActor(c), { department: q.department, locale: readerLocale(c, q.lang) }), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/plans/{planId}",
      tags,
      description: "A plan for its reviewer (the person's line manager or HR) or its owner; anyone else gets 404.",
      request: { params: ZPlanParams, query: ZLangQuery },
      responses: { 200: jsonContent(ZPlanView), ...problems },
    }),
    async (c) => c.json(await getPlanForReviewer(ctx, requireActor(c), c.req.valid("param").planId, readerLocale(c, c.req.valid("query").lang)), 200),
  );

  const review = (path: string, action: "approve" | "request_changes" | "comment", description: string, body: typeof ZCommentInput | typeof ZOptionalCommentInput) =>
    app.openapi(
      createRoute({
        method: "post",
        path,
        tags,
        description,
        request: { params: ZPlanParams, query: ZLangQuery, body: jsonBody(body) },
        responses: { 200: jsonContent(ZPlanView), ...problems, ...conflict },
      }),
      async (c) => {
        const { comment } = c.req.valid("json") as { comment?: string };
        return c.json(await reviewPlan(ctx, requireActor(c), c.req.valid("param").planId, action, comment ?? null, readerLocale(c, c.req.valid("query").lang)), 200);
      },
    );
  review("/api/plans/{planId}/approve", "approve", "Approves a submitted plan (line manager or HR); 409 with `refusals` when it goes over a budget or the hour limit.", ZOptionalCommentInput);
  review("/api/plans/{planId}/request-changes", "request_changes", "Sends the plan back with a comment (required).", ZCommentInput);
  review("/api/plans/{planId}/comment", "comment", "A comment on the plan; the status stays.", ZCommentInput);

  return app;
}
