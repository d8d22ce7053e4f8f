import { and, desc, eq, sql } from "drizzle-orm";
import type { TDb } from "./client";
import { optimiserRuns } from "./schema/index";

export type TOptimiserRunRow = { id: string; budgetCents: number; result: unknown; createdByUserId: string | null; createdAt: Date; appliedAt: Date | null };

const columns = {
  id: optimiserRuns.id,
  budgetCents: optimiserRuns.budgetCents,
  result: optimiserRuns.result,
  createdByUserId: optimiserRuns.createdByUserId,
  createdAt: optimiserRuns.createdAt,
  appliedAt: optimiserRuns.appliedAt,
};

/** Stores one optimiser run; returns its id and time. */
export async function insertOptimiserRun(
  db: TDb,
  organisationId: string,
  values: { budgetCents: number; result: unknown; createdByUserId: string | null },
): Promise<{ id: string; createdAt: Date }> {
  const [row] = await db
    .insert(optimiserRuns)
    .values({ organisationId, ...values })
    .returning({ id: optimiserRuns.id, createdAt: optimiserRuns.createdAt });
  if (!row) throw new Error("inserting an optimiser run returned nothing");
  return row;
}

/** The organisation's runs, newest first (with their stored results). */
export async function listOptimiserRuns(db: TDb, organisationId: string, limit = 50): Promise<TOptimiserRunRow[]> {
  return db
    .select(columns)
    .from(optimiserRuns)
    .where(eq(optimiserRuns.organisationId, organisationId))
    .orderBy(desc(optimiserRuns.createdAt), desc(optimiserRuns.id))
    .limit(limit);
}

export async function findOptimiserRun(db: TDb, organisationId: string, id: string): Promise<TOptimiserRunRow | undefined> {
  const [row] = await db
    .select(columns)
    .from(optimiserRuns)
    .where(and(eq(optimiserRuns.organisationId, organisationId), eq(optimiserRuns.id, id)));
  return row;
}

/** Records that (part of) the run was applied to people's plans. */
export async function markOptimiserRunApplied(db: TDb, organisationId: string, id: string): Promise<void> {
  await db
    .update(optimiserRuns)
    .set({ appliedAt: sql`now()` })
    .where(and(eq(optimiserRuns.organisationId, organisationId), eq(optimiserRuns.id, id)));
}
