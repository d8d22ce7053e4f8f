import type { TRoiResult, TRoiWarning } from "./types";

/** One result in the exchange format of SCHEMA.md: exactly these keys, in this order. */
export type TWorksheetOutput = {
  id: string | null;
  total_costs: number | null;
  total_benefits: number | null;
  net_benefits: number | null;
  roi_pct: number | null;
  bcr: number | null;
  payback_months: number | null;
  did_effect_per_participant_per_period?: number;
  warnings: string[];
};

/** Shapes a result as the exchange format; `describeWarning` supplies the reader's words for each warning. */
export function toWorksheetOutput(
  id: string | null,
  result: TRoiResult,
  describeWarning: (warning: TRoiWarning) => string,
): TWorksheetOutput {
  return {
    id,
    total_costs: result.totalCosts,
    total_benefits: result.totalBenefits,
    net_benefits: result.netBenefits,
    roi_pct: result.roiPct,
    bcr: result.bcr,
    payback_months: result.paybackMonths,
    ...(result.didEffectPerParticipantPerPeriod !== undefined && {
      did_effect_per_participant_per_period: result.didEffectPerParticipantPerPeriod,
    }),
    warnings: result.warnings.map(describeWarning),
  };
}
