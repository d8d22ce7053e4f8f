// The seed's thesis as data: personalised against standard, ROI % with its interval and the effect size per
// level with its interval. Pure, so the chart and its table read the same rows.
import type { TProgrammeEvaluationView } from "../../../contracts/evaluation";
import { finite } from "./format";

export type TThesisPoint = { value: number; low: number | null; high: number | null } | null;
export type TThesisRow = { key: "roi" | "l2" | "l3"; personalised: TThesisPoint; standard: TThesisPoint };

function point(value: number | null | undefined, low?: number | null, high?: number | null): TThesisPoint {
  const v = finite(value);
  if (v === null) return null;
  const l = finite(low);
  const h = finite(high);
  return l === null || h === null ? { value: v, low: null, high: null } : { value: v, low: l, high: h };
}

/** The first personalised and the first standard cohort side by side; null unless both exist. */
export function thesisRows(evaluation: TProgrammeEvaluationView["evaluation"]): TThesisRow[] | null {
  const personalised = evaluation.cohorts.find((c) => c.kind === "personalised");
  const standard = evaluation.cohorts.find((c) => c.kind === "standard");
  if (!personalised || !standard) return null;
  const roi = (c: typeof personalised) => point(c.roi?.roiPct ?? c.interval?.roiPct?.point, c.interval?.roiPct?.low, c.interval?.roiPct?.high);
  const effect = (e: { value: number; low: number; high: number } | null | undefined) => (e ? point(e.value, e.low, e.high) : null);
  return [
    { key: "roi", personalised: roi(personalised), standard: roi(standard) },
    { key: "l2", personalised: effect(personalised.l2?.effect), standard: effect(standard.l2?.effect) },
    { key: "l3", personalised: effect(personalised.l3?.effect), standard: effect(standard.l3?.effect) },
  ];
}

/** A scale covering every point, bound and zero, padded by 10 %; never a zero-width range. */
export function scaleDomain(points: readonly TThesisPoint[]): [number, number] {
  const values = points.flatMap((p) => (p ? [p.value, p.low ?? p.value, p.high ?? p.value] : []));
  let min = Math.min(0, ...values);
  let max = Math.max(0, ...values);
  if (max - min === 0) {
    min -= 1;
    max += 1;
  }
  const pad = (max - min) * 0.1;
  return [min - pad, max + pad];
}
