#!/usr/bin/env node
// `npm test`: lint and types alongside the unit tests, integration tests on PGlite and (when a server is
// given) on PostgreSQL, then the browser tests when Chromium is installed: all of them on PGlite, the
// @smoke-tagged journeys on PostgreSQL. Prints each phase's time, and ends with one summary line.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const bin = (name) => join("node_modules", ".bin", name);
const out = mkdtempSync(join(tmpdir(), "sterk-test-"));
const requireBrowser = process.env.STERK_REQUIRE_BROWSER === "1";
const requirePostgres = process.env.STERK_REQUIRE_POSTGRES === "1";
const pgUrl = process.env.TEST_DATABASE_URL;
const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const only = process.argv.slice(2);
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];
const phaseTimes = [];
let broken = false;

const loud = (msg) => console.log(`\n${"!".repeat(78)}\n!! ${msg}\n${"!".repeat(78)}\n`);
const wanted = (name) => only.length === 0 || only.includes(name);

const minutes = (ms) => `${Math.floor(ms / 60_000)}m${String(Math.round((ms % 60_000) / 1000)).padStart(2, "0")}s`;

/**
 * Runs a command and resolves to whether it succeeded. A `quiet` command runs alongside another one: its
 * output is held back and printed in one piece when it ends, so the two logs do not interleave.
 */
