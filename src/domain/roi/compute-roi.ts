import {
  PHILLIPS_PRINCIPLE,
  type TBenefitAdjustment,
  type TBenefitItem,
  type TControlGroup,
  type TCosts,
  type TRoiResult,
  type TRoiStep,
  type TRoiWarning,
  type TWorksheet,
} from "./types";

type TTrail = { steps: TRoiStep[]; warnings: TRoiWarning[] };

function totalCostsOf(costs: TCosts, trail: TTrail): number | null {
  switch (costs.kind) {
    case "items": {
      let total = 0;
      costs.items.forEach((item, index) => {
        total += item.amount;
        trail.steps.push({ code: "COST_ITEM", index, amount: item.amount, principle: PHILLIPS_PRINCIPLE.fullyLoadCosts });
      });
      return total;
    }
    case "total":
      trail.steps.push({ code: "COSTS_GIVEN_AS_TOTAL", amount: costs.amount, principle: PHILLIPS_PRINCIPLE.fullyLoadCosts });
      trail.warnings.push({ code: "COSTS_GIVEN_AS_TOTAL" });
      return costs.amount;
    case "unknown":
      trail.steps.push({ code: "COSTS_UNKNOWN" });
      trail.warnings.push({ code: "COSTS_UNKNOWN" });
      return null;
  }
}

/** The line's first-year value before any adjustment. */
export function lineAnnualValue(item: TBenefitItem): number {
  const v = item.value;
  return v.kind === "annual" ? v.annualValue : v.unitValue * v.change * v.periodsPerYear * v.nUnits;
}

function adjustmentsOf(item: TBenefitItem): TBenefitAdjustment[] {
  const adjustments: TBenefitAdjustment[] = [];
  if (item.contributionPct !== undefined) {
    adjustments.push({ kind: "contribution", pct: item.contributionPct, principle: PHILLIPS_PRINCIPLE.isolate });
  }
  adjustments.push({ kind: "confidence", pct: item.confidencePct, principle: PHILLIPS_PRINCIPLE.adjustEstimates });
  adjustments.push({ kind: "extra", pct: item.extraAdjustmentPct, principle: PHILLIPS_PRINCIPLE.conservative });
  return adjustments;
}

function benefitLinesTotal(items: readonly TBenefitItem[], trail: TTrail): number {
  let total = 0;
  const notIsolated: number[] = [];
  const excludedWithoutReason: number[] = [];
  items.forEach((item, index) => {
    const annualValue = lineAnnualValue(item);
    if (!item.include) {
      const reason = item.excludeReason?.trim() ? item.excludeReason : null;
      if (reason === null) excludedWithoutReason.push(index);
      trail.steps.push({
        code: "BENEFIT_LINE_EXCLUDED",
        index,
        annualValue,
        excludeReason: reason,
        principle: PHILLIPS_PRINCIPLE.excludeExtremes,
      });
      return;
    }
    const adjustments = adjustmentsOf(item);
    const adjustedValue = adjustments.reduce((value, a) => (value * a.pct) / 100, annualValue);
    if (item.contributionPct === undefined && annualValue !== 0) notIsolated.push(index);
    trail.steps.push({ code: "BENEFIT_LINE", index, annualValue, adjustments, adjustedValue });
    total += adjustedValue;
  });
  if (notIsolated.length > 0) trail.warnings.push({ code: "BENEFITS_NOT_ISOLATED", indexes: notIsolated });
  if (excludedWithoutReason.length > 0) {
    trail.warnings.push({ code: "EXCLUDED_WITHOUT_REASON", indexes: excludedWithoutReason });
  }
  return total;
}

/** Difference in differences on group means, signed so that a positive effect is an improvement. */
export function didEffect(group: TControlGroup): number {
  const experimentalChange = group.experimentalPostMean - group.experimentalPreMean;
  const controlChange = group.controlPostMean - group.controlPreMean;
  const effect = experimentalChange - controlChange;
  return group.direction === "lower_is_better" ? -effect : effect;
}

