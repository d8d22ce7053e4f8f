// Backups of the whole database, in the engine's own format: PGlite's data directory as a gzipped tarball, and
// PostgreSQL's `pg_dump --format=custom`. Everything a restore needs is in the database (the session secret too,
// table instance_secrets), so one file is the whole installation. A restore goes into an empty database only and is
// then migrated, so a backup of an older Sterk comes up to date.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import postgres from "postgres";
import { openDatabase } from "./client";
import { lockDataDir } from "./lock";

export type TBackupTarget = { kind: "embedded"; dataDir: string } | { kind: "postgres"; url: string };
export type TBackupFormat = "pglite-tarball" | "pg-dump-custom";

export class BackupError extends Error {}

/** What kind of backup a file holds, from its first bytes (gzip, or pg_dump's "PGDMP"). */
export function backupFormatOf(head: Uint8Array): TBackupFormat | null {
  if (head[0] === 0x1f && head[1] === 0x8b) return "pglite-tarball";
  if (Buffer.from(head.subarray(0, 5)).toString("latin1") === "PGDMP") return "pg-dump-custom";
  return null;
}

const formatOf = (target: TBackupTarget): TBackupFormat => (target.kind === "embedded" ? "pglite-tarball" : "pg-dump-custom");

/** pg_dump or pg_restore: from PG_BIN_DIR, else the newest /usr/lib/postgresql/N/bin, else the PATH. */
function pgTool(name: "pg_dump" | "pg_restore"): string {
  const dirs = process.env.PG_BIN_DIR ? [process.env.PG_BIN_DIR] : [];
  if (existsSync("/usr/lib/postgresql")) {
    const versions = readdirSync("/usr/lib/postgresql").filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
    dirs.push(...versions.map((v) => `/usr/lib/postgresql/${v}/bin`));
  }
  return dirs.map((d) => join(d, name)).find((p) => existsSync(p)) ?? name;
}

function runTool(name: "pg_dump" | "pg_restore", args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(pgTool(name), args, { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", (error: NodeJS.ErrnoException) =>
      reject(new BackupError(error.code === "ENOENT" ? `${name} was not found: install the PostgreSQL client tools or set PG_BIN_DIR` : error.message)),
    );
    child.on("close", (code) => (code === 0 ? resolve() : reject(new BackupError(`${name} failed (exit ${code}): ${stderr.trim().split("\n").slice(-3).join(" ")}`))));
  });
}

/** Writes a backup of the target database to `file`. An embedded database must not be open in another process. */
export async function backupDatabase(target: TBackupTarget, file: string): Promise<TBackupFormat> {
  if (target.kind === "postgres") {
    await runTool("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`, `--dbname=${target.url}`]);
    return "pg-dump-custom";
  }
  if (!existsSync(join(target.dataDir, "pg", "PG_VERSION"))) throw new BackupError(`there is no database in ${target.dataDir}`);
  const database = await openDatabase({ kind: "embedded", dataDir: target.dataDir });
  try {
    const tarball = await database.dump?.();
    if (!tarball) throw new BackupError("this database cannot be dumped");
    writeFileSync(file, Buffer.from(await tarball.arrayBuffer()), { mode: 0o600 });
  } finally {
    await database.close();
  }
  return "pglite-tarball";
}

/** Whether a PostgreSQL database holds no tables of its own (a restore goes into an empty database only). */
async function postgresIsEmpty(url: string): Promise<boolean> {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [row] = await client`select count(*)::int as n from pg_catalog.pg_tables where schemaname not in ('pg_catalog', 'information_schema')`;
    return row?.n === 0;
  } finally {
    await client.end({ timeout: 5 });
  }
}

/** Restores `file` into the target, which must be empty, then applies any newer migrations. */
export async function restoreDatabase(target: TBackupTarget, file: string): Promise<TBackupFormat> {
  if (!existsSync(file)) throw new BackupError(`${file} does not exist`);
  const bytes = readFileSync(file);
  const format = backupFormatOf(bytes.subarray(0, 8));
  if (!format) throw new BackupError(`${file} is not a Sterk backup (neither a PGlite tarball nor a pg_dump custom archive)`);
  if (format !== formatOf(target)) {
    const made = format === "pglite-tarball" ? "an embedded (PGlite) database" : "PostgreSQL";
    throw new BackupError(`${file} is a backup of ${made}; restore it into the same kind of database`);
  }
  if (target.kind === "postgres") {
    if (!(await postgresIsEmpty(target.url))) throw new BackupError("the target database is not empty: restore into a new, empty database");
    await runTool("pg_restore", ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", `--dbname=${target.url}`, file]);
  } else {
    if (existsSync(join(target.dataDir, "pg", "PG_VERSION"))) throw new BackupError(`${target.dataDir} already holds a database: restore into an empty DATA_DIR`);
    const release = lockDataDir(target.dataDir);
    try {
      const pg = await PGlite.create(join(target.dataDir, "pg"), { loadDataDir: new Blob([bytes]) });
      await pg.close();
    } finally {
      release();
    }
  }
  const database = await openDatabase(target.kind === "postgres" ? { kind: "postgres", url: target.url, max: 1 } : { kind: "embedded", dataDir: target.dataDir });
  try {
    await database.migrate();
  } finally {
    await database.close();
  }
  return format;
}
