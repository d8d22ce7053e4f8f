import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { z } from "zod";
import { createArticle, editArticle, getArticle, listArticlesForOperator, removeArticle } from "../../app/insights/manage-articles";
import { buildInsightsFeed, getPublicArticle, listPublicArticles } from "../../app/insights/read-public-insights";
import type { TAppContext } from "../../app/shared/context";
import { ZOk, ZUuid } from "../../contracts/common";
import { ZArticle, ZArticleInput, ZArticleList } from "../../contracts/insights";
import { isLocale, localeFromAcceptLanguage, type TLocale } from "../../domain/shared/locale";
import type { THttpEnv } from "../env";
import { jsonBody, jsonContent, problems } from "../openapi";
import { SITE_ASSETS } from "../public-site/layout";
import {
  articlePage,
  confirmPage,
  landingPage,
  notFoundPage,
  otherLanguagesPage,
  preferencesPage,
  subscribedPage,
  unsubscribePage,
} from "../public-site/pages";
import { SITE_TEXTS } from "../public-site/texts";
import { operatorActor } from "./newsletter-admin";

const ZIdParam = z.object({ id: ZUuid });
const tags = ["insights (operator)"];
const SUBSCRIBE_ERRORS = ["email", "consent", "limit"] as const;

/** Public pages may be cached briefly; pages reached from emailed links never. */
function html(c: Context<THttpEnv>, body: string, status: 200 | 404 = 200, cache = "public, max-age=60") {
  c.header("cache-control", cache);
  return c.html(body, status);
}

/** The operator's article API, and the public site: landing and index, articles, Atom feeds, newsletter pages. */
export function insightsRoutes(ctx: TAppContext) {
  const app = new OpenAPIHono<THttpEnv>();
  const base = ctx.config.publicUrl;

  app.openapi(
    createRoute({ method: "get", path: "/api/insights/articles", tags, responses: { 200: jsonContent(ZArticleList), ...problems } }),
    async (c) => c.json({ items: await listArticlesForOperator(ctx, operatorActor(c)) }, 200),
  );
  app.openapi(
    createRoute({ method: "post", path: "/api/insights/articles", tags, request: { body: jsonBody(ZArticleInput) }, responses: { 201: jsonContent(ZArticle, "Created"), 409: problems[400], ...problems } }),
    async (c) => c.json(await createArticle(ctx, operatorActor(c), c.req.valid("json")), 201),
  );
  app.openapi(
    createRoute({ method: "get", path: "/api/insights/articles/{id}", tags, request: { params: ZIdParam }, responses: { 200: jsonContent(ZArticle), ...problems } }),
    async (c) => c.json(await getArticle(ctx, operatorActor(c), c.req.valid("param").id), 200),
  );
  app.openapi(
    createRoute({
      method: "put",
      path: "/api/insights/articles/{id}",
      tags,
      request: { params: ZIdParam, body: jsonBody(ZArticleInput) },
      responses: { 200: jsonContent(ZArticle), 409: problems[400], ...problems },
    }),
    async (c) => c.json(await editArticle(ctx, operatorActor(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );
  app.openapi(
    createRoute({ method: "delete", path: "/api/insights/articles/{id}", tags, request: { params: ZIdParam }, responses: { 200: jsonContent(ZOk), ...problems } }),
    async (c) => {
      await removeArticle(ctx, operatorActor(c), c.req.valid("param").id);
      return c.json({ ok: true as const }, 200);
    },
  );

  // --- the public site (server-rendered HTML; shares the app's CSP: no inline script or style) ---
  for (const asset of [SITE_ASSETS.css, SITE_ASSETS.js]) {
    app.get(asset.path, (c) => {
      c.header("cache-control", "public, max-age=31536000, immutable");
      return c.body(asset.body, 200, { "content-type": asset.type });
    });
  }

  app.get("/insights", (c) => c.redirect(`/insights/${localeFromAcceptLanguage(c.req.header("accept-language"))}`, 302));

  app.get("/insights/:language{[a-z]{2}}", async (c) => {
    const language = c.req.param("language");
    if (!isLocale(language)) return c.notFound();
    const error = SUBSCRIBE_ERRORS.find((e) => e === c.req.query("subscribe"));
    const articles = await listPublicArticles(ctx, language);
    return html(c, landingPage(base, language, articles, error), 200, error ? "no-store" : undefined);
  });

  app.get("/insights/:language{[a-z]{2}}/feed.xml", async (c) => {
    const language = c.req.param("language");
    if (!isLocale(language)) return c.notFound();
    const xml = await buildInsightsFeed(ctx, language, SITE_TEXTS[language].feed);
    c.header("cache-control", "public, max-age=300");
    return c.body(xml, 200, { "content-type": "application/atom+xml; charset=utf-8" });
  });

  const newsletterPages: Record<string, (base: string, language: TLocale) => string> = {
    subscribed: subscribedPage,
    confirm: confirmPage,
    unsubscribe: unsubscribePage,
    preferences: preferencesPage,
  };
  app.get("/insights/:language{[a-z]{2}}/newsletter/:page", (c) => {
    const language = c.req.param("language");
    const render = newsletterPages[c.req.param("page")];
    if (!isLocale(language)) return c.notFound();
    if (!render) return html(c, notFoundPage(base, language), 404, "no-store");
    return html(c, render(base, language), 200, "no-store");
  });

  app.get("/insights/:language{[a-z]{2}}/:slug", async (c) => {
    const language = c.req.param("language");
    if (!isLocale(language)) return c.notFound();
    const found = await getPublicArticle(ctx, language, c.req.param("slug"));
    if (!found) return html(c, notFoundPage(base, language), 404);
    if (found.kind === "other-languages") return html(c, otherLanguagesPage(base, language, c.req.param("slug"), found.alternates), 404);
    return html(c, articlePage(base, language, found));
  });

  return app;
}
