import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { openDatabase, type TDatabase } from "../db/client";

/**
 * A fresh, migrated database for one test file: an in-memory PGlite by default, or a new database
 * on the PostgreSQL server in TEST_DATABASE_URL (dropped again by close()).
 */
export async function openTestDatabase(): Promise<TDatabase & { url?: string }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const database = await openDatabase({ kind: "embedded", dataDir: null });
    await database.migrate();
    return database;
  }
  const name = `sterk_t_${randomBytes(6).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
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
