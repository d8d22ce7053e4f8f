import type { TChallengeScores, TInstrument, TIpipScores } from "../../contracts/assessments";
import type { TStoredAnswers } from "../../db/assessments-repo";
import {
  CANNOT_JUDGE_LABEL,
  FREQUENCY_LABELS,
  IPIP_ANSWER_LABELS,
  IPIP_NEO_120_ITEMS,
  challengeMeans,
  challengeOfStatement,
  challengeScanStatements,
  checkIpipAnswer,
  ipipNeo120Items,
  MANAGER_CHALLENGES,
  scoreIpipNeo120,
} from "../../domain/assessment/index";
import { DomainError, invalid } from "../../domain/shared/errors";
import type { TLocale } from "../../domain/shared/locale";

/** What the use cases need to know about one instrument. */
export type TInstrumentRules = {
  /** item ids in administration order */
  itemIds: readonly string[];
  /** the items in one language */
  items: (locale: TLocale) => { id: string; text: string }[];
  answerLabels: (locale: TLocale) => readonly string[];
  cannotJudgeLabel: (locale: TLocale) => string | null;
  /** throws a VALIDATION error naming `answers[index].id` or `answers[index].score` */
  checkAnswer: (answer: { id: string; score: number | null }, index: number) => void;
  /** raw scores of a complete answer set */
  score: (answers: TStoredAnswers) => TIpipScores | TChallengeScores;
};

const SCAN_STATEMENT_IDS = challengeScanStatements("en", ["self"]).map((s) => s.id);

const ipip: TInstrumentRules = {
  itemIds: IPIP_NEO_120_ITEMS.map((item) => item.id),
  items: (locale) => ipipNeo120Items(locale).map(({ id, text }) => ({ id, text })),
  answerLabels: (locale) => IPIP_ANSWER_LABELS[locale],
  cannotJudgeLabel: () => null,
  checkAnswer: (answer, index) => {
    if (answer.score === null) throw invalid(`answers[${index}].score`, `item ${answer.id}: "can't judge" is not an answer here; choose 1 to 5`);
    try {
      checkIpipAnswer({ id: answer.id, score: answer.score });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const unknown = Array.isArray(error.details) && (error.details as { problem?: string }[])[0]?.problem === "unknown";
      throw invalid(`answers[${index}].${unknown ? "id" : "score"}`, error.message);
    }
  },
  score: (answers) => {
    const { domains } = scoreIpipNeo120(Object.entries(answers).map(([id, score]) => ({ id, score: score ?? Number.NaN })));
    return { normed: false, domains };
  },
};

const scan: TInstrumentRules = {
  itemIds: SCAN_STATEMENT_IDS,
  items: (locale) => challengeScanStatements(locale, ["self"]).map(({ id, text }) => ({ id, text })),
  answerLabels: (locale) => FREQUENCY_LABELS[locale],
  cannotJudgeLabel: (locale) => CANNOT_JUDGE_LABEL[locale],
  checkAnswer: (answer, index) => {
    if (!challengeOfStatement(answer.id)) throw invalid(`answers[${index}].id`, `statement ${answer.id} is not a challenge scan statement`);
    const { score } = answer;
    if (score !== null && (!Number.isInteger(score) || score < 1 || score > 5)) {
      throw invalid(`answers[${index}].score`, `statement ${answer.id} needs an answer from 1 to 5, or null for can't judge`);
    }
  },
  score: (answers) => {
    const means = challengeMeans(Object.entries(answers).map(([id, score]) => ({ id, score })));
    return {
      challenges: MANAGER_CHALLENGES.map((c) => ({ challengeId: c.id, situation: c.situation, score: means[c.id] ?? null })),
    };
  },
};

export const INSTRUMENT_RULES: Readonly<Record<TInstrument, TInstrumentRules>> = { "ipip-neo-120": ipip, "challenge-scan": scan };

/** Answered items (a key present, null included) and the first unanswered one. */
export function progressOf(instrument: TInstrument, answers: TStoredAnswers) {
  const { itemIds } = INSTRUMENT_RULES[instrument];
  const answered = itemIds.filter((id) => Object.hasOwn(answers, id)).length;
  return { answered, total: itemIds.length, nextItemId: itemIds.find((id) => !Object.hasOwn(answers, id)) ?? null };
}

/** Stored answers as the list the domain scorers take, in administration order. */
export function answerList(instrument: TInstrument, answers: TStoredAnswers): { id: string; score: number | null }[] {
  return INSTRUMENT_RULES[instrument].itemIds.filter((id) => Object.hasOwn(answers, id)).map((id) => ({ id, score: answers[id] ?? null }));
}
