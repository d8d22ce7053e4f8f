import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import { createOrganisation, listOrganisationsForOperator } from "../../app/organisations/create-organisation";
import { listOutbox } from "../../app/outbox/list-outbox";
import type { TAppContext } from "../../app/shared/context";
import { ZCreateOrganisationRequest, ZOrganisation } from "../../contracts/organisations";
import { ZOutboxList } from "../../contracts/outbox";
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

/** Organisations (operator) and the outbox; invitations live in routes/invitations.ts. */
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
    createRoute({ method: "get", path: "/api/outbox", tags: ["outbox"], responses: { 200: jsonContent(ZOutboxList), ...problems } }),
    async (c) => c.json({ items: await listOutbox(ctx, requireActor(c)) }, 200),
  );

  return app;
}
