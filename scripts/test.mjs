#!/usr/bin/env node
// `npm test`: lint and types, unit tests, integration tests on PGlite and (when a server is given)
// on PostgreSQL, then the browser tests when Chromium is installed. Ends with one summary line.
import { spawnSync } from "node:child_process";
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
let broken = false;

const loud = (msg) => console.log(`\n${"!".repeat(78)}\n!! ${msg}\n${"!".repeat(78)}\n`);
const wanted = (name) => only.length === 0 || only.includes(name);

function run(label, cmd, args, env = {}) {
  console.log(`\n=== ${label} ===`);
  const result = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) broken = true;
  return result.status === 0;
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

function vitest(label, project, env = {}) {
  const file = join(out, `${label.replace(/\W+/g, "-")}.json`);
  run(label, bin("vitest"), ["run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile=${file}`], env);
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

function playwright(label, env) {
  const file = join(out, `${label.replace(/\W+/g, "-")}.json`);
  run(label, bin("playwright"), ["test"], { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: file });
  const c = countPlaywright(label, file);
  for (const k of Object.keys(totals)) totals[k] += c[k];
}

if (wanted("static")) {
  const ok = run("lint (import rules)", bin("eslint"), ["."]) & run("typecheck", bin("tsc"), ["--noEmit"]);
  totals[ok ? "passed" : "failed"] += 1;
  if (!ok) failures.push("lint or typecheck");
}
if (wanted("unit")) vitest("unit tests", "unit");
if (wanted("integration")) {
  vitest("integration tests on PGlite", "integration", { TEST_DATABASE_URL: "" });
  if (pgUrl) vitest("integration tests on PostgreSQL", "integration", { TEST_DATABASE_URL: pgUrl });
  else if (requirePostgres) {
    loud("TEST_DATABASE_URL is not set but STERK_REQUIRE_POSTGRES=1: the PostgreSQL run is mandatory here");
    totals.failed += 1;
    broken = true;
  } else loud("SKIPPED: integration tests on PostgreSQL (set TEST_DATABASE_URL=postgres://… to run them)");
}
if (wanted("e2e")) {
  if (existsSync(chromium)) {
    run("build web app", "node", ["scripts/ensure-web-build.mjs"]);
    playwright("browser tests (Chromium) on PGlite", { E2E_DATABASE_URL: "" });
    const e2ePg = process.env.E2E_DATABASE_URL;
    if (e2ePg) playwright("browser tests (Chromium) on PostgreSQL", { E2E_DATABASE_URL: e2ePg });
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
if (failures.length > 0) console.log(`\nFailed:\n${failures.map((f) => `  ✗ ${f}`).join("\n")}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(broken || totals.failed > 0 ? 1 : 0);
