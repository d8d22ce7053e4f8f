import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isPubliclyVisible, parseSlug, RESERVED_SLUGS, slugify } from "./article";

describe("parseSlug", () => {
  it.each(["strengths-first", "roi-2026", "a"])("accepts %j", (slug) => {
    expect(parseSlug(slug)).toEqual({ ok: true, value: slug });
  });
  it.each(["", "Upper", "two--hyphens", "-leading", "trailing-", "with space", "é", "../etc", "feed", "newsletter", "a".repeat(81)])("refuses %j", (slug) => {
    expect(parseSlug(slug).ok).toBe(false);
  });
});

describe("slugify", () => {
  it.each([
    ["De lage ROI van leer- en ontwikkelingsprogramma's", "de-lage-roi-van-leer-en-ontwikkelingsprogramma-s"],
    ["Les facteurs critiques : créer une approche à la carte", "les-facteurs-critiques-creer-une-approche-a-la-carte"],
    ["Newsletter", "newsletter-1"],
  ])("turns %j into %j", (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it("always proposes a slug parseSlug accepts, unless the title has no letters or digits", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (title) => {
        const slug = slugify(title);
        return slug === "" || (parseSlug(slug).ok && !RESERVED_SLUGS.includes(slug));
      }),
    );
  });
});

describe("isPubliclyVisible", () => {
  const now = new Date("2026-11-27T12:00:00Z");
  it.each([
    ["a draft", { status: "draft" as const, publishedAt: new Date("2026-01-01") }, false],
    ["a published article", { status: "published" as const, publishedAt: new Date("2026-11-27T11:59:00Z") }, true],
    ["one scheduled for later", { status: "published" as const, publishedAt: new Date("2026-11-28T00:00:00Z") }, false],
    ["a published article without a date", { status: "published" as const, publishedAt: null }, false],
  ])("shows %s: %s", (_, article, visible) => {
    expect(isPubliclyVisible(article, now)).toBe(visible);
  });
});
