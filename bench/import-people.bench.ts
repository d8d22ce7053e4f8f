// Importing a 50,000-person CSV through the real use case, on PGlite and (with BENCH_DATABASE_URL) on PostgreSQL,
// against a bare multi-row INSERT of the same rows on the same database. Every measurement runs in its own
// process (bench/import-worker.ts) so its peak memory (VmHWM) is honest. BENCH_PEOPLE changes the size;
// BENCH_CPU_PROF=DIR writes a V8 CPU profile of every measured task to DIR (bench/summarise-cpu-profile.ts reads them).
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { TBenchResult } from "./bench-result";
import { generatePeopleCsv } from "./generate-people";
import type { TWorkerDatabase, TWorkerOutcome, TWorkerTask } from "./import-worker";
import { withTemporaryDataDir, withThrowawayPostgres } from "./throwaway-database";

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 50_000);
const SEED = 1;
const PEAK_RSS_TARGET_MB = 500;
const TARGET_MS = { embedded: 10_000, postgres: 5_000 } as const;
const LABEL = { embedded: "PGlite", postgres: "PostgreSQL" } as const;

const benchDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(benchDir, "..");

let csvFile: { path: string; bytes: number; generateMs: number } | null = null;

/** The generated CSV, written once per run and shared by both databases. */
function peopleCsv() {
  if (csvFile) return csvFile;
  const started = performance.now();
  const text = generatePeopleCsv(PEOPLE, SEED);
  const generateMs = performance.now() - started;
  const path = join(mkdtempSync(join(tmpdir(), "sterk-bench-csv-")), `people-${PEOPLE}.csv`);
  writeFileSync(path, text);
  csvFile = { path, bytes: Buffer.byteLength(text), generateMs };
  process.on("exit", () => rmSync(dirname(path), { recursive: true, force: true }));
  return csvFile;
}

function runWorker(task: TWorkerTask): Promise<TWorkerOutcome> {
  const args = ["--import", "tsx", join(benchDir, "import-worker.ts"), JSON.stringify(task)];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: repoRoot, stdio: ["ignore", "pipe", "inherit"] });
    let stdout = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      const line = stdout.split("\n").find((l) => l.startsWith("RESULT "));
      if (code === 0 && line) resolve(JSON.parse(line.slice("RESULT ".length)) as TWorkerOutcome);
      else reject(new Error(`import worker (${task.task} on ${task.database.kind}) exited with ${code}:\n${stdout}`));
    });
  });
}

const rowsPerSecond = (ms: number) => Math.round(PEOPLE / (ms / 1_000));

