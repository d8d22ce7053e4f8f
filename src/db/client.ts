import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { sql } from "drizzle-orm";
import { lockDataDir } from "./lock";
import * as schema from "./schema/index";

export type TSchema = typeof schema;
/** The database handle every repo takes: the same type for PGlite and PostgreSQL. */
export type TDb = PgDatabase<PgQueryResultHKT, TSchema>;
/** A transaction handle, accepted wherever a TDb is. */
export type TTx = Parameters<Parameters<TDb["transaction"]>[0]>[0];

export type TDatabase = {
  db: TDb;
  kind: "embedded" | "postgres";
  migrate: () => Promise<void>;
  close: () => Promise<void>;
  /** PGlite only: the data directory as a gzipped tarball, to open copies of it later (loadDataDir). */
  dump?: () => Promise<Blob>;
};

const migrationsFolder = fileURLToPath(new URL("./migrations", import.meta.url));
/** PGlite's default 128 MB of shared buffers is most of its memory; 16 MB costs no speed here (bench). */
const pgliteOptions = { postgresqlconf: "shared_buffers = 16MB" };

export type TOpenOptions =
  | { kind: "postgres"; url: string; max?: number }
  | { kind: "embedded"; dataDir: string | null; loadDataDir?: Blob };

/**
 * Opens the database: PGlite in a data directory (locked against a second process),
 * in memory when dataDir is null, or a real PostgreSQL server.
 */
export async function openDatabase(options: TOpenOptions): Promise<TDatabase> {
  if (options.kind === "postgres") {
    const client = postgres(options.url, { max: options.max ?? 10, onnotice: () => {} });
    const db = drizzlePostgres(client, { schema }) as unknown as TDb;
    return {
      db,
      kind: "postgres",
      migrate: () => migratePostgres(drizzlePostgres(client, { schema }), { migrationsFolder }),
      close: () => client.end({ timeout: 5 }),
    };
  }
  let release = () => {};
  let pg: PGlite;
  if (options.dataDir) {
    release = lockDataDir(options.dataDir);
    mkdirSync(`${options.dataDir}/pg`, { recursive: true });
    try {
      pg = await PGlite.create(`${options.dataDir}/pg`, pgliteOptions);
    } catch (error) {
      release();
      throw error;
    }
  } else {
    pg = await PGlite.create({ ...pgliteOptions, ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}) });
  }
  const pglite = drizzlePglite(pg, { schema });
  return {
    db: pglite as unknown as TDb,
    kind: "embedded",
    migrate: () => migratePglite(pglite, { migrationsFolder }),
    close: async () => {
      await pg.close();
      release();
    },
    dump: () => pg.dumpDataDir("gzip"),
  };
}

/** Asks the database to answer; throws when it cannot. */
export async function pingDatabase(db: TDb): Promise<void> {
  await db.execute(sql`select 1`);
}
