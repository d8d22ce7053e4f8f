import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { acceptInvitation } from "../../app/invitations/accept-invitation";
import { changePassword } from "../../app/auth/change-password";
import { confirmPasswordReset, requestPasswordReset } from "../../app/auth/reset-password";
import { resolveSession, type TResolvedSession } from "../../app/auth/resolve-session";
import { KNOWN_DEVICE_DAYS } from "../../app/auth/known-device";
import { SESSION_DAYS, signIn } from "../../app/auth/sign-in";
import { signOut } from "../../app/auth/sign-out";
import { switchOrganisation } from "../../app/auth/switch-organisation";
import { updateMe } from "../../app/auth/update-me";
import type { TAppContext } from "../../app/shared/context";
import {
  ZChangePasswordRequest,
  ZPasswordResetConfirmRequest,
  ZPasswordResetRequest,
  ZSessionResponse,
  ZSignInRequest,
  ZSwitchOrganisationRequest,
  ZUpdateMeRequest,
} from "../../contracts/auth";
import { ZOk, ZProblem } from "../../contracts/common";
import { ZAcceptInvitationRequest } from "../../contracts/invitations";
import { DomainError } from "../../domain/shared/errors";
import { localeFromAcceptLanguage } from "../../domain/shared/locale";
import { SESSION_COOKIE } from "../auth-middleware";
import type { THttpEnv } from "../env";
import { jsonBody, jsonContent, problems } from "../openapi";

/** A refusal by the rate limiter; the Retry-After header says when to come back. */
const tooManyAttempts = { content: { "application/problem+json": { schema: ZProblem } }, description: "Too many attempts; see Retry-After" };

/** Marks a browser that signed in to an account before: its sign-in attempts have their own budget. */
export const DEVICE_COOKIE = "sterk_device";

/** Remembers this browser as a known device of the account (its own sign-in budget; see known-device.ts). */
export function setDeviceCookie(c: Context<THttpEnv>, deviceToken: string, secure: boolean) {
  setCookie(c, DEVICE_COOKIE, deviceToken, { httpOnly: true, sameSite: "Strict", secure, path: "/api", maxAge: KNOWN_DEVICE_DAYS * 24 * 3600 });
}

/** What the browser learns about its session; never the session token itself. */
export function presentSession(session: TResolvedSession) {
  // before the second factor the browser learns nothing of the account's organisations
  const waitsForCode = session.stage === "totp";
  return {
    user: session.user,
    organisations: waitsForCode ? [] : session.organisations,
    currentOrganisation: waitsForCode ? null : session.currentOrganisation,
    csrfToken: session.csrfToken,
    stage: session.stage,
    ...(waitsForCode ? { twoFactorRequired: true } : {}),
  };
}

function requireSession(c: Context<THttpEnv>): TResolvedSession {
  const session = c.get("session");
  if (!session) throw new DomainError("UNAUTHENTICATED", "sign in first");
  return session;
}

