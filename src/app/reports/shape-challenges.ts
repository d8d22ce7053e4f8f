import { REPORT_RATER_GROUPS, type TChallengesSection, type TReportGroup, type TReportRaterGroup } from "../../contracts/reports";
import {
  averageChallengeMeans,
  challengeOfStatement,
  challengeScanStatements,
  compareChallengeMeans,
  challengeInFirstPerson,
  findChallenge,
  SITUATION_NAMES,
  situationFit,
  statementMeansToChallengeMeans,
  topChallenges,
  type TChallengeMeans,
} from "../../domain/assessment/index";
import {
  aggregate,
  isRaterGroup,
  type TAnonymityThresholds,
  type TFeedbackReport,
  type TGroupReport,
  type TItemScore,
  type TRaterComment,
  type TRaterResponse,
} from "../../domain/feedback360/index";
import type { TLocale } from "../../domain/shared/locale";
import type { TStoredAnswers } from "./shape-strengths";

/** The rater form's statement ids, in the seed's order: the items of every 360 report. */
export const STATEMENT_IDS: readonly string[] = challengeScanStatements("en", ["rater"]).map((s) => s.id);
const KNOWN_STATEMENTS = new Set(STATEMENT_IDS);

/** A stored response as the repo reads it: only the rater id, group, answers and comments. */
export type TStoredResponse = { raterId: string; group: string; answers: unknown; comments: unknown };

/** Keeps statement answers the rules can take: known statement ids, whole numbers 1–5 or null. */
export function scanAnswers(answers: TStoredAnswers): Record<string, number | null> {
  const kept: Record<string, number | null> = {};
  for (const [id, value] of Object.entries(answers)) {
    if (!KNOWN_STATEMENTS.has(id)) continue;
    kept[id] = typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 5 ? value : null;
  }
  return kept;
}

function scanComments(value: unknown): TRaterComment[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry): TRaterComment[] => {
    if (!entry || typeof entry !== "object" || typeof (entry as { text?: unknown }).text !== "string") return [];
    const { itemId, text } = entry as { itemId?: unknown; text: string };
    return typeof itemId === "string" && KNOWN_STATEMENTS.has(itemId) ? [{ itemId, text }] : [{ text }];
  });
}

/** Stored responses of other raters (never self) as the anonymity rules take them. */
export function raterResponses(stored: readonly TStoredResponse[], toAnswers: (value: unknown) => TStoredAnswers): TRaterResponse[] {
  return stored.flatMap((row): TRaterResponse[] =>
    isRaterGroup(row.group) && row.group !== "self"
      ? [{ raterId: row.raterId, group: row.group, answers: scanAnswers(toAnswers(row.answers)), comments: scanComments(row.comments) }]
      : [],
  );
}

/** Challenge means from the item scores an aggregate shows — suppressed items never enter. */
function shownMeans(items: readonly TItemScore[]): TChallengeMeans {
  const statementMeans: Record<string, number> = {};
  for (const item of items) if (item.shown) statementMeans[item.itemId] = item.mean;
  return statementMeansToChallengeMeans(statementMeans);
}

const hasScore = (means: TChallengeMeans | null) => means !== null && Object.values(means).some((v) => typeof v === "number");

function reportGroup(report: TGroupReport, group: TReportRaterGroup, locale: TLocale): TReportGroup {
  if (!report.shown) return { group, shown: false, minimum: report.minimum };
  return {
    group,
    shown: true,
    raterCount: report.raterCount,
    comments: report.comments.map((comment) => {
      const challenge = comment.itemId ? challengeOfStatement(comment.itemId) : undefined;
      return { challengeId: challenge?.id ?? null, challengeName: challenge ? challengeName(challenge.id, locale) : null, text: comment.text };
    }),
  };
}

function groupReportOf(report: TFeedbackReport, group: TReportRaterGroup): TGroupReport {
  return group === "line_manager" ? report.lineManager : report.groups[group];
}

export type TChallengesInput = {
  locale: TLocale;
  /** the person's latest completed self scan, or null */
  self: { answers: TStoredAnswers; completedAt: Date } | null;
  /** the latest closed 360 about the person: submitted responses only */
  feedback: { closedAt: Date; shuffleSeed: number; responses: readonly TRaterResponse[] } | null;
  thresholds: Partial<TAnonymityThresholds>;
  monthsInRole: number | null;
};

/** The challenge as the person says it of themselves ("I find it hard to …"), in the reader's language. */
const challengeName = (challengeId: string, locale: TLocale) => challengeInFirstPerson(challengeId, locale) ?? findChallenge(challengeId)?.wording[locale] ?? challengeId;

