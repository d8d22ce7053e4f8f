import { pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./platform";

// Insights are the operator's public articles (platform-wide): no organisation_id.

/** An article; its text lives in one version per language. */
export const insightArticles = pgTable("insight_articles", {
  id: uuid("id").primaryKey().defaultRandom(),
  slug: text("slug").notNull().unique(),
  author: text("author").notNull(),
  /** draft | published */
  status: text("status").notNull().default("draft"),
  /** the publication moment shown to readers; a published article appears once it has passed */
  publishedAt: timestamp("published_at", { withTimezone: true }),
  createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** One language version of an article, in Markdown. */
export const insightArticleVersions = pgTable(
  "insight_article_versions",
  {
    articleId: uuid("article_id")
      .notNull()
      .references(() => insightArticles.id, { onDelete: "cascade" }),
    language: text("language").notNull(),
    title: text("title").notNull(),
    summary: text("summary").notNull(),
    bodyMarkdown: text("body_markdown").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.language] })],
);
