/**
 * Amounts typed by people ("1.234,56", "1234.56", "450") become integer cents by reading the digits, never through
 * floating point. Returns null for anything that is not a plain non-negative amount with at most two decimals.
 */
export function parseAmountToCents(text: string): number | null {
  const compact = text.trim().replace(/[\s\u00a0\u202f']/g, "");
  if (compact === "") return null;
  // one grouping separator at most (dots or commas in groups of three), then the other as the decimal separator
  const match =
    /^(\d+)(?:[.,](\d{1,2}))?$/.exec(compact) ??
    /^(\d{1,3}(?:\.\d{3})+)(?:,(\d{1,2}))?$/.exec(compact) ??
    /^(\d{1,3}(?:,\d{3})+)(?:\.(\d{1,2}))?$/.exec(compact);
  if (!match) return null;
  const whole = (match[1] ?? "").replace(/[.,]/g, "");
  const fraction = (match[2] ?? "").padEnd(2, "0");
  const cents = Number(whole) * 100 + Number(fraction);
  return Number.isSafeInteger(cents) ? cents : null;
}

/** Cents as a plain decimal string for an input ("1234.5" → "1234.50"); exact for any safe integer. */
export function centsToAmountText(cents: number): string {
  const whole = Math.trunc(cents / 100);
  const fraction = String(cents % 100).padStart(2, "0");
  return `${whole}.${fraction}`;
}

/** Money in the reader's locale, e.g. "€ 2.950,00" (nl) or "€2,950.00" (en). */
export function formatMoney(cents: number, currency: string, locale: string): string {
  try {
    return new Intl.NumberFormat(locale, { style: "currency", currency }).format(cents / 100);
  } catch {
    return `${centsToAmountText(cents)} ${currency}`;
  }
}
