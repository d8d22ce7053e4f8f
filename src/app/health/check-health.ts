import { pingDatabase } from "../../db/client";
import type { TAppContext } from "../shared/context";

/** The database answers; which kind it is. */
export async function checkHealth(ctx: Pick<TAppContext, "db" | "config">, version: string) {
  await pingDatabase(ctx.db);
  return { status: "ok" as const, database: ctx.config.databaseKind, version };
}
