// Bulk writes for evaluation data (issue 6): the demo programme (typed multi-row inserts) and the benchmark's
// large synthetic organisation (INSERT … SELECT generate_series, so millions of rows never cross the wire). Measure
// values are written person by person (sorting them by the person's uuid made the cold evaluation ~3x slower on PGlite).
// Not a use case's repo: nothing here checks roles; callers are the demo seed and bench/.
import { sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { TDb } from "./client";
import {
  benefitEstimates,
  businessMeasures,
  measureValues,
  mentoringReactions,
  programmeCohorts,
  programmeCosts,
  programmeMeasures,
  programmeMembers,
  programmeParticipantTime,
  programmes,
} from "./schema/index";

/** Rows per INSERT statement: well below PostgreSQL's 65,535 bind parameters for the widest table here. */
const CHUNK = 1_000;

async function insertChunked<T extends PgTable>(db: TDb, table: T, rows: readonly T["$inferInsert"][]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await db.insert(table).values(rows.slice(i, i + CHUNK) as T["$inferInsert"][]);
}

/** Everything one evaluated programme needs, as rows (all of one organisation). */
export type TEvaluationBundle = {
  measures: (typeof businessMeasures.$inferInsert)[];
  programmes: (typeof programmes.$inferInsert)[];
  cohorts: (typeof programmeCohorts.$inferInsert)[];
  members: (typeof programmeMembers.$inferInsert)[];
  costs: (typeof programmeCosts.$inferInsert)[];
  participantTime: (typeof programmeParticipantTime.$inferInsert)[];
  programmeMeasures: (typeof programmeMeasures.$inferInsert)[];
  measureValues: (typeof measureValues.$inferInsert)[];
  estimates: (typeof benefitEstimates.$inferInsert)[];
  reactions: (typeof mentoringReactions.$inferInsert)[];
};

/** Inserts a bundle in foreign-key order, in chunks; run it inside the caller's transaction. */
export async function insertEvaluationBundle(db: TDb, bundle: TEvaluationBundle): Promise<void> {
  await insertChunked(db, businessMeasures, bundle.measures);
  await insertChunked(db, programmes, bundle.programmes);
  await insertChunked(db, programmeCohorts, bundle.cohorts);
  await insertChunked(db, programmeMembers, bundle.members);
  await insertChunked(db, programmeCosts, bundle.costs);
  await insertChunked(db, programmeParticipantTime, bundle.participantTime);
  await insertChunked(db, programmeMeasures, bundle.programmeMeasures);
  await insertChunked(db, measureValues, bundle.measureValues);
  await insertChunked(db, benefitEstimates, bundle.estimates);
  await insertChunked(db, mentoringReactions, bundle.reactions);
}

/** The deterministic id of the benchmark's person number `n` (1-based), as SQL. */
const benchPersonId = (n: unknown) => sql`md5('bench-person-' || ${n}::text)::uuid`;

/** `n` synthetic people numbered 1..n (ids from benchPersonId), in one statement. */
export async function insertBenchPeople(db: TDb, organisationId: string, n: number): Promise<void> {
  await db.execute(sql`
    insert into people (organisation_id, id, employee_number, first_name, last_name, email, department, language)
    select ${organisationId}::uuid, ${benchPersonId(sql`g`)}, 'B' || lpad(g::text, 7, '0'), 'Voornaam' || g, 'Achternaam' || g,
           'person' || g || '@bench.example', 'Afdeling ' || (g % 40), (array['nl','fr','en'])[1 + g % 3]
    from generate_series(1, ${n}::int) g
    order by 2`);
}

/** Puts the benchmark people numbered from..to (inclusive) into a cohort. */
export async function insertBenchMembers(db: TDb, organisationId: string, programmeId: string, cohortId: string, from: number, to: number): Promise<void> {
  await db.execute(sql`
    insert into programme_members (organisation_id, programme_id, cohort_id, person_id)
    select ${organisationId}::uuid, ${programmeId}::uuid, ${cohortId}::uuid, ${benchPersonId(sql`g`)}
    from generate_series(${from}::int, ${to}::int) g
    order by 4`);
}

/**
 * Monthly values of one measure for people 1..n over `periods` (YYYY-MM): a per-person level around `base` plus
 * noise; in `improvedPeriods`, people from..to (inclusive) improve by `improvement` (subtracted: lower is better).
 */
export async function insertBenchMeasureValues(
  db: TDb,
  organisationId: string,
  measureId: string,
  n: number,
  periods: readonly string[],
  options: { base: number; spread: number; improvedPeriods: readonly string[]; improved: readonly { from: number; to: number; improvement: number }[] },
): Promise<void> {
  const improvedList = options.improvedPeriods.length > 0 ? sql.join(options.improvedPeriods.map((p) => sql`${p}`), sql`, `) : sql`''`;
  const gain = options.improved.length
    ? sql.join(
        options.improved.map((r) => sql`when g between ${r.from}::int and ${r.to}::int then ${r.improvement}::float8`),
        sql` `,
      )
    : sql`when false then 0`;
  await db.execute(sql`
    insert into measure_values (organisation_id, measure_id, person_id, period, value)
    select ${organisationId}::uuid, ${measureId}::uuid, ${benchPersonId(sql`g`)}, p,
           greatest(0, ${options.base}::float8
             + ${options.spread}::float8 * ((abs(hashtext('lvl' || g::text)) % 1000) / 1000.0 - 0.5)
             + ${options.spread}::float8 * 0.5 * ((abs(hashtext(p || ':' || g::text)) % 1000) / 1000.0 - 0.5)
             - case when p in (${improvedList}) then (case ${gain} else 0 end) else 0 end)
    from generate_series(1, ${n}::int) g
    cross join unnest(${sql.raw(`array[${periods.map((p) => `'${p.replace(/[^0-9-]/g, "")}'`).join(",")}]::text[]`)}) as p
    `);
}

/** `perPerson` L1 reactions (1–5) by each of people from..to, dated at `at`. */
export async function insertBenchReactions(db: TDb, organisationId: string, from: number, to: number, perPerson: number, at: Date, tag: string): Promise<void> {
  await db.execute(sql`
    insert into mentoring_reactions (organisation_id, id, subject_kind, subject_id, person_id, satisfaction, relevance, intent_to_apply, created_at)
    select ${organisationId}::uuid, md5(${tag} || ':r:' || g::text || ':' || k::text)::uuid, 'module',
           md5(${tag} || ':m:' || g::text || ':' || k::text)::uuid, ${benchPersonId(sql`g`)},
           3 + abs(hashtext('s' || g::text || k::text)) % 3, 2 + abs(hashtext('r' || g::text || k::text)) % 4,
           2 + abs(hashtext('i' || g::text || k::text)) % 4, ${at.toISOString()}::timestamptz
    from generate_series(${from}::int, ${to}::int) g cross join generate_series(1, ${perPerson}::int) k
    order by 2`);
}

/** One follow-up estimate by each of people from..to for a measure (a few percent extreme). */
export async function insertBenchEstimates(db: TDb, organisationId: string, programmeId: string, measureId: string, from: number, to: number): Promise<void> {
  await db.execute(sql`
    insert into benefit_estimates (organisation_id, programme_id, person_id, measure_id, annual_value_cents, contribution_pct, confidence_pct)
    select ${organisationId}::uuid, ${programmeId}::uuid, ${benchPersonId(sql`g`)}, ${measureId}::uuid,
           case when g % 97 = 0 then 50000000 else 100000 + (abs(hashtext('e' || g::text)) % 400000) end,
           20 + abs(hashtext('c' || g::text)) % 60, 40 + abs(hashtext('f' || g::text)) % 50
    from generate_series(${from}::int, ${to}::int) g
    order by 3`);
}

/** Row counts of the tables the benchmark fills, for its report. */
export async function countEvaluationRows(db: TDb, organisationId: string): Promise<Record<string, number>> {
  const result = await db.execute(sql`
    select (select count(*) from people where organisation_id = ${organisationId}::uuid)::int as people,
           (select count(*) from programme_members where organisation_id = ${organisationId}::uuid)::int as members,
           (select count(*) from measure_values where organisation_id = ${organisationId}::uuid)::int as measure_values,
           (select count(*) from mentoring_reactions where organisation_id = ${organisationId}::uuid)::int as reactions,
           (select count(*) from benefit_estimates where organisation_id = ${organisationId}::uuid)::int as estimates`);
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Record<string, number>[];
  return rows[0] ?? {};
}

/** Refreshes the planner's statistics after a bulk load (as autovacuum would, soon after). */
export async function analyseEvaluationTables(db: TDb): Promise<void> {
  for (const table of ["people", "programme_members", "measure_values", "mentoring_reactions", "benefit_estimates", "assessments", "programme_evaluations"]) {
    await db.execute(sql.raw(`analyze ${table}`));
  }
}