function controlGroupBenefit(group: TControlGroup, trail: TTrail): { benefit: number; effect: number } {
  const effect = didEffect(group);
  // The comparison group already isolates the effect: no estimate adjustment on top.
  const benefit = effect * group.unitValue * group.periodsPerYear * group.nParticipants;
  trail.steps.push({
    code: "CONTROL_GROUP_DID",
    direction: group.direction,
    experimentalChange: group.experimentalPostMean - group.experimentalPreMean,
    controlChange: group.controlPostMean - group.controlPreMean,
    effectPerParticipantPerPeriod: effect,
    unitValue: group.unitValue,
    periodsPerYear: group.periodsPerYear,
    nParticipants: group.nParticipants,
    benefit,
    principle: PHILLIPS_PRINCIPLE.isolate,
  });
  if (effect <= 0) trail.warnings.push({ code: "CONTROL_GROUP_NO_IMPROVEMENT", effectPerParticipantPerPeriod: effect });
  return { benefit, effect };
}

function totalBenefitsOf(sheet: TWorksheet, trail: TTrail): { total: number; didEffect?: number } {
  const hasMeasuredBenefits = sheet.benefitItems.length > 0 || sheet.controlGroup !== undefined;
  if (!hasMeasuredBenefits) {
    if (sheet.totalBenefitsGiven !== undefined) {
      trail.steps.push({ code: "BENEFITS_GIVEN_AS_TOTAL", amount: sheet.totalBenefitsGiven });
      trail.warnings.push({ code: "BENEFITS_GIVEN_AS_TOTAL" });
      return { total: sheet.totalBenefitsGiven };
    }
    // Principle 6: no improvement data means no improvement is claimed.
    trail.steps.push({ code: "NO_BENEFIT_DATA", principle: PHILLIPS_PRINCIPLE.noDataNoImprovement });
    trail.warnings.push({ code: "NO_BENEFIT_DATA" });
    return { total: 0 };
  }
  let total = benefitLinesTotal(sheet.benefitItems, trail);
  let effect: number | undefined;
  if (sheet.controlGroup) {
    const control = controlGroupBenefit(sheet.controlGroup, trail);
    total += control.benefit;
    effect = control.effect;
  }
  if (sheet.totalBenefitsGiven !== undefined) {
    trail.steps.push({ code: "BENEFITS_TOTAL_IGNORED", amount: sheet.totalBenefitsGiven });
    trail.warnings.push({ code: "BENEFITS_TOTAL_IGNORED" });
  }
  return effect === undefined ? { total } : { total, didEffect: effect };
}

/** Computes the Phillips figures of one worksheet; ratios are null where undefined, never NaN or Infinity. */
export function computeRoi(sheet: TWorksheet): TRoiResult {
  const trail: TTrail = { steps: [], warnings: [] };
  const totalCosts = totalCostsOf(sheet.costs, trail);
  const benefits = totalBenefitsOf(sheet, trail);
  const totalBenefits = benefits.total;
  if (totalCosts === 0) trail.warnings.push({ code: "COSTS_ZERO" });

  const outOfRange: string[] = [];
  const finite = (field: string, value: number | null): number | null => {
    if (value === null || Number.isFinite(value)) return value;
    outOfRange.push(field);
    return null;
  };
  const known = totalCosts !== null;
  const netBenefits = known ? totalBenefits - totalCosts : null;
  const roiPct = finite("roi_pct", known && totalCosts > 0 ? ((totalBenefits - totalCosts) / totalCosts) * 100 : null);
  const bcr = finite("bcr", known && totalCosts > 0 ? totalBenefits / totalCosts : null);
  const paybackMonths = finite("payback_months", known && totalBenefits > 0 ? (totalCosts / totalBenefits) * 12 : null);

  if (known && totalBenefits <= 0) trail.warnings.push({ code: "NO_PAYBACK" });
  if (paybackMonths !== null && paybackMonths > 12) trail.warnings.push({ code: "PAYBACK_BEYOND_FIRST_YEAR", paybackMonths });
  if (outOfRange.length > 0) trail.warnings.push({ code: "RESULT_OUT_OF_RANGE", fields: outOfRange });

  return {
    totalCosts,
    totalBenefits,
    netBenefits,
    roiPct,
    bcr,
    paybackMonths,
    ...(benefits.didEffect !== undefined && { didEffectPerParticipantPerPeriod: benefits.didEffect }),
    warnings: trail.warnings,
    explanation: { steps: trail.steps },
  };
}
