// Where a benchmark's time went: `npx tsx bench/summarise-cpu-profile.ts FILE_OR_DIR [TOP]` prints, for each
// V8 .cpuprofile (e.g. from BENCH_CPU_PROF=DIR npm run bench -- import), the self time per package or source
// folder, the functions with the most self time, and the project functions with the most inclusive time.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

type TCallFrame = { functionName: string; url: string; lineNumber: number };
type TProfileNode = { id: number; callFrame: TCallFrame; children?: number[] };
type TProfile = { nodes: TProfileNode[]; samples: number[]; timeDeltas: number[] };

/** The package (node_modules/…), project folder (src/…, bench) or V8 bucket a frame belongs to. */
function bucketOf(frame: TCallFrame): string {
  const { url, functionName } = frame;
  if (url.includes("/wasm/") || functionName.startsWith("wasm-")) return "wasm (PGlite's PostgreSQL)";
  const pkg = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg?.[1]) return pkg[1];
  const source = /\/(src\/[^/]+\/[^/]+|bench)\//.exec(url);
  if (source?.[1]) return source[1];
  if (url.startsWith("node:")) return "node internals";
  return functionName.startsWith("(") ? functionName : `native ${functionName}`;
}

function frameLabel(frame: TCallFrame): string {
  const where = frame.url ? `${frame.url.replace(/^.*\/(node_modules|work\/main)\//, "")}:${frame.lineNumber + 1}` : "";
  return `${frame.functionName || "(anonymous)"} ${where}`.trim();
}

const ms = (us: number) => `${(us / 1000).toFixed(0).padStart(7)} ms`;
const top = <K>(map: Map<K, number>, n: number) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n);

function summarise(file: string, n: number): void {
  const profile = JSON.parse(readFileSync(file, "utf8")) as TProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);

  const buckets = new Map<string, number>();
  const functions = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  for (const [id, us] of selfUs) {
    const node = byId.get(id);
    if (!node) continue;
    total += us;
    buckets.set(bucketOf(node.callFrame), (buckets.get(bucketOf(node.callFrame)) ?? 0) + us);
    functions.set(frameLabel(node.callFrame), (functions.get(frameLabel(node.callFrame)) ?? 0) + us);
    // Inclusive time of project functions: every distinct src/ or bench/ frame on the stack gets the sample.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
      const frame = byId.get(at)?.callFrame;
      if (!frame || !/\/(src|bench)\//.test(frame.url) || frame.url.includes("node_modules")) continue;
      const label = frameLabel(frame);
      if (seen.has(label)) continue;
      seen.add(label);
      inclusive.set(label, (inclusive.get(label) ?? 0) + us);
    }
  }
  console.log(`\n== ${file}: ${ms(total).trim()} sampled`);
  console.log("-- self time by package / folder");
  for (const [name, us] of top(buckets, n)) console.log(`${ms(us)}  ${name}`);
  console.log("-- self time by function");
  for (const [name, us] of top(functions, n)) console.log(`${ms(us)}  ${name}`);
  console.log("-- inclusive time of project functions (src/, bench/)");
  for (const [name, us] of top(inclusive, n)) console.log(`${ms(us)}  ${name}`);
}

// Piped into `head`, stop quietly instead of crashing on EPIPE.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

const target = process.argv[2];
if (!target) {
  console.error("usage: tsx bench/summarise-cpu-profile.ts FILE_OR_DIR [TOP]");
  process.exit(2);
}
const n = Number(process.argv[3] ?? 20);
const files = statSync(target).isDirectory()
  ? readdirSync(target)
      .filter((f) => f.endsWith(".cpuprofile"))
      .sort()
      .map((f) => join(target, f))
  : [target];
for (const file of files) summarise(file, n);
