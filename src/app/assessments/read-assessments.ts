// Reading and storing completed assessments for other modules (reports, 360, diagnosis, demo data).
// These functions check no actor: the calling use case decides who may see what.
import type { TInstrument } from "../../contracts/assessments";
import { findLatestCompleted, insertCompletedAssessment, listLatestCompleted, type TStoredAnswers } from "../../db/assessments-repo";
import type { TIpipAnswer, TScanAnswer } from "../../domain/assessment/index";
import { DomainError, invalid } from "../../domain/shared/errors";
import type { TAppContext } from "../shared/context";
import { answerList, INSTRUMENT_RULES, progressOf } from "./instruments";

export type { TInstrument } from "../../contracts/assessments";

/** The answers of one instrument, as its domain scorer takes them (scoreIpipNeo120 / challengeMeans). */
export type TAnswersOf<I extends TInstrument> = I extends "ipip-neo-120" ? TIpipAnswer[] : TScanAnswer[];

export type TCompletedAssessment<I extends TInstrument> = { answers: TAnswersOf<I>; completedAt: Date };

/** The person's newest completed attempt (their current profile), or null when they never completed one. */
export async function latestCompletedAssessment<I extends TInstrument>(
  ctx: Pick<TAppContext, "db">,
  organisationId: string,
  personId: string,
  instrument: I,
): Promise<TCompletedAssessment<I> | null> {
  const row = await findLatestCompleted(ctx.db, organisationId, personId, instrument);
  if (!row?.completedAt) return null;
  return { answers: answerList(instrument, row.answers) as TAnswersOf<I>, completedAt: row.completedAt };
}

/** Every person's newest completed attempt in the organisation (people who never completed are absent). */
export async function completedAssessmentsForOrganisation<I extends TInstrument>(
  ctx: Pick<TAppContext, "db">,
  organisationId: string,
  instrument: I,
): Promise<({ personId: string } & TCompletedAssessment<I>)[]> {
  const rows = await listLatestCompleted(ctx.db, organisationId, instrument);
  return rows.flatMap((row) =>
    row.completedAt ? [{ personId: row.personId, answers: answerList(instrument, row.answers) as TAnswersOf<I>, completedAt: row.completedAt }] : [],
  );
}

/**
 * Stores a completed attempt (demo seeding). The answers must be a complete, valid set; the
 * person must exist in the organisation (the foreign key refuses another tenant's person).
 * Returns the new attempt's id.
 */
export async function saveCompletedAssessment<I extends TInstrument>(
  ctx: Pick<TAppContext, "db">,
  organisationId: string,
  personId: string,
  instrument: I,
  answers: TAnswersOf<I> | readonly { id: string; score: number | null }[],
  completedAt: Date,
): Promise<string> {
  const rules = INSTRUMENT_RULES[instrument];
  const stored: TStoredAnswers = {};
  answers.forEach((answer, index) => {
    rules.checkAnswer(answer, index);
    if (Object.hasOwn(stored, answer.id)) throw invalid(`answers[${index}].id`, `item ${answer.id} is answered twice`);
    stored[answer.id] = answer.score;
  });
  const { nextItemId } = progressOf(instrument, stored);
  if (nextItemId !== null) throw new DomainError("VALIDATION", `item ${nextItemId} has no answer`, "answers");
  return insertCompletedAssessment(ctx.db, organisationId, personId, instrument, stored, completedAt);
}