const named = (locale: TLocale) => (challengeId: string, score: number) => {
  const challenge = findChallenge(challengeId);
  return { challengeId, name: challengeName(challengeId, locale), situation: challenge?.situation ?? "new-in-role", score };
};

/**
 * The challenges part of the report. Everything about raters comes out of the 360's `aggregate`
 * (hidden groups, suppressed items, shuffled comments); the self-vs-others profile is computed only
 * from the item means it shows, never from the raw responses.
 */
export function challengesSection(input: TChallengesInput): TChallengesSection {
  const { locale } = input;
  const selfAnswers = input.self ? scanAnswers(input.self.answers) : null;
  const responses: TRaterResponse[] = [...(input.feedback?.responses ?? [])];
  if (selfAnswers) responses.push({ raterId: "self", group: "self", answers: selfAnswers });
  const report = aggregate(responses, input.thresholds, { itemIds: STATEMENT_IDS, shuffleSeed: input.feedback?.shuffleSeed ?? 0 });

  const selfMeans = selfAnswers ? shownMeans(report.self.items) : null;
  const shown = input.feedback
    ? REPORT_RATER_GROUPS.flatMap((group) => {
        const groupReport = groupReportOf(report, group);
        return groupReport.shown ? [{ raterGroup: group, means: shownMeans(groupReport.items) }] : [];
      })
    : [];
  let othersBasis: TChallengesSection["othersBasis"] = "none";
  let others: TChallengeMeans | null = null;
  if (input.feedback && report.allRaters.shown) {
    others = shownMeans(report.allRaters.items);
    othersBasis = "all-raters";
  } else if (shown.length > 0) {
    // a combination of figures already shown, so it reveals nothing a reader cannot derive
    others = averageChallengeMeans(shown.map((group) => group.means));
    othersBasis = "shown-groups";
  }

  const comparison = compareChallengeMeans({ self: selfMeans, groups: shown, others });
  const byId = new Map(comparison.challenges.map((row) => [row.challengeId, row]));
  const name = named(locale);
  const basisMeans = hasScore(selfMeans) ? selfMeans : hasScore(others) ? others : null;
  const fit = situationFit(basisMeans ?? {}, input.monthsInRole);

  return {
    selfCompletedAt: input.self ? input.self.completedAt.toISOString() : null,
    feedback: input.feedback
      ? {
          closedAt: input.feedback.closedAt.toISOString(),
          groups: REPORT_RATER_GROUPS.map((group) => reportGroup(groupReportOf(report, group), group, locale)),
          allRaters: report.allRaters.shown
            ? { shown: true, raterCount: report.allRaters.raterCount, includedGroups: [...report.allRaters.includedGroups] }
            : { shown: false, minimum: report.allRaters.minimum },
        }
      : null,
    othersBasis,
    shownGroups: shown.map((group) => group.raterGroup),
    profile: comparison.challenges.map((row) => ({
      challengeId: row.challengeId,
      name: challengeName(row.challengeId, locale),
      situation: row.situation,
      self: row.self,
      groups: row.groups.map((group) => ({ group: group.raterGroup as TReportRaterGroup, score: group.score })),
      others: row.others,
      gap: row.gap,
      blindSpot: row.blindSpot,
      hiddenStrength: row.hiddenStrength,
    })),
    blindSpots: comparison.blindSpots.map((id) => name(id, byId.get(id)?.gap ?? 0)),
    hiddenStrengths: comparison.hiddenStrengths.map((id) => name(id, -(byId.get(id)?.gap ?? 0))),
    topChallenges: basisMeans ? topChallenges(basisMeans).map((top) => name(top.challengeId, top.score)) : [],
    topChallengesBasis: basisMeans === null ? "none" : basisMeans === selfMeans ? "self" : "others",
    situationFit: {
      monthsInRole: input.monthsInRole,
      tenure: fit.tenure,
      bestFit: fit.bestFit.map((situation) => ({ situation, name: SITUATION_NAMES[situation][locale] })),
      situations: fit.situations.map((s) => ({ situation: s.situation, name: SITUATION_NAMES[s.situation][locale], score: s.score, adjusted: s.adjusted })),
    },
  };
}

/** Whole months from `start` (yyyy-mm-dd) to `now`; null without a start date, 0 for a future one. */
export function monthsBetween(start: string | null, now: Date): number | null {
  if (!start) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(start);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const months = (now.getUTCFullYear() - year) * 12 + (now.getUTCMonth() + 1 - month) - (now.getUTCDate() < day ? 1 : 0);
  return Math.max(0, months);
}
