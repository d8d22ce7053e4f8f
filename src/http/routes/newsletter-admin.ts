import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import { eraseSubscriber, exportSubscriber } from "../../app/newsletter/erase-subscriber";
import {
  createIssue,
  deleteIssue,
  getIssue,
  listIssueDeliveries,
  listIssuesForOperator,
  previewIssue,
  sendTestIssue,
  updateIssue,
} from "../../app/newsletter/manage-issues";
import { resolveDelivery, startIssueSend } from "../../app/newsletter/send-issue";
import { importSubscribers, listSubscribersForOperator } from "../../app/newsletter/subscriber-admin";
import type { TOperatorActor } from "../../app/newsletter/subscription-state";
import type { TAppContext } from "../../app/shared/context";
import { ZOk, ZUuid } from "../../contracts/common";
import {
  ZDeliveryList,
  ZDeliveryQuery,
  ZImportSubscribersReport,
  ZImportSubscribersRequest,
  ZIssue,
  ZIssueInput,
  ZIssueList,
  ZIssuePreview,
  ZIssuePreviewQuery,
  ZResolveDeliveryRequest,
  ZSubscriberExport,
  ZSubscriberList,
  ZSubscriberQuery,
  ZTestSendRequest,
} from "../../contracts/newsletter";
import { DomainError } from "../../domain/shared/errors";
import type { THttpEnv } from "../env";
import { jsonBody, jsonContent, problems } from "../openapi";

/** The signed-in user as the operator's screens see them (the operator needs no current organisation). */
export function operatorActor(c: { get: (key: "session" | "actor") => unknown }): TOperatorActor {
  const session = c.get("session") as { user: { id: string; isOperator: boolean } } | null;
  if (session) return { userId: session.user.id, isOperator: session.user.isOperator };
  const actor = c.get("actor") as { userId: string; isOperator: boolean } | null;
  if (actor) return { userId: actor.userId, isOperator: actor.isOperator };
  throw new DomainError("UNAUTHENTICATED", "sign in first");
}

const ZIdParam = z.object({ id: ZUuid });
const tags = ["newsletter (operator)"];

