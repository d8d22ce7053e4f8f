import { z } from "zod";
import { ZUuid } from "./common";

const oneLine = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min)
    .max(max)
    .regex(/^[^\u0000-\u001f\u007f\u2028\u2029]*$/, "must be one line without control characters");

const ZArticleVersion = z.strictObject({
  title: oneLine(1, 200),
  summary: oneLine(0, 300).describe("one or two sentences: the index, the meta description and the feed summary"),
  body: z
    .string()
    .max(100_000)
    .regex(/^[^\u0000]*$/, "must not contain NUL characters")
    .describe("Markdown (headings, emphasis, links, lists, quotes, code)"),
});

export const ZArticleStatus = z.enum(["draft", "published"]);

export const ZArticleInput = z.strictObject({
  slug: z.string().trim().max(80).describe("the URL slug: a-z, 0-9 and single hyphens, e.g. strengths-first"),
  author: oneLine(1, 120),
  status: ZArticleStatus,
  publishedAt: z.iso
    .datetime({ offset: true })
    .nullable()
    .optional()
    .describe("the publication moment; publishing without one publishes now"),
  versions: z
    .strictObject({ nl: ZArticleVersion.optional(), fr: ZArticleVersion.optional(), en: ZArticleVersion.optional() })
    .refine((v) => Boolean(v.nl || v.fr || v.en), "write the article in at least one language"),
});
export type TArticleInput = z.infer<typeof ZArticleInput>;

const ZVersionView = z.object({ title: z.string(), summary: z.string(), body: z.string() });
export const ZArticle = z.object({
  id: ZUuid,
  slug: z.string(),
  author: z.string(),
  status: ZArticleStatus,
  publishedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  isPublic: z.boolean(),
  versions: z.object({ nl: ZVersionView.optional(), fr: ZVersionView.optional(), en: ZVersionView.optional() }),
  urls: z.object({ nl: z.string().optional(), fr: z.string().optional(), en: z.string().optional() }),
});
export type TArticle = z.infer<typeof ZArticle>;
export const ZArticleList = z.object({ items: z.array(ZArticle) });
