/**
 * Parses an amount typed in the currency's main unit ("25000", "25000.5", "25 000,50") into integer cents by
 * string arithmetic (no floating point); null when it is not a non-negative amount with at most two decimals.
 */
export function parseAmountToCents(text: string): number | null {
  const compact = text.trim().replace(/[\s\u00a0\u202f_']/g, "");
  const match = /^(\d{1,10})(?:[.,](\d{1,2}))?$/.exec(compact);
  if (!match) return null;
  const whole = match[1] ?? "0";
  const fraction = (match[2] ?? "").padEnd(2, "0");
  return Number(whole) * 100 + Number(fraction);
}
