import type { TValueResult } from "../people/index";

/** What the public site may show: a published article whose publication moment has come. */
export type TArticleStatus = "draft" | "published";

/** Length limits of an article's fields. */
export const ARTICLE_LIMITS = { slug: 80, title: 200, summary: 300, body: 100_000, author: 120 } as const;

/** Path segments the public site uses itself, so no article may take them as its slug. */
export const RESERVED_SLUGS: readonly string[] = ["newsletter", "feed", "assets", "articles", "sitemap", "search", "tag", "page"];

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A URL slug: lower-case letters, digits and single hyphens, not reserved. */
export function parseSlug(raw: string): TValueResult<string> {
  const value = raw.trim();
  if (value.length === 0) return { ok: false, code: "INVALID_SLUG", reason: "is empty" };
  if (value.length > ARTICLE_LIMITS.slug) return { ok: false, code: "INVALID_SLUG", reason: `is longer than ${ARTICLE_LIMITS.slug} characters` };
  if (!SLUG.test(value)) return { ok: false, code: "INVALID_SLUG", reason: "may hold only a-z, 0-9 and single hyphens between them" };
  if (RESERVED_SLUGS.includes(value)) return { ok: false, code: "INVALID_SLUG", reason: `"${value}" is reserved by the site` };
  return { ok: true, value };
}

/** A slug proposed from a title: accents dropped, lower case, words joined by hyphens. */
export function slugify(title: string): string {
  const slug = title
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, ARTICLE_LIMITS.slug)
    .replace(/-+$/, "");
  return RESERVED_SLUGS.includes(slug) ? `${slug}-1` : slug;
}

/** True when the article is on the public site: published, and its publication moment has passed. */
export function isPubliclyVisible(article: { status: TArticleStatus; publishedAt: Date | null }, now: Date): boolean {
  return article.status === "published" && article.publishedAt !== null && article.publishedAt.getTime() <= now.getTime();
}
