import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import type { Context, MiddlewareHandler } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { z } from "zod";
import { getQuestionnaire, saveRaterAnswers, startRaterSession } from "../../app/feedback/rater-flow";
import type { TAppContext } from "../../app/shared/context";
import { ZLocale, ZOk } from "../../contracts/common";
import { ZQuestionnaire, ZRaterAnswersInput, ZRaterSaved, ZRaterSessionRequest } from "../../contracts/feedback";
import { DomainError } from "../../domain/shared/errors";
import type { THttpEnv } from "../env";
import { jsonBody, jsonContent, problems, tooManyRequests } from "../openapi";

/** The rater's cookie: sent only to the rater API, never readable by scripts, never sent cross-site. */
export const RATER_COOKIE = "sterk_rater";
const RATER_PATH = "/api/rater";

/**
 * The public rater API: no account. An emailed link's token (read from the URL fragment by the page)
 * is exchanged once for a cookie that lasts until the campaign closes; every answer needs it.
 */
export function raterRoutes(ctx: TAppContext) {
  const app = new OpenAPIHono<THttpEnv>();
  const secure = ctx.config.publicUrl.startsWith("https:");
  const allowedOrigin = new URL(ctx.config.publicUrl).origin;

  // Rater pages must leak nothing through Referer headers or caches (a shared computer, a proxy).
  const privateResponses: MiddlewareHandler<THttpEnv> = async (c, next) => {
    await next();
    c.header("referrer-policy", "no-referrer");
    c.header("cache-control", "no-store");
  };
  app.use(`${RATER_PATH}/*`, privateResponses);

  /** Writes must come from Sterk's own pages: the Origin header is required and must be ours. */
  function requireOwnOrigin(c: Context<THttpEnv>) {
    const origin = c.req.header("origin");
    if (!origin || (origin !== allowedOrigin && origin !== new URL(c.req.url).origin)) {
      throw new DomainError("CSRF", "cross-site request refused");
    }
  }
  const cookie = (c: Context<THttpEnv>) => getCookie(c, RATER_COOKIE);

  app.openapi(
    createRoute({
      method: "post",
      path: `${RATER_PATH}/session`,
      tags: ["rater"],
      security: [],
      description: "Exchanges an emailed link's token for the rater cookie. Unknown, expired and closed links all get the same 400 INVALID_TOKEN.",
      request: { body: jsonBody(ZRaterSessionRequest) },
      responses: { 200: jsonContent(ZOk), ...problems, ...tooManyRequests },
    }),
    async (c) => {
      requireOwnOrigin(c);
      const session = await startRaterSession(ctx, c.req.valid("json").token);
      setCookie(c, RATER_COOKIE, session.cookieToken, {
        httpOnly: true,
        sameSite: "Strict",
        secure,
        path: RATER_PATH,
        expires: session.expiresAt,
      });
      return c.json({ ok: true as const }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: `${RATER_PATH}/questionnaire`,
      tags: ["rater"],
      security: [],
      description: "Whom the feedback is about, the rater's group, the close date, the statements (rater form) and what the rater saved.",
      request: { query: z.object({ lang: ZLocale.optional() }) },
      responses: { 200: jsonContent(ZQuestionnaire), ...problems },
    }),
    async (c) => c.json(await getQuestionnaire(ctx, cookie(c), c.req.valid("query").lang), 200),
  );

  app.openapi(
    createRoute({
      method: "put",
      path: `${RATER_PATH}/answers`,
      tags: ["rater"],
      security: [],
      description: "Autosave: replaces the rater's saved answers and comments (a submitted response stays submitted).",
      request: { body: jsonBody(ZRaterAnswersInput) },
      responses: { 200: jsonContent(ZRaterSaved), ...problems },
    }),
    async (c) => {
      requireOwnOrigin(c);
      return c.json(await saveRaterAnswers(ctx, cookie(c), c.req.valid("json"), false), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: `${RATER_PATH}/submit`,
      tags: ["rater"],
      security: [],
      description: "Saves and submits the answers. Submitting again before the close updates the same response.",
      request: { body: jsonBody(ZRaterAnswersInput) },
      responses: { 200: jsonContent(ZRaterSaved), ...problems },
    }),
    async (c) => {
      requireOwnOrigin(c);
      return c.json(await saveRaterAnswers(ctx, cookie(c), c.req.valid("json"), true), 200);
    },
  );

  return app;
}
