// HR's view of the mentoring reaction surveys (issue 13, "aggregates that cannot be subtracted"; decision 0015).
import { steppedByPeople } from "../shared/stepped-aggregate";
import { MIN_MENTEES_FOR_FEEDBACK } from "./surveys";

export type TReactionAnswer = { id: string; personId: string; at: number; satisfaction: number; relevance: number; intentToApply: number };
export type TReactionOverview = { count: number; satisfaction: number | null; relevance: number | null; intentToApply: number | null };

const round = (value: number) => Math.round(value * 1000) / 1000;
const meanOf = (values: readonly number[]) => round(values.reduce((sum, v) => sum + v, 0) / values.length);

/**
 * The reaction figures HR and executives see. A live mean over every answer gives one mentee's answer back from two
 * readings (`(n+1)·after − n·before`), so the figures rest only on the answers up to the last step, and a step
 * needs answers of at least `minimum` different people (3, the mentor feedback minimum; an organisation may
 * raise it). `count` is the number of answers the means rest on; below one step nothing is shown.
 */
export function reactionOverview(answers: readonly TReactionAnswer[], minimum: number = MIN_MENTEES_FOR_FEEDBACK): TReactionOverview {
  const step = Math.max(MIN_MENTEES_FOR_FEEDBACK, minimum);
  const published = steppedByPeople(
    answers.map((a) => ({ personId: a.personId, id: a.id, at: a.at, value: a })),
    step,
  ).map((c) => c.value);
  if (published.length === 0) return { count: 0, satisfaction: null, relevance: null, intentToApply: null };
  return {
    count: published.length,
    satisfaction: meanOf(published.map((a) => a.satisfaction)),
    relevance: meanOf(published.map((a) => a.relevance)),
    intentToApply: meanOf(published.map((a) => a.intentToApply)),
  };
}
