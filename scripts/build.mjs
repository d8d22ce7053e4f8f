#!/usr/bin/env node
// `npm run build`: compiles the server (TypeScript → one ES module, dist/server/sterk.mjs, with Vite's SSR build:
// the npm packages stay imports from node_modules) and the web app (dist/web). `npm start` runs
// `node scripts/build.mjs --if-needed` first: it builds only what is missing or older than its sources, so a
// production start runs compiled JavaScript and needs neither tsx nor TypeScript nor Vite once built.
// The files the server reads next to its own module (migrations, the table-parsing worker, the public site's
// stylesheet and script) are copied beside the bundle, where `new URL("./…", import.meta.url)` finds them.
import { cpSync, existsSync, mkdirSync, rmSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { ensureWebBuild, newestSource } from "./ensure-web-build.mjs";

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..");

export const SERVER_ENTRY = "src/cli/entry.ts";
export const SERVER_OUT_DIR = "dist/server";
export const SERVER_BUNDLE = `${SERVER_OUT_DIR}/sterk.mjs`;
/** What the server bundle is made of (src/web is the browser's; tests never reach the bundle). */
export const SERVER_SOURCES = ["src", "package-lock.json", "scripts/build.mjs"];
/** Files read at run time beside their module: source path → name beside the bundle. */
export const SERVER_ASSETS = {
  "src/db/migrations": "migrations",
  "src/app/shared/table-file-worker.mjs": "table-file-worker.mjs",
  "src/http/public-site/site.css": "site.css",
  "src/http/public-site/newsletter-page.js": "newsletter-page.js",
};

const notInServer = /([\\/]src[\\/]web[\\/]|[\\/]src[\\/]test-support[\\/]|\.test\.tsx?$|\.d\.ts$)/;

/** Why the server must be (re)built, or null when dist/server is up to date. */
export function serverStaleReason(root = repoRoot) {
  const bundle = join(root, SERVER_BUNDLE);
  if (!existsSync(bundle)) return `${SERVER_BUNDLE} is missing`;
  const built = statSync(bundle).mtimeMs;
  const newest = newestSource(root, SERVER_SOURCES, notInServer);
  return newest && newest.mtimeMs > built ? `${newest.path} changed since the last build` : null;
}

/** Bundles the server with Vite (SSR mode: node built-ins and npm packages stay imports) and copies its assets. */
export async function buildServer({ root = repoRoot, log = console.log } = {}) {
  const started = performance.now();
  const outDir = join(root, SERVER_OUT_DIR);
  const { build } = await import("vite");
  await build({
    configFile: false,
    root,
    logLevel: "warn",
    build: {
      ssr: join(root, SERVER_ENTRY),
      outDir,
      emptyOutDir: true,
      target: "node20",
      sourcemap: true,
      minify: false,
      rollupOptions: { output: { entryFileNames: "sterk.mjs", format: "es" } },
    },
  });
  for (const [from, to] of Object.entries(SERVER_ASSETS)) {
    rmSync(join(outDir, to), { recursive: true, force: true });
    cpSync(join(root, from), join(outDir, to), { recursive: true });
  }
  log(`Server built into ${SERVER_BUNDLE} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}

/** Builds the server when it is missing or stale; resolves to true when it built. */
export async function ensureServerBuild({ root = repoRoot, log = console.log } = {}) {
  const reason = serverStaleReason(root);
  if (!reason) return false;
  log(`Building the server (${reason})…`);
  mkdirSync(join(root, SERVER_OUT_DIR), { recursive: true });
  await buildServer({ root, log });
  return true;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const ifNeeded = process.argv.includes("--if-needed");
  const steps = ifNeeded ? [() => ensureServerBuild(), () => ensureWebBuild()] : [() => buildServer(), () => ensureWebBuild({ force: true })];
  (async () => {
    for (const step of steps) await step();
  })().catch((error) => {
    console.error(`Could not build: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
