// Effect sizes for comparing cohorts at each Kirkpatrick level (issue 6, part 4), and trend-line projection as
// an isolation method (part 1). Pure; null (never NaN or Infinity) where a figure is undefined.
import { invalid } from "../shared/errors";

/** Two-sided normal quantiles for the confidence levels Sterk offers. */
const Z: Readonly<Record<string, number>> = { "0.8": 1.2815515655446004, "0.9": 1.6448536269514722, "0.95": 1.959963984540054, "0.99": 2.5758293035489004 };
export const CONFIDENCE_LEVELS = [0.8, 0.9, 0.95, 0.99] as const;

export type TEffectSize = {
  /** Hedges' g (two groups) or the standardised mean change d_z (paired). */
  value: number;
  low: number;
  high: number;
  level: number;
  n: number;
};

function zOf(level: number): number {
  const z = Z[String(level)];
  if (z === undefined) throw invalid("level", `level must be one of ${CONFIDENCE_LEVELS.join(", ")}`);
  return z;
}

function finiteList(field: string, values: readonly number[]): void {
  values.forEach((v, i) => {
    if (typeof v !== "number" || !Number.isFinite(v)) throw invalid(`${field}[${i}]`, `${field}[${i}] must be a finite number`);
  });
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
/** Sample variance (n − 1). */
function variance(xs: readonly number[]): number {
  const m = mean(xs);
  return xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1);
}

/**
 * Hedges' g of group a against group b (positive when a's mean is higher), with the usual large-sample
 * interval. null when either group has fewer than 2 values or both have no spread.
 */
export function hedgesG(a: readonly number[], b: readonly number[], level = 0.9): TEffectSize | null {
  finiteList("a", a);
  finiteList("b", b);
  const z = zOf(level);
  const na = a.length;
  const nb = b.length;
  if (na < 2 || nb < 2) return null;
  const pooled = ((na - 1) * variance(a) + (nb - 1) * variance(b)) / (na + nb - 2);
  if (!(pooled > 0)) return null;
  const d = (mean(a) - mean(b)) / Math.sqrt(pooled);
  const g = (1 - 3 / (4 * (na + nb) - 9)) * d;
  const se = Math.sqrt((na + nb) / (na * nb) + (g * g) / (2 * (na + nb)));
  return { value: g, low: g - z * se, high: g + z * se, level, n: na + nb };
}

/**
 * The standardised mean change of paired measurements (after − before, per person): mean change divided by
 * the spread of the changes (d_z), with a large-sample interval. null with fewer than 2 pairs or no spread.
 */
export function pairedChange(before: readonly number[], after: readonly number[], level = 0.9): TEffectSize | null {
  finiteList("before", before);
  finiteList("after", after);
  if (before.length !== after.length) throw invalid("after", "before and after need one value per person each");
  const z = zOf(level);
  const n = before.length;
  if (n < 2) return null;
  const changes = before.map((b, i) => (after[i] ?? 0) - b);
  const v = variance(changes);
  if (!(v > 0)) return null;
  const dz = mean(changes) / Math.sqrt(v);
  const se = Math.sqrt(1 / n + (dz * dz) / (2 * n));
  return { value: dz, low: dz - z * se, high: dz + z * se, level, n };
}

export type TTrendProjection = {
  slope: number;
  intercept: number;
  /** The value the pre-programme trend predicts at `at`. */
  projected: number;
  actual: number;
  /** actual − projected, signed so that a positive effect is an improvement. */
  effect: number;
};

/**
 * Trend-line isolation: a least-squares line through the measurements before the programme, projected to a
 * moment after it; the programme is credited only with the difference between what happened and the trend.
 * null with fewer than two distinct moments before.
 */
export function trendProjection(
  before: readonly { t: number; value: number }[],
  at: number,
  actual: number,
  direction: "higher_is_better" | "lower_is_better",
): TTrendProjection | null {
  before.forEach((p, i) => {
    if (!Number.isFinite(p.t)) throw invalid(`before[${i}].t`, `before[${i}].t must be a finite number`);
    if (!Number.isFinite(p.value)) throw invalid(`before[${i}].value`, `before[${i}].value must be a finite number`);
  });
  if (!Number.isFinite(at)) throw invalid("at", "at must be a finite number");
  if (!Number.isFinite(actual)) throw invalid("actual", "actual must be a finite number");
  if (new Set(before.map((p) => p.t)).size < 2) return null;
  const mt = mean(before.map((p) => p.t));
  const mv = mean(before.map((p) => p.value));
  const sxx = before.reduce((a, p) => a + (p.t - mt) ** 2, 0);
  const sxy = before.reduce((a, p) => a + (p.t - mt) * (p.value - mv), 0);
  const slope = sxy / sxx;
  const intercept = mv - slope * mt;
  const projected = intercept + slope * at;
  const raw = actual - projected;
  return { slope, intercept, projected, actual, effect: direction === "lower_is_better" ? -raw : raw };
}
