#!/usr/bin/env node
// `sterk …` (npx sterk): runs the compiled server bundle (dist/server/sterk.mjs, `npm run build`) when it is up to
// date with the sources; otherwise the TypeScript CLI through tsx in this same process, so it works from a clean
// clone without a build. An install without tsx (production, devDependencies omitted) needs the build.
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { SERVER_BUNDLE, serverStaleReason } from "../scripts/build.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const stale = serverStaleReason(root);
if (stale === null) {
  await import(pathToFileURL(join(root, SERVER_BUNDLE)).href);
} else {
  let register;
  try {
    ({ register } = await import("tsx/esm/api"));
  } catch {
    console.error(`sterk: the compiled server is not usable (${stale}) and tsx is not installed: run \`npm run build\``);
    process.exit(1);
  }
  register();
  await import("../src/cli/entry.ts");
}
