import type { z } from "zod";
import type { TArticle, TArticleInput } from "../../../contracts/insights";
import { LOCALES, type TLocale } from "../../i18n";

export type TVersionValues = { enabled: boolean; title: string; summary: string; body: string };
export type TArticleFormValues = {
  slug: string;
  author: string;
  status: "draft" | "published";
  /** a datetime-local value (the reader's time zone), or empty to publish now */
  publishedAt: string;
  versions: Record<TLocale, TVersionValues>;
};

const blank: TVersionValues = { enabled: false, title: "", summary: "", body: "" };
const pad = (n: number) => String(n).padStart(2, "0");

/** An ISO timestamp as the value of a datetime-local input, in the reader's time zone. */
export function toLocalInput(iso: string | null): string {
  if (!iso) return "";
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The form's starting values: an article being edited, or a new one in the reader's language. */
export function articleFormValues(article: TArticle | undefined, language: TLocale): TArticleFormValues {
  const versions = Object.fromEntries(
    LOCALES.map((l) => {
      const v = article?.versions[l];
      return [l, v ? { enabled: true, ...v } : { ...blank, enabled: !article && l === language }];
    }),
  ) as Record<TLocale, TVersionValues>;
  return {
    slug: article?.slug ?? "",
    author: article?.author ?? "",
    status: article?.status ?? "draft",
    publishedAt: toLocalInput(article?.publishedAt ?? null),
    versions,
  };
}

/** What the form would send, before the contract checks it. */
export function articleInputCandidate(values: TArticleFormValues): TArticleInput {
  const versions: TArticleInput["versions"] = {};
  for (const l of LOCALES) {
    const v = values.versions[l];
    if (v.enabled) versions[l] = { title: v.title, summary: v.summary, body: v.body };
  }
  return {
    slug: values.slug.trim(),
    author: values.author,
    status: values.status,
    publishedAt: values.publishedAt ? new Date(values.publishedAt).toISOString() : null,
    versions,
  };
}

/** Field paths ("versions.fr.title") of a failed parse, first problem each. */
export function errorPaths(error: z.ZodError): string[] {
  return [...new Set(error.issues.map((issue) => issue.path.join(".")))];
}
