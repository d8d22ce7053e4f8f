// Programmes under evaluation (issue 6): the programme row, its cohorts, members, costs, participants' time and
// the measures it uses. Every write that changes what an evaluation reads bumps `data_version`.
import { and, asc, count, eq, ne, sql } from "drizzle-orm";
import type { TDb } from "./client";
import { benefitEstimates, people, programmeCohorts, programmeCosts, programmeMeasures, programmeMembers, programmeParticipantTime, programmes } from "./schema/index";

export type TProgrammeRow = typeof programmes.$inferSelect;
export type TProgrammeValues = Pick<
  TProgrammeRow,
  | "name"
  | "description"
  | "currency"
  | "status"
  | "startsOn"
  | "endsOn"
  | "baselineFrom"
  | "baselineTo"
  | "followupFrom"
  | "followupTo"
  | "confidencePct"
  | "intangibles"
>;

const CHUNK = 5_000;

/** Postgres array literal of uuids for `= any(...)` (no parameter-count limit on long lists). */
const uuidArray = (ids: readonly string[]) => sql`${`{${ids.join(",")}}`}::uuid[]`;

export async function insertProgramme(db: TDb, organisationId: string, values: TProgrammeValues, userId: string | null): Promise<string> {
  const [row] = await db
    .insert(programmes)
    .values({ organisationId, ...values, createdByUserId: userId })
    .returning({ id: programmes.id });
  return (row as { id: string }).id;
}

export async function findProgramme(db: TDb, organisationId: string, id: string): Promise<TProgrammeRow | undefined> {
  const [row] = await db.select().from(programmes).where(and(eq(programmes.organisationId, organisationId), eq(programmes.id, id)));
  return row;
}

/** The programme locked for the rest of the transaction (writes to one programme are serialised). */
export async function lockProgramme(db: TDb, organisationId: string, id: string): Promise<TProgrammeRow | undefined> {
  const [row] = await db
    .select()
    .from(programmes)
    .where(and(eq(programmes.organisationId, organisationId), eq(programmes.id, id)))
    .for("update");
  return row;
}

export async function listProgrammes(db: TDb, organisationId: string): Promise<TProgrammeRow[]> {
  return db.select().from(programmes).where(eq(programmes.organisationId, organisationId)).orderBy(asc(programmes.startsOn), asc(programmes.name), asc(programmes.id));
}

export async function updateProgramme(db: TDb, organisationId: string, id: string, values: TProgrammeValues, now: Date): Promise<void> {
  await db
    .update(programmes)
    .set({ ...values, dataVersion: sql`${programmes.dataVersion} + 1`, updatedAt: now })
    .where(and(eq(programmes.organisationId, organisationId), eq(programmes.id, id)));
}

export async function deleteProgramme(db: TDb, organisationId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(programmes)
    .where(and(eq(programmes.organisationId, organisationId), eq(programmes.id, id)))
    .returning({ id: programmes.id });
  return rows.length > 0;
}

/** Marks the programme's cached evaluation stale. */
export async function bumpProgramme(db: TDb, organisationId: string, id: string, now: Date): Promise<void> {
  await db
    .update(programmes)
    .set({ dataVersion: sql`${programmes.dataVersion} + 1`, updatedAt: now })
    .where(and(eq(programmes.organisationId, organisationId), eq(programmes.id, id)));
}

/** Marks stale every programme that uses one of the measures. */
export async function bumpProgrammesUsingMeasures(db: TDb, organisationId: string, measureIds: readonly string[], now: Date): Promise<void> {
  if (measureIds.length === 0) return;
  await db
    .update(programmes)
    .set({ dataVersion: sql`${programmes.dataVersion} + 1`, updatedAt: now })
    .where(
      and(
        eq(programmes.organisationId, organisationId),
        sql`${programmes.id} in (select ${programmeMeasures.programmeId} from ${programmeMeasures}
          where ${programmeMeasures.organisationId} = ${organisationId} and ${programmeMeasures.measureId} = any(${uuidArray(measureIds)}))`,
      ),
    );
}

// ---- cohorts and members

export type TCohortRow = { id: string; programmeId: string; name: string; kind: string; members: number };

/** Cohorts of one programme (or of every programme when `programmeId` is null) with their member counts. */
export async function listCohorts(db: TDb, organisationId: string, programmeId: string | null): Promise<TCohortRow[]> {
  const rows = await db
    .select({
      id: programmeCohorts.id,
      programmeId: programmeCohorts.programmeId,
      name: programmeCohorts.name,
      kind: programmeCohorts.kind,
      members: sql<number>`(select count(*) from ${programmeMembers} where ${programmeMembers.organisationId} = ${programmeCohorts.organisationId} and ${programmeMembers.cohortId} = ${programmeCohorts.id})`.mapWith(Number),
    })
    .from(programmeCohorts)
    .where(and(eq(programmeCohorts.organisationId, organisationId), programmeId ? eq(programmeCohorts.programmeId, programmeId) : undefined))
    .orderBy(asc(programmeCohorts.createdAt), asc(programmeCohorts.id));
  return rows;
}

