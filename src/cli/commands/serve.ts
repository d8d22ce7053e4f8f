import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import pino from "pino";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoOnFirstStart } from "../../app/demo/seed-demo";
import { safeLoggerOptions } from "../../app/shared/safe-log";
import { ConfigError, loadConfig } from "../../config";
import { createHttpApp } from "../../http/app";
import { DataDirLockedError, openRuntime } from "../../runtime";
import { CliUsageError, type TCliIo, type TRegisterCommand } from "../io";

/** The folder holding package.json: three levels up from src/cli/commands, two from the built dist/server. */
function packageRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json"))) return `${dir}/`;
    if (dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

const root = packageRoot(dirname(fileURLToPath(import.meta.url)));

/** The package version, shown by /api/health. */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(`${root}package.json`, "utf8")) as { version: string }).version;
}

/** Prints the demo logins (demo mode only). */
export function printDemoAccounts(io: TCliIo, publicUrl: string) {
  io.out(`\nDemo mode — sign in at ${publicUrl} with password "${DEMO_PASSWORD}":`);
  for (const account of DEMO_ACCOUNTS) {
    const what = account.operator ? "operator (all organisations)" : account.roles.join(", ");
    io.out(`  ${account.email.padEnd(40)} ${what}`);
  }
  io.out("  (set STERK_DEMO=0 to start without demo data)\n");
}

/** `sterk serve`: migrate, seed the demo on first start, serve the API and the web app. */
export const registerServeCommand: TRegisterCommand = (program, io) => {
  program
    .command("serve")
    .description("run the Sterk server (API and web app)")
    .action(async () => {
      let config: ReturnType<typeof loadConfig>;
      try {
        config = loadConfig();
      } catch (error) {
        if (error instanceof ConfigError) throw new CliUsageError(error.message);
        throw error;
      }
      const log = pino(safeLoggerOptions(config.LOG_LEVEL));
      const runtime = await openRuntime(config, { log, startOutbox: true }).catch((error: unknown) => {
        if (error instanceof DataDirLockedError) throw new CliUsageError(error.message);
        throw error;
      });
      if (config.STERK_DEMO === "1") await seedDemoOnFirstStart(runtime.ctx);
      const app = createHttpApp(runtime.ctx, { version: packageVersion(), webRoot: config.WEB_ROOT ?? `${root}dist/web` });
      const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST });
      await new Promise<void>((resolve, reject) => {
        server.once("listening", () => resolve());
        server.once("error", reject);
      }).catch(async (error: NodeJS.ErrnoException) => {
        await runtime.close();
        throw new CliUsageError(error.code === "EADDRINUSE" ? `port ${config.PORT} is in use; set PORT` : error.message);
      });
      runtime.outbox.wake();
      io.out(`Sterk ${packageVersion()} listening on ${config.publicUrl} (database: ${runtime.database.kind}${config.SMTP_URL ? "" : "; no SMTP_URL: emails stay in the outbox"})`);
      if (config.STERK_DEMO === "1") printDemoAccounts(io, config.publicUrl);
      await new Promise<void>((resolve) => {
        const stop = () => {
          server.close();
          void runtime.close().finally(resolve);
        };
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
      });
    });
};
