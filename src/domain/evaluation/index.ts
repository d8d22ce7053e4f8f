// Programme evaluation (issue 6): Kirkpatrick levels 1–4 per cohort, the Phillips ROI of each enrolled
// cohort with a bootstrap interval, and personalised next to standard. Pure: the PRNG is injected.
export { evaluateProgramme, EXTREME_IQR, MIN_FOR_EXTREMES, MIN_COMPARISON_RESPONDERS } from "./evaluate";
export { checkProgramme } from "./validate";
export { COHORT_KINDS, COST_CATEGORIES } from "./types";
export type * from "./types";
/** Each evaluation step as a sentence in nl, fr or en. */
export { explainEvaluationStep } from "./explain";
