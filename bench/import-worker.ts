// One measured task in its own process, so its peak memory is its own:
//   node --import tsx bench/import-worker.ts '<TWorkerTask as JSON>'
// Prints progress on stderr and one line `RESULT {…}` (a TWorkerOutcome) on stdout. With BENCH_CPU_PROF=DIR it
// writes a V8 CPU profile of the measured task alone (not the database start-up) to DIR.
import { randomUUID } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import type { TImportPhase } from "../src/app/people/import-people";
import { openDatabase, type TDatabase, type TDb } from "../src/db/client";
import { findOrganisationBySlug, insertOrganisation } from "../src/db/organisations-repo";
import { people } from "../src/db/schema/index";
import type { TActor } from "../src/domain/shared/roles";
import { generatePeopleRows } from "./generate-people";

export type TWorkerDatabase = { kind: "embedded"; dataDir: string } | { kind: "postgres"; url: string };

export type TWorkerTask = {
  /**
   * setup: migrate the fresh database and create the organisation `slug` (not measured);
   * import: the real use case on the CSV file (into the organisation `slug`, created when absent);
   * bare: drizzle multi-row INSERTs of 1,000 rows; json: the same rows as INSERT … SELECT FROM json_to_recordset,
   * one parameter per 10,000 rows (a comparison: a bulk write without drizzle building one parameter per value)
   */
  task: "setup" | "import" | "bare" | "json";
  database: TWorkerDatabase;
  migrate: boolean;
  slug: string;
  csvPath: string;
  peopleCount: number;
  seed: number;
};

export type TWorkerOutcome = {
  ms: number;
  /** VmHWM of the whole process (database engine included), or the sampled peak where /proc is missing */
  peakRssMb: number;
  /** the peak before the measured task: opening (and migrating) the database */
  peakBeforeTaskMb: number;
  sampledPeakHeapMb: number;
  phasesMs?: Record<string, number>;
  counts?: { created: number; updated: number; unchanged: number; rejected: number; rows: number; committed: boolean };
  firstErrors?: unknown[];
};

const BARE_BATCH = 1_000;
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** The kernel's high-water mark of resident memory for this process, in MB; null off Linux. */
function vmHwmMb(): number | null {
  try {
    const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync("/proc/self/status", "utf8"));
    return match?.[1] ? Math.round((Number(match[1]) / 1024) * 10) / 10 : null;
  } catch {
    return null;
  }
}

function startMemorySampler() {
  const peak = { rss: 0, heap: 0 };
  const sample = () => {
    const usage = process.memoryUsage();
    peak.rss = Math.max(peak.rss, usage.rss);
    peak.heap = Math.max(peak.heap, usage.heapUsed);
  };
  const timer = setInterval(sample, 50);
  timer.unref();
  return {
    peak: () => {
      sample();
      return peak;
    },
    stop: () => clearInterval(timer),
  };
}

async function organisationId(db: TDb, slug: string): Promise<string> {
  const found = await findOrganisationBySlug(db, slug);
  if (found) return found.id;
  return (await insertOrganisation(db, { slug, name: `Bench ${slug}`, defaultLocale: "nl" })).id;
}

async function runImport(db: TDb, task: TWorkerTask): Promise<Omit<TWorkerOutcome, "peakRssMb" | "peakBeforeTaskMb" | "sampledPeakHeapMb">> {
  // Imported lazily: the bare task must run even while the use case is unfinished.
  const { importPeople } = await import("../src/app/people/import-people");
  const actor: TActor = { userId: randomUUID(), isOperator: false, organisationId: await organisationId(db, task.slug), roles: ["hr_admin"] };
  const bytes = new Uint8Array(readFileSync(task.csvPath));
  const marks: [TImportPhase | "lookup", number][] = [];
  const started = performance.now();
  marks.push(["lookup", started]);
  const report = await importPeople({ db, now: () => new Date() }, actor, {
    bytes,
    fileName: "people.csv",
    commit: true,
    onPhase: (phase) => {
      marks.push([phase, performance.now()]);
      process.stderr.write(`  [worker] ${phase} at ${Math.round(performance.now() - started)} ms\n`);
    },
  });
  const ms = performance.now() - started;
  const phasesMs: Record<string, number> = {};
  for (let i = 0; i + 1 < marks.length; i++) {
    const [phase, at] = marks[i] ?? ["lookup", 0];
    phasesMs[phase] = Math.round((marks[i + 1]?.[1] ?? at) - at);
  }
  const { created, updated, unchanged, rejected, rows, committed } = report;
  return { ms, phasesMs, counts: { created, updated, unchanged, rejected, rows, committed }, firstErrors: report.errors.slice(0, 5) };
}

