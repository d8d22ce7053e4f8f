/// <reference types="vite/client" />
import { describe, expect, it } from "vitest";
import { ZOrgRole } from "../../contracts/common";
import { PERSON_FIELDS } from "../../contracts/people";
import { PROBLEM_CODES } from "../components/problem-message";
import { IMPORT_ISSUE_CODES } from "../features/import/import-report-view";
import { CATALOGUES } from "./all-catalogues";
import { LOCALES, pickLocale } from "./index";

// every source of the web app as text (Vite's glob: the web app's lint forbids node:fs here)
const sources = import.meta.glob<string>(["../**/*.{ts,tsx}", "!../**/*.test.{ts,tsx}", "!../test-utils.tsx"], {
  query: "?raw",
  import: "default",
  eager: true,
});
const catalogues: Record<string, unknown> = CATALOGUES;

/** "a.b.c" -> value, for every leaf of a nested catalogue. */
function flatten(tree: unknown, prefix = ""): Map<string, unknown> {
  const leaves = new Map<string, unknown>();
  if (tree === null || typeof tree !== "object" || Array.isArray(tree)) {
    leaves.set(prefix, tree);
    return leaves;
  }
  for (const [key, value] of Object.entries(tree)) {
    for (const [leaf, leafValue] of flatten(value, prefix ? `${prefix}.${key}` : key)) leaves.set(leaf, leafValue);
  }
  return leaves;
}

/** Keys written literally as t("…") or tk("…") (template literals with ${} are dynamic and skipped). */
function usedKeys(): Map<string, string> {
  const used = new Map<string, string>();
  const call = /\b(?:t|tk)\(\s*(["'`])([^"'`$\n]+)\1/g;
  for (const [file, text] of Object.entries(sources)) {
    for (const match of text.matchAll(call)) {
      const key = match[2] ?? "";
      if (!used.has(key)) used.set(key, file);
    }
  }
  return used;
}

const flat = Object.fromEntries(LOCALES.map((locale) => [locale, flatten(catalogues[locale])]));

describe("locale catalogues", () => {
  it.each(LOCALES)("%s has exactly the keys of the English catalogue", (locale) => {
    const english = [...(flat.en?.keys() ?? [])].sort();
    expect([...(flat[locale]?.keys() ?? [])].sort()).toEqual(english);
  });

  it.each(LOCALES)("%s has a non-empty text for every key", (locale) => {
    const empty = [...(flat[locale] ?? new Map())]
      .filter(([, value]) => typeof value !== "string" || value.trim() === "")
      .map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it.each(LOCALES)("%s uses the same {{placeholders}} as English in every text", (locale) => {
    const placeholders = (text: unknown) => [...String(text).matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
    const different = [...(flat.en ?? new Map())]
      .filter(([key, value]) => JSON.stringify(placeholders(flat[locale]?.get(key))) !== JSON.stringify(placeholders(value)))
      .map(([key]) => key);
    expect(different).toEqual([]);
  });

  it("addresses the reader formally: u in Dutch, vous in French", () => {
    const texts = (locale: string) => [...(flat[locale]?.values() ?? [])].map(String).join("\n");
    // \b is ASCII-only; accented letters must count as part of a word
    const words = (list: string) => new RegExp(`(?<!\\p{L})(?:${list})(?!\\p{L})`, "giu");
    expect(texts("nl").match(words("je|jij|jou|jouw|jullie")) ?? []).toEqual([]);
    expect(texts("fr").match(words("tu|toi|ton|ta|tes")) ?? []).toEqual([]);
    expect(texts("fr").match(/(?<!\p{L})t[’']\p{L}/giu) ?? []).toEqual([]);
  });
});

describe("keys used by the interface", () => {
  it("finds the keys written in the sources (the scan itself works)", () => {
    expect(Object.keys(sources).length).toBeGreaterThan(20);
    const used = usedKeys();
    expect(used.has("auth.signIn")).toBe(true);
    expect(used.has("nav.people")).toBe(true);
  });

  it("exist in every locale", () => {
    const missing = [...usedKeys()].flatMap(([key, file]) =>
      // a plural key ("x" called with a count) exists as its forms "x_one", "x_other"
      LOCALES.filter((locale) => !flat[locale]?.has(key) && !flat[locale]?.has(`${key}_other`)).map((locale) => `${locale}: ${key} (${file})`),
    );
    expect(missing).toEqual([]);
  });

  it("exist for every key built from a code or a field name", () => {
    const families = [
      ...PROBLEM_CODES.map((code) => `errors.${code}`),
      ...IMPORT_ISSUE_CODES.map((code) => `import.issue.${code}`),
      ...PERSON_FIELDS.map((field) => `fields.${field}`),
      ...ZOrgRole.options.map((role) => `roles.${role}`),
    ];
    const missing = families.flatMap((key) => LOCALES.filter((locale) => !flat[locale]?.has(key)).map((l) => `${l}: ${key}`));
    expect(missing).toEqual([]);
  });
});

describe("pickLocale", () => {
  it.each([
    [["fr-BE", "en"], "fr"],
    [["de-DE", "nl-BE", "fr"], "nl"],
    [["EN-gb"], "en"],
    [["nl_BE"], "nl"],
    [["de", "es"], "en"],
    [[], "en"],
  ])("%j -> %s", (preferred, expected) => {
    expect(pickLocale(preferred)).toBe(expected);
  });
});
