import { seededRandom, type TRandom } from "../shared/random";
import { anonymousOrder, collectComments } from "./comments";
import { mean } from "./order-independent";
import { groupMinimum, resolveThresholds } from "./thresholds";
import {
  ANONYMOUS_GROUPS,
  type TAggregateOptions,
  type TAllRatersReport,
  type TAnonymityThresholds,
  type TAnonymousGroup,
  type TFeedbackReport,
  type TGroupReport,
  type TItemScore,
  type TRaterGroup,
  type TRaterResponse,
  type TShownGroup,
} from "./types";
import { checkItemIds, checkResponses } from "./validate-responses";

/**
 * The anonymised 360 report (rules and their reasons: README.md in this folder).
 * - self is always shown; the line manager separately, once they meet their minimum (1 by default);
 * - peers, direct reports and others are shown only with at least their minimum of responses, else
 *   hidden entirely — scores, counts and comments — and left out of every shown total;
 * - inside a shown group, an item answered (not "can't judge") by fewer than the group minimum is suppressed;
 * - "all raters" is built only from shown item scores of shown anonymous groups (never self or
 *   the line manager), needs `allRaters` raters, and is suppressed — rather than a group — whenever
 *   it would differ from an included group by 1..overlapGap−1 raters;
 * - comments of shown groups carry no rater or date and come in a content-sorted, seeded-shuffled order.
 * Thresholds are re-resolved here, so values below the defaults never take effect.
 */
export function aggregate(
  responses: readonly TRaterResponse[],
  thresholds: Partial<Readonly<TAnonymityThresholds>> | undefined,
  options: TAggregateOptions,
): TFeedbackReport {
  const rules = resolveThresholds(thresholds);
  const { itemIds } = options;
  checkItemIds(itemIds);
  checkResponses(responses, itemIds);
  const random: TRandom = "random" in options ? options.random : seededRandom(options.shuffleSeed);
  const inGroup = (group: TRaterGroup) => responses.filter((r) => r.group === group);

  const selfResponses = inGroup("self");
  const self: TShownGroup = {
    ...shownGroup("self", selfResponses, itemIds, 1),
    comments: collectComments(selfResponses),
  };

  const managerResponses = inGroup("line_manager");
  const lineManager = groupReport("line_manager", managerResponses, itemIds, rules.lineManager, random);

  const groups = {} as Record<TAnonymousGroup, TGroupReport>;
  for (const group of ANONYMOUS_GROUPS) {
    groups[group] = groupReport(group, inGroup(group), itemIds, groupMinimum(group, rules), random);
  }
  const allRaters = allRatersReport(groups, responses, itemIds, rules);
  return { thresholds: rules, self, lineManager, groups, allRaters };
}

function groupReport(
  group: TRaterGroup,
  members: readonly TRaterResponse[],
  itemIds: readonly string[],
  minimum: number,
  random: TRandom,
): TGroupReport {
  if (members.length < minimum) return { group, shown: false, minimum };
  return {
    ...shownGroup(group, members, itemIds, minimum),
    comments: anonymousOrder(collectComments(members), random),
  };
}

function shownGroup(
  group: TRaterGroup,
  members: readonly TRaterResponse[],
  itemIds: readonly string[],
  minimumAnswers: number,
): Omit<TShownGroup, "comments"> {
  const items = itemIds.map((itemId) => itemScore(itemId, answersTo(itemId, members), minimumAnswers));
  return { group, shown: true, raterCount: members.length, items };
}

function answersTo(itemId: string, members: readonly TRaterResponse[]): number[] {
  const values: number[] = [];
  for (const member of members) {
    const value = member.answers[itemId];
    if (typeof value === "number") values.push(value);
  }
  return values;
}

function itemScore(itemId: string, values: readonly number[], minimumAnswers: number): TItemScore {
  if (values.length === 0 || values.length < minimumAnswers) return { itemId, shown: false };
  return { itemId, shown: true, mean: mean(values), answerCount: values.length };
}

/** True when two nested aggregates of `larger` and `smaller` raters may both be shown. */
function gapAllowed(larger: number, smaller: number, overlapGap: number): boolean {
  const difference = larger - smaller;
  return difference === 0 || difference >= overlapGap;
}

function allRatersReport(
  groups: Record<TAnonymousGroup, TGroupReport>,
  responses: readonly TRaterResponse[],
  itemIds: readonly string[],
  rules: TAnonymityThresholds,
): TAllRatersReport {
  const included = ANONYMOUS_GROUPS.filter((group) => groups[group].shown);
  const counts = included.map((group) => countOf(groups[group]));
  const raterCount = counts.reduce((sum, count) => sum + count, 0);
  const hidden: TAllRatersReport = { shown: false, minimum: rules.allRaters };
  if (raterCount < rules.allRaters) return hidden;
  if (!counts.every((count) => gapAllowed(raterCount, count, rules.overlapGap))) return hidden;

  const items = itemIds.map((itemId, index): TItemScore => {
    // Only item scores a group shows may enter the total: a suppressed cell stays unrecoverable.
    const cells = included.filter((group) => itemShown(groups[group], index));
    const cellValues = cells.map((group) =>
      answersTo(itemId, responses.filter((r) => r.group === group)),
    );
    const values = cellValues.flat();
    const gapsOk = cellValues.every((cell) => gapAllowed(values.length, cell.length, rules.overlapGap));
    return gapsOk ? itemScore(itemId, values, rules.allRaters) : { itemId, shown: false };
  });
  return { shown: true, raterCount, includedGroups: included, items };
}

function countOf(report: TGroupReport): number {
  return report.shown ? report.raterCount : 0;
}

function itemShown(report: TGroupReport, index: number): boolean {
  return report.shown && report.items[index]?.shown === true;
}