export async function findCohort(db: TDb, organisationId: string, programmeId: string, cohortId: string) {
  const [row] = await db
    .select({ id: programmeCohorts.id, name: programmeCohorts.name, kind: programmeCohorts.kind })
    .from(programmeCohorts)
    .where(and(eq(programmeCohorts.organisationId, organisationId), eq(programmeCohorts.programmeId, programmeId), eq(programmeCohorts.id, cohortId)));
  return row;
}

export async function insertCohort(db: TDb, organisationId: string, programmeId: string, values: { name: string; kind: string }): Promise<string> {
  const [row] = await db.insert(programmeCohorts).values({ organisationId, programmeId, ...values }).returning({ id: programmeCohorts.id });
  return (row as { id: string }).id;
}

export async function updateCohort(db: TDb, organisationId: string, cohortId: string, values: { name: string; kind: string }): Promise<void> {
  await db.update(programmeCohorts).set(values).where(and(eq(programmeCohorts.organisationId, organisationId), eq(programmeCohorts.id, cohortId)));
}

export async function deleteCohort(db: TDb, organisationId: string, cohortId: string): Promise<void> {
  await db.delete(programmeCohorts).where(and(eq(programmeCohorts.organisationId, organisationId), eq(programmeCohorts.id, cohortId)));
}

/** Every member of a programme with their cohort. */
export async function listProgrammeMembers(db: TDb, organisationId: string, programmeId: string): Promise<{ cohortId: string; personId: string }[]> {
  return db
    .select({ cohortId: programmeMembers.cohortId, personId: programmeMembers.personId })
    .from(programmeMembers)
    .where(and(eq(programmeMembers.organisationId, organisationId), eq(programmeMembers.programmeId, programmeId)))
    .orderBy(asc(programmeMembers.personId));
}

/** The people of one cohort as HR sees them. */
export async function listCohortPeople(db: TDb, organisationId: string, cohortId: string) {
  return db
    .select({ id: people.id, firstName: people.firstName, lastName: people.lastName, employeeNumber: people.employeeNumber, department: people.department })
    .from(programmeMembers)
    .innerJoin(people, and(eq(people.organisationId, programmeMembers.organisationId), eq(people.id, programmeMembers.personId)))
    .where(and(eq(programmeMembers.organisationId, organisationId), eq(programmeMembers.cohortId, cohortId)))
    .orderBy(asc(people.lastName), asc(people.firstName), asc(people.id));
}

/** Which of the ids are people of the organisation. */
export async function existingPeople(db: TDb, organisationId: string, personIds: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < personIds.length; i += CHUNK) {
    const rows = await db
      .select({ id: people.id })
      .from(people)
      .where(and(eq(people.organisationId, organisationId), sql`${people.id} = any(${uuidArray(personIds.slice(i, i + CHUNK))})`));
    for (const r of rows) found.add(r.id);
  }
  return found;
}

/** Members of the programme (of ids given) who are in another cohort than `cohortId`. */
export async function membersInOtherCohorts(db: TDb, organisationId: string, programmeId: string, cohortId: string, personIds: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < personIds.length; i += CHUNK) {
    const rows = await db
      .select({ id: programmeMembers.personId })
      .from(programmeMembers)
      .where(
        and(
          eq(programmeMembers.organisationId, organisationId),
          eq(programmeMembers.programmeId, programmeId),
          ne(programmeMembers.cohortId, cohortId),
          sql`${programmeMembers.personId} = any(${uuidArray(personIds.slice(i, i + CHUNK))})`,
        ),
      );
    for (const r of rows) found.add(r.id);
  }
  return found;
}

/** Replaces a cohort's members (inside the caller's transaction). */
export async function replaceCohortMembers(db: TDb, organisationId: string, programmeId: string, cohortId: string, personIds: readonly string[]): Promise<void> {
  await db.delete(programmeMembers).where(and(eq(programmeMembers.organisationId, organisationId), eq(programmeMembers.cohortId, cohortId)));
  for (let i = 0; i < personIds.length; i += CHUNK) {
    await db.insert(programmeMembers).values(personIds.slice(i, i + CHUNK).map((personId) => ({ organisationId, programmeId, cohortId, personId })));
  }
}

// ---- costs and participants' time

