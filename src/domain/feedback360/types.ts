import type { TRandom } from "../shared/random";

/** The groups a 360 rater belongs to; the person rates themself as `self`. */
export const RATER_GROUPS = ["self", "line_manager", "peer", "direct_report", "other"] as const;
export type TRaterGroup = (typeof RATER_GROUPS)[number];

/** True when the value is one of the rater groups. */
export function isRaterGroup(value: unknown): value is TRaterGroup {
  return typeof value === "string" && (RATER_GROUPS as readonly string[]).includes(value);
}

/** The groups whose raters stay anonymous: shown only as a group that meets its minimum. */
export const ANONYMOUS_GROUPS = ["peer", "direct_report", "other"] as const;
export type TAnonymousGroup = (typeof ANONYMOUS_GROUPS)[number];

/** A free-text comment: on one item when `itemId` is set, else on the whole questionnaire. */
export type TRaterComment = { itemId?: string; text: string };

/**
 * One submitted 360 response. `answers[itemId]` is the rating, or null for "can't judge".
 * `comment` is an overall comment; `comments` may hold overall and per-item comments.
 */
export type TRaterResponse = {
  raterId: string;
  group: TRaterGroup;
  answers: Readonly<Record<string, number | null>>;
  comment?: string;
  comments?: readonly TRaterComment[];
};

/**
 * Minimum numbers of raters (people for `teamCell`) before an aggregate may be shown, and the
 * smallest allowed difference between overlapping aggregates (`overlapGap`).
 */
export type TAnonymityThresholds = {
  lineManager: number;
  peer: number;
  directReport: number;
  other: number;
  allRaters: number;
  overlapGap: number;
  teamCell: number;
};

/** One item's score in one aggregate: shown with its mean and number of answers, or suppressed. */
export type TItemScore =
  | { itemId: string; shown: true; mean: number; answerCount: number }
  | { itemId: string; shown: false };

/** A comment as the report shows it: no rater, no date, no position that hints at either. */
export type TReportComment = { itemId?: string; text: string };

/** A shown group: how many raters answered, per-item scores and comments. */
export type TShownGroup = {
  group: TRaterGroup;
  shown: true;
  raterCount: number;
  items: TItemScore[];
  comments: TReportComment[];
};

/** A hidden group says nothing but its minimum: it looks the same whether 0 or minimum − 1 answered. */
export type THiddenGroup = { group: TRaterGroup; shown: false; minimum: number };

export type TGroupReport = TShownGroup | THiddenGroup;

/** The "all raters" aggregate: the shown anonymous groups together (never self, never the line manager). */
export type TAllRatersReport =
  | { shown: true; raterCount: number; includedGroups: TAnonymousGroup[]; items: TItemScore[] }
  | { shown: false; minimum: number };

/** The anonymised 360 report: the only shape in which responses may leave the domain. */
export type TFeedbackReport = {
  thresholds: TAnonymityThresholds;
  self: TShownGroup;
  lineManager: TGroupReport;
  groups: Record<TAnonymousGroup, TGroupReport>;
  allRaters: TAllRatersReport;
};

/** Options of `aggregate`: the instrument's items in report order, and the shuffle's randomness. */
export type TAggregateOptions = { itemIds: readonly string[] } & (
  | { random: TRandom }
  | { shuffleSeed: number }
);
