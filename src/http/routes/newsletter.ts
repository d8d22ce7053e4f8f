import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import type { Context, MiddlewareHandler } from "hono";
import type { z } from "zod";
import { bodyLimit } from "hono/body-limit";
import {
  changeLanguage,
  confirmSubscription,
  eraseOwnData,
  exportOwnData,
  languageOfUnsubscribeLink,
  readPreferences,
  unsubscribe,
} from "../../app/newsletter/manage-subscription";
import { subscribe } from "../../app/newsletter/subscribe";
import type { TAppContext } from "../../app/shared/context";
import { ZOk } from "../../contracts/common";
import {
  ZConfirmResponse,
  ZLanguageChangeRequest,
  ZLanguageChangeResponse,
  ZPreferences,
  ZSubscribeForm,
  ZSubscribeRequest,
  ZSubscriberExport,
  ZTokenRequest,
  ZUnsubscribeForm,
  ZUnsubscribeJson,
  ZUnsubscribeQuery,
  ZUnsubscribeResponse,
} from "../../contracts/newsletter";
import { DomainError, invalid } from "../../domain/shared/errors";
import { isLocale, type TLocale } from "../../domain/shared/locale";
import type { THttpEnv } from "../env";
import { validationProblem } from "../error-map";
import { jsonBody, jsonContent, problems } from "../openapi";
import { rateLimitPerIp } from "../rate-limit";

const FORM = /^(application\/x-www-form-urlencoded|multipart\/form-data)/i;
const JSON_TYPE = /^application\/([a-z.+-]+\+)?json/i;
const isFormPost = (c: Context) => FORM.test(c.req.header("content-type") ?? "");

const tooLarge = () => {
  throw new DomainError("PAYLOAD_TOO_LARGE", "request body too large (max 16 KB)", "body");
};

/** Where a plain form post lands: the thank-you page, or the form again with the reason. */
function formRedirect(c: Context, language: TLocale, error?: "email" | "consent" | "limit") {
  return c.redirect(error ? `/insights/${language}?subscribe=${error}#subscribe` : `/insights/${language}/newsletter/subscribed`, 303);
}

const formLanguage = (value: unknown): TLocale => (isLocale(value) ? value : "en");

/** What the emailed-link endpoints may answer besides their result: bad input, a foreign origin, a body over 16 KB, too many requests. */
const linkErrors = {
  400: problems[400],
  403: problems[403],
  413: { ...problems[400], description: "The body is over 16 KB" },
  429: { ...problems[400], description: "Too many requests from this address: try again later" },
};

/** The subscription limiter; a form post over the limit returns to the form with a message instead of JSON. */
function subscribeLimit(ctx: TAppContext): MiddlewareHandler<THttpEnv> {
  const limit = rateLimitPerIp(ctx, { name: "newsletter-subscribe", limit: 10, windowMs: 15 * 60 * 1000 });
  return async (c, next) => {
    try {
      return await limit(c, next);
    } catch (error) {
      if (!(error instanceof DomainError && error.code === "RATE_LIMITED" && isFormPost(c))) throw error;
      const body = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
      return formRedirect(c, formLanguage(body.language), "limit");
    }
  };
}

