import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { z } from "zod";
import { SESSION_DAYS } from "../../app/auth/sign-in";
import type { TAppContext } from "../../app/shared/context";
import { deleteSsoSettings, getSsoSettings, saveSsoSettings } from "../../app/sso/configure-sso";
import { finishSsoSignIn } from "../../app/sso/finish-sso";
import { SSO_STATE_MINUTES, startSsoSignIn } from "../../app/sso/start-sso";
import { ZOk } from "../../contracts/common";
import { ZSsoSettings, ZSsoSettingsInput, ZSsoStartRequest, ZSsoStartResponse } from "../../contracts/sso";
import { requireActor, SESSION_COOKIE } from "../auth-middleware";
import type { THttpEnv } from "../env";
import { jsonBody, jsonContent, problems, tooManyRequests } from "../openapi";

/** Binds a started sign-in to the browser that started it; sent only to the callback. */
export const SSO_BINDING_COOKIE = "sterk_sso";
const CALLBACK_PATH = "/api/auth/sso/callback";
/** The web app's page for someone the organisation's directory does not hold. */
export const NOT_IN_DIRECTORY_PATH = "/sso/not-in-directory";

const ZCallbackQuery = z.object({
  code: z.string().optional(),
  state: z.string().optional(),
  iss: z.string().optional(),
  error: z.string().optional(),
  error_description: z.string().optional(),
});

/** Single sign-on: the organisation's OpenID Connect settings (HR) and the sign-in itself (anyone). */
export function ssoRoutes(ctx: TAppContext) {
  const app = new OpenAPIHono<THttpEnv>();
  const secure = ctx.config.publicUrl.startsWith("https:");

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/organisation/sso",
      tags: ["sso"],
      description: "The organisation's OpenID Connect settings (HR admins and the operator); the client secret is never returned.",
      responses: { 200: jsonContent(ZSsoSettings), ...problems },
    }),
    async (c) => c.json(await getSsoSettings(ctx, requireActor(c)), 200),
  );

  app.openapi(
    createRoute({
      method: "put",
      path: "/api/organisation/sso",
      tags: ["sso"],
      description: "Saves the settings after reading the issuer's discovery document (a failure is a 400 on `issuer`). Omit clientSecret to keep the stored one.",
      request: { body: jsonBody(ZSsoSettingsInput) },
      responses: { 200: jsonContent(ZSsoSettings), ...problems },
    }),
    async (c) => c.json(await saveSsoSettings(ctx, requireActor(c), c.req.valid("json")), 200),
  );

  app.openapi(
    createRoute({ method: "delete", path: "/api/organisation/sso", tags: ["sso"], responses: { 200: jsonContent(ZOk), ...problems } }),
    async (c) => {
      await deleteSsoSettings(ctx, requireActor(c));
      return c.json({ ok: true as const }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/auth/sso/start",
      tags: ["sso"],
      description: "Starts a single sign-on: the organisation is found by the email's domain (or its slug). Send the browser to `redirectUrl`.",
      request: { body: jsonBody(ZSsoStartRequest) },
      responses: { 200: jsonContent(ZSsoStartResponse), 400: problems[400], ...tooManyRequests },
    }),
    async (c) => {
      const { redirectUrl, browserBinding } = await startSsoSignIn(ctx, c.req.valid("json"));
      setCookie(c, SSO_BINDING_COOKIE, browserBinding, { httpOnly: true, sameSite: "Lax", secure, path: CALLBACK_PATH, maxAge: SSO_STATE_MINUTES * 60 });
      return c.json({ redirectUrl }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: CALLBACK_PATH,
      tags: ["sso"],
      description: "Where the identity provider returns the browser: signs in and redirects to the return path, or to /sign-in?sso_error=<code>.",
      request: { query: ZCallbackQuery },
      responses: { 302: { description: "Redirect to the web app" }, 400: problems[400] },
    }),
    async (c) => finishCallback(c),
  );

  async function finishCallback(c: Context<THttpEnv>) {
    const outcome = await finishSsoSignIn(ctx, {
      query: new URL(c.req.url).searchParams,
      browserBinding: getCookie(c, SSO_BINDING_COOKIE) ?? null,
      previousToken: c.get("sessionToken"),
    });
    if (outcome.ok) setCookie(c, SESSION_COOKIE, outcome.token, { httpOnly: true, sameSite: "Lax", secure, path: "/", maxAge: SESSION_DAYS * 24 * 3600 });
    deleteCookie(c, SSO_BINDING_COOKIE, { path: CALLBACK_PATH, secure });
    if (outcome.ok) return c.redirect(outcome.returnTo, 302);
    if (outcome.failure === "not_in_directory") return c.redirect(NOT_IN_DIRECTORY_PATH, 302);
    return c.redirect(`/sign-in?sso_error=${outcome.failure}`, 302);
  }

  return app;
}
