import {
  INSTRUMENTS,
  type TAssessmentItems,
  type TAssessmentProgress,
  type TAssessmentState,
  type TInstrument,
  type TMyAnswers,
  type TSaveAnswersRequest,
} from "../../contracts/assessments";
import {
  completeOpenAssessment,
  findLatestCompleted,
  findOpenAssessment,
  findPersonOfUser,
  mergeIntoOpenAssessment,
  openAssessment,
  type TStoredAnswers,
} from "../../db/assessments-repo";
import { authorise } from "../../domain/policy/index";
import { DomainError, invalid } from "../../domain/shared/errors";
import { isLocale, type TLocale } from "../../domain/shared/locale";
import type { TActor } from "../../domain/shared/roles";
import type { TAppContext } from "../shared/context";
import { answerList, INSTRUMENT_RULES, progressOf } from "./instruments";

type TCtx = Pick<TAppContext, "db" | "now">;

/** The person the signed-in user is in the current organisation; the policy (assessment.take) refuses a user without one. */
async function myPerson(ctx: Pick<TAppContext, "db">, actor: TActor) {
  const person = await findPersonOfUser(ctx.db, actor.organisationId, actor.userId);
  authorise({ ...actor, personId: person?.personId ?? null }, "assessment.take");
  if (!person) throw new Error("unreachable: assessment.take allows only a linked person");
  return person;
}

function progress(instrument: TInstrument, status: TAssessmentProgress["status"], answers: TStoredAnswers | null): TAssessmentProgress {
  if (answers !== null) return { instrument, status, ...progressOf(instrument, answers) };
  // nothing open: either never started, or done with the newest attempt completed
  const { itemIds } = INSTRUMENT_RULES[instrument];
  const done = status === "completed";
  return { instrument, status, answered: done ? itemIds.length : 0, total: itemIds.length, nextItemId: done ? null : (itemIds[0] ?? null) };
}

async function stateOf(ctx: Pick<TAppContext, "db">, organisationId: string, personId: string, instrument: TInstrument): Promise<TAssessmentState> {
  const [open, completed] = await Promise.all([
    findOpenAssessment(ctx.db, organisationId, personId, instrument),
    findLatestCompleted(ctx.db, organisationId, personId, instrument),
  ]);
  const status = open ? "in_progress" : completed ? "completed" : "not_started";
  const base = {
    ...progress(instrument, status, open ? open.answers : null),
    completedAt: completed?.completedAt?.toISOString() ?? null,
  };
  const scores = completed ? INSTRUMENT_RULES[instrument].score(completed.answers) : null;
  // the discriminated union pairs each instrument with its own score shape
  return { ...base, scores } as TAssessmentState;
}

/** Both instruments: status, progress and, once completed, the raw scores of the newest completed attempt. */
export async function getMyAssessments(ctx: Pick<TAppContext, "db">, actor: TActor): Promise<{ assessments: TAssessmentState[] }> {
  const person = await myPerson(ctx, actor);
  return { assessments: await Promise.all(INSTRUMENTS.map((instrument) => stateOf(ctx, actor.organisationId, person.personId, instrument))) };
}

/** The items in the requested language, else the user's, else the person's. */
export async function getItems(
  ctx: Pick<TAppContext, "db">,
  actor: TActor,
  instrument: TInstrument,
  language: { requested?: TLocale; user?: TLocale | null },
): Promise<TAssessmentItems> {
  const person = await myPerson(ctx, actor);
  const locale: TLocale = language.requested ?? language.user ?? (isLocale(person.language) ? person.language : "nl");
  const rules = INSTRUMENT_RULES[instrument];
  return {
    instrument,
    language: locale,
    items: rules.items(locale),
    answerLabels: [...rules.answerLabels(locale)],
    cannotJudgeLabel: rules.cannotJudgeLabel(locale),
  };
}

/** My open answers, to resume where I left off (empty when nothing is open). */
export async function getMyAnswers(ctx: Pick<TAppContext, "db">, actor: TActor, instrument: TInstrument): Promise<TMyAnswers> {
  const person = await myPerson(ctx, actor);
  const open = await findOpenAssessment(ctx.db, actor.organisationId, person.personId, instrument);
  if (open) return { ...progress(instrument, "in_progress", open.answers), answers: answerList(instrument, open.answers) };
  const completed = await findLatestCompleted(ctx.db, actor.organisationId, person.personId, instrument);
  return { ...progress(instrument, completed ? "completed" : "not_started", null), answers: [] };
}

/**
 * Autosave: checks every answer (an unknown item or an answer off the scale names `answers[i]`), then
 * merges them into the open attempt, opening one when the person has never started. After completion
 * a new attempt starts only through `retakeMyAssessment`.
 */
export async function saveMyAnswers(ctx: TCtx, actor: TActor, instrument: TInstrument, request: TSaveAnswersRequest): Promise<TAssessmentProgress> {
  const person = await myPerson(ctx, actor);
  const rules = INSTRUMENT_RULES[instrument];
  const patch: TStoredAnswers = {};
  request.answers.forEach((answer, index) => {
    rules.checkAnswer(answer, index);
    if (Object.hasOwn(patch, answer.id)) throw invalid(`answers[${index}].id`, `item ${answer.id} is answered twice in this request`);
    patch[answer.id] = answer.score;
  });
  const { organisationId } = actor;
  const now = ctx.now();
  let merged = await mergeIntoOpenAssessment(ctx.db, organisationId, person.personId, instrument, patch, now);
  if (!merged) {
    if (await findLatestCompleted(ctx.db, organisationId, person.personId, instrument)) {
      throw new DomainError("CONFLICT", "this questionnaire is completed; start a retake to answer it again", "answers");
    }
    merged = await openAssessment(ctx.db, organisationId, person.personId, instrument, patch, now);
  }
  return progress(instrument, "in_progress", merged);
}

/**
 * Completes the open attempt once every item is answered ("can't judge" counts for the scan).
 * Completing again (a double click, two tabs) answers the completed state and stores nothing twice.
 */
export async function completeMyAssessment(ctx: TCtx, actor: TActor, instrument: TInstrument): Promise<TAssessmentState> {
  const person = await myPerson(ctx, actor);
  const { organisationId } = actor;
  const open = await findOpenAssessment(ctx.db, organisationId, person.personId, instrument);
  if (open) {
    const { answered, total, nextItemId } = progressOf(instrument, open.answers);
    if (nextItemId !== null) {
      throw new DomainError("CONFLICT", `${total - answered} of ${total} items have no answer yet (first: item ${nextItemId})`, "answers", { nextItemId });
    }
    await completeOpenAssessment(ctx.db, organisationId, person.personId, instrument, open.id, ctx.now());
  } else if (!(await findLatestCompleted(ctx.db, organisationId, person.personId, instrument))) {
    throw new DomainError("CONFLICT", "nothing answered yet: answer every item before completing", "answers");
  }
  return stateOf(ctx, organisationId, person.personId, instrument);
}

/** Opens a new, empty attempt after a completed one (the completed profile stays current until the retake completes). */
export async function retakeMyAssessment(ctx: TCtx, actor: TActor, instrument: TInstrument): Promise<TAssessmentProgress> {
  const person = await myPerson(ctx, actor);
  const answers = await openAssessment(ctx.db, actor.organisationId, person.personId, instrument, {}, ctx.now());
  return progress(instrument, "in_progress", answers);
}
