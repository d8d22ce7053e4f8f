import { and, desc, eq, isNotNull, isNull, sql } from "drizzle-orm";
import type { TDb } from "./client";
import { assessments, memberships, people } from "./schema/index";

/** Stored answers: item id → 1–5, or null for "can't judge". */
export type TStoredAnswers = Record<string, number | null>;

export type TAssessmentRow = {
  id: string;
  personId: string;
  instrument: string;
  answers: TStoredAnswers;
  startedAt: Date;
  updatedAt: Date;
  completedAt: Date | null;
};

const columns = {
  id: assessments.id,
  personId: assessments.personId,
  instrument: assessments.instrument,
  answers: assessments.answers,
  startedAt: assessments.startedAt,
  updatedAt: assessments.updatedAt,
  completedAt: assessments.completedAt,
};

function asRow(row: Omit<TAssessmentRow, "answers"> & { answers: unknown }): TAssessmentRow {
  return { ...row, answers: (row.answers ?? {}) as TStoredAnswers };
}

const ofPerson = (organisationId: string, personId: string, instrument: string) =>
  and(eq(assessments.organisationId, organisationId), eq(assessments.personId, personId), eq(assessments.instrument, instrument));

/** The person record linked to a user's membership of the organisation (only when that person exists there). */
export async function findPersonOfUser(db: TDb, organisationId: string, userId: string) {
  const [row] = await db
    .select({ personId: people.id, language: people.language })
    .from(memberships)
    .innerJoin(people, and(eq(people.organisationId, memberships.organisationId), eq(people.id, memberships.personId)))
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)));
  return row;
}

/** The open (not completed) attempt, if any. */
export async function findOpenAssessment(db: TDb, organisationId: string, personId: string, instrument: string): Promise<TAssessmentRow | undefined> {
  const [row] = await db
    .select(columns)
    .from(assessments)
    .where(and(ofPerson(organisationId, personId, instrument), isNull(assessments.completedAt)));
  return row && asRow(row);
}

/** The newest completed attempt (the current profile), if any. */
export async function findLatestCompleted(db: TDb, organisationId: string, personId: string, instrument: string): Promise<TAssessmentRow | undefined> {
  const [row] = await db
    .select(columns)
    .from(assessments)
    .where(and(ofPerson(organisationId, personId, instrument), isNotNull(assessments.completedAt)))
    .orderBy(desc(assessments.completedAt), desc(assessments.id))
    .limit(1);
  return row && asRow(row);
}

/** The newest completed attempt of every person of the organisation who has one. */
export async function listLatestCompleted(db: TDb, organisationId: string, instrument: string): Promise<TAssessmentRow[]> {
  const rows = await db
    .selectDistinctOn([assessments.personId], columns)
    .from(assessments)
    .where(and(eq(assessments.organisationId, organisationId), eq(assessments.instrument, instrument), isNotNull(assessments.completedAt)))
    .orderBy(assessments.personId, desc(assessments.completedAt), desc(assessments.id));
  return rows.map(asRow);
}

/** Merges answers into the open attempt; returns the merged answers, or undefined when no attempt is open. */
export async function mergeIntoOpenAssessment(
  db: TDb,
  organisationId: string,
  personId: string,
  instrument: string,
  answers: TStoredAnswers,
  now: Date,
): Promise<TStoredAnswers | undefined> {
  const [row] = await db
    .update(assessments)
    .set({ answers: sql`${assessments.answers} || ${JSON.stringify(answers)}::jsonb`, updatedAt: now })
    .where(and(ofPerson(organisationId, personId, instrument), isNull(assessments.completedAt)))
    .returning({ answers: assessments.answers });
  return row?.answers as TStoredAnswers | undefined;
}

/**
 * Opens an attempt with these answers, or merges them into the one opened meanwhile (the partial
 * unique index allows one open attempt per person and instrument).
 */
export async function openAssessment(
  db: TDb,
  organisationId: string,
  personId: string,
  instrument: string,
  answers: TStoredAnswers,
  now: Date,
): Promise<TStoredAnswers> {
  const [row] = await db
    .insert(assessments)
    .values({ organisationId, personId, instrument, answers, startedAt: now, updatedAt: now })
    .onConflictDoUpdate({
      target: [assessments.organisationId, assessments.personId, assessments.instrument],
      targetWhere: sql`${assessments.completedAt} is null`,
      set: { answers: sql`${assessments.answers} || excluded.answers`, updatedAt: now },
    })
    .returning({ answers: assessments.answers });
  if (!row) throw new Error("opening an assessment returned nothing");
  return row.answers as TStoredAnswers;
}

/**
 * Completes the open attempt. Under concurrent calls one wins: the others find no open row
 * (the row lock makes them re-check `completed_at is null`) and get undefined.
 */
export async function completeOpenAssessment(
  db: TDb,
  organisationId: string,
  personId: string,
  instrument: string,
  attemptId: string,
  now: Date,
): Promise<TAssessmentRow | undefined> {
  const [row] = await db
    .update(assessments)
    .set({ completedAt: now, updatedAt: now })
    .where(and(ofPerson(organisationId, personId, instrument), eq(assessments.id, attemptId), isNull(assessments.completedAt)))
    .returning(columns);
  return row && asRow(row);
}

/** Stores an attempt that is already complete (demo data, imports). */
export async function insertCompletedAssessment(
  db: TDb,
  organisationId: string,
  personId: string,
  instrument: string,
  answers: TStoredAnswers,
  completedAt: Date,
): Promise<string> {
  const [row] = await db
    .insert(assessments)
    .values({ organisationId, personId, instrument, answers, startedAt: completedAt, updatedAt: completedAt, completedAt })
    .returning({ id: assessments.id });
  if (!row) throw new Error("inserting an assessment returned nothing");
  return row.id;
}
