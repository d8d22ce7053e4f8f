import { DomainError, ErrorCodes, invalid } from "../shared/errors";
import type { TSituation } from "./challenge-types";
import { MANAGER_CHALLENGES, challengeOfStatement, findChallenge } from "./manager-challenges";

/** One answer to a statement: 1 = never … 5 = always; null = "can't judge". */
export type TScanAnswer = { id: string; score: number | null };

/** Score per challenge id, 1–5 (a mean), or null when nothing was answered; absent keys count as null. */
export type TChallengeMeans = Readonly<Partial<Record<string, number | null>>>;

/** One rater's answers with the rater's group (line manager, peers, …). */
export type TRaterAnswers = { raterGroup: string; answers: readonly TScanAnswer[] };

/** Already aggregated means, e.g. from the 360 anonymity rules: only visible groups, and a total over visible raters. */
export type TAggregatedScan = {
  self: TChallengeMeans | null;
  groups: readonly { raterGroup: string; means: TChallengeMeans }[];
  others: TChallengeMeans | null;
};

/** Self against others for one challenge; gap = others − self. */
export type TChallengeGap = {
  challengeId: string;
  situation: TSituation;
  self: number | null;
  groups: readonly { raterGroup: string; score: number | null }[];
  others: number | null;
  gap: number | null;
  /** Others see the challenge and the person does not: others − self ≥ 1. */
  blindSpot: boolean;
  /** The person sees a challenge others do not: self − others ≥ 1. */
  hiddenStrength: boolean;
};

export type TChallengeComparison = {
  challenges: readonly TChallengeGap[];
  /** Challenge ids, largest gap first. */
  blindSpots: readonly string[];
  /** Challenge ids, largest gap first. */
  hiddenStrengths: readonly string[];
};

export const GAP_THRESHOLD = 1;
// Means of thirds and sixths are not exact in binary; a gap of 0.9999999 is a gap of 1.
const EPSILON = 1e-9;

const mean = (values: readonly number[]): number | null =>
  values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;

function scanAnswerError(statementId: string, problem: string): DomainError {
  return new DomainError(ErrorCodes.VALIDATION, `statement ${statementId} ${problem}`, statementId);
}

/** Scores one respondent: per challenge the mean of the statements answered (not "can't judge"); unknown, duplicate or out-of-range answers are a DomainError naming the statement. */
export function challengeMeans(answers: readonly TScanAnswer[]): TChallengeMeans {
  const seen = new Set<string>();
  const scoresByChallenge = new Map<string, number[]>();
  for (const answer of answers) {
    const challenge = challengeOfStatement(answer.id);
    if (!challenge) throw scanAnswerError(String(answer.id), "is not a challenge scan statement");
    if (seen.has(answer.id)) throw scanAnswerError(answer.id, "is answered more than once");
    seen.add(answer.id);
    if (answer.score === null) continue;
    if (!Number.isInteger(answer.score) || answer.score < 1 || answer.score > 5) {
      throw scanAnswerError(answer.id, "needs an answer from 1 to 5, or null for can't judge");
    }
    scoresByChallenge.set(challenge.id, [...(scoresByChallenge.get(challenge.id) ?? []), answer.score]);
  }
  return Object.fromEntries(MANAGER_CHALLENGES.map((c) => [c.id, mean(scoresByChallenge.get(c.id) ?? [])]));
}

/** Turns aggregated statement means (1–5, or null) into challenge means: the mean of the statements that have one. */
export function statementMeansToChallengeMeans(statementMeans: Readonly<Partial<Record<string, number | null>>>): TChallengeMeans {
  const byChallenge = new Map<string, number[]>();
  for (const [statementId, value] of Object.entries(statementMeans)) {
    const challenge = challengeOfStatement(statementId);
    if (!challenge) throw scanAnswerError(statementId, "is not a challenge scan statement");
    if (value === null || value === undefined) continue;
    checkMeanValue(statementId, value);
    byChallenge.set(challenge.id, [...(byChallenge.get(challenge.id) ?? []), value]);
  }
  return Object.fromEntries(MANAGER_CHALLENGES.map((c) => [c.id, mean(byChallenge.get(c.id) ?? [])]));
}

