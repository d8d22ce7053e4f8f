import {
  deleteArticle,
  findArticle,
  findArticleBySlug,
  insertArticle,
  listArticles,
  replaceArticleVersions,
  updateArticle,
  type TArticleWithVersions,
} from "../../db/insights-repo";
import { authorise } from "../../domain/policy/index";
import { isPubliclyVisible, parseSlug, type TArticleStatus } from "../../domain/insights/index";
import { DomainError, invalid, notFound } from "../../domain/shared/errors";
import { LOCALES, type TLocale } from "../../domain/shared/locale";
import { asLocale, storedUserId, type TOperatorActor } from "../newsletter/subscription-state";
import type { TAppContext } from "../shared/context";

export type TArticleVersions = Partial<Record<TLocale, { title: string; summary: string; body: string }>>;
export type TArticleInput = { slug: string; author: string; status: TArticleStatus; publishedAt?: string | null; versions: TArticleVersions };


function versionRows(versions: TArticleVersions) {
  const rows = LOCALES.flatMap((language) => {
    const v = versions[language];
    return v ? [{ language, title: v.title, summary: v.summary, bodyMarkdown: v.body }] : [];
  });
  if (rows.length === 0) throw invalid("versions", "write the article in at least one language");
  return rows;
}

function checkedSlug(raw: string): string {
  const slug = parseSlug(raw);
  if (!slug.ok) throw invalid("slug", `the slug ${slug.reason}`);
  return slug.value;
}

function publicationMoment(input: TArticleInput, current: Date | null, now: Date): Date | null {
  if (input.publishedAt) return new Date(input.publishedAt);
  if (input.publishedAt === null && input.status === "draft") return null;
  return current ?? (input.status === "published" ? now : null);
}

function presentArticle(a: TArticleWithVersions, publicUrl: string, now: Date) {
  const versions: TArticleVersions = {};
  for (const v of a.versions) versions[asLocale(v.language)] = { title: v.title, summary: v.summary, body: v.bodyMarkdown };
  const visible = isPubliclyVisible({ status: a.status as TArticleStatus, publishedAt: a.publishedAt }, now);
  return {
    id: a.id,
    slug: a.slug,
    author: a.author,
    status: a.status as TArticleStatus,
    publishedAt: a.publishedAt?.toISOString() ?? null,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
    isPublic: visible,
    versions,
    urls: Object.fromEntries(a.versions.map((v) => [v.language, `${publicUrl}/insights/${v.language}/${a.slug}`])) as Partial<Record<TLocale, string>>,
  };
}
export type TArticleView = ReturnType<typeof presentArticle>;

type TCtx = Pick<TAppContext, "db" | "now" | "config">;

async function load(ctx: TCtx, id: string) {
  const article = await findArticle(ctx.db, id);
  if (!article) throw notFound("article");
  return presentArticle(article, ctx.config.publicUrl, ctx.now());
}

/** Every article, drafts included, for the operator. */
export async function listArticlesForOperator(ctx: TCtx, actor: TOperatorActor): Promise<TArticleView[]> {
  authorise(actor, "insights.manage");
  const now = ctx.now();
  return (await listArticles(ctx.db)).map((a) => presentArticle(a, ctx.config.publicUrl, now));
}

/** One article for the editor. */
export async function getArticle(ctx: TCtx, actor: TOperatorActor, id: string): Promise<TArticleView> {
  authorise(actor, "insights.manage");
  return load(ctx, id);
}

/** Writes a new article; publishing without a date publishes now. Slugs are unique. */
export async function createArticle(ctx: TCtx, actor: TOperatorActor, input: TArticleInput): Promise<TArticleView> {
  authorise(actor, "insights.manage");
  const slug = checkedSlug(input.slug);
  const versions = versionRows(input.versions);
  const now = ctx.now();
  const id = await ctx.db.transaction(async (tx) => {
    const row = await insertArticle(tx, {
      slug,
      author: input.author,
      status: input.status,
      publishedAt: publicationMoment(input, null, now),
      createdBy: storedUserId(actor),
      createdAt: now,
      updatedAt: now,
    });
    if (!row) throw new DomainError("CONFLICT", `another article already uses the slug ${slug}`, "slug");
    await replaceArticleVersions(tx, row.id, versions, now);
    return row.id;
  });
  return load(ctx, id);
}

/** Rewrites an article (all fields); versions left out are removed. */
export async function editArticle(ctx: TCtx, actor: TOperatorActor, id: string, input: TArticleInput): Promise<TArticleView> {
  authorise(actor, "insights.manage");
  const slug = checkedSlug(input.slug);
  const versions = versionRows(input.versions);
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const current = await findArticle(tx, id);
    if (!current) throw notFound("article");
    if (slug !== current.slug) {
      if (await findArticleBySlug(tx, slug)) throw new DomainError("CONFLICT", `another article already uses the slug ${slug}`, "slug");
    }
    await updateArticle(tx, id, { slug, author: input.author, status: input.status, publishedAt: publicationMoment(input, current.publishedAt, now), updatedAt: now });
    await replaceArticleVersions(tx, id, versions, now);
  });
  return load(ctx, id);
}

/** Deletes an article in every language. */
export async function removeArticle(ctx: Pick<TAppContext, "db">, actor: TOperatorActor, id: string): Promise<void> {
  authorise(actor, "insights.manage");
  if (!(await deleteArticle(ctx.db, id))) throw notFound("article");
}
