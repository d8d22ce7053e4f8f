import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase, type TDb, type TOpenOptions } from "../db/client";
import { sterk, useCliDatabase, useEmptyPostgresDatabases } from "../test-support/cli";
import { testDatabaseKind } from "../test-support/test-database";

const files = useCliDatabase("sterk-backup-", { demo: true });
const serverUrl = process.env.TEST_DATABASE_URL;
const emptyPostgresDatabase = useEmptyPostgresDatabases("sterk_restore_");

const rowsOf = (result: unknown): Record<string, unknown>[] => (Array.isArray(result) ? result : ((result as { rows: Record<string, unknown>[] }).rows ?? []));

/** Every table of the database with its rows, each row as JSON, sorted: two databases with the same data are equal. */
async function contents(db: TDb): Promise<Record<string, string[]>> {
  const tables = rowsOf(await db.execute(sql`select schemaname || '.' || tablename as name from pg_catalog.pg_tables where schemaname in ('public', 'drizzle') order by 1`));
  const out: Record<string, string[]> = {};
  for (const { name } of tables) {
    const [schema, table] = String(name).split(".");
    const rows = rowsOf(await db.execute(sql.raw(`select to_jsonb(t)::text as row from "${schema}"."${table}" t`)));
    out[String(name)] = rows.map((r) => String(r.row)).sort();
  }
  return out;
}

async function contentsAt(options: TOpenOptions) {
  const database = await openDatabase(options);
  try {
    return await contents(database.db);
  } finally {
    await database.close();
  }
}

const current = (): TOpenOptions =>
  process.env.DATABASE_URL ? { kind: "postgres", url: process.env.DATABASE_URL, max: 1 } : { kind: "embedded", dataDir: process.env.DATA_DIR as string };

describe(`sterk backup and sterk restore (${testDatabaseKind})`, () => {
  it("restores the demo into an empty database with the same rows in every table, the stored secret included", async () => {
    const before = await contentsAt(current());
    expect(before["public.people"]?.length).toBeGreaterThanOrEqual(40);
    expect(before["public.instance_secrets"]?.length).toBe(1);

    const file = join(files.dir, "sterk.backup");
    const backedUp = await sterk("backup", file);
    expect(backedUp.stderr).toBe("");
    expect(backedUp.code).toBe(0);
    expect((await sterk("backup", file)).stderr).toMatch(/exists; pass --force/);

    const source = { DATA_DIR: process.env.DATA_DIR, DATABASE_URL: process.env.DATABASE_URL };
    try {
      if (serverUrl) process.env.DATABASE_URL = await emptyPostgresDatabase();
      else process.env.DATA_DIR = join(files.dir, "restored");
      const restored = await sterk("restore", file);
      expect(restored.stderr).toBe("");
      expect(restored.code).toBe(0);
      expect(await contentsAt(current())).toEqual(before);
      // a second restore onto the now-full database is refused, and changes nothing
      const again = await sterk("restore", file);
      expect(again.code).not.toBe(0);
      expect(again.stderr).toMatch(/not empty|already holds a database/);
    } finally {
      Object.assign(process.env, source);
      if (source.DATABASE_URL === undefined) delete process.env.DATABASE_URL;
    }
  }, 180_000);

  it("refuses a file that is not a backup, and a backup of the other kind of database, with a clear message", async () => {
    const notABackup = files.write("just some text", true, "notes.txt");
    const target = serverUrl ? { DATABASE_URL: await emptyPostgresDatabase() } : { DATA_DIR: join(files.dir, "empty") };
    const source = { DATA_DIR: process.env.DATA_DIR, DATABASE_URL: process.env.DATABASE_URL };
    try {
      Object.assign(process.env, target);
      expect((await sterk("restore", notABackup)).stderr).toMatch(/is not a Sterk backup/);
      const otherKind = files.write(serverUrl ? Buffer.from([0x1f, 0x8b, 8, 0]) : Buffer.from("PGDMP\u0001\u000e\u0000"), true, "other.backup");
      expect((await sterk("restore", otherKind)).stderr).toMatch(/restore it into the same kind of database/);
      expect((await sterk("restore", join(files.dir, "missing.backup"))).stderr).toMatch(/does not exist/);
    } finally {
      Object.assign(process.env, source);
      if (source.DATABASE_URL === undefined) delete process.env.DATABASE_URL;
    }
  });
});