/** The same people as plain rows for one multi-row INSERT per 1,000, managers before their reports. */
function bareRows(task: TWorkerTask, organisation: string) {
  const generated = generatePeopleRows(task.peopleCount, task.seed).sort((a, b) => a.level - b.level);
  const idOf = new Map(generated.map((p) => [p.employeeNumber, randomUUID()]));
  return generated.map((p) => ({
    organisationId: organisation,
    id: idOf.get(p.employeeNumber) ?? randomUUID(),
    employeeNumber: p.employeeNumber,
    firstName: p.firstName,
    lastName: p.lastName,
    email: p.email,
    jobTitle: p.jobTitle,
    department: p.department,
    managerId: p.managerNumber === null ? null : (idOf.get(p.managerNumber) ?? null),
    startDate: p.startDate,
    roleStartDate: p.roleStartDate,
    language: p.language,
    active: true,
  }));
}

async function runBare(db: TDb, task: TWorkerTask) {
  const rows = bareRows(task, await organisationId(db, task.slug));
  const started = performance.now();
  await db.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += BARE_BATCH) await tx.insert(people).values(rows.slice(i, i + BARE_BATCH));
  });
  return { ms: performance.now() - started, counts: { created: rows.length, updated: 0, unchanged: 0, rejected: 0, rows: rows.length, committed: true } };
}

/** Runs the task under the V8 profiler when BENCH_CPU_PROF names a folder; the profile covers the task only. */
async function profiled<T>(name: string, task: () => Promise<T>): Promise<T> {
  const dir = process.env.BENCH_CPU_PROF;
  if (!dir) return task();
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 500 });
  await session.post("Profiler.start");
  try {
    return await task();
  } finally {
    const { profile } = await session.post("Profiler.stop");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${name}-${process.pid}.cpuprofile`), JSON.stringify(profile));
    session.disconnect();
  }
}

const JSON_BATCH = 10_000;

/** The same rows as one INSERT … SELECT FROM json_to_recordset($1) per 10,000: one parameter per statement. */
async function runJsonRecordset(db: TDb, task: TWorkerTask) {
  const rows = bareRows(task, await organisationId(db, task.slug));
  const started = performance.now();
  await db.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += JSON_BATCH) {
      const batch = JSON.stringify(rows.slice(i, i + JSON_BATCH));
      await tx.execute(sql`
        insert into people (organisation_id, id, employee_number, first_name, last_name, email, job_title, department,
                            manager_id, start_date, role_start_date, language, active)
        select r."organisationId", r.id, r."employeeNumber", r."firstName", r."lastName", r.email, r."jobTitle", r.department,
               r."managerId", r."startDate", r."roleStartDate", r.language, r.active
        from json_to_recordset(${batch}::json) as r("organisationId" uuid, id uuid, "employeeNumber" text, "firstName" text,
             "lastName" text, email text, "jobTitle" text, department text, "managerId" uuid, "startDate" date,
             "roleStartDate" date, language text, active boolean)`);
    }
  });
  return { ms: performance.now() - started, counts: { created: rows.length, updated: 0, unchanged: 0, rejected: 0, rows: rows.length, committed: true } };
}

async function runSetup(db: TDb, task: TWorkerTask) {
  await organisationId(db, task.slug);
  return { ms: 0 };
}

const TASKS = { setup: runSetup, import: runImport, bare: runBare, json: runJsonRecordset } as const;

async function main(): Promise<void> {
  const task = JSON.parse(process.argv[2] ?? "{}") as TWorkerTask;
  const sampler = startMemorySampler();
  let database: TDatabase | null = null;
  try {
    database = await openDatabase(task.database.kind === "postgres" ? { kind: "postgres", url: task.database.url, max: 4 } : { kind: "embedded", dataDir: task.database.dataDir });
    if (task.migrate) await database.migrate();
    const peakBeforeTaskMb = vmHwmMb() ?? mb(sampler.peak().rss);
    const db = database.db;
    const measured = await profiled(`${task.database.kind}-${task.task}-${task.slug}`, () =>
      TASKS[task.task](db, task),
    );
    const peak = sampler.peak();
    const outcome: TWorkerOutcome = { ...measured, peakRssMb: vmHwmMb() ?? mb(peak.rss), peakBeforeTaskMb, sampledPeakHeapMb: mb(peak.heap) };
    process.stdout.write(`RESULT ${JSON.stringify(outcome)}\n`);
  } catch (error) {
    // Drizzle puts the whole statement and its parameters in the message: megabytes for a bulk insert.
    const text = error instanceof Error ? `${error.message}\n${error.cause instanceof Error ? `cause: ${error.cause.message}` : ""}` : String(error);
    process.stderr.write(`import worker failed: ${text.length > 2_000 ? `${text.slice(0, 1_000)} … ${text.slice(-1_000)}` : text}\n`);
    process.exitCode = 1;
  } finally {
    sampler.stop();
    await database?.close();
  }
}

await main();
