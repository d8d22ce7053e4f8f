// `npm run bench [-- FILTER…]`: runs every exported `bench…` function of `bench/*.bench.ts`, one after the other,
// prints a JSON line per result as it comes and a table at the end. A missed target is printed loudly but the
// exit code stays 0: benchmarks inform, they don't gate. A benchmark that throws makes the exit code 1.
import { readdirSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { roundMs, type TBenchFunction, type TBenchResult } from "./bench-result";

type TRow = TBenchResult & { bench: string };

const benchDir = dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2).map((f) => f.toLowerCase());
const wanted = (label: string) => filters.length === 0 || filters.some((f) => label.toLowerCase().includes(f));

function formatMs(ms: number): string {
  return ms < 1_000 ? `${ms.toFixed(1)} ms` : `${(ms / 1_000).toFixed(2)} s`;
}

function verdict(row: TBenchResult): string {
  if (row.ok === undefined) return "-";
  return row.ok ? "ok" : "MISSED";
}

function printTable(rows: readonly TRow[]): void {
  const lines = rows.map((r) => [
    r.name,
    formatMs(r.ms),
    r.target_ms === undefined ? "-" : `< ${formatMs(r.target_ms)}`,
    verdict(r),
    Object.entries(r.extra ?? {})
      .map(([k, v]) => `${k}=${v}`)
      .join(" "),
  ]);
  const header = ["benchmark", "measured", "target", "ok", "details"];
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? "").length)));
  const format = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  console.log(`\n${format(header)}\n${widths.map((w) => "-".repeat(Math.min(w, 60))).join("  ")}`);
  for (const l of lines) console.log(format(l));
}

function loud(message: string): void {
  console.log(`\n${"!".repeat(78)}\n!! ${message}\n${"!".repeat(78)}`);
}

async function runOne(file: string, name: string, fn: TBenchFunction): Promise<TRow[]> {
  const bench = `${file.replace(/\.bench\.ts$/, "")}#${name}`;
  console.log(`\n> ${bench}`);
  const outcome = await fn();
  const results = Array.isArray(outcome) ? (outcome as readonly TBenchResult[]) : [outcome as TBenchResult];
  return results.map((r) => {
    // The load average tells whether other work shared the machine while this ran.
    const row: TRow & { load_1m: number } = { bench, ...r, ms: roundMs(r.ms), load_1m: Math.round((loadavg()[0] ?? 0) * 100) / 100 };
    console.log(JSON.stringify(row));
    if (row.ok === false) console.log(`!! MISSED: ${row.name}: ${formatMs(row.ms)}${row.target_ms === undefined ? "" : ` (target < ${formatMs(row.target_ms)})`}`);
    return row;
  });
}

async function main(): Promise<void> {
  const files = readdirSync(benchDir)
    .filter((f) => f.endsWith(".bench.ts"))
    .sort();
  console.log(`node ${process.version}, ${cpus().length} CPU(s), load average ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
  const rows: TRow[] = [];
  const crashed: string[] = [];
  let matched = 0;
  for (const file of files) {
    const module = (await import(pathToFileURL(join(benchDir, file)).href)) as Record<string, unknown>;
    for (const [name, fn] of Object.entries(module)) {
      if (!name.startsWith("bench") || typeof fn !== "function" || !wanted(`${file} ${name}`)) continue;
      matched++;
      try {
        rows.push(...(await runOne(file, name, fn as TBenchFunction)));
      } catch (error) {
        crashed.push(`${file}#${name}`);
        console.error(`!! ${file}#${name} crashed:`, error);
      }
    }
  }
  if (matched === 0) {
    console.error(`No benchmark matches ${filters.join(" ")}. Files: ${files.join(", ")}`);
    process.exitCode = 2;
    return;
  }
  printTable(rows);
  const missed = rows.filter((r) => r.ok === false);
  if (missed.length > 0) loud(`MISSED ${missed.length} target(s): ${missed.map((r) => r.name).join("; ")}`);
  if (crashed.length > 0) {
    loud(`CRASHED: ${crashed.join(", ")}`);
    process.exitCode = 1;
  }
  console.log(`\n${rows.length} result(s), ${missed.length} missed, ${crashed.length} crashed`);
}

await main();
