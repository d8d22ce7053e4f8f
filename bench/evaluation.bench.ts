// The executive dashboard (issue 6, part 8): an organisation of 100,000 people and 2,000,000 responses (monthly
// measure values, L1 reactions, follow-up estimates), five programmes with cohorts of thousands. Measures
// getDashboard cold (every evaluation computed and cached) and warm (evaluations cached; the target < 500 ms on
// PostgreSQL), on PGlite in a temporary data directory and on a fresh database of BENCH_DATABASE_URL.
// BENCH_EVAL_PEOPLE scales the organisation (default 100000; the other figures scale with it).
import { randomBytes, randomUUID } from "node:crypto";
import { getDashboard } from "../src/app/evaluation/dashboard";
import { openDatabase, type TDatabase, type TOpenOptions } from "../src/db/client";
import {
  analyseEvaluationTables,
  countEvaluationRows,
  insertBenchEstimates,
  insertBenchMeasureValues,
  insertBenchMembers,
  insertBenchPeople,
  insertBenchReactions,
  insertEvaluationBundle,
  type TEvaluationBundle,
} from "../src/db/evaluation-bulk-repo";
import { insertOrganisation } from "../src/db/organisations-repo";
import type { TActor } from "../src/domain/shared/roles";
import type { TBenchResult } from "./bench-result";
import { withTemporaryDataDir, withThrowawayPostgres } from "./throwaway-database";

const PEOPLE = Number(process.env.BENCH_EVAL_PEOPLE ?? 100_000);
const PROGRAMMES = 5;
/** Each programme takes a tenth of the organisation: 40 % personalised, 40 % standard, 20 % comparison. */
const SHARE = { personalised: 0.04, standard: 0.04, comparison: 0.02 } as const;
const REACTIONS_PER_PARTICIPANT = 4;
const BASELINE = ["2025-01", "2025-02", "2025-03"];
const FOLLOWUP = ["2025-10", "2025-11", "2025-12"];
const WARM_RUNS = 7;
const TARGET_MS = { embedded: undefined, postgres: 500 } as const;
const LABEL = { embedded: "PGlite", postgres: "PostgreSQL" } as const;

const MEASURES = [
  { name: "Absenteeism", unit: "days/month", unitValueCents: 32_000, base: 1.4, spread: 1, gain: { personalised: 0.5, standard: 0.25, comparison: 0.05 } },
  { name: "Customer complaints", unit: "complaints/month", unitValueCents: 18_000, base: 2.2, spread: 1.5, gain: { personalised: 0.7, standard: 0.35, comparison: 0.1 } },
  { name: "Overtime", unit: "hours/month", unitValueCents: 4_800, base: 9, spread: 4, gain: { personalised: 3, standard: 1.5, comparison: 0.4 } },
] as const;

type TKind = keyof typeof SHARE;
type TRange = { kind: TKind; from: number; to: number };

/** Fills the organisation; returns the row counts and how long it took. */
export async function fillOrganisation(database: TDatabase, organisationId: string): Promise<{ counts: Record<string, number>; ms: number; steps: Record<string, number> }> {
  const started = performance.now();
  const steps: Record<string, number> = {};
  let lap = started;
  const step = (name: string) => {
    const at = performance.now();
    steps[name] = Math.round((at - lap) / 100) / 10;
    lap = at;
  };
  const db = database.db;
  await insertBenchPeople(db, organisationId, PEOPLE);
  step("fill_people_s");
  const bundle: TEvaluationBundle = { measures: [], programmes: [], cohorts: [], members: [], costs: [], participantTime: [], programmeMeasures: [], measureValues: [], estimates: [], reactions: [] };
  const measureIds = MEASURES.map(() => randomUUID());
  MEASURES.forEach((m, i) =>
    bundle.measures.push({ organisationId, id: measureIds[i], name: m.name, unit: m.unit, direction: "lower_is_better", unitValueCents: m.unitValueCents, unitValueSource: "bench", periodsPerYear: 12 }),
  );
  const ranges: { programmeId: string; cohortIds: Record<TKind, string>; ranges: TRange[] }[] = [];
  const perProgramme = Math.floor(PEOPLE / PROGRAMMES);
  for (let p = 0; p < PROGRAMMES; p++) {
    const programmeId = randomUUID();
    bundle.programmes.push({
      organisationId,
      id: programmeId,
      name: `Programme ${p + 1}`,
      currency: "EUR",
      status: "completed",
      startsOn: "2025-04-01",
      endsOn: "2025-09-30",
      baselineFrom: BASELINE[0] as string,
      baselineTo: BASELINE[BASELINE.length - 1] as string,
      followupFrom: FOLLOWUP[0] as string,
      followupTo: FOLLOWUP[FOLLOWUP.length - 1] as string,
      dataVersion: 1,
    });
    const cohortIds = { personalised: randomUUID(), standard: randomUUID(), comparison: randomUUID() };
    let next = p * perProgramme + 1;
    const own: TRange[] = [];
    for (const kind of ["personalised", "standard", "comparison"] as const) {
      const size = Math.round(PEOPLE * SHARE[kind]);
      own.push({ kind, from: next, to: next + size - 1 });
      next += size;
      bundle.cohorts.push({ organisationId, id: cohortIds[kind], programmeId, name: kind, kind });
      if (kind !== "comparison") {
        bundle.participantTime.push({ organisationId, programmeId, cohortId: cohortIds[kind], hoursPerParticipant: kind === "personalised" ? 20 : 14, loadedHourlyRateCents: 5_500 });
        bundle.costs.push({ organisationId, id: randomUUID(), programmeId, cohortId: cohortIds[kind], name: "delivery", category: "delivery", amountCents: size * (kind === "personalised" ? 150_000 : 60_000) });
      }
    }
    bundle.costs.push({ organisationId, id: randomUUID(), programmeId, cohortId: null, name: "evaluation", category: "evaluation", amountCents: 5_000_000 });
    for (const measureId of measureIds) bundle.programmeMeasures.push({ organisationId, programmeId, measureId });
    ranges.push({ programmeId, cohortIds, ranges: own });
  }
  await insertEvaluationBundle(db, bundle);
  step("fill_programmes_s");
  for (const { programmeId, cohortIds, ranges: own } of ranges) {
    for (const r of own) {
      await insertBenchMembers(db, organisationId, programmeId, cohortIds[r.kind], r.from, r.to);
      if (r.kind === "comparison") continue;
      await insertBenchReactions(db, organisationId, r.from, r.to, REACTIONS_PER_PARTICIPANT, new Date("2025-06-15T10:00:00Z"), `${programmeId}:${r.kind}`);
      await insertBenchEstimates(db, organisationId, programmeId, measureIds[2] as string, r.from, r.to);
    }
  }
  step("fill_members_reactions_estimates_s");
  const all = ranges.flatMap((r) => r.ranges);
  for (const [i, m] of MEASURES.entries()) {
    await insertBenchMeasureValues(db, organisationId, measureIds[i] as string, PEOPLE, [...BASELINE, ...FOLLOWUP], {
      base: m.base,
      spread: m.spread,
      improvedPeriods: FOLLOWUP,
      improved: all.map((r) => ({ from: r.from, to: r.to, improvement: m.gain[r.kind] })),
    });
  }
  step("fill_measure_values_s");
  await analyseEvaluationTables(db);
  step("fill_analyse_s");
  return { counts: await countEvaluationRows(db, organisationId), ms: performance.now() - started, steps };
}

