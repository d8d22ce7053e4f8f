#!/usr/bin/env node
// Run by `npm start` before the server: builds the web app into dist/web with Vite when the build
// is missing or older than its sources. Costs a few milliseconds (a stat per file) when nothing changed.
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..");

/** What the bundle is made of: the app, the shared contracts, the build config and the locked dependencies. */
export const WEB_SOURCES = ["src/web", "src/contracts", "src/domain", "vite.config.ts", "package-lock.json"];
export const WEB_BUILD_MARKER = "dist/web/index.html";

// tests and test helpers never reach the bundle, so editing them needs no rebuild
const notBundled = /(\.test\.tsx?|[\\/]test-setup\.ts|[\\/]test-utils\.tsx)$/;

/** The most recently modified bundled file under `paths` (files or folders, relative to `root`), skipping `skip`. */
export function newestSource(root, paths = WEB_SOURCES, skip = notBundled) {
  let newest = null;
  const visit = (path) => {
    const stats = statSync(path, { throwIfNoEntry: false });
    if (!stats) return;
    if (stats.isDirectory()) {
      for (const name of readdirSync(path)) visit(join(path, name));
    } else if (!skip.test(path) && (!newest || stats.mtimeMs > newest.mtimeMs)) {
      newest = { path: relative(root, path), mtimeMs: stats.mtimeMs };
    }
  };
  for (const path of paths) visit(join(root, path));
  return newest;
}

/** Why the web app must be (re)built, or null when dist/web is up to date. */
export function staleReason(root = repoRoot) {
  const marker = join(root, WEB_BUILD_MARKER);
  if (!existsSync(marker)) return `${WEB_BUILD_MARKER} is missing`;
  const built = statSync(marker).mtimeMs;
  const newest = newestSource(root);
  return newest && newest.mtimeMs > built ? `${newest.path} changed since the last build` : null;
}

/** Builds with Vite's JS API when needed (always with `force`); resolves to true when it built. */
export async function ensureWebBuild({ root = repoRoot, log = console.log, force = false } = {}) {
  const reason = force ? "npm run build" : staleReason(root);
  if (!reason) return false;
  log(`Building the web app (${reason})…`);
  const { build } = await import("vite");
  await build({ configFile: join(root, "vite.config.ts"), mode: "production", logLevel: "warn" });
  log("Web app built into dist/web.");
  return true;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  ensureWebBuild().catch((error) => {
    console.error(`Could not build the web app: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
