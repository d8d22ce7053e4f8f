// Vitest globalSetup for the integration project: migrate ONE database per run and let every test file
// start from a copy of it (openTestDatabase) instead of running initdb and the migrations again.
// - PostgreSQL (TEST_DATABASE_URL): a template database `sterk_tpl_<time>_<random>`, cloned per file with
//   CREATE DATABASE … TEMPLATE; dropped at the end of the run.
// - PGlite: the migrated data directory as a gzipped tarball in a temporary folder, loaded per file
//   (PGlite `loadDataDir`); removed at the end of the run.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { openDatabase } from "../db/client";

declare module "vitest" {
  export interface ProvidedContext {
    /** Name of the migrated PostgreSQL template database of this run ("" on PGlite). */
    sterkTemplateDatabase: string;
    /** Path of the migrated PGlite data directory tarball of this run ("" on PostgreSQL). */
    sterkTemplateDump: string;
  }
}

/** Templates of runs that were killed before their teardown are dropped once they are this old. */
const STALE_TEMPLATE_SECONDS = 6 * 3600;

/** Creates and migrates the PostgreSQL template of this run; returns its name. */
async function migratePostgresTemplate(serverUrl: string): Promise<string> {
  const name = `sterk_tpl_${Math.floor(Date.now() / 1000)}_${randomBytes(4).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    await dropStaleTemplates(admin);
    await admin.unsafe(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  // one connection, closed before any file clones it: a template must have no sessions while copied
  const database = await openDatabase({ kind: "postgres", url: url.toString(), max: 1 });
  try {
    await database.migrate();
  } finally {
    await database.close();
  }
  return name;
}

async function dropStaleTemplates(admin: postgres.Sql): Promise<void> {
  const rows = await admin<{ datname: string }[]>`select datname from pg_database where datname like 'sterk_tpl_%'`;
  const now = Date.now() / 1000;
  for (const { datname } of rows) {
    const createdAt = Number(datname.split("_")[2]);
    if (Number.isFinite(createdAt) && now - createdAt > STALE_TEMPLATE_SECONDS) {
      await admin.unsafe(`drop database if exists ${datname} with (force)`);
    }
  }
}

async function dropPostgresTemplate(serverUrl: string, name: string): Promise<void> {
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
  } finally {
    await admin.end();
  }
}

/** Migrates an in-memory PGlite and writes its data directory to a tarball; returns the tarball's path. */
async function dumpPgliteTemplate(folder: string): Promise<string> {
  const database = await openDatabase({ kind: "embedded", dataDir: null });
  try {
    await database.migrate();
    const dump = await database.dump!();
    const path = join(folder, "migrated.tar.gz");
    writeFileSync(path, Buffer.from(await dump.arrayBuffer()));
    return path;
  } finally {
    await database.close();
  }
}

/** Vitest globalSetup: prepares the migrated template and returns its teardown. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  const started = performance.now();
  if (serverUrl) {
    const name = await migratePostgresTemplate(serverUrl);
    project.provide("sterkTemplateDatabase", name);
    project.provide("sterkTemplateDump", "");
    console.log(`[integration] PostgreSQL template ${name} migrated in ${Math.round(performance.now() - started)} ms`);
    return () => dropPostgresTemplate(serverUrl, name);
  }
  const folder = mkdtempSync(join(tmpdir(), "sterk-template-"));
  const path = await dumpPgliteTemplate(folder);
  project.provide("sterkTemplateDatabase", "");
  project.provide("sterkTemplateDump", path);
  console.log(`[integration] PGlite template migrated and dumped in ${Math.round(performance.now() - started)} ms`);
  return async () => rmSync(folder, { recursive: true, force: true });
}
