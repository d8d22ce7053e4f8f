import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import { inviteUser } from "../../app/auth/invite-user";
import { createOrganisation, listOrganisationsForOperator } from "../../app/organisations/create-organisation";
import { listOutbox } from "../../app/outbox/list-outbox";
import type { TAppContext } from "../../app/shared/context";
import { createApiToken, listApiTokens, revokeOwnApiToken } from "../../app/tokens/api-tokens";
import { ZInvitationRequest } from "../../contracts/auth";
import { ZOk, ZUuid } from "../../contracts/common";
import { ZCreateOrganisationRequest, ZOrganisation } from "../../contracts/organisations";
import { ZOutboxList } from "../../contracts/outbox";
import { ZApiTokenList, ZCreatedToken, ZCreateTokenRequest } from "../../contracts/tokens";
import { DomainError } from "../../domain/shared/errors";
import { requireActor } from "../auth-middleware";
import type { THttpEnv } from "../env";
import { jsonBody, jsonContent, problems } from "../openapi";

function requireSignedIn(c: { get: (k: "session" | "actor") => unknown }) {
  const session = c.get("session") as { user: { isOperator: boolean } } | null;
  const actor = c.get("actor") as { isOperator: boolean } | null;
  if (!session && !actor) throw new DomainError("UNAUTHENTICATED", "sign in first");
  return { isOperator: session?.user.isOperator ?? actor?.isOperator ?? false };
}

/** Organisations (operator), invitations, API tokens and the outbox. */
export function organisationRoutes(ctx: TAppContext) {
  const app = new OpenAPIHono<THttpEnv>();

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/organisations",
      tags: ["organisations"],
      responses: { 200: jsonContent(z.object({ items: z.array(ZOrganisation) })), ...problems },
    }),
    async (c) => c.json({ items: await listOrganisationsForOperator(ctx, requireSignedIn(c)) }, 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/organisations",
      tags: ["organisations"],
      request: { body: jsonBody(ZCreateOrganisationRequest) },
      responses: { 201: jsonContent(ZOrganisation, "Created"), ...problems },
    }),
    async (c) => c.json(await createOrganisation(ctx, requireSignedIn(c), c.req.valid("json")), 201),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/invitations",
      tags: ["organisations"],
      request: { body: jsonBody(ZInvitationRequest) },
      responses: { 201: jsonContent(ZOk, "Invited"), ...problems },
    }),
    async (c) => {
      await inviteUser(ctx, requireActor(c), c.req.valid("json"));
      return c.json({ ok: true as const }, 201);
    },
  );

  app.openapi(
    createRoute({ method: "get", path: "/api/tokens", tags: ["tokens"], responses: { 200: jsonContent(ZApiTokenList), ...problems } }),
    async (c) => c.json({ items: await listApiTokens(ctx, requireActor(c)) }, 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/tokens",
      tags: ["tokens"],
      request: { body: jsonBody(ZCreateTokenRequest) },
      responses: { 201: jsonContent(ZCreatedToken, "Created; the token is shown this once"), ...problems },
    }),
    async (c) => c.json(await createApiToken(ctx, requireActor(c), c.req.valid("json")), 201),
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: "/api/tokens/{id}",
      tags: ["tokens"],
      request: { params: z.object({ id: ZUuid }) },
      responses: { 200: jsonContent(ZOk), ...problems },
    }),
    async (c) => {
      await revokeOwnApiToken(ctx, requireActor(c), c.req.valid("param").id);
      return c.json({ ok: true as const }, 200);
    },
  );

  app.openapi(
    createRoute({ method: "get", path: "/api/outbox", tags: ["outbox"], responses: { 200: jsonContent(ZOutboxList), ...problems } }),
    async (c) => c.json({ items: await listOutbox(ctx, requireActor(c)) }, 200),
  );

  return app;
}
