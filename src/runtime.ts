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
import { startReminderTimer, type TReminderTimer } from "./app/feedback/reminder-timer";
import { startNudgeTimer, type TNudgeTimer } from "./app/mentoring/nudge-jobs";
import { startCredentialPruning } from "./app/auth/prune-credentials";

export type TRuntime = { ctx: TAppContext; database: TDatabase; outbox: TOutboxSender; close: () => Promise<void> };

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
  options: { log?: Logger; migrate?: boolean; startOutbox?: boolean } = {},
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
  if (options.startOutbox) outbox = startOutboxSender({ db: database.db, smtpUrl: config.SMTP_URL, from: config.MAIL_FROM, log, now });
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
    newsletter = startNewsletterSender(ctx, { exclusive: database.kind === "embedded" });
    ctx.notifyNewsletter = () => newsletter?.wake();
    newsletter.wake();
  }
  // 360 reminders run where the outbox sender runs (one process per embedded data directory)
  const reminders: TReminderTimer | undefined = options.startOutbox ? startReminderTimer(ctx) : undefined;
  // mentoring nudges: a durable job table, planned and sent every 10 minutes beside the outbox sender
  const nudges: TNudgeTimer | undefined = options.startOutbox ? startNudgeTimer(ctx, config.NUDGE_INTERVAL_MS) : undefined;
  // expired sessions, used or expired links, stale SSO sign-ins and rate counters: hourly, beside the other timers
  const pruning = options.startOutbox ? startCredentialPruning(ctx) : undefined;
  return {
    ctx,
    database,
    outbox,
    close: async () => {
      await background.settle();
      await reminders?.stop();
      await nudges?.stop();
      await pruning?.stop();
      await newsletter?.stop();
      await outbox.stop();
      await database.close();
    },
  };
}
