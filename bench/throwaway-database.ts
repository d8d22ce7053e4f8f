// Where a bench measures: a fresh PGlite data directory or a fresh database on the PostgreSQL server of
// BENCH_DATABASE_URL, both removed afterwards whatever happens.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import postgres from "postgres";

/** Runs `run` on a new temporary PGlite data directory (named with `prefix`), deleted afterwards. */
export async function withTemporaryDataDir<T>(prefix: string, run: (dataDir: string) => Promise<T>): Promise<T> {
  const dataDir = mkdtempSync(join(tmpdir(), prefix));
  try {
    return await run(dataDir);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * Runs `run` with the URL of a new database on the server in BENCH_DATABASE_URL, dropped afterwards; without
 * that variable says what is skipped (`what`, e.g. "the import") and answers [].
 */
export async function withThrowawayPostgres<T>(what: string, run: (url: string) => Promise<T[]>): Promise<T[]> {
  const serverUrl = process.env.BENCH_DATABASE_URL;
  if (!serverUrl) {
    console.log(`!! SKIPPED: set BENCH_DATABASE_URL=postgres://… to measure ${what} on PostgreSQL`);
    return [];
  }
  const name = `sterk_bench_${randomBytes(6).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return await run(url.toString());
  } finally {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}
