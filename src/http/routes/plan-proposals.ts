import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { z } from "zod";
import { acceptPlanProposal, declinePlanProposal, listMyPlanProposals, listPlanProposals } from "../../app/plans/plan-proposals";
import type { TAppContext } from "../../app/shared/context";
import { ZUuid } from "../../contracts/common";
import { ZPlanProposalList, ZPlanProposalQuery } from "../../contracts/plan-proposals";
import { localeFromAcceptLanguage, type TLocale } from "../../domain/shared/locale";
import { requireActor } from "../auth-middleware";
import type { THttpEnv } from "../env";
import { jsonContent, problems } from "../openapi";

const tags = ["plans"];
const conflict = {
  409: { ...problems[400], description: "Already decided (`field` status), a module left the catalogue, or the new version goes over a budget or the hour limit (`field` moduleIds)" },
};

/** The reader's language: `?lang=`, else the signed-in user's own, else the browser's. */
function readerLocale(c: Context<THttpEnv>, lang: TLocale | undefined): TLocale {
  return lang ?? c.get("session")?.user.locale ?? localeFromAcceptLanguage(c.req.header("accept-language"));
}

/** Optimiser proposals for a plan: the owner reads, accepts or declines them; the line manager and HR read them. */
export function planProposalRoutes(ctx: TAppContext) {
  const app = new OpenAPIHono<THttpEnv>();
  const proposalParams = z.object({ id: ZUuid });

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/me/plan/proposals",
      tags,
      description: "Proposals for my plan from applied optimiser runs, newest first; at most one is pending.",
      request: { query: ZPlanProposalQuery },
      responses: { 200: jsonContent(ZPlanProposalList), ...problems },
    }),
    async (c) => c.json(await listMyPlanProposals(ctx, requireActor(c), readerLocale(c, c.req.valid("query").lang)), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/me/plan/proposals/{id}/accept",
      tags,
      description:
        "Accepts a pending proposal: its modules with my plan's goals become a new version, submitted for approval as any submit (budget and hours checked, the approver emailed).",
      request: { params: proposalParams, query: ZPlanProposalQuery },
      responses: { 200: jsonContent(ZPlanProposalList), ...problems, ...conflict },
    }),
    async (c) => c.json(await acceptPlanProposal(ctx, requireActor(c), c.req.valid("param").id, readerLocale(c, c.req.valid("query").lang)), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/me/plan/proposals/{id}/decline",
      tags,
      description: "Declines a pending proposal: my plan stays as it is.",
      request: { params: proposalParams, query: ZPlanProposalQuery },
      responses: { 200: jsonContent(ZPlanProposalList), ...problems, ...conflict },
    }),
    async (c) => c.json(await declinePlanProposal(ctx, requireActor(c), c.req.valid("param").id, readerLocale(c, c.req.valid("query").lang)), 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/plans/{planId}/proposals",
      tags,
      description: "A plan's optimiser proposals, read-only, for its owner, line manager or HR (anyone else: 404).",
      request: { params: z.object({ planId: ZUuid }), query: ZPlanProposalQuery },
      responses: { 200: jsonContent(ZPlanProposalList), ...problems },
    }),
    async (c) => c.json(await listPlanProposals(ctx, requireActor(c), c.req.valid("param").planId, readerLocale(c, c.req.valid("query").lang)), 200),
  );

  return app;
}