function run(label, cmd, args, env = {}, { quiet = false } = {}) {
  const started = Date.now();
  if (!quiet) console.log(`\n=== ${label} ===`);
  return new Promise((resolve) => {
    // what runs alongside runs niced: it fills the idle core without starving timing-sensitive tests
    const [file, argv] = quiet && process.platform === "linux" ? ["nice", ["-n", "10", cmd, ...args]] : [cmd, args];
    const child = spawn(file, argv, { stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit", env: { ...process.env, ...env } });
    let output = "";
    child.stdout?.on("data", (chunk) => (output += chunk));
    child.stderr?.on("data", (chunk) => (output += chunk));
    const done = (ok, note = "") => {
      const took = Date.now() - started;
      phaseTimes.push(`${label}: ${minutes(took)}${ok ? "" : " (failed)"}`);
      if (quiet) console.log(`\n=== ${label} (ran alongside) ===\n${output.trimEnd()}${note}`);
      console.log(`--- ${label}: ${ok ? "done" : "FAILED"} in ${minutes(took)}`);
      if (!ok) broken = true;
      resolve(ok);
    };
    child.on("error", (error) => done(false, `\n${String(error)}`));
    child.on("close", (code) => done(code === 0));
  });
}

function firstLine(messages) {
  return String((messages ?? [])[0] ?? "").split("\n").slice(0, 3).join("\n    ");
}

function countVitest(label, file) {
  if (!existsSync(file)) failures.push(`${label}: no report was written`);
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const r = JSON.parse(readFileSync(file, "utf8"));
  for (const suite of r.testResults ?? []) {
    const where = suite.name.replace(`${process.cwd()}/`, "");
    const failedTests = (suite.assertionResults ?? []).filter((t) => t.status === "failed");
    for (const t of failedTests) failures.push(`${label}: ${where} › ${t.fullName}\n    ${firstLine(t.failureMessages)}`);
    if (suite.status === "failed" && failedTests.length === 0) failures.push(`${label}: ${where}\n    ${firstLine([suite.message])}`);
  }
  const failedSuites = (r.testResults ?? []).filter((s) => s.status === "failed" && (s.assertionResults ?? []).length === 0).length;
  return { passed: r.numPassedTests, failed: r.numFailedTests + failedSuites, skipped: r.numPendingTests + r.numTodoTests };
}

async function vitest(label, project, env = {}) {
  const file = join(out, `${label.replace(/\W+/g, "-")}.json`);
  await run(label, bin("vitest"), ["run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile=${file}`], env);
  const c = countVitest(label, file);
  for (const k of Object.keys(totals)) totals[k] += c[k];
}

function countPlaywright(label, file) {
  if (!existsSync(file)) failures.push(`${label}: no report was written`);
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const report = JSON.parse(readFileSync(file, "utf8"));
  const s = report.stats ?? {};
  const walk = (suite) => {
    for (const spec of suite.specs ?? [])
      for (const t of spec.tests ?? [])
        if (t.status === "unexpected" || t.status === "flaky") failures.push(`${label}: ${spec.file} › ${spec.title} (${t.status})`);
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of report.suites ?? []) walk(suite);
  return { passed: s.expected ?? 0, failed: (s.unexpected ?? 0) + (s.flaky ?? 0), skipped: s.skipped ?? 0 };
}

async function playwright(label, env, args = [], options = {}) {
  const file = join(out, `${label.replace(/\W+/g, "-")}.json`);
  await run(label, bin("playwright"), ["test", ...args], { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: file }, options);
  const c = countPlaywright(label, file);
  for (const k of Object.keys(totals)) totals[k] += c[k];
}

const browserRun = wanted("e2e") && existsSync(chromium);
/** The browser tests run the compiled server when this run built it (or found it current), else the sources (tsx). */
let e2eServer = "sources";
const began = Date.now();

/** Lint and types (and the web build the browser tests need), one after the other, alongside the unit tests. */
async function staticChecks() {
  if (wanted("static")) {
    const lint = await run("lint (import rules)", bin("eslint"), ["."], {}, { quiet: true });
    const types = await run("typecheck", bin("tsc"), ["--noEmit"], {}, { quiet: true });
    totals[lint && types ? "passed" : "failed"] += 1;
    if (!(lint && types)) failures.push("lint or typecheck");
  }
  // the production build (server bundle and web app), which the browser tests then run against
  if (browserRun || wanted("static")) {
    const built = await run("build (server and web app)", "node", ["scripts/build.mjs", "--if-needed"], {}, { quiet: true });
    if (built) e2eServer = "compiled";
    else failures.push("npm run build");
  }
}

const alongside = staticChecks();
if (wanted("unit")) await vitest("unit tests", "unit");
await alongside;
if (wanted("integration")) {
  await vitest("integration tests on PGlite", "integration", { TEST_DATABASE_URL: "" });
  if (pgUrl) await vitest("integration tests on PostgreSQL", "integration", { TEST_DATABASE_URL: pgUrl });
  else if (requirePostgres) {
    loud("TEST_DATABASE_URL is not set but STERK_REQUIRE_POSTGRES=1: the PostgreSQL run is mandatory here");
    totals.failed += 1;
    broken = true;
  } else loud("SKIPPED: integration tests on PostgreSQL (set TEST_DATABASE_URL=postgres://… to run them)");
}
if (wanted("e2e")) {
  if (browserRun) {
    const e2ePg = process.env.E2E_DATABASE_URL;
    // every journey runs on PGlite; on PostgreSQL the @smoke-tagged ones (one journey per feature area), alongside:
    // browser journeys mostly wait, so the two passes share the machine. Each has its own ports and output folder.
    const basePort = Number(process.env.E2E_PORT ?? 3210);
    const smoke = e2ePg
      ? playwright("browser smoke tests (Chromium, @smoke) on PostgreSQL", { E2E_DATABASE_URL: e2ePg, E2E_PORT: String(basePort + 100), STERK_E2E_SERVER: e2eServer }, ["--grep", "@smoke", "--output", "test-results/postgres"], { quiet: true })
      : null;
    await playwright("browser tests (Chromium) on PGlite", { E2E_DATABASE_URL: "", STERK_E2E_SERVER: e2eServer }, ["--output", "test-results/pglite"]);
    if (smoke) await smoke;
    else if (requirePostgres) {
      loud("E2E_DATABASE_URL is not set but STERK_REQUIRE_POSTGRES=1: the browser run on PostgreSQL is mandatory here");
      totals.failed += 1;
      broken = true;
    }
  } else if (requireBrowser) {
    loud(`Chromium not found at ${chromium} but STERK_REQUIRE_BROWSER=1: browser tests are mandatory here`);
    totals.failed += 1;
    broken = true;
  } else {
    loud(`SKIPPED: browser tests — no Chromium at ${chromium} (apt-get install chromium, or set CHROMIUM_PATH)`);
  }
}

rmSync(out, { recursive: true, force: true });
console.log(`\nPhase times (total ${minutes(Date.now() - began)}):\n${phaseTimes.map((p) => `  ${p}`).join("\n")}`);
if (failures.length > 0) console.log(`\nFailed:\n${failures.map((f) => `  ✗ ${f}`).join("\n")}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(broken || totals.failed > 0 ? 1 : 0);
