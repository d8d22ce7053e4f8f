import { findArticleBySlug, listPublishedInLanguage } from "../../db/insights-repo";
import { buildAtomFeed, feedEntryId, isPubliclyVisible, parseSlug, renderMarkdownHtml, type TArticleStatus } from "../../domain/insights/index";
import { LOCALES, type TLocale } from "../../domain/shared/locale";
import { asLocale } from "../newsletter/subscription-state";
import type { TAppContext } from "../shared/context";

type TCtx = Pick<TAppContext, "db" | "now" | "config">;

/** Where an article version lives on the public site. */
export function articleUrl(publicUrl: string, language: TLocale, slug: string): string {
  return `${publicUrl}/insights/${language}/${slug}`;
}

/** The public index of one language: published articles, newest first. */
export async function listPublicArticles(ctx: TCtx, language: TLocale, limit = 200) {
  const rows = await listPublishedInLanguage(ctx.db, language, ctx.now(), limit);
  return rows.map(({ article, version }) => ({
    id: article.id,
    slug: article.slug,
    title: version.title,
    summary: version.summary,
    author: article.author,
    publishedAt: article.publishedAt as Date,
    updatedAt: version.updatedAt,
    bodyMarkdown: version.bodyMarkdown,
    url: articleUrl(ctx.config.publicUrl, language, article.slug),
  }));
}

export type TPublicArticle = {
  kind: "article";
  slug: string;
  language: TLocale;
  title: string;
  summary: string;
  author: string;
  publishedAt: Date;
  updatedAt: Date;
  html: string;
  url: string;
  /** every language the article exists in, this one included */
  alternates: { language: TLocale; url: string; title: string }[];
};

/**
 * A published article in one language, its body rendered safely; `other-languages` when it exists
 * only in other languages; null when there is no such public article.
 */
export async function getPublicArticle(
  ctx: TCtx,
  language: TLocale,
  slug: string,
): Promise<TPublicArticle | { kind: "other-languages"; alternates: TPublicArticle["alternates"] } | null> {
  if (!parseSlug(slug).ok) return null;
  const article = await findArticleBySlug(ctx.db, slug);
  if (!article || !isPubliclyVisible({ status: article.status as TArticleStatus, publishedAt: article.publishedAt }, ctx.now())) return null;
  const alternates = LOCALES.flatMap((l) => {
    const v = article.versions.find((x) => x.language === l);
    return v ? [{ language: l, url: articleUrl(ctx.config.publicUrl, l, article.slug), title: v.title }] : [];
  });
  const version = article.versions.find((v) => v.language === language);
  if (!version) return { kind: "other-languages", alternates };
  return {
    kind: "article",
    slug: article.slug,
    language: asLocale(version.language),
    title: version.title,
    summary: version.summary,
    author: article.author,
    publishedAt: article.publishedAt as Date,
    updatedAt: version.updatedAt > (article.publishedAt as Date) ? version.updatedAt : (article.publishedAt as Date),
    html: renderMarkdownHtml(version.bodyMarkdown),
    url: articleUrl(ctx.config.publicUrl, language, article.slug),
    alternates,
  };
}

/** The Atom feed of one language's articles (the 50 newest). */
export async function buildInsightsFeed(ctx: TCtx, language: TLocale, texts: { title: string; subtitle: string }): Promise<string> {
  const base = ctx.config.publicUrl;
  const host = new URL(base).hostname;
  const articles = await listPublicArticles(ctx, language, 50);
  return buildAtomFeed({
    id: `${base}/insights/${language}/feed.xml`,
    title: texts.title,
    subtitle: texts.subtitle,
    language,
    selfUrl: `${base}/insights/${language}/feed.xml`,
    siteUrl: `${base}/insights/${language}`,
    fallbackUpdated: new Date(Date.UTC(2026, 0, 1)),
    author: "Sterk",
    entries: articles.map((a) => ({
      id: feedEntryId(host, a.id, language),
      title: a.title,
      url: a.url,
      published: a.publishedAt,
      updated: a.updatedAt > a.publishedAt ? a.updatedAt : a.publishedAt,
      author: a.author,
      summary: a.summary,
      contentHtml: renderMarkdownHtml(a.bodyMarkdown),
    })),
  });
}
