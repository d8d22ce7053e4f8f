export type {
  TBenefitAdjustment,
  TBenefitItem,
  TBenefitValue,
  TControlDirection,
  TControlGroup,
  TCostItem,
  TCosts,
  TPhillipsPrinciple,
  TRoiResult,
  TRoiStep,
  TRoiWarning,
  TWorksheet,
  TWorksheetEntry,
} from "./types";
export type { TWorksheetIssue } from "./worksheet-schema";
export type { TWorksheetOutput } from "./exchange-output";
export type { TBootstrapInput, TBootstrapResult, TInterval } from "./bootstrap-roi";

/** The Phillips guiding principles the engine applies, by their number in the methodology. */
export { PHILLIPS_PRINCIPLE } from "./types";
/** Validates one worksheet object of the exchange format; errors name the exact field path. */
export { parseWorksheet } from "./worksheet-schema";
/** Reads an exchange file's JSON (worksheet, case object or array) into worksheets in input order. */
export { readWorksheetFile } from "./worksheet-schema";
/** The largest magnitude any number of a worksheet may have. */
export { MAX_MAGNITUDE } from "./worksheet-schema";
/** Formats a JSON path as `benefit_items[2].unit_value`. */
export { formatFieldPath } from "./worksheet-schema";
/** Computes total costs and benefits, net benefits, ROI %, BCR and payback, with warnings and an explanation. */
export { computeRoi } from "./compute-roi";
/** The first-year value of one benefit line before isolation and adjustment. */
export { lineAnnualValue } from "./compute-roi";
/** The difference-in-differences effect of a control group, positive when the programme helped. */
export { didEffect } from "./compute-roi";
/** Shapes a result as the exchange format's output object (exactly the keys of SCHEMA.md). */
export { toWorksheetOutput } from "./exchange-output";
/** Percentile bootstrap interval for total benefits and ROI % from per-person benefits and a seeded PRNG. */
export { bootstrapRoi } from "./bootstrap-roi";
/** Each step, warning and principle of a result as a sentence in nl, fr or en. */
export { explainStep, explainWarning, principleText } from "./explain";
export type { TExplainOptions } from "./explain";
/** Effect sizes per level (Hedges' g between cohorts, d_z before/after) and trend-line isolation. */
export { hedgesG, pairedChange, trendProjection, CONFIDENCE_LEVELS } from "./effect-size";
export type { TEffectSize, TTrendProjection } from "./effect-size";
