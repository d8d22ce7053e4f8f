import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { resolveApiToken } from "../../app/auth/resolve-api-token";
import { type TScimCaller, scimBaseUrl } from "../../app/scim/scim-caller";
import { createScimUser } from "../../app/scim/create-scim-user";
import { deleteScimUser } from "../../app/scim/delete-scim-user";
import { getScimUser } from "../../app/scim/get-scim-user";
import { listScimUsers } from "../../app/scim/list-scim-users";
import { patchScimUser } from "../../app/scim/patch-scim-user";
import { replaceScimUser } from "../../app/scim/replace-scim-user";
import type { TAppContext } from "../../app/shared/context";
import { listResponse, schemaResources, scimError, scimErrorBody, scimTypeOf, serviceProviderConfig, userResourceType } from "../../domain/scim/index";
import { DomainError, type TErrorCode } from "../../domain/shared/errors";
import type { THttpEnv } from "../env";

type TScimEnv = { Variables: THttpEnv["Variables"] & { scimCaller: TScimCaller } };

const CONTENT_TYPE = "application/scim+json; charset=utf-8";
const statusOf: Partial<Record<TErrorCode, ContentfulStatusCode>> = { VALIDATION: 400, NOT_FOUND: 404, UNAUTHENTICATED: 401, FORBIDDEN: 403, CONFLICT: 409, PAYLOAD_TOO_LARGE: 413, RATE_LIMITED: 429 };

function scimJson(c: Context, body: unknown, status: ContentfulStatusCode = 200, headers: Record<string, string> = {}) {
  return c.body(JSON.stringify(body), status, { "content-type": CONTENT_TYPE, "cache-control": "no-store", ...headers });
}

function scimFailure(c: Context, status: ContentfulStatusCode, detail: string, scimType?: Parameters<typeof scimErrorBody>[2]) {
  const headers: Record<string, string> = status === 401 ? { "www-authenticate": 'Bearer realm="scim"' } : {};
  return scimJson(c, scimErrorBody(status, detail, scimType), status, headers);
}

async function readJson(c: Context): Promise<unknown> {
  const text = await c.req.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw scimError("invalidSyntax", "the body is not valid JSON", "body");
  }
}

/** The resource's location and version as the Location and ETag headers. */
function resourceHeaders(resource: { meta: { location: string; version: string } }) {
  return { location: resource.meta.location, etag: resource.meta.version };
}

/**
 * SCIM 2.0 (RFC 7643/7644) at /scim/v2 for identity providers (Entra ID, Okta): discovery and Users. A plain Hono
 * app outside /api: bearer provisioning tokens (scope "scim") only — no cookies, so no CSRF — and SCIM's own error
 * shape. Everything acts on the token's organisation.
 */
export function scimRoutes(ctx: TAppContext) {
  const app = new Hono<TScimEnv>();
  const base = () => scimBaseUrl(ctx);

  app.use("*", bodyLimit({ maxSize: 1024 * 1024, onError: (c) => scimFailure(c, 413, "request body too large (max 1 MB)") }));
  app.use("*", async (c, next) => {
    const authorization = c.req.header("authorization") ?? "";
    if (!/^bearer\s+/i.test(authorization)) return scimFailure(c, 401, "a provisioning token is required: Authorization: Bearer <token>");
    const bearer = await resolveApiToken(ctx, authorization.replace(/^bearer\s+/i, "").trim());
    if (!bearer) return scimFailure(c, 401, "the API token is unknown, expired or revoked");
    if (bearer.scope !== "scim") return scimFailure(c, 401, 'this is a personal API token: /scim/v2 takes a provisioning token (scope "scim")');
    c.set("scimCaller", { organisationId: bearer.organisationId, tokenId: bearer.tokenId });
    return next();
  });

  app.get("/ServiceProviderConfig", (c) => scimJson(c, serviceProviderConfig(base())));
  app.get("/Schemas", (c) => {
    const schemas = schemaResources(base());
    return scimJson(c, listResponse(schemas, { totalResults: schemas.length, startIndex: 1 }));
  });
  app.get("/Schemas/:id", (c) => {
    const schema = schemaResources(base()).find((s) => s.id.toLowerCase() === c.req.param("id").toLowerCase());
    return schema ? scimJson(c, schema) : scimFailure(c, 404, "no such schema");
  });
  app.get("/ResourceTypes", (c) => scimJson(c, listResponse([userResourceType(base())], { totalResults: 1, startIndex: 1 })));
  app.get("/ResourceTypes/:id", (c) => (c.req.param("id").toLowerCase() === "user" ? scimJson(c, userResourceType(base())) : scimFailure(c, 404, "no such resource type")));

  app.get("/Users", async (c) => scimJson(c, await listScimUsers(ctx, c.get("scimCaller"), c.req.query())));
  app.post("/Users", async (c) => {
    const created = await createScimUser(ctx, c.get("scimCaller"), await readJson(c));
    return scimJson(c, created, 201, resourceHeaders(created));
  });
  app.get("/Users/:id", async (c) => {
    const user = await getScimUser(ctx, c.get("scimCaller"), c.req.param("id"), c.req.query());
    return scimJson(c, user, 200, { etag: (user.meta as { version: string }).version });
  });
  app.put("/Users/:id", async (c) => {
    const user = await replaceScimUser(ctx, c.get("scimCaller"), c.req.param("id"), await readJson(c));
    return scimJson(c, user, 200, resourceHeaders(user));
  });
  app.patch("/Users/:id", async (c) => {
    const user = await patchScimUser(ctx, c.get("scimCaller"), c.req.param("id"), await readJson(c));
    return scimJson(c, user, 200, resourceHeaders(user));
  });
  app.delete("/Users/:id", async (c) => {
    await deleteScimUser(ctx, c.get("scimCaller"), c.req.param("id"));
    return c.body(null, 204, { "cache-control": "no-store" });
  });
  app.all("*", (c) => scimFailure(c, 404, `no SCIM endpoint ${c.req.method} ${c.req.path}`));

  app.onError((error, c) => {
    if (error instanceof DomainError) {
      const status = statusOf[error.code] ?? 400;
      const scimType = scimTypeOf(error) ?? (error.code === "VALIDATION" ? "invalidValue" : error.code === "CONFLICT" ? "uniqueness" : undefined);
      return scimFailure(c, status, error.message, scimType);
    }
    ctx.log.error({ err: error, path: c.req.path }, "unhandled SCIM error");
    return scimFailure(c, 500, "Something went wrong on our side.");
  });
  return app;
}
