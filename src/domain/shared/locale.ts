/** The languages Sterk speaks everywhere. */
export const LOCALES = ["nl", "fr", "en"] as const;
export type TLocale = (typeof LOCALES)[number];

/** True when the value is one of Sterk's locales. */
export function isLocale(value: unknown): value is TLocale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** Picks the best locale from an Accept-Language header; English when nothing fits. */
export function localeFromAcceptLanguage(header: string | undefined | null): TLocale {
  if (!header) return "en";
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    const base = tag.split("-")[0];
    if (isLocale(base)) return base;
  }
  return "en";
}