function checkMeanValue(field: string, value: number): void {
  if (!Number.isFinite(value) || value < 1 || value > 5) throw invalid(field, `${field} needs a mean from 1 to 5`);
}

function checkMeans(means: TChallengeMeans, label: string): void {
  for (const [challengeId, value] of Object.entries(means)) {
    if (!findChallenge(challengeId)) throw invalid(`${label}.${challengeId}`, `${challengeId} is not a manager challenge`);
    if (value !== null && value !== undefined) checkMeanValue(`${label}.${challengeId}`, value);
  }
}

/** Averages several respondents' challenge means, each respondent weighing the same; nulls are left out. */
export function averageChallengeMeans(respondents: readonly TChallengeMeans[]): TChallengeMeans {
  return Object.fromEntries(
    MANAGER_CHALLENGES.map((c) => [
      c.id,
      mean(respondents.map((r) => r[c.id]).filter((v): v is number => typeof v === "number")),
    ]),
  );
}

const byGapThenSeedOrder = (direction: 1 | -1) => (a: TChallengeGap, b: TChallengeGap) =>
  direction * ((b.gap ?? 0) - (a.gap ?? 0)) || order(a.challengeId) - order(b.challengeId);
const order = (challengeId: string) => MANAGER_CHALLENGES.findIndex((c) => c.id === challengeId);

/** Compares self with each visible rater group and with all others from aggregated means; flags blind spots and hidden strengths (gap ≥ 1 point). */
export function compareChallengeMeans(scan: TAggregatedScan): TChallengeComparison {
  if (scan.self) checkMeans(scan.self, "self");
  if (scan.others) checkMeans(scan.others, "others");
  for (const group of scan.groups) checkMeans(group.means, group.raterGroup);
  const challenges = MANAGER_CHALLENGES.map((challenge): TChallengeGap => {
    const self = scan.self?.[challenge.id] ?? null;
    const others = scan.others?.[challenge.id] ?? null;
    const gap = self === null || others === null ? null : others - self;
    return {
      challengeId: challenge.id,
      situation: challenge.situation,
      self,
      groups: scan.groups.map((group) => ({ raterGroup: group.raterGroup, score: group.means[challenge.id] ?? null })),
      others,
      gap,
      blindSpot: gap !== null && gap >= GAP_THRESHOLD - EPSILON,
      hiddenStrength: gap !== null && -gap >= GAP_THRESHOLD - EPSILON,
    };
  });
  return {
    challenges,
    blindSpots: challenges.filter((c) => c.blindSpot).sort(byGapThenSeedOrder(1)).map((c) => c.challengeId),
    hiddenStrengths: challenges.filter((c) => c.hiddenStrength).sort(byGapThenSeedOrder(-1)).map((c) => c.challengeId),
  };
}

/** Compares self with raters from raw answers: groups and "all others" weigh each rater equally. Apply the 360 anonymity rules before showing the result. */
export function compareChallengeScan(scan: { self: readonly TScanAnswer[] | null; others: readonly TRaterAnswers[] }): TChallengeComparison {
  const raters = scan.others.map((rater) => ({ raterGroup: rater.raterGroup, means: challengeMeans(rater.answers) }));
  const groupNames = [...new Set(raters.map((rater) => rater.raterGroup))];
  return compareChallengeMeans({
    self: scan.self ? challengeMeans(scan.self) : null,
    groups: groupNames.map((raterGroup) => ({
      raterGroup,
      means: averageChallengeMeans(raters.filter((r) => r.raterGroup === raterGroup).map((r) => r.means)),
    })),
    others: raters.length > 0 ? averageChallengeMeans(raters.map((r) => r.means)) : null,
  });
}