/** Import, re-import, bare insert and a json_to_recordset insert on one database, each in a fresh worker process. */
async function measure(database: TWorkerDatabase): Promise<TBenchResult[]> {
  const csv = peopleCsv();
  const kind = database.kind;
  const base = { database, csvPath: csv.path, peopleCount: PEOPLE, seed: SEED };
  // Set up first, as an installation would be: the measured processes open a migrated database, as `sterk import` does.
  await runWorker({ ...base, task: "setup", migrate: true, slug: "bench-import" });
  console.log(`  ${kind}: first import of ${PEOPLE} people (${(csv.bytes / 1e6).toFixed(1)} MB CSV)…`);
  const first = await runWorker({ ...base, task: "import", migrate: false, slug: "bench-import" });
  console.log(`  ${kind}: re-import of the same file…`);
  const again = await runWorker({ ...base, task: "import", migrate: false, slug: "bench-import" });
  console.log(`  ${kind}: bare multi-row INSERT into a fresh organisation…`);
  const bare = await runWorker({ ...base, task: "bare", migrate: false, slug: "bench-bare" });
  console.log(`  ${kind}: the same rows through json_to_recordset (one parameter per 10,000 rows), for comparison…`);
  const json = await runWorker({ ...base, task: "json", migrate: false, slug: "bench-json" });

  const target = TARGET_MS[kind];
  const problems: string[] = [];
  if (first.ms >= target) problems.push(`time ${Math.round(first.ms)} ms >= ${target} ms`);
  if (first.peakRssMb >= PEAK_RSS_TARGET_MB) problems.push(`peak RSS ${first.peakRssMb} MB >= ${PEAK_RSS_TARGET_MB} MB`);
  if (first.counts?.created !== PEOPLE || first.counts.rejected !== 0) {
    problems.push(`expected ${PEOPLE} created, got ${JSON.stringify(first.counts)}; first errors ${JSON.stringify(first.firstErrors ?? [])}`);
  }
  const againProblems: string[] = [];
  if (again.counts?.unchanged !== PEOPLE || again.counts.created + again.counts.updated + again.counts.rejected !== 0) {
    againProblems.push(`expected ${PEOPLE} unchanged, got ${JSON.stringify(again.counts)}`);
  }
  const ratio = Math.round((first.ms / bare.ms) * 10) / 10;
  console.log(
    `  ${LABEL[kind]}: import ${rowsPerSecond(first.ms)} rows/s, bare INSERT ${rowsPerSecond(bare.ms)} rows/s, import/bare = ${ratio}x; ` +
      `peak RSS ${first.peakRssMb} MB (${first.peakBeforeTaskMb} MB after opening the database)`,
  );
  const phases = Object.fromEntries(Object.entries(first.phasesMs ?? {}).map(([phase, ms]) => [`${phase}_ms`, ms]));
  return [
    {
      name: `import ${PEOPLE} people CSV (${LABEL[kind]})`,
      ms: first.ms,
      target_ms: target,
      ok: problems.length === 0,
      extra: {
        rows_per_s: rowsPerSecond(first.ms),
        ratio_to_bare: ratio,
        peak_rss_mb: first.peakRssMb,
        peak_rss_target_mb: PEAK_RSS_TARGET_MB,
        peak_rss_before_import_mb: first.peakBeforeTaskMb,
        peak_heap_mb: first.sampledPeakHeapMb,
        ...phases,
        created: first.counts?.created ?? -1,
        rejected: first.counts?.rejected ?? -1,
        ...(problems.length ? { missed: problems.join("; ") } : {}),
      },
    },
    {
      name: `re-import same file, all unchanged (${LABEL[kind]})`,
      ms: again.ms,
      ok: againProblems.length === 0,
      extra: {
        rows_per_s: rowsPerSecond(again.ms),
        peak_rss_mb: again.peakRssMb,
        unchanged: again.counts?.unchanged ?? -1,
        ...(againProblems.length ? { missed: againProblems.join("; ") } : {}),
      },
    },
    {
      name: `bare multi-row INSERT ${PEOPLE} rows, 1000/statement (${LABEL[kind]})`,
      ms: bare.ms,
      extra: { rows_per_s: rowsPerSecond(bare.ms), peak_rss_mb: bare.peakRssMb },
    },
    {
      name: `json_to_recordset INSERT ${PEOPLE} rows, 10000/statement (${LABEL[kind]})`,
      ms: json.ms,
      extra: { rows_per_s: rowsPerSecond(json.ms), peak_rss_mb: json.peakRssMb, ratio_to_bare: Math.round((json.ms / bare.ms) * 100) / 100 },
    },
  ];
}

/** Import, re-import and bare insert of 50,000 people on PGlite in a fresh temporary data directory (target < 10 s, < 500 MB). */
export async function benchImportPeoplePglite(): Promise<TBenchResult[]> {
  return withTemporaryDataDir("sterk-bench-pglite-", (dataDir) => measure({ kind: "embedded", dataDir }));
}

/** The same on a fresh database of the PostgreSQL server in BENCH_DATABASE_URL, dropped afterwards (target < 5 s). */
export async function benchImportPeoplePostgres(): Promise<TBenchResult[]> {
  return withThrowawayPostgres("the import", (url) => measure({ kind: "postgres", url }));
}
