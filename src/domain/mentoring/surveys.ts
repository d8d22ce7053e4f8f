import { DomainError, ErrorCodes, invalid } from "../shared/errors";
import type { TRandom } from "../shared/random";

export const MAX_COMMENT_LENGTH = 1000;

/** Kirkpatrick level 1, after each session and each completed module: three items on a 1–5 scale. */
export const REACTION_ITEMS = ["satisfaction", "relevance", "intentToApply"] as const;
export type TReactionItem = (typeof REACTION_ITEMS)[number];
export type TReactionSubject = { kind: "session" | "module"; id: string };
export type TReactionAnswers = Record<TReactionItem, number> & { comment: string | null };

/** The mentee→mentor closure feedback: three items on a 1–5 scale and an optional comment. */
export const CLOSURE_ITEMS = ["overall", "goalProgress", "wouldRecommend"] as const;
export type TClosureItem = (typeof CLOSURE_ITEMS)[number];
export type TClosureAnswers = Record<TClosureItem, number> & { comment: string | null };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function answers<K extends string>(items: readonly K[], value: unknown): Record<K, number> & { comment: string | null } {
  if (!isRecord(value)) throw invalid("answers", "answers are required");
  const known = new Set<string>([...items, "comment"]);
  const extra = Object.keys(value).find((key) => !known.has(key));
  if (extra !== undefined) throw invalid(extra, `${extra} is not a question of this survey`);
  const result = {} as Record<K, number>;
  for (const item of items) {
    const score = value[item];
    if (typeof score !== "number" || !Number.isInteger(score) || score < 1 || score > 5) throw invalid(item, `${item} must be a whole number from 1 to 5`);
    result[item] = score;
  }
  const comment = value.comment;
  if (comment !== undefined && comment !== null && typeof comment !== "string") throw invalid("comment", "comment must be text");
  const trimmed = typeof comment === "string" ? comment.trim() : "";
  if (trimmed.length > MAX_COMMENT_LENGTH) throw invalid("comment", `comment is longer than ${MAX_COMMENT_LENGTH} characters`);
  return { ...result, comment: trimmed === "" ? null : trimmed };
}

/** Validates a reaction survey: every item answered 1–5, an optional comment (≤ 1,000 characters), nothing else. */
export function validateReaction(value: unknown): TReactionAnswers {
  return answers(REACTION_ITEMS, value);
}

/** Validates closure feedback the same way. */
export function validateClosureFeedback(value: unknown): TClosureAnswers {
  return answers(CLOSURE_ITEMS, value);
}

/** Who may answer a reaction survey: the mentee, once, about a session that was held or a module that is done. */
export function checkReactionAllowed(input: { subjectDone: boolean; alreadyAnswered: boolean }): void {
  if (!input.subjectDone) throw new DomainError(ErrorCodes.CONFLICT, "the survey opens once the session was held or the module is done", "subject");
  if (input.alreadyAnswered) throw new DomainError(ErrorCodes.CONFLICT, "this survey was already answered", "subject");
}

/** The fewest distinct mentees whose closure feedback a mentor may see aggregated; organisations may raise it, never lower it. */
export const MIN_MENTEES_FOR_FEEDBACK = 3;

export type TMentorFeedback = { menteeUserId: string; submittedAt: Date; answers: TClosureAnswers };

export type TMentorFeedbackView =
  | { shown: false; minimum: number }
  | { shown: true; menteeCount: number; means: Record<TClosureItem, number>; comments: string[] };

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The mentor's view of closure feedback. Rules:
 * 1. one mentee, one voice: a mentee's first feedback counts (a later one, from a second engagement,
 *    would change a shown figure and so reveal itself);
 * 2. below the minimum of distinct mentees (3; an organisation may raise it, never lower it) nothing
 *    is shown — no count, no score, no comment;
 * 3. mentees are taken in whole batches of the minimum, earliest first (3, 6, 9 … with the default):
 *    two views a mentor sees over time then differ by 0 or ≥ 3 mentees, so the newest answer cannot be
 *    read off the difference (the overlap rule of the 360 reports);
 * 4. item means rounded to 0.1; comments of the counted feedback only, trimmed, without author, date or
 *    arrival order (sorted, then shuffled with the injected PRNG — e.g. `seededRandom(seed)` with a seed
 *    kept per mentor so reloads agree).
 */
export function mentorFeedbackView(feedback: readonly TMentorFeedback[], random: TRandom, orgMinimum?: number | null): TMentorFeedbackView {
  const minimum = Math.max(MIN_MENTEES_FOR_FEEDBACK, Number.isInteger(orgMinimum) ? (orgMinimum as number) : 0);
  const first = new Map<string, TMentorFeedback>();
  for (const entry of feedback) {
    const known = first.get(entry.menteeUserId);
    if (!known || entry.submittedAt.getTime() < known.submittedAt.getTime()) first.set(entry.menteeUserId, entry);
  }
  if (first.size < minimum) return { shown: false, minimum };
  const counted = [...first.values()]
    .sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime() || compare(a.menteeUserId, b.menteeUserId))
    .slice(0, Math.floor(first.size / minimum) * minimum);

  const means = {} as Record<TClosureItem, number>;
  for (const item of CLOSURE_ITEMS) {
    const values = counted.map((entry) => entry.answers[item]).sort((a, b) => a - b);
    means[item] = Math.round((values.reduce((sum, v) => sum + v, 0) / values.length) * 10) / 10;
  }
  const comments = counted
    .map((entry) => entry.answers.comment?.trim() ?? "")
    .filter((comment) => comment !== "")
    .sort(compare);
  return { shown: true, menteeCount: counted.length, means, comments: shuffle(comments, random) };
}

function shuffle<T>(items: readonly T[], random: TRandom): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.min(i, Math.floor(random() * (i + 1)));
    [result[i], result[j]] = [result[j] as T, result[i] as T];
  }
  return result;
}
