/** The five rater groups, in report order. */
export { RATER_GROUPS } from "./types";
/** The groups whose raters stay anonymous: peers, direct reports, others. */
export { ANONYMOUS_GROUPS } from "./types";
/** True when a value names a rater group. */
export { isRaterGroup } from "./types";
export type {
  TRaterGroup,
  TAnonymousGroup,
  TRaterComment,
  TRaterResponse,
  TAnonymityThresholds,
  TItemScore,
  TReportComment,
  TShownGroup,
  THiddenGroup,
  TGroupReport,
  TAllRatersReport,
  TFeedbackReport,
  TAggregateOptions,
} from "./types";
/** Sterk's floor thresholds: line manager 1, peers/reports/others 3, all raters 4, overlap gap 3, team cell 5. */
export { DEFAULT_THRESHOLDS } from "./thresholds";
/** An organisation's thresholds: overrides above the defaults raise them, lower ones are ignored. */
export { resolveThresholds } from "./thresholds";
/** The anonymised 360 report: hidden groups, suppressed items, a safe "all raters", shuffled comments. */
export { aggregate } from "./aggregate";
/** One heatmap row: ≥ minCell people per shown cell, with complementary suppression of small remainders. */
export { aggregateCells } from "./aggregate-cells";
export type { THeatmapCellInput, THeatmapCell, THeatmapTotal, THeatmapRow } from "./aggregate-cells";
/** Per group, invited and answered counts for the completion view — never who answered. */
export { completionCounts } from "./completion-counts";
export type { TInvitation, TCompletionCounts } from "./completion-counts";
