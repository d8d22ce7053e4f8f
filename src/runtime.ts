import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import pino, { type Logger } from "pino";
import { createBackgroundTasks } from "./app/shared/background";
import { safeLoggerOptions } from "./app/shared/safe-log";
import type { TAppContext } from "./app/shared/context";
import type { TConfig } from "./config";
import { openDatabase, type TDatabase, type TDb } from "./db/client";
import { ensureInstanceSecret } from "./db/instance-secrets-repo";

export { DataDirLockedError } from "./db/lock";
export { BackupError, backupDatabase, restoreDatabase, type TBackupTarget } from "./db/backup";
import { startOutboxSender, type TOutboxSender } from "./email/sender";
import { startNewsletterSender, type TNewsletterSender } from "./app/newsletter/issue-sender";
import { createJobRunner, type TJobRunner } from "./app/jobs/runner";
import { registerStandardJobs } from "./app/jobs/standard-jobs";

export type TRuntime = {
  ctx: TAppContext;
  database: TDatabase;
  outbox: TOutboxSender;
  /** the job runner; it polls only where the background work runs (`startOutbox`) */
  jobs: TJobRunner;
  close: () => Promise<void>;
};

/**
 * The session secret: SESSION_SECRET, else the one stored in the database, shared by every server process on it and
 * kept by a backup. The first start stores one: the secret an embedded install kept in DATA_DIR before, so the links
 * it sent keep working, or a new one.
 */
export async function resolveSessionSecret(config: TConfig, db: TDb): Promise<string> {
  if (config.SESSION_SECRET) return config.SESSION_SECRET;
  const file = join(resolve(config.DATA_DIR), "session-secret");
  const earlier = !config.DATABASE_URL && existsSync(file) ? readFileSync(file, "utf8").trim() : "";
  return ensureInstanceSecret(db, "session", earlier.length >= 32 ? earlier : randomBytes(48).toString("base64url"));
}

/** Opens the configured database (migrating it) and wires the application context: the composition root. */
export async function openRuntime(
  config: TConfig,
  options: { log?: Logger; migrate?: boolean; startOutbox?: boolean; jobPollMs?: number } = {},
): Promise<TRuntime> {
  const log = options.log ?? pino(safeLoggerOptions(config.LOG_LEVEL));
  const database = await openDatabase(
    config.DATABASE_URL ? { kind: "postgres", url: config.DATABASE_URL } : { kind: "embedded", dataDir: resolve(config.DATA_DIR) },
  );
  let secret: string;
  try {
    if (options.migrate !== false) await database.migrate();
    secret = await resolveSessionSecret(config, database.db);
  } catch (error) {
    await database.close();
    throw error;
  }
  const now = () => new Date();
  let outbox: TOutboxSender = { wake: () => {}, stop: async () => {}, drain: async () => 0 };
  if (options.startOutbox) outbox = startOutboxSender({ db: database.db, smtpUrl: config.SMTP_URL, from: config.MAIL_FROM, log, now, intervalMs: 0, exclusive: database.kind === "embedded" });
  const background = createBackgroundTasks(log);
  const ctx: TAppContext = {
    db: database.db,
    config,
    now,
    log,
    notifyOutbox: () => outbox.wake(),
    secret,
    background: background.run,
  };
  let newsletter: TNewsletterSender | undefined;
  if (options.startOutbox) {
    // Resumes any send interrupted by a stop or crash; embedded data is locked to this process.
    newsletter = startNewsletterSender(ctx, { exclusive: database.kind === "embedded", intervalMs: 0 });
    ctx.notifyNewsletter = () => newsletter?.wake();
    newsletter.wake();
  }
  // the senders' timers, mentoring nudges, 360 reminders and pruning: scheduled jobs, one process per slot (decision 0019)
  const jobs = createJobRunner({ db: database.db, log, now, pollMs: options.jobPollMs });
  if (options.startOutbox) {
    registerStandardJobs(jobs, ctx, { outbox, newsletter });
    jobs.start();
  }
  return {
    ctx,
    database,
    outbox,
    jobs,
    close: async () => {
      await background.settle();
      await jobs.stop();
      await newsletter?.stop();
      await outbox.stop();
      await database.close();
    },
  };
}