function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function measure(options: TOpenOptions): Promise<TBenchResult[]> {
  const database = await openDatabase(options);
  try {
    await database.migrate();
    const organisation = await insertOrganisation(database.db, { slug: `bench-${randomBytes(4).toString("hex")}`, name: "Bench", defaultLocale: "nl" });
    const { counts, ms: fillMs, steps } = await fillOrganisation(database, organisation.id);
    const responses = (counts.measure_values ?? 0) + (counts.reactions ?? 0) + (counts.estimates ?? 0);
    const actor: TActor = { userId: randomUUID(), isOperator: false, organisationId: organisation.id, roles: ["executive"] };
    const ctx = { db: database.db, now: () => new Date() };

    const coldStarted = performance.now();
    const cold = await getDashboard(ctx, actor);
    const coldMs = performance.now() - coldStarted;
    const warm: number[] = [];
    let dashboard = cold;
    for (let i = 0; i < WARM_RUNS; i++) {
      const started = performance.now();
      dashboard = await getDashboard(ctx, actor);
      warm.push(performance.now() - started);
    }
    const figures = dashboard.programmes.flatMap((p) => p.cohortsFigures).filter((c) => c.kind !== "comparison");
    const sane = dashboard.programmes.length === PROGRAMMES && figures.every((c) => typeof c.roiPct === "number" && Number.isFinite(c.roiPct) && c.roiInterval !== null);
    const kind = options.kind;
    const size = `${counts.people?.toLocaleString("en")} people / ${responses.toLocaleString("en")} responses`;
    const extra = {
      people: counts.people ?? 0,
      members: counts.members ?? 0,
      measure_values: counts.measure_values ?? 0,
      reactions: counts.reactions ?? 0,
      estimates: counts.estimates ?? 0,
      fill_s: Math.round(fillMs / 100) / 10,
      ...steps,
      programmes: dashboard.programmes.length,
      roi_personalised_pct: Math.round((figures.find((c) => c.kind === "personalised")?.roiPct ?? Number.NaN) * 10) / 10,
      roi_standard_pct: Math.round((figures.find((c) => c.kind === "standard")?.roiPct ?? Number.NaN) * 10) / 10,
      sane: String(sane),
    };
    const target = TARGET_MS[kind];
    const warmMs = median(warm);
    return [
      {
        name: `executive dashboard, warm (evaluations cached): ${size} (${LABEL[kind]})`,
        ms: warmMs,
        ...(target === undefined ? { ok: sane } : { target_ms: target, ok: sane && warmMs < target }),
        extra: { ...extra, runs: WARM_RUNS, min_ms: Math.round(Math.min(...warm) * 10) / 10, max_ms: Math.round(Math.max(...warm) * 10) / 10 },
      },
      { name: `executive dashboard, cold (${PROGRAMMES} evaluations computed): ${size} (${LABEL[kind]})`, ms: coldMs, ok: sane, extra: { programmes: PROGRAMMES } },
    ];
  } finally {
    await database.close();
  }
}

/** On PGlite in a fresh temporary data directory (the figure the issue asks for; no target). */
export async function benchEvaluationDashboardPglite(): Promise<TBenchResult[]> {
  return withTemporaryDataDir("sterk-bench-eval-", (dataDir) => measure({ kind: "embedded", dataDir }));
}

/** On a fresh database of the PostgreSQL server in BENCH_DATABASE_URL, dropped afterwards (warm target < 500 ms). */
export async function benchEvaluationDashboardPostgres(): Promise<TBenchResult[]> {
  return withThrowawayPostgres("the dashboard", (url) => measure({ kind: "postgres", url, max: 10 }));
}
