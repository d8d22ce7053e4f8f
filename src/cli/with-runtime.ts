import pino from "pino";
import { safeLoggerOptions } from "../app/shared/safe-log";
import { ConfigError, loadConfig } from "../config";
import { DataDirLockedError, openRuntime, type TRuntime } from "../runtime";
import { CliUsageError } from "./io";

/** Opens the configured database for one command and closes it afterwards; config and lock errors are usage errors. */
export async function withRuntime<T>(fn: (runtime: TRuntime) => Promise<T>, env: Record<string, string | undefined> = process.env): Promise<T> {
  let runtime: TRuntime;
  try {
    const config = loadConfig(env);
    runtime = await openRuntime(config, { log: pino(safeLoggerOptions("warn"), pino.destination(2)) });
  } catch (error) {
    if (error instanceof ConfigError || error instanceof DataDirLockedError) throw new CliUsageError(error.message);
    throw error;
  }
  try {
    return await fn(runtime);
  } finally {
    await runtime.close();
  }
}