/** The operator's newsletter: subscribers (list, import, export, erase) and issues (compose, preview, test, send, progress). */
export function newsletterAdminRoutes(ctx: TAppContext) {
  const app = new OpenAPIHono<THttpEnv>();

  app.openapi(
    createRoute({ method: "get", path: "/api/newsletter/subscribers", tags, request: { query: ZSubscriberQuery }, responses: { 200: jsonContent(ZSubscriberList), ...problems } }),
    async (c) => c.json(await listSubscribersForOperator(ctx, operatorActor(c), c.req.valid("query")), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/newsletter/subscribers/import",
      tags,
      summary: "Bring over subscribers who consented elsewhere; erased addresses are refused",
      request: { body: jsonBody(ZImportSubscribersRequest) },
      responses: { 200: jsonContent(ZImportSubscribersReport), ...problems },
    }),
    async (c) => c.json(await importSubscribers(ctx, operatorActor(c), c.req.valid("json").subscribers), 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/newsletter/subscribers/{id}/export",
      tags,
      summary: "GDPR export of one subscriber",
      request: { params: ZIdParam },
      responses: { 200: jsonContent(ZSubscriberExport), ...problems },
    }),
    async (c) => {
      const data = await exportSubscriber(ctx, operatorActor(c), c.req.valid("param").id);
      c.header("content-disposition", `attachment; filename="subscriber-${data.subscriber.id}.json"`);
      return c.json(data, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: "/api/newsletter/subscribers/{id}",
      tags,
      summary: "GDPR erasure of one subscriber",
      request: { params: ZIdParam },
      responses: { 200: jsonContent(ZOk), ...problems },
    }),
    async (c) => {
      await eraseSubscriber(ctx, operatorActor(c), c.req.valid("param").id);
      return c.json({ ok: true as const }, 200);
    },
  );

  app.openapi(
    createRoute({ method: "get", path: "/api/newsletter/issues", tags, responses: { 200: jsonContent(ZIssueList), ...problems } }),
    async (c) => c.json({ items: await listIssuesForOperator(ctx, operatorActor(c)) }, 200),
  );

  app.openapi(
    createRoute({ method: "post", path: "/api/newsletter/issues", tags, request: { body: jsonBody(ZIssueInput) }, responses: { 201: jsonContent(ZIssue, "Created"), ...problems } }),
    async (c) => c.json(await createIssue(ctx, operatorActor(c), c.req.valid("json")), 201),
  );

  app.openapi(
    createRoute({ method: "get", path: "/api/newsletter/issues/{id}", tags, request: { params: ZIdParam }, responses: { 200: jsonContent(ZIssue), ...problems } }),
    async (c) => c.json(await getIssue(ctx, operatorActor(c), c.req.valid("param").id), 200),
  );

  app.openapi(
    createRoute({
      method: "put",
      path: "/api/newsletter/issues/{id}",
      tags,
      request: { params: ZIdParam, body: jsonBody(ZIssueInput) },
      responses: { 200: jsonContent(ZIssue), 409: problems[400], ...problems },
    }),
    async (c) => c.json(await updateIssue(ctx, operatorActor(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );

  app.openapi(
    createRoute({ method: "delete", path: "/api/newsletter/issues/{id}", tags, request: { params: ZIdParam }, responses: { 200: jsonContent(ZOk), 409: problems[400], ...problems } }),
    async (c) => {
      await deleteIssue(ctx, operatorActor(c), c.req.valid("param").id);
      return c.json({ ok: true as const }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/newsletter/issues/{id}/preview",
      tags,
      summary: "The email exactly as subscribers of a language will get it",
      request: { params: ZIdParam, query: ZIssuePreviewQuery },
      responses: { 200: jsonContent(ZIssuePreview), ...problems },
    }),
    async (c) => c.json(await previewIssue(ctx, operatorActor(c), c.req.valid("param").id, c.req.valid("query").language), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/newsletter/issues/{id}/test",
      tags,
      summary: "Send one test copy to an address (through the outbox)",
      request: { params: ZIdParam, body: jsonBody(ZTestSendRequest) },
      responses: { 202: jsonContent(ZOk, "Queued"), ...problems },
    }),
    async (c) => {
      await sendTestIssue(ctx, operatorActor(c), c.req.valid("param").id, c.req.valid("json"));
      return c.json({ ok: true as const }, 202);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/newsletter/issues/{id}/send",
      tags,
      summary: "Send to every confirmed subscriber in their language; resumable, each recipient once",
      request: { params: ZIdParam },
      responses: { 202: jsonContent(ZIssue, "Sending"), 409: problems[400], ...problems },
    }),
    async (c) => c.json(await startIssueSend(ctx, operatorActor(c), c.req.valid("param").id), 202),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/newsletter/issues/{id}/deliveries",
      tags,
      summary: "Per-recipient status",
      request: { params: ZIdParam, query: ZDeliveryQuery },
      responses: { 200: jsonContent(ZDeliveryList), ...problems },
    }),
    async (c) => c.json(await listIssueDeliveries(ctx, operatorActor(c), c.req.valid("param").id, c.req.valid("query")), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/newsletter/issues/{id}/deliveries/{deliveryId}/resolve",
      tags,
      summary: "Settle a delivery of unknown fate: it arrived, or resend it (same Message-ID)",
      request: { params: z.object({ id: ZUuid, deliveryId: ZUuid }), body: jsonBody(ZResolveDeliveryRequest) },
      responses: { 200: jsonContent(ZIssue), 409: problems[400], ...problems },
    }),
    async (c) => {
      const { id, deliveryId } = c.req.valid("param");
      return c.json(await resolveDelivery(ctx, operatorActor(c), { issueId: id, deliveryId, resolution: c.req.valid("json").resolution }), 200);
    },
  );

  return app;
}
