import { z } from "zod";
import { ZLocale } from "./common";

/** The person's own instruments: the IPIP-NEO-120 strengths questionnaire and the self form of the manager challenge scan. */
export const INSTRUMENTS = ["ipip-neo-120", "challenge-scan"] as const;
export const ZInstrument = z.enum(INSTRUMENTS);
export type TInstrument = z.infer<typeof ZInstrument>;

export const ZAssessmentStatus = z.enum(["not_started", "in_progress", "completed"]);
export type TAssessmentStatus = z.infer<typeof ZAssessmentStatus>;

/** One answer: 1–5 as the person chose it; null = "can't judge" (challenge scan only). */
export const ZAnswer = z.object({
  id: z.string().min(1).max(100),
  // the range is checked per instrument by the server, so the error names `answers[i].score`
  score: z.number().nullable(),
});
export type TAnswer = z.infer<typeof ZAnswer>;

/** Autosave: some answers, merged into the open attempt. */
export const ZSaveAnswersRequest = z.strictObject({ answers: z.array(ZAnswer).min(1).max(200) });
export type TSaveAnswersRequest = z.infer<typeof ZSaveAnswersRequest>;

/** How far the open attempt is. */
export const ZAssessmentProgress = z.object({
  instrument: ZInstrument,
  status: ZAssessmentStatus,
  answered: z.number().int(),
  total: z.number().int(),
  /** the first unanswered item, in administration order; null when every item is answered or nothing is open */
  nextItemId: z.string().nullable(),
});
export type TAssessmentProgress = z.infer<typeof ZAssessmentProgress>;

export const ZIpipScores = z.object({
  normed: z.literal(false),
  domains: z.array(
    z.object({
      domain: z.enum(["N", "E", "O", "A", "C"]),
      score: z.number(),
      facets: z.array(z.object({ facet: z.number().int(), score: z.number() })),
    }),
  ),
});
export type TIpipScores = z.infer<typeof ZIpipScores>;

export const ZChallengeScores = z.object({
  challenges: z.array(
    z.object({
      challengeId: z.string(),
      situation: z.enum(["new-in-role", "hard-time", "can-do-more"]),
      /** mean of the answered statements, 1–5; null when every statement was "can't judge" */
      score: z.number().nullable(),
    }),
  ),
});
export type TChallengeScores = z.infer<typeof ZChallengeScores>;

const stateFields = {
  status: ZAssessmentStatus,
  answered: z.number().int(),
  total: z.number().int(),
  nextItemId: z.string().nullable(),
  /** when the newest completed attempt (the current profile) was completed; kept while a retake is in progress */
  completedAt: z.iso.datetime().nullable(),
};

/** One instrument's state; `scores` are the raw scores of the newest completed attempt. */
export const ZAssessmentState = z.discriminatedUnion("instrument", [
  z.object({ instrument: z.literal("ipip-neo-120"), ...stateFields, scores: ZIpipScores.nullable() }),
  z.object({ instrument: z.literal("challenge-scan"), ...stateFields, scores: ZChallengeScores.nullable() }),
]);
export type TAssessmentState = z.infer<typeof ZAssessmentState>;

export const ZMyAssessments = z.object({ assessments: z.array(ZAssessmentState) });
export type TMyAssessments = z.infer<typeof ZMyAssessments>;

export const ZItemsQuery = z.object({ lang: ZLocale.optional() });

/** The items of one instrument in one language, with the labels of the answer scale. */
export const ZAssessmentItems = z.object({
  instrument: ZInstrument,
  language: ZLocale,
  items: z.array(z.object({ id: z.string(), text: z.string() })),
  /** labels of answers 1–5 */
  answerLabels: z.array(z.string()).length(5),
  /** label of the "can't judge" answer (stored as null); null when the instrument has none */
  cannotJudgeLabel: z.string().nullable(),
});
export type TAssessmentItems = z.infer<typeof ZAssessmentItems>;

/** The open attempt's answers, for resuming. */
export const ZMyAnswers = ZAssessmentProgress.extend({ answers: z.array(ZAnswer) });
export type TMyAnswers = z.infer<typeof ZMyAnswers>;