/** The /api/auth and /api/me routes. */
export function authRoutes(ctx: TAppContext) {
  const app = new OpenAPIHono<THttpEnv>();
  const secure = ctx.config.publicUrl.startsWith("https:");

  async function startSession(c: Context<THttpEnv>, token: string) {
    setCookie(c, SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: "Lax",
      secure,
      path: "/",
      maxAge: SESSION_DAYS * 24 * 3600,
    });
    const session = await resolveSession(ctx, token);
    if (!session) throw new Error("new session did not resolve");
    return presentSession(session);
  }

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/auth/session",
      tags: ["auth"],
      responses: { 200: jsonContent(ZSessionResponse), 401: problems[401] },
    }),
    (c) => c.json(presentSession(requireSession(c)), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/auth/sign-in",
      tags: ["auth"],
      request: { body: jsonBody(ZSignInRequest) },
      responses: { 200: jsonContent(ZSessionResponse), 400: problems[400], 401: problems[401], 429: tooManyAttempts },
    }),
    async (c) => {
      const input = c.req.valid("json");
      const { token, deviceToken } = await signIn(ctx, {
        ...input,
        ip: c.get("clientIp"),
        previousToken: c.get("sessionToken") ?? undefined,
        deviceToken: getCookie(c, DEVICE_COOKIE) ?? null,
      });
      const body = await startSession(c, token);
      // a browser becomes a known device only once it has proved every factor (after the code, see two-factor.ts)
      if (deviceToken && body.stage !== "totp") setDeviceCookie(c, deviceToken, secure);
      return c.json(body, 200);
    },
  );

  app.openapi(
    createRoute({ method: "post", path: "/api/auth/sign-out", tags: ["auth"], responses: { 200: jsonContent(ZOk) } }),
    async (c) => {
      const token = c.get("sessionToken");
      if (token) await signOut(ctx, token);
      deleteCookie(c, SESSION_COOKIE, { path: "/" });
      return c.json({ ok: true as const }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/auth/organisation",
      tags: ["auth"],
      request: { body: jsonBody(ZSwitchOrganisationRequest) },
      responses: { 200: jsonContent(ZSessionResponse), ...problems },
    }),
    async (c) => {
      const session = requireSession(c);
      await switchOrganisation(ctx, session, c.req.valid("json").organisationId);
      const fresh = await resolveSession(ctx, c.get("sessionToken") ?? "");
      if (!fresh) throw new DomainError("UNAUTHENTICATED", "sign in first");
      return c.json(presentSession(fresh), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "patch",
      path: "/api/me",
      tags: ["auth"],
      request: { body: jsonBody(ZUpdateMeRequest) },
      responses: { 200: jsonContent(ZSessionResponse), ...problems },
    }),
    async (c) => {
      const session = requireSession(c);
      await updateMe(ctx, session.user.id, c.req.valid("json"));
      const fresh = await resolveSession(ctx, c.get("sessionToken") ?? "");
      if (!fresh) throw new DomainError("UNAUTHENTICATED", "sign in first");
      return c.json(presentSession(fresh), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/me/password",
      tags: ["auth"],
      description:
        "Changes the signed-in user's password: ends every other session (this one continues under a new cookie, same CSRF token), voids reset links, optionally revokes every API token, and emails a notice. A wrong current password is a 400 on `currentPassword` and counts like a failed sign-in.",
      request: { body: jsonBody(ZChangePasswordRequest) },
      responses: { 200: jsonContent(ZOk), ...problems, 429: tooManyAttempts },
    }),
    async (c) => {
      const session = requireSession(c);
      if (session.stage !== "full") throw new DomainError("FORBIDDEN", "finish signing in first");
      const input = c.req.valid("json");
      const { token } = await changePassword(ctx, {
        userId: session.user.id,
        session: { tokenHash: session.tokenHash, csrfToken: session.csrfToken, organisationId: session.currentOrganisation?.id ?? null },
        currentPassword: input.currentPassword,
        newPassword: input.newPassword,
        revokeApiTokens: input.revokeApiTokens,
        deviceToken: getCookie(c, DEVICE_COOKIE) ?? null,
        locale: localeFromAcceptLanguage(c.req.header("accept-language")),
      });
      setCookie(c, SESSION_COOKIE, token, { httpOnly: true, sameSite: "Lax", secure, path: "/", maxAge: SESSION_DAYS * 24 * 3600 });
      return c.json({ ok: true as const }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/auth/password-reset",
      tags: ["auth"],
      request: { body: jsonBody(ZPasswordResetRequest) },
      responses: { 202: jsonContent(ZOk, "Accepted: an email is sent if the address has an account"), 400: problems[400], 429: tooManyAttempts },
    }),
    async (c) => {
      const { email } = c.req.valid("json");
      await requestPasswordReset(ctx, { email, locale: localeFromAcceptLanguage(c.req.header("accept-language")), ip: c.get("clientIp") });
      return c.json({ ok: true as const }, 202);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/auth/password-reset/confirm",
      tags: ["auth"],
      request: { body: jsonBody(ZPasswordResetConfirmRequest) },
      responses: { 200: jsonContent(ZOk), 400: problems[400], 429: tooManyAttempts },
    }),
    async (c) => {
      await confirmPasswordReset(ctx, c.req.valid("json"));
      return c.json({ ok: true as const }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/auth/invitations/accept",
      tags: ["auth"],
      description: "Sets the account's first password (required when inspect says needsPassword) and signs in; 409 when the account has a password already.",
      request: { body: jsonBody(ZAcceptInvitationRequest) },
      responses: { 200: jsonContent(ZSessionResponse), 400: problems[400], 409: { content: { "application/problem+json": { schema: ZProblem } }, description: "The account has a password: sign in with it" }, 429: tooManyAttempts },
    }),
    async (c) => {
      const { token } = await acceptInvitation(ctx, c.req.valid("json"));
      return c.json(await startSession(c, token), 200);
    },
  );

  return app;
}
