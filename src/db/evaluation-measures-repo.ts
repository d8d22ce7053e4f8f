// Level 4 business measures (issue 6): the organisation's measures, their values per person and month, and the
// participants' estimates from the follow-up questionnaire.
import { and, asc, eq, gte, lte, sql } from "drizzle-orm";
import type { TDb } from "./client";
import { benefitEstimates, businessMeasures, memberships, measureValues, people, programmeCohorts, programmeMeasures, programmeMembers, programmes } from "./schema/index";

export type TMeasureRow = typeof businessMeasures.$inferSelect;
export type TMeasureValues = Pick<TMeasureRow, "name" | "unit" | "direction" | "unitValueCents" | "unitValueSource" | "periodsPerYear">;

const CHUNK = 5_000;

const measureColumns = {
  id: businessMeasures.id,
  name: businessMeasures.name,
  unit: businessMeasures.unit,
  direction: businessMeasures.direction,
  unitValueCents: businessMeasures.unitValueCents,
  unitValueSource: businessMeasures.unitValueSource,
  periodsPerYear: businessMeasures.periodsPerYear,
  archived: businessMeasures.archived,
  values: sql<number>`(select count(*) from ${measureValues} where ${measureValues.organisationId} = ${businessMeasures.organisationId} and ${measureValues.measureId} = ${businessMeasures.id})`.mapWith(Number),
};

/** The organisation's measures (with how many values each holds); archived ones only when asked. */
export async function listMeasures(db: TDb, organisationId: string, options: { includeArchived: boolean; programmeId?: string }) {
  return db
    .select(measureColumns)
    .from(businessMeasures)
    .where(
      and(
        eq(businessMeasures.organisationId, organisationId),
        options.includeArchived ? undefined : eq(businessMeasures.archived, false),
        options.programmeId
          ? sql`${businessMeasures.id} in (select ${programmeMeasures.measureId} from ${programmeMeasures} where ${programmeMeasures.organisationId} = ${organisationId} and ${programmeMeasures.programmeId} = ${options.programmeId})`
          : undefined,
      ),
    )
    .orderBy(asc(businessMeasures.name), asc(businessMeasures.id));
}

export async function findMeasure(db: TDb, organisationId: string, id: string) {
  const [row] = await db.select(measureColumns).from(businessMeasures).where(and(eq(businessMeasures.organisationId, organisationId), eq(businessMeasures.id, id)));
  return row;
}

export async function insertMeasure(db: TDb, organisationId: string, values: TMeasureValues): Promise<string> {
  const [row] = await db.insert(businessMeasures).values({ organisationId, ...values }).returning({ id: businessMeasures.id });
  return (row as { id: string }).id;
}

export async function updateMeasure(db: TDb, organisationId: string, id: string, values: Partial<TMeasureValues> & { archived?: boolean }, now: Date): Promise<boolean> {
  const rows = await db
    .update(businessMeasures)
    .set({ ...values, updatedAt: now })
    .where(and(eq(businessMeasures.organisationId, organisationId), eq(businessMeasures.id, id)))
    .returning({ id: businessMeasures.id });
  return rows.length > 0;
}

// ---- values

export async function listMeasureValues(db: TDb, organisationId: string, measureId: string, range: { from?: string; to?: string }) {
  return db
    .select({ personId: measureValues.personId, period: measureValues.period, value: measureValues.value })
    .from(measureValues)
    .where(
      and(
        eq(measureValues.organisationId, organisationId),
        eq(measureValues.measureId, measureId),
        range.from ? gte(measureValues.period, range.from) : undefined,
        range.to ? lte(measureValues.period, range.to) : undefined,
      ),
    )
    .orderBy(asc(measureValues.period), asc(measureValues.personId))
    .limit(100_000);
}

export type TValueWrite = { measureId: string; personId: string; period: string; value: number | null };

/** Writes values (null deletes), inside the caller's transaction. */
export async function writeMeasureValues(db: TDb, organisationId: string, values: readonly TValueWrite[], now: Date): Promise<void> {
  const upserts = values.filter((v): v is TValueWrite & { value: number } => v.value !== null);
  const deletes = values.filter((v) => v.value === null);
  for (const d of deletes) {
    await db
      .delete(measureValues)
      .where(and(eq(measureValues.organisationId, organisationId), eq(measureValues.measureId, d.measureId), eq(measureValues.personId, d.personId), eq(measureValues.period, d.period)));
  }
  // one row per key: the last one given wins
  const byKey = new Map(upserts.map((v) => [`${v.measureId}|${v.personId}|${v.period}`, v]));
  const rows = [...byKey.values()];
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db
      .insert(measureValues)
      .values(rows.slice(i, i + CHUNK).map((v) => ({ organisationId, measureId: v.measureId, personId: v.personId, period: v.period, value: v.value, updatedAt: now })))
      .onConflictDoUpdate({
        target: [measureValues.organisationId, measureValues.measureId, measureValues.personId, measureValues.period],
        set: { value: sql`excluded.value`, updatedAt: now },
      });
  }
}

