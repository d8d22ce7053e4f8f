// Pure helpers for the ROI worksheets page: read the uploaded text as JSON and format results (amounts in the
// worksheet's currency units, not cents). Undefined figures (null, NaN, ±Infinity) are never formatted.
const TAGS = { nl: "nl-BE", fr: "fr-BE", en: "en-GB" } as const;
type TLocale = keyof typeof TAGS;

/** The file's JSON, or not ok when it is not JSON (a byte-order mark is tolerated). */
export function parseWorksheetText(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, "")) };
  } catch {
    return { ok: false };
  }
}

/** A number with up to `digits` decimals, or null when it is undefined. */
export function formatNumberOrNull(value: number | null | undefined, locale: TLocale, digits: number): string | null {
  if (typeof value !== "number" || !Number.isFinite(value)) return null;
  return new Intl.NumberFormat(TAGS[locale], { maximumFractionDigits: digits }).format(value);
}

/** An amount in the worksheet's currency (an ISO code formats as money, any other label is appended). */
export function formatMoneyUnits(value: number | null | undefined, currency: string | null, locale: TLocale): string | null {
  if (typeof value !== "number" || !Number.isFinite(value)) return null;
  if (currency && /^[A-Z]{3}$/.test(currency)) {
    try {
      return new Intl.NumberFormat(TAGS[locale], { style: "currency", currency, maximumFractionDigits: 2 }).format(value);
    } catch {
      // an unknown code: shown as a label below
    }
  }
  const number = new Intl.NumberFormat(TAGS[locale], { maximumFractionDigits: 2 }).format(value);
  return currency ? `${number} ${currency}` : number;
}
