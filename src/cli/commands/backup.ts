import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { ConfigError, loadConfig } from "../../config";
import { BackupError, backupDatabase, DataDirLockedError, restoreDatabase, type TBackupTarget } from "../../runtime";
import { CliUsageError, type TRegisterCommand } from "../io";

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

async function asUsageErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof BackupError || error instanceof DataDirLockedError) throw new CliUsageError(error.message);
    throw error;
  }
}

/** `sterk backup FILE` and `sterk restore FILE`: the whole database, secrets included, in one file. */
export const registerBackupCommands: TRegisterCommand = (program, io) => {
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
    .description("restore a backup into an empty database (a new DATA_DIR, or a new PostgreSQL database), then migrate it")
    .action((file: string) =>
      asUsageErrors(async () => {
        const format = await restoreDatabase(configuredTarget(), file);
        io.out(`restored ${file} (${format}); the database is migrated and ready`);
      }),
    );
};
