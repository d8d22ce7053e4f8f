import { eq } from "drizzle-orm";
import type { TDb } from "./client";
import { instanceSecrets } from "./schema/index";

/**
 * The installation's secret `name`: the one stored, or else `candidate`, stored now. Concurrent first starts of
 * several processes agree (the insert does nothing when another process stored it first, and all read back the row).
 */
export async function ensureInstanceSecret(db: TDb, name: string, candidate: string): Promise<string> {
  await db.insert(instanceSecrets).values({ name, value: candidate }).onConflictDoNothing();
  const [row] = await db.select({ value: instanceSecrets.value }).from(instanceSecrets).where(eq(instanceSecrets.name, name));
  if (!row) throw new Error(`instance secret ${name} could not be stored`);
  return row.value;
}
