import { and, asc, desc, eq, inArray, isNotNull, lte } from "drizzle-orm";
import type { TDb } from "./client";
import { insightArticles, insightArticleVersions } from "./schema/index";

export type TArticleRow = typeof insightArticles.$inferSelect;
export type TArticleVersionRow = typeof insightArticleVersions.$inferSelect;
export type TArticleWithVersions = TArticleRow & { versions: TArticleVersionRow[] };
export type TArticleVersionInput = { language: string; title: string; summary: string; bodyMarkdown: string };

async function withVersions(db: TDb, articles: TArticleRow[]): Promise<TArticleWithVersions[]> {
  const ids = articles.map((a) => a.id);
  const versions = ids.length
    ? await db.select().from(insightArticleVersions).where(inArray(insightArticleVersions.articleId, ids)).orderBy(asc(insightArticleVersions.language))
    : [];
  return articles.map((a) => ({ ...a, versions: versions.filter((v) => v.articleId === a.id) }));
}

/** Every article, newest first, for the operator. */
export async function listArticles(db: TDb, limit = 500): Promise<TArticleWithVersions[]> {
  const rows = await db.select().from(insightArticles).orderBy(desc(insightArticles.updatedAt)).limit(limit);
  return withVersions(db, rows);
}

export async function findArticle(db: TDb, id: string): Promise<TArticleWithVersions | undefined> {
  const [row] = await db.select().from(insightArticles).where(eq(insightArticles.id, id));
  return row ? (await withVersions(db, [row]))[0] : undefined;
}

export async function findArticleBySlug(db: TDb, slug: string): Promise<TArticleWithVersions | undefined> {
  const [row] = await db.select().from(insightArticles).where(eq(insightArticles.slug, slug));
  return row ? (await withVersions(db, [row]))[0] : undefined;
}

/** Inserts an article unless the slug is taken (undefined then). */
export async function insertArticle(db: TDb, values: typeof insightArticles.$inferInsert): Promise<TArticleRow | undefined> {
  const [row] = await db.insert(insightArticles).values(values).onConflictDoNothing().returning();
  return row;
}

export async function updateArticle(db: TDb, id: string, values: Partial<Omit<typeof insightArticles.$inferInsert, "id">>): Promise<void> {
  await db.update(insightArticles).set(values).where(eq(insightArticles.id, id));
}

/** Replaces the language versions; versions whose text did not change keep their updated time. */
export async function replaceArticleVersions(db: TDb, articleId: string, versions: TArticleVersionInput[], now: Date): Promise<void> {
  const current = await db.select().from(insightArticleVersions).where(eq(insightArticleVersions.articleId, articleId));
  await db.delete(insightArticleVersions).where(eq(insightArticleVersions.articleId, articleId));
  if (!versions.length) return;
  await db.insert(insightArticleVersions).values(
    versions.map((v) => {
      const old = current.find((c) => c.language === v.language);
      const same = old && old.title === v.title && old.summary === v.summary && old.bodyMarkdown === v.bodyMarkdown;
      return { ...v, articleId, updatedAt: same ? old.updatedAt : now };
    }),
  );
}

export async function deleteArticle(db: TDb, id: string): Promise<boolean> {
  const rows = await db.delete(insightArticles).where(eq(insightArticles.id, id)).returning({ id: insightArticles.id });
  return rows.length > 0;
}

/** Published articles whose moment has come that have a version in the language, newest first. */
export async function listPublishedInLanguage(db: TDb, language: string, now: Date, limit = 200) {
  return db
    .select({ article: insightArticles, version: insightArticleVersions })
    .from(insightArticles)
    .innerJoin(insightArticleVersions, and(eq(insightArticleVersions.articleId, insightArticles.id), eq(insightArticleVersions.language, language)))
    .where(and(eq(insightArticles.status, "published"), isNotNull(insightArticles.publishedAt), lte(insightArticles.publishedAt, now)))
    .orderBy(desc(insightArticles.publishedAt), asc(insightArticles.slug))
    .limit(limit);
}
