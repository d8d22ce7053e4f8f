import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import postgres from "postgres";
import { inject } from "vitest";
import { openDatabase, type TDatabase } from "../db/client";

/** The run's migrated template (src/test-support/integration-setup.ts), when the globalSetup made one. */
function template(key: "sterkTemplateDatabase" | "sterkTemplateDump"): string {
  try {
    return inject(key) ?? "";
  } catch {
    return ""; // outside a vitest worker: migrate from scratch
  }
}

/** Cached per worker: the PGlite template tarball is read from disk once. */
let pgliteTemplate: Blob | undefined;

/** An in-memory PGlite, loaded from the run's migrated template or else created and migrated. */
async function openEmbeddedTestDatabase(): Promise<TDatabase> {
  const dumpPath = template("sterkTemplateDump");
  if (dumpPath) {
    pgliteTemplate ??= new Blob([readFileSync(dumpPath)]);
    const database = await openDatabase({ kind: "embedded", dataDir: null, loadDataDir: pgliteTemplate });
    await database.migrate(); // a no-op on the template; keeps a stale template from hiding a new migration
    return database;
  }
  const database = await openDatabase({ kind: "embedded", dataDir: null });
  await database.migrate();
  return database;
}

/**
 * A fresh, migrated database for one test file: an in-memory PGlite by default, or a new database
 * on the PostgreSQL server in TEST_DATABASE_URL (dropped again by close()). Both start from the run's
 * migrated template when the integration globalSetup prepared one.
 */
export async function openTestDatabase(): Promise<TDatabase & { url?: string }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) return openEmbeddedTestDatabase();
  const name = `sterk_t_${randomBytes(6).toString("hex")}`;
  const templateName = template("sterkTemplateDatabase");
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(templateName ? `create database ${name} template ${templateName}` : `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: "postgres", url: url.toString(), max: 5 });
  await database.migrate();
  return {
    ...database,
    url: url.toString(),
    close: async () => {
      await database.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/** Which database kind the integration suite runs on, for test names. */
export const testDatabaseKind = process.env.TEST_DATABASE_URL ? "postgres" : "embedded";
