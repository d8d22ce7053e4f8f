/** Respondents needed before a scale's α is reported to HR (below it the estimate is too unstable). */
export const RELIABILITY_MIN_RESPONDENTS = 30;

/** Sample variance (n − 1); the caller guarantees at least two values. */
function variance(values: readonly number[]): number {
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  return values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (values.length - 1);
}

/**
 * Cronbach's α of one scale: α = k/(k−1) · (1 − Σ var(item) / var(total)), with `rows[r][i]` the
 * (already keyed) answer of respondent r to item i. Null, never NaN, when it is undefined: fewer
 * than two items or respondents, rows of unequal length, a non-finite value, or no variance in the totals.
 */
export function cronbachAlpha(rows: readonly (readonly number[])[]): number | null {
  const k = rows[0]?.length ?? 0;
  if (rows.length < 2 || k < 2) return null;
  if (rows.some((row) => row.length !== k || row.some((v) => !Number.isFinite(v)))) return null;
  let itemVariances = 0;
  for (let i = 0; i < k; i++) itemVariances += variance(rows.map((row) => row[i] as number));
  const totalVariance = variance(rows.map((row) => row.reduce((sum, v) => sum + v, 0)));
  if (!(totalVariance > 0)) return null;
  const alpha = (k / (k - 1)) * (1 - itemVariances / totalVariance);
  return Number.isFinite(alpha) ? alpha : null;
}

/** Why a scale has no α: too few complete respondents, or answers without variance. */
export type TReliabilityStatus = "ok" | "not-enough-data" | "no-variance";

export type TScaleReliability = { respondents: number; alpha: number | null; status: TReliabilityStatus };

/**
 * α of one scale over the respondents who answered every item (`null` marks a missing answer; such
 * rows are left out), reported only from `minRespondents` (30) complete respondents on.
 */
export function scaleReliability(
  rows: readonly (readonly (number | null)[])[],
  minRespondents: number = RELIABILITY_MIN_RESPONDENTS,
): TScaleReliability {
  const complete = rows.filter((row): row is number[] => row.length > 0 && row.every((v) => typeof v === "number" && Number.isFinite(v)));
  const respondents = complete.length;
  if (respondents < Math.max(2, minRespondents)) return { respondents, alpha: null, status: "not-enough-data" };
  const alpha = cronbachAlpha(complete);
  return alpha === null ? { respondents, alpha: null, status: "no-variance" } : { respondents, alpha, status: "ok" };
}