export async function listCosts(db: TDb, organisationId: string, programmeId: string) {
  return db
    .select({ id: programmeCosts.id, name: programmeCosts.name, category: programmeCosts.category, amountCents: programmeCosts.amountCents, cohortId: programmeCosts.cohortId })
    .from(programmeCosts)
    .where(and(eq(programmeCosts.organisationId, organisationId), eq(programmeCosts.programmeId, programmeId)))
    .orderBy(asc(programmeCosts.createdAt), asc(programmeCosts.id));
}

export async function countCosts(db: TDb, organisationId: string, programmeId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(programmeCosts)
    .where(and(eq(programmeCosts.organisationId, organisationId), eq(programmeCosts.programmeId, programmeId)));
  return row?.n ?? 0;
}

type TCostValues = { name: string; category: string; amountCents: number; cohortId: string | null };

export async function insertCost(db: TDb, organisationId: string, programmeId: string, values: TCostValues): Promise<string> {
  const [row] = await db.insert(programmeCosts).values({ organisationId, programmeId, ...values }).returning({ id: programmeCosts.id });
  return (row as { id: string }).id;
}

export async function updateCost(db: TDb, organisationId: string, programmeId: string, costId: string, values: TCostValues): Promise<boolean> {
  const rows = await db
    .update(programmeCosts)
    .set(values)
    .where(and(eq(programmeCosts.organisationId, organisationId), eq(programmeCosts.programmeId, programmeId), eq(programmeCosts.id, costId)))
    .returning({ id: programmeCosts.id });
  return rows.length > 0;
}

export async function deleteCost(db: TDb, organisationId: string, programmeId: string, costId: string): Promise<boolean> {
  const rows = await db
    .delete(programmeCosts)
    .where(and(eq(programmeCosts.organisationId, organisationId), eq(programmeCosts.programmeId, programmeId), eq(programmeCosts.id, costId)))
    .returning({ id: programmeCosts.id });
  return rows.length > 0;
}

/** Costs charged to a cohort (a comparison group may have none). */
export async function countCohortCosts(db: TDb, organisationId: string, cohortId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(programmeCosts).where(and(eq(programmeCosts.organisationId, organisationId), eq(programmeCosts.cohortId, cohortId)));
  return row?.n ?? 0;
}

export async function listParticipantTime(db: TDb, organisationId: string, programmeId: string) {
  return db
    .select({ cohortId: programmeParticipantTime.cohortId, hoursPerParticipant: programmeParticipantTime.hoursPerParticipant, loadedHourlyRateCents: programmeParticipantTime.loadedHourlyRateCents })
    .from(programmeParticipantTime)
    .where(and(eq(programmeParticipantTime.organisationId, organisationId), eq(programmeParticipantTime.programmeId, programmeId)))
    .orderBy(asc(programmeParticipantTime.cohortId));
}

export async function upsertParticipantTime(db: TDb, organisationId: string, programmeId: string, cohortId: string, values: { hoursPerParticipant: number; loadedHourlyRateCents: number }) {
  await db
    .insert(programmeParticipantTime)
    .values({ organisationId, programmeId, cohortId, ...values })
    .onConflictDoUpdate({ target: [programmeParticipantTime.organisationId, programmeParticipantTime.cohortId], set: values });
}

export async function deleteParticipantTime(db: TDb, organisationId: string, cohortId: string): Promise<boolean> {
  const rows = await db
    .delete(programmeParticipantTime)
    .where(and(eq(programmeParticipantTime.organisationId, organisationId), eq(programmeParticipantTime.cohortId, cohortId)))
    .returning({ id: programmeParticipantTime.cohortId });
  return rows.length > 0;
}

// ---- measures used and estimates received

export async function listProgrammeMeasureIds(db: TDb, organisationId: string, programmeId: string): Promise<string[]> {
  const rows = await db
    .select({ id: programmeMeasures.measureId })
    .from(programmeMeasures)
    .where(and(eq(programmeMeasures.organisationId, organisationId), eq(programmeMeasures.programmeId, programmeId)));
  return rows.map((r) => r.id);
}

export async function replaceProgrammeMeasures(db: TDb, organisationId: string, programmeId: string, measureIds: readonly string[]): Promise<void> {
  await db.delete(programmeMeasures).where(and(eq(programmeMeasures.organisationId, organisationId), eq(programmeMeasures.programmeId, programmeId)));
  if (measureIds.length > 0) await db.insert(programmeMeasures).values(measureIds.map((measureId) => ({ organisationId, programmeId, measureId })));
}

/** People who answered the follow-up questionnaire of the programme. */
export async function countEstimators(db: TDb, organisationId: string, programmeId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(distinct ${benefitEstimates.personId})`.mapWith(Number) })
    .from(benefitEstimates)
    .where(and(eq(benefitEstimates.organisationId, organisationId), eq(benefitEstimates.programmeId, programmeId)));
  return row?.n ?? 0;
}
