// Formatting of evaluation figures for the reader: money, percentages, ratios and intervals. A figure that is
// undefined (null, NaN or ±Infinity) is never shown as a number: the caller shows "—" with the reason.
import type { TCohortKind } from "../../../domain/evaluation/types";

export type TFormatLocale = "nl" | "fr" | "en";

const TAGS: Record<TFormatLocale, string> = { nl: "nl-BE", fr: "fr-BE", en: "en-GB" };

/**
 * A cohort named by its kind and its name, the kind once when the name already says it ("Vergelijkingsgroep", not
 * "Vergelijkingsgroep Vergelijkingsgroep"; "Standaardprogramma", not "Standaard: Standaardprogramma").
 */
export function cohortLabel(kind: string, name: string, separator = ": "): string {
  const plain = (text: string) => text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").trim().toLocaleLowerCase();
  return plain(name).startsWith(plain(kind)) ? name : `${kind}${separator}${name}`;
}

/** The value when it is a finite number, else null (so NaN or Infinity can never reach the screen). */
export function finite(value: number | null | undefined): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

/** Integer cents as money in the currency, without decimals ("€ 12.345"); null when undefined. */
export function formatMoney(cents: number | null | undefined, currency: string, locale: TFormatLocale): string | null {
  const value = finite(cents);
  if (value === null) return null;
  try {
    return new Intl.NumberFormat(TAGS[locale], { style: "currency", currency, maximumFractionDigits: 0, minimumFractionDigits: 0 }).format(value / 100);
  } catch {
    return `${formatNumber(value / 100, locale, 0)} ${currency}`;
  }
}

/** A plain number with at most `digits` decimals; null when undefined. */
export function formatNumber(value: number | null | undefined, locale: TFormatLocale, digits = 2): string | null {
  const v = finite(value);
  if (v === null) return null;
  return new Intl.NumberFormat(TAGS[locale], { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(v);
}

/** A percentage already in percent (ROI 123.4 → "123 %"); null when undefined. */
export function formatPct(value: number | null | undefined, locale: TFormatLocale, digits = 0): string | null {
  const text = formatNumber(value, locale, digits);
  return text === null ? null : `${text} %`;
}

/** A share 0..1 as a percentage (0.57 → "57 %"); null when undefined. */
export function formatShare(value: number | null | undefined, locale: TFormatLocale): string | null {
  const v = finite(value);
  return v === null ? null : formatPct(v * 100, locale, 0);
}

/** A benefit-cost ratio with two decimals ("2,35" in Dutch); null when undefined. */
export function formatRatio(value: number | null | undefined, locale: TFormatLocale): string | null {
  const v = finite(value);
  if (v === null) return null;
  return new Intl.NumberFormat(TAGS[locale], { maximumFractionDigits: 2, minimumFractionDigits: 2 }).format(v);
}

export type TIntervalLike = { low: number | null; high: number | null; level: number } | null | undefined;

/**
 * An interval's bounds and level as texts, or null when either bound is undefined. `level` may be given as
 * a fraction (0.9) or in percent (90); it is shown in percent.
 */
export function formatInterval(
  interval: TIntervalLike,
  format: (value: number) => string | null,
  locale: TFormatLocale,
): { low: string; high: string; level: string } | null {
  if (!interval) return null;
  const low = finite(interval.low);
  const high = finite(interval.high);
  const level = finite(interval.level);
  if (low === null || high === null || level === null) return null;
  const lowText = format(low);
  const highText = format(high);
  if (lowText === null || highText === null) return null;
  const levelPct = level <= 1 ? level * 100 : level;
  return { low: lowText, high: highText, level: formatNumber(levelPct, locale, 0) ?? "" };
}

/** Why a figure is undefined; each reason has a sentence under evaluation.nullReason.<reason>. */
export type TNullReason = "comparison" | "tooSmall" | "noCosts" | "noBenefits" | "noInterval" | "noData";

/** The smallest cohort whose figures executives see (smaller ones are reported as too small). */
export const MIN_REPORTED_COHORT = 5;

type TFigureSource = { kind: TCohortKind; participants: number; costsCents: number; benefitsCents: number };

/**
 * The reason a cohort's ROI, BCR, payback or interval is null: the comparison group has no ROI; a cohort
 * under the minimum is too small to report; without costs a ratio is undefined; without positive benefits
 * there is no payback; an interval needs per-person data.
 */
export function nullReason(source: TFigureSource, figure: "roi" | "bcr" | "payback" | "interval" | "money"): TNullReason {
  if (source.kind === "comparison") return "comparison";
  if (source.participants < MIN_REPORTED_COHORT) return "tooSmall";
  if (figure === "money") return "noData";
  if (figure === "payback" && source.benefitsCents <= 0) return "noBenefits";
  if (figure !== "interval" && source.costsCents <= 0) return "noCosts";
  if (figure === "interval") return "noInterval";
  return "noData";
}
