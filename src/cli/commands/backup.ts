import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { ConfigError, loadConfig } from "../../config";
import { BackupError, backupDatabase, DataDirLockedError, restoreDatabase, type TBackupTarget } from "../../runtime";
import { applyTombstones, listStoredTombstones } from "../../app/gdpr/apply-tombstones";
import { readTombstones, TombstoneFileError, tombstoneFileOf, type TTombstone } from "../../app/gdpr/tombstones";
import { CliUsageError, EXIT, type TRegisterCommand } from "../io";
import { withRuntime } from "../with-runtime";

/** The configured database: DATABASE_URL, else the embedded one in DATA_DIR. */
function configuredTarget(): TBackupTarget {
  try {
    const config = loadConfig();
    return config.DATABASE_URL ? { kind: "postgres", url: config.DATABASE_URL } : { kind: "embedded", dataDir: resolve(config.DATA_DIR) };
  } catch (error) {
    if (error instanceof ConfigError) throw new CliUsageError(error.message);
    throw error;
  }
}

/** The tombstones of a file; a missing one is an error only when named on the command line. */
function readTombstoneFile(file: string, required: boolean): TTombstone[] {
  if (required && !existsSync(file)) throw new CliUsageError(`${file} does not exist`);
  try {
    return readTombstones(file);
  } catch (error) {
    if (error instanceof TombstoneFileError) throw new CliUsageError(error.message);
    throw error;
  }
}

async function asUsageErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof BackupError || error instanceof DataDirLockedError) throw new CliUsageError(error.message);
    throw error;
  }
}

/** `sterk backup FILE` and `sterk restore FILE`: the whole database, secrets included, in one file. */
export const registerBackupCommands: TRegisterCommand = (program, io, setExitCode) => {
  program
    .command("backup <file>")
    .description("write a backup of the whole database (PGlite: a data-directory tarball; PostgreSQL: pg_dump --format=custom)")
    .option("--force", "overwrite FILE if it exists")
    .action((file: string, options: { force?: boolean }) =>
      asUsageErrors(async () => {
        if (existsSync(file) && !options.force) throw new CliUsageError(`${file} exists; pass --force to overwrite it`);
        const format = await backupDatabase(configuredTarget(), file);
        io.out(`backup written to ${file} (${format})`);
      }),
    );

  program
    .command("restore <file>")
    .description("restore a backup into an empty database (a new DATA_DIR, or a new PostgreSQL database), then migrate it and erase again every erased person")
    .option("--tombstones <file>", "the erasure tombstones to re-apply (`sterk person tombstones`), besides DATA_DIR/erasure-tombstones.jsonl and those in the backup")
    .action((file: string, options: { tombstones?: string }) =>
      asUsageErrors(async () => {
        const extra = options.tombstones ? readTombstoneFile(options.tombstones, true) : [];
        const format = await restoreDatabase(configuredTarget(), file);
        io.out(`restored ${file} (${format}); the database is migrated and ready`);
        const report = await withRuntime(async (rt) =>
          applyTombstones(rt.ctx, [...(await listStoredTombstones(rt.ctx)), ...readTombstoneFile(tombstoneFileOf(rt.ctx.config.DATA_DIR), false), ...extra]),
        );
        io.out(`erasures re-applied: ${report.erased} person(s) erased again from ${report.tombstones} tombstone(s)`);
        for (const refused of report.refused) io.err(`not erased again (reference ${refused.reference}): ${refused.reason}`);
        if (report.refused.length > 0) setExitCode(EXIT.rejected);
      }),
    );
};
