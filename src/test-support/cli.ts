import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import postgres from "postgres";
import { afterAll, beforeAll } from "vitest";
import { runCli } from "../cli/main";
import { openTestDatabase } from "./test-database";

/** Runs `sterk …` in-process and captures what it prints and its exit code. */
export async function sterk(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, stdout: out.join(""), stderr: err.join("\n") };
}

/** A temporary folder for one test file: write JSON or raw text into numbered files, remove it all. */
export function tempFiles(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  let count = 0;
  return {
    dir,
    /** Writes JSON (or, with raw, the text as is) to a fresh file and returns its path. */
    write(content: unknown, raw = false, name = `file-${++count}.json`): string {
      const path = join(dir, name);
      writeFileSync(path, raw ? (content as string | Uint8Array) : JSON.stringify(content));
      return path;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * Points the CLI at a fresh database for one test file — a PGlite DATA_DIR in a temporary folder, or a new
 * PostgreSQL test database when TEST_DATABASE_URL is set — optionally seeds the demo, and restores the
 * environment afterwards. Returns the temporary folder.
 */
export function useCliDatabase(prefix: string, options: { demo?: boolean } = {}) {
  const files = tempFiles(prefix);
  let closeDb: (() => Promise<void>) | undefined;
  const saved = { DATA_DIR: process.env.DATA_DIR, DATABASE_URL: process.env.DATABASE_URL };
  beforeAll(async () => {
    process.env.DATA_DIR = join(files.dir, "data");
    if (process.env.TEST_DATABASE_URL) {
      const database = await openTestDatabase();
      process.env.DATABASE_URL = database.url;
      closeDb = database.close;
    } else {
      delete process.env.DATABASE_URL;
    }
    if (options.demo) {
      const seeded = await sterk("demo");
      if (seeded.code !== 0) throw new Error(`sterk demo failed: ${seeded.stderr}`);
    }
  }, 180_000);
  afterAll(async () => {
    Object.assign(process.env, saved);
    if (saved.DATABASE_URL === undefined) delete process.env.DATABASE_URL;
    await closeDb?.();
    files.remove();
  });
  return files;
}

/**
 * New, empty PostgreSQL databases on the test server (a restore needs an empty one, so no template), dropped after the
 * file's tests. Only for runs with TEST_DATABASE_URL.
 */
export function useEmptyPostgresDatabases(prefix: string): () => Promise<string> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  const created: string[] = [];
  afterAll(async () => {
    if (!serverUrl || created.length === 0) return;
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    for (const name of created) await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  });
  return async () => {
    const admin = postgres(serverUrl as string, { max: 1, onnotice: () => {} });
    const name = `${prefix}${Math.random().toString(36).slice(2, 10)}`;
    await admin.unsafe(`create database ${name}`);
    await admin.end();
    created.push(name);
    const url = new URL(serverUrl as string);
    url.pathname = `/${name}`;
    return url.toString();
  };
}
