// Start time and memory at idle of `sterk serve`: the compiled server (`node dist/server/sterk.mjs`, what
// `npm start` runs) against the TypeScript sources through tsx (what `npm run dev` and the browser tests run).
// Each is started on a fresh PGlite DATA_DIR without the demo (the migrations run), stopped, and started again on
// the same data: "start" is the time until /api/health answers, "idle memory" the resident memory of the process
// and its children 3 s after the restart. No targets: the numbers inform the choice (decision 0020).
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { ensureServerBuild, SERVER_BUNDLE } from "../scripts/build.mjs";
import type { TBenchResult } from "./bench-result";

const PORT = Number(process.env.BENCH_START_PORT ?? 3390);

/** The process's children (Linux /proc), e.g. the node process the tsx CLI starts. */
function childrenOf(pid: number): number[] {
  const tasks = readdirSync(`/proc/${pid}/task`);
  return tasks.flatMap((task) => readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number));
}

/** The resident memory of a process and its descendants in MB (Linux /proc). */
function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, "utf8").match(/^VmRSS:\s+(\d+) kB/m);
  const own = line ? Number(line[1]) / 1024 : Number.NaN;
  return Math.round(own + childrenOf(pid).reduce((sum, child) => sum + rssMb(child), 0));
}

async function healthy(url: string, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(25);
  }
  throw new Error(`${url} did not answer in time`);
}

/** Starts the server on `dataDir`; resolves once /api/health answers, with the time it took and a stop function. */
async function startServer(command: string, args: string[], dataDir: string) {
  const env = { ...process.env, PORT: String(PORT), HOST: "127.0.0.1", PUBLIC_URL: `http://127.0.0.1:${PORT}`, DATA_DIR: dataDir, STERK_DEMO: "0", LOG_LEVEL: "warn" };
  const started = performance.now();
  const child = spawn(command, args, { env, stdio: ["ignore", "ignore", "pipe"] });
  let errors = "";
  child.stderr?.on("data", (chunk) => (errors += String(chunk)));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  };
  try {
    const exited = new Promise<never>((_, reject) => child.once("exit", (code) => reject(new Error(`the server exited (${code}): ${errors.trim()}`))));
    exited.catch(() => {}); // a later stop() ends it too
    await Promise.race([healthy(`http://127.0.0.1:${PORT}/api/health`, Date.now() + 120_000), exited]);
  } catch (error) {
    await stop();
    throw error;
  }
  return { ms: performance.now() - started, pid: child.pid!, stop };
}

/** A first start (fresh PGlite: the migrations run), then a restart on the same data and its memory at idle. */
async function measureStart(label: string, command: string, args: string[]): Promise<TBenchResult[]> {
  const dataDir = mkdtempSync(join(tmpdir(), "sterk-bench-start-"));
  try {
    const first = await startServer(command, args, dataDir);
    await first.stop();
    const again = await startServer(command, args, dataDir);
    await sleep(3_000);
    const idle = rssMb(again.pid);
    await again.stop();
    return [
      { name: `first start (${label}): fresh PGlite, migrations, until /api/health answers`, ms: first.ms },
      { name: `restart (${label}): same data, until /api/health answers`, ms: again.ms },
      { name: `idle memory (${label}): RSS with children, 3 s after the restart`, ms: 0, extra: { rss_mb: idle } },
    ];
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The compiled server (`npm start`), built first when missing or stale. */
export async function benchStartCompiled(): Promise<TBenchResult[]> {
  await ensureServerBuild({ log: () => {} });
  return measureStart("compiled", process.execPath, [SERVER_BUNDLE, "serve"]);
}

/** The same server from its TypeScript sources through tsx, for comparison. */
export async function benchStartTsx(): Promise<TBenchResult[]> {
  return measureStart("tsx", join("node_modules", ".bin", "tsx"), ["src/cli/entry.ts", "serve"]);
}
