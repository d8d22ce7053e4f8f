import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { issueDeviceToken, knownDeviceId } from "../../app/auth/known-device";
import { resolveSession } from "../../app/auth/resolve-session";
import { SESSION_DAYS } from "../../app/auth/sign-in";
import { disableTwoFactor, enableTwoFactor, getTwoFactorStatus, regenerateRecoveryCodes, startTwoFactorSetup, type TAccountHolder } from "../../app/auth/two-factor";
import { getOrganisationSecurity, setOrganisationSecurity } from "../../app/auth/two-factor-policy";
import { completeTwoFactorSignIn } from "../../app/auth/two-factor-sign-in";
import type { TAppContext } from "../../app/shared/context";
import { ZSessionResponse } from "../../contracts/auth";
import { ZOk, ZProblem } from "../../contracts/common";
import {
  ZDisableTwoFactorRequest,
  ZEnableTwoFactorRequest,
  ZOrganisationSecurity,
  ZOrganisationSecurityRequest,
  ZRecoveryCodes,
  ZRegenerateRecoveryCodesRequest,
  ZTwoFactorSetup,
  ZTwoFactorStatus,
  ZVerifyTwoFactorRequest,
} from "../../contracts/two-factor";
import { DomainError } from "../../domain/shared/errors";
import { requireActor, SESSION_COOKIE } from "../auth-middleware";
import type { THttpEnv } from "../env";
import { jsonBody, jsonContent, problems } from "../openapi";
import { DEVICE_COOKIE, presentSession, setDeviceCookie } from "./auth";

const problem = (description: string) => ({ content: { "application/problem+json": { schema: ZProblem } }, description });
const refusals = {
  ...problems,
  409: problem("Not in this state: two-factor is (not) on, or the organisation requires it"),
  429: problem("Too many wrong codes; see Retry-After"),
};

/** The signed-in browser session acting on its own account (never an API token: these are the account's own keys). */
function accountHolder(c: Context<THttpEnv>): TAccountHolder {
  const session = c.get("session");
  if (!session || c.get("via") !== "cookie") throw new DomainError("UNAUTHENTICATED", "sign in with your browser first");
  return { userId: session.user.id, isOperator: session.user.isOperator, sessionTokenHash: session.tokenHash };
}

/** Two-factor enrolment at /api/me/two-factor, the sign-in's second step, and the organisation's requirement. */
export function twoFactorRoutes(ctx: TAppContext) {
  const app = new OpenAPIHono<THttpEnv>();
  const secure = ctx.config.publicUrl.startsWith("https:");

  app.openapi(
    createRoute({ method: "get", path: "/api/me/two-factor", tags: ["two-factor"], responses: { 200: jsonContent(ZTwoFactorStatus), ...problems } }),
    async (c) => c.json(await getTwoFactorStatus(ctx, accountHolder(c)), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/me/two-factor/setup",
      tags: ["two-factor"],
      responses: { 200: jsonContent(ZTwoFactorSetup, "A new pending seed; two-factor is on once a code proves it"), ...refusals },
    }),
    async (c) => c.json(await startTwoFactorSetup(ctx, accountHolder(c)), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/me/two-factor/enable",
      tags: ["two-factor"],
      request: { body: jsonBody(ZEnableTwoFactorRequest) },
      responses: { 200: jsonContent(ZRecoveryCodes, "On; the recovery codes are shown this once"), ...refusals },
    }),
    async (c) => c.json(await enableTwoFactor(ctx, accountHolder(c), c.req.valid("json").code), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/me/two-factor/disable",
      tags: ["two-factor"],
      request: { body: jsonBody(ZDisableTwoFactorRequest) },
      responses: { 200: jsonContent(ZOk), ...refusals },
    }),
    async (c) => {
      await disableTwoFactor(ctx, accountHolder(c), c.req.valid("json"));
      return c.json({ ok: true as const }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/me/two-factor/recovery-codes",
      tags: ["two-factor"],
      request: { body: jsonBody(ZRegenerateRecoveryCodesRequest) },
      responses: { 200: jsonContent(ZRecoveryCodes, "New codes, shown this once; the old ones no longer work"), ...refusals },
    }),
    async (c) => c.json(await regenerateRecoveryCodes(ctx, accountHolder(c), c.req.valid("json").code), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/auth/two-factor/verify",
      tags: ["auth"],
      request: { body: jsonBody(ZVerifyTwoFactorRequest) },
      responses: { 200: jsonContent(ZSessionResponse, "Signed in; the session id rotated"), ...refusals },
    }),
    async (c) => {
      const session = c.get("session");
      if (!session || c.get("via") !== "cookie") throw new DomainError("UNAUTHENTICATED", "sign in with your password first");
      const { token } = await completeTwoFactorSignIn(ctx, session.tokenHash, c.req.valid("json"));
      setCookie(c, SESSION_COOKIE, token, { httpOnly: true, sameSite: "Lax", secure, path: "/", maxAge: SESSION_DAYS * 24 * 3600 });
      const fresh = await resolveSession(ctx, token);
      if (!fresh) throw new Error("new session did not resolve");
      if (!knownDeviceId(ctx.secret, fresh.user.id, getCookie(c, DEVICE_COOKIE))) {
        setDeviceCookie(c, issueDeviceToken(ctx.secret, fresh.user.id), secure);
      }
      return c.json(presentSession(fresh), 200);
    },
  );

  app.openapi(
    createRoute({ method: "get", path: "/api/organisation/security", tags: ["two-factor"], responses: { 200: jsonContent(ZOrganisationSecurity), ...problems } }),
    async (c) => c.json(await getOrganisationSecurity(ctx, requireActor(c)), 200),
  );

  app.openapi(
    createRoute({
      method: "put",
      path: "/api/organisation/security",
      tags: ["two-factor"],
      request: { body: jsonBody(ZOrganisationSecurityRequest) },
      responses: { 200: jsonContent(ZOrganisationSecurity), ...refusals },
    }),
    async (c) => c.json(await setOrganisationSecurity(ctx, requireActor(c), c.req.valid("json")), 200),
  );

  return app;
}