/** The public newsletter endpoints: subscribe (JSON or a plain form), confirm, unsubscribe, preferences. */
export function newsletterRoutes(ctx: TAppContext) {
  const app = new OpenAPIHono<THttpEnv>();
  const small = bodyLimit({ maxSize: 16 * 1024, onError: tooLarge });
  const linkLimit = rateLimitPerIp(ctx, { name: "newsletter-links", limit: 60, windowMs: 15 * 60 * 1000 });
  // Mail providers post one-click unsubscribes for many recipients from few addresses.
  const oneClickLimit = rateLimitPerIp(ctx, { name: "newsletter-one-click", limit: 2000, windowMs: 15 * 60 * 1000 });
  app.use("/api/newsletter/subscriptions", small, subscribeLimit(ctx));
  app.use("/api/newsletter/confirm", small, linkLimit);
  app.use("/api/newsletter/preferences/*", small, linkLimit);
  app.use("/api/newsletter/unsubscribe", small, oneClickLimit);

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/newsletter/subscriptions",
      tags: ["newsletter"],
      summary: "Subscribe (double opt-in); the same 202 whether the address is new, pending or subscribed",
      request: {
        body: {
          content: { "application/json": { schema: ZSubscribeRequest }, "application/x-www-form-urlencoded": { schema: ZSubscribeForm } },
          required: false,
        },
      },
      responses: {
        202: jsonContent(ZOk, "Accepted: a confirmation email goes out if the address needs one"),
        303: { description: "A form post: on to the check-your-inbox page (or back to the form with the reason)" },
        400: problems[400],
        413: problems[400],
        429: problems[400],
      },
    }),
    async (c) => {
      const ip = c.get("clientIp");
      if (isFormPost(c)) {
        const form = c.req.valid("form") as z.infer<typeof ZSubscribeForm>;
        const consent = ["yes", "on", "true", "1"].includes(form.consent ?? "");
        try {
          await subscribe(ctx, { email: form.email, language: form.language, consent, website: form.website, ip });
        } catch (error) {
          if (error instanceof DomainError && error.code === "VALIDATION") return formRedirect(c, form.language, error.field === "consent" ? "consent" : "email");
          throw error;
        }
        return formRedirect(c, form.language);
      }
      if (!JSON_TYPE.test(c.req.header("content-type") ?? "")) throw invalid("body", "send JSON (or a form) with email, language and consent");
      const input = c.req.valid("json") as z.infer<typeof ZSubscribeRequest>;
      await subscribe(ctx, { ...input, ip });
      return c.json({ ok: true as const }, 202);
    },
    (result, c) => {
      if (result.success) return;
      if (result.target === "form") {
        const language = formLanguage((result as { data?: { language?: unknown } }).data?.language);
        const field = String(result.error.issues[0]?.path[0] ?? "email");
        return formRedirect(c, language, field === "consent" ? "consent" : "email");
      }
      return validationProblem(c, result.error, result.target);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/newsletter/confirm",
      tags: ["newsletter"],
      summary: "Confirm a subscription with the token from the emailed link (single use, 48 hours)",
      request: { body: jsonBody(ZTokenRequest) },
      responses: { 200: jsonContent(ZConfirmResponse), ...linkErrors },
    }),
    async (c) => {
      const { language } = await confirmSubscription(ctx, { token: c.req.valid("json").token, ip: c.get("clientIp") });
      return c.json({ status: "confirmed" as const, language }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/newsletter/unsubscribe",
      tags: ["newsletter"],
      summary: "Unsubscribe: RFC 8058 one-click (token in the query, body List-Unsubscribe=One-Click) or a JSON token",
      request: {
        query: ZUnsubscribeQuery,
        body: {
          content: { "application/json": { schema: ZUnsubscribeJson }, "application/x-www-form-urlencoded": { schema: ZUnsubscribeForm } },
          required: false,
        },
      },
      responses: { 200: jsonContent(ZUnsubscribeResponse, "Unsubscribed, or already unsubscribed (nothing changed)"), ...linkErrors },
    }),
    async (c) => {
      const body = isFormPost(c) ? c.req.valid("form") : c.req.valid("json");
      const token = c.req.valid("query").token ?? body.token;
      if (!token) throw invalid("token", "the unsubscribe link carries a token");
      return c.json(await unsubscribe(ctx, { token, ip: c.get("clientIp") }), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/newsletter/unsubscribe",
      tags: ["newsletter"],
      summary: "A List-Unsubscribe URL opened in a browser: on to the unsubscribe page (nothing changes on GET)",
      request: { query: ZUnsubscribeQuery },
      responses: { 303: { description: "To the unsubscribe page, token in the fragment" }, 400: problems[400], 429: linkErrors[429] },
    }),
    async (c) => {
      const token = c.req.valid("query").token ?? "";
      const language = (token && (await languageOfUnsubscribeLink(ctx, token))) || "en";
      c.header("cache-control", "no-store");
      return c.redirect(`/insights/${language}/newsletter/unsubscribe#token=${encodeURIComponent(token)}`, 303);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/newsletter/preferences/lookup",
      tags: ["newsletter"],
      summary: "What the preferences page shows, for the token of its link",
      request: { body: jsonBody(ZTokenRequest) },
      responses: { 200: jsonContent(ZPreferences), ...linkErrors },
    }),
    async (c) => c.json(await readPreferences(ctx, c.req.valid("json").token), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/newsletter/preferences/language",
      tags: ["newsletter"],
      request: { body: jsonBody(ZLanguageChangeRequest) },
      responses: { 200: jsonContent(ZLanguageChangeResponse), ...linkErrors },
    }),
    async (c) => c.json(await changeLanguage(ctx, { ...c.req.valid("json"), ip: c.get("clientIp") }), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/newsletter/preferences/export",
      tags: ["newsletter"],
      summary: "The subscriber's own GDPR export",
      request: { body: jsonBody(ZTokenRequest) },
      responses: { 200: jsonContent(ZSubscriberExport), ...linkErrors },
    }),
    async (c) => {
      c.header("content-disposition", 'attachment; filename="sterk-insights-my-data.json"');
      return c.json(await exportOwnData(ctx, c.req.valid("json").token), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/newsletter/preferences/erase",
      tags: ["newsletter"],
      summary: "The subscriber erases themselves; only a keyed hash stays in the suppression list",
      request: { body: jsonBody(ZTokenRequest) },
      responses: { 200: jsonContent(ZOk), ...linkErrors },
    }),
    async (c) => {
      await eraseOwnData(ctx, c.req.valid("json").token);
      return c.json({ ok: true as const }, 200);
    },
  );

  return app;
}
