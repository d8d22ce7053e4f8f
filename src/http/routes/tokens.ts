import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import type { TAppContext } from "../../app/shared/context";
import { createApiToken, listApiTokens, revokeOwnApiToken } from "../../app/tokens/api-tokens";
import { ZOk, ZUuid } from "../../contracts/common";
import { ZApiTokenList, ZCreatedToken, ZCreateTokenRequest } from "../../contracts/tokens";
import { DomainError } from "../../domain/shared/errors";
import { requireActor } from "../auth-middleware";
import type { THttpEnv } from "../env";
import { jsonBody, jsonContent, problems } from "../openapi";

/** API tokens: the actor's own, listed, created (the secret shown once) and revoked. */
export function tokenRoutes(ctx: TAppContext) {
  const app = new OpenAPIHono<THttpEnv>();

  app.openapi(
    createRoute({ method: "get", path: "/api/tokens", tags: ["tokens"], responses: { 200: jsonContent(ZApiTokenList), ...problems } }),
    async (c) => c.json({ items: await listApiTokens(ctx, requireActor(c)) }, 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/tokens",
      tags: ["tokens"],
      description: 'scope "scim" (a provisioning token for /scim/v2) is for HR admins; tokens last expiresInDays (1–365, default 90).',
      request: { body: jsonBody(ZCreateTokenRequest) },
      responses: { 201: jsonContent(ZCreatedToken, "Created; the token is shown this once"), ...problems },
    }),
    async (c) => {
      const actor = requireActor(c);
      // a token must not mint its own successors: that would outlive its expiry and its revocation
      if (c.get("via") === "bearer") throw new DomainError("FORBIDDEN", "API tokens are created in a signed-in session, not with a token");
      return c.json(await createApiToken(ctx, actor, c.req.valid("json")), 201);
    },
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

  return app;
}
