import { invalid } from "../shared/errors";
import { SITUATIONS, type TSituation } from "./challenge-types";
import { MANAGER_CHALLENGES } from "./manager-challenges";
import type { TChallengeMeans } from "./score-challenge-scan";

/** Below this many months in the current role, "new in the role" gets a boost. */
export const NEW_IN_ROLE_MONTHS = 12;
/** The boost, in scale points (1–5), added to "new in the role" for someone in the role < 12 months. */
export const NEW_IN_ROLE_BOOST = 0.5;
/** Situations within this many points of the best one fit too. */
export const FIT_MARGIN = 0.25;
/** A challenge counts as a top challenge from this score up ("sometimes" on the frequency scale). */
export const TOP_CHALLENGE_MIN_SCORE = 3;

export type TSituationScore = {
  situation: TSituation;
  /** Mean of the situation's challenge scores (1–5), null when none was scored. */
  score: number | null;
  /** The score after the months-in-role rule; what the ranking uses. */
  adjusted: number | null;
  scoredChallenges: number;
};

/**
 * Whether the suggested situation agrees with the months in the role: "agrees"; "newcomer-challenges-despite-tenure"
 * (the challenges of someone new in the role, after 12 months or more: e.g. a role that changed, or challenges that
 * stayed); "new-but-other-challenges" (under 12 months, yet another situation's challenges weigh more);
 * "unknown-tenure" (no start date in the role).
 */
export type TTenureAgreement = "agrees" | "newcomer-challenges-despite-tenure" | "new-but-other-challenges" | "unknown-tenure";

export type TSituationFit = { bestFit: readonly TSituation[]; situations: readonly TSituationScore[]; tenure: TTenureAgreement };

export type TTopChallenge = { challengeId: string; situation: TSituation; score: number };

function checkMonths(monthsInRole: number | null): void {
  if (monthsInRole !== null && (!Number.isFinite(monthsInRole) || monthsInRole < 0)) {
    throw invalid("monthsInRole", "months in the current role must be a number of 0 or more");
  }
}

function scoreOf(means: TChallengeMeans, situation: TSituation, monthsInRole: number | null): TSituationScore {
  const scores = MANAGER_CHALLENGES.filter((c) => c.situation === situation)
    .map((c) => means[c.id])
    .filter((v): v is number => typeof v === "number");
  const score = scores.length === 0 ? null : scores.reduce((sum, v) => sum + v, 0) / scores.length;
  const boosted = situation === "new-in-role" && monthsInRole !== null && monthsInRole < NEW_IN_ROLE_MONTHS;
  const adjusted = score === null ? null : Math.min(5, score + (boosted ? NEW_IN_ROLE_BOOST : 0));
  return { situation, score, adjusted, scoredChallenges: scores.length };
}

/**
 * The situation(s) that fit best. Each situation scores the mean of its challenges; "new in the role" gets
 * +0.5 when the person has been in the role under 12 months; every situation within 0.25 of the best fits.
 * With no challenge scored at all, only the months decide: under 12 months is "new in the role", else none.
 */
export function situationFit(means: TChallengeMeans, monthsInRole: number | null): TSituationFit {
  checkMonths(monthsInRole);
  const situations = SITUATIONS.map((situation) => scoreOf(means, situation, monthsInRole)).sort(
    (a, b) => (b.adjusted ?? -1) - (a.adjusted ?? -1) || SITUATIONS.indexOf(a.situation) - SITUATIONS.indexOf(b.situation),
  );
  const best = situations[0]?.adjusted ?? null;
  if (best === null) {
    const isNew = monthsInRole !== null && monthsInRole < NEW_IN_ROLE_MONTHS;
    const bestFit: TSituation[] = isNew ? ["new-in-role"] : [];
    return { bestFit, situations, tenure: tenureAgreement(bestFit, monthsInRole) };
  }
  const bestFit = situations
    .filter((s) => s.adjusted !== null && s.adjusted >= best - FIT_MARGIN - 1e-9)
    .map((s) => s.situation);
  return { bestFit, situations, tenure: tenureAgreement(bestFit, monthsInRole) };
}

/** Whether a suggested situation agrees with the months in the role (see TTenureAgreement). */
export function tenureAgreement(bestFit: readonly TSituation[], monthsInRole: number | null): TTenureAgreement {
  if (monthsInRole === null) return "unknown-tenure";
  const isNew = monthsInRole < NEW_IN_ROLE_MONTHS;
  if (!isNew && bestFit.includes("new-in-role")) return "newcomer-challenges-despite-tenure";
  if (isNew && bestFit.length > 0 && !bestFit.includes("new-in-role")) return "new-but-other-challenges";
  return "agrees";
}

/** The challenges that apply most (score ≥ 3 by default), highest first; ties keep the seed's order. */
export function topChallenges(means: TChallengeMeans, options: { limit?: number; minScore?: number } = {}): TTopChallenge[] {
  const { limit = 5, minScore = TOP_CHALLENGE_MIN_SCORE } = options;
  return MANAGER_CHALLENGES.flatMap((c) => {
    const score = means[c.id];
    return typeof score === "number" && score >= minScore ? [{ challengeId: c.id, situation: c.situation, score }] : [];
  })
    .sort((a, b) => b.score - a.score)
    .slice(0, Math.max(0, limit));
}