/** Every person of the organisation by id, employee number and email (for imports). */
export async function listPeopleKeys(db: TDb, organisationId: string) {
  return db.select({ id: people.id, employeeNumber: people.employeeNumber, email: people.email }).from(people).where(eq(people.organisationId, organisationId));
}

// ---- the follow-up questionnaire

/** The person the user is in the organisation, if any. */
export async function findPersonIdOfUser(db: TDb, organisationId: string, userId: string): Promise<string | null> {
  const [row] = await db
    .select({ personId: memberships.personId })
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)));
  return row?.personId ?? null;
}

/** Programmes in which the person is a member of an enrolled (not comparison) cohort. */
export async function listProgrammesOfParticipant(db: TDb, organisationId: string, personId: string) {
  return db
    .select({ id: programmes.id, name: programmes.name, currency: programmes.currency })
    .from(programmeMembers)
    .innerJoin(programmeCohorts, and(eq(programmeCohorts.organisationId, programmeMembers.organisationId), eq(programmeCohorts.id, programmeMembers.cohortId)))
    .innerJoin(programmes, and(eq(programmes.organisationId, programmeMembers.organisationId), eq(programmes.id, programmeMembers.programmeId)))
    .where(and(eq(programmeMembers.organisationId, organisationId), eq(programmeMembers.personId, personId), sql`${programmeCohorts.kind} <> 'comparison'`))
    .orderBy(asc(programmes.startsOn), asc(programmes.name));
}

export async function listEstimatesOfPerson(db: TDb, organisationId: string, personId: string) {
  return db
    .select({
      programmeId: benefitEstimates.programmeId,
      measureId: benefitEstimates.measureId,
      annualValueCents: benefitEstimates.annualValueCents,
      contributionPct: benefitEstimates.contributionPct,
      confidencePct: benefitEstimates.confidencePct,
      comment: benefitEstimates.comment,
    })
    .from(benefitEstimates)
    .where(and(eq(benefitEstimates.organisationId, organisationId), eq(benefitEstimates.personId, personId)))
    .orderBy(asc(benefitEstimates.measureId));
}

export type TEstimateWrite = { measureId: string; annualValueCents: number; contributionPct: number; confidencePct: number; comment?: string };

/** Replaces one person's answers for one programme (inside the caller's transaction). */
export async function replaceEstimates(db: TDb, organisationId: string, programmeId: string, personId: string, userId: string, estimates: readonly TEstimateWrite[], now: Date) {
  await db
    .delete(benefitEstimates)
    .where(and(eq(benefitEstimates.organisationId, organisationId), eq(benefitEstimates.programmeId, programmeId), eq(benefitEstimates.personId, personId)));
  if (estimates.length === 0) return;
  await db.insert(benefitEstimates).values(
    estimates.map((e) => ({
      organisationId,
      programmeId,
      personId,
      measureId: e.measureId,
      annualValueCents: e.annualValueCents,
      contributionPct: e.contributionPct,
      confidencePct: e.confidencePct,
      comment: e.comment ?? null,
      submittedByUserId: userId,
      submittedAt: now,
    })),
  );
}

/** Every answer of the programme's follow-up questionnaire (server side only: person ids never leave it). */
export async function listEstimatesOfProgramme(db: TDb, organisationId: string, programmeId: string) {
  return db
    .select({
      personId: benefitEstimates.personId,
      measureId: benefitEstimates.measureId,
      annualValueCents: benefitEstimates.annualValueCents,
      contributionPct: benefitEstimates.contributionPct,
      confidencePct: benefitEstimates.confidencePct,
    })
    .from(benefitEstimates)
    .where(and(eq(benefitEstimates.organisationId, organisationId), eq(benefitEstimates.programmeId, programmeId)))
    .orderBy(asc(benefitEstimates.personId), asc(benefitEstimates.measureId));
}
