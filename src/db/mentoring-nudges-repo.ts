import { and, asc, eq, isNull, lte, sql } from "drizzle-orm";
import type { TDb } from "./client";
import { mentoringNudgeJobs, mentoringPreferences, organisations, users } from "./schema/index";

export type TNudgeJobRow = typeof mentoringNudgeJobs.$inferSelect;

/** Inserts owed nudges; a key already present (sent, skipped or pending) is left alone. Returns how many were new. */
export async function insertNudgeJobs(db: TDb, rows: (typeof mentoringNudgeJobs.$inferInsert)[]): Promise<number> {
  if (rows.length === 0) return 0;
  const inserted = await db.insert(mentoringNudgeJobs).values(rows).onConflictDoNothing({ target: [mentoringNudgeJobs.organisationId, mentoringNudgeJobs.dedupeKey] }).returning({ id: mentoringNudgeJobs.id });
  return inserted.length;
}

/** Claims due, unsent jobs for the rest of the transaction; another sender skips them (FOR UPDATE SKIP LOCKED). */
export async function claimDueNudgeJobs(tx: TDb, now: Date, limit: number): Promise<TNudgeJobRow[]> {
  return tx
    .select()
    .from(mentoringNudgeJobs)
    .where(and(isNull(mentoringNudgeJobs.sentAt), isNull(mentoringNudgeJobs.skippedAt), lte(mentoringNudgeJobs.dueAt, now)))
    .orderBy(asc(mentoringNudgeJobs.dueAt), asc(mentoringNudgeJobs.id))
    .limit(limit)
    .for("update", { skipLocked: true });
}

/** Stamps a claimed job: sent, skipped (no longer applies) or postponed (new due time). */
export async function settleNudgeJob(tx: TDb, job: Pick<TNudgeJobRow, "organisationId" | "id">, values: { sentAt?: Date; skippedAt?: Date; skipReason?: string; dueAt?: Date }): Promise<void> {
  await tx
    .update(mentoringNudgeJobs)
    .set(values)
    .where(and(eq(mentoringNudgeJobs.organisationId, job.organisationId), eq(mentoringNudgeJobs.id, job.id), isNull(mentoringNudgeJobs.sentAt)));
}

export async function listNudgeJobs(db: TDb, organisationId: string): Promise<TNudgeJobRow[]> {
  return db.select().from(mentoringNudgeJobs).where(eq(mentoringNudgeJobs.organisationId, organisationId)).orderBy(asc(mentoringNudgeJobs.dueAt), asc(mentoringNudgeJobs.dedupeKey));
}

/** Users of the organisation who turned nudges off. */
export async function listNudgeOptOuts(db: TDb, organisationId: string): Promise<string[]> {
  const rows = await db
    .select({ userId: mentoringPreferences.userId })
    .from(mentoringPreferences)
    .where(and(eq(mentoringPreferences.organisationId, organisationId), eq(mentoringPreferences.nudges, false)));
  return rows.map((r) => r.userId);
}

export async function findMentoringPreferences(db: TDb, organisationId: string, userId: string) {
  const [row] = await db.select().from(mentoringPreferences).where(and(eq(mentoringPreferences.organisationId, organisationId), eq(mentoringPreferences.userId, userId)));
  return row;
}

export async function saveMentoringPreferences(db: TDb, organisationId: string, userId: string, nudges: boolean, now: Date): Promise<void> {
  await db
    .insert(mentoringPreferences)
    .values({ organisationId, userId, nudges, updatedAt: now })
    .onConflictDoUpdate({ target: [mentoringPreferences.organisationId, mentoringPreferences.userId], set: { nudges, updatedAt: now } });
}

/** `settings.mentoring` of the organisation (the nudge policy lives in `settings.mentoring.nudgePolicy`). */
export async function findMentoringSettings(db: TDb, organisationId: string): Promise<Record<string, unknown>> {
  const [row] = await db.select({ mentoring: sql<unknown>`${organisations.settings} -> 'mentoring'` }).from(organisations).where(eq(organisations.id, organisationId));
  const value = row?.mentoring;
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

export async function findUserContact(db: TDb, userId: string) {
  const [row] = await db.select({ email: users.email, displayName: users.displayName, locale: users.locale }).from(users).where(eq(users.id, userId));
  return row;
}

/** The organisation's whole settings document, locked for the rest of the transaction (read-modify-write); undefined when unknown. */
export async function lockOrganisationSettings(tx: TDb, organisationId: string): Promise<Record<string, unknown> | undefined> {
  const [row] = await tx.select({ settings: organisations.settings }).from(organisations).where(eq(organisations.id, organisationId)).for("update");
  if (!row) return undefined;
  const value = row.settings;
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** Replaces the organisation's settings document (after `lockOrganisationSettings` in the same transaction). */
export async function writeOrganisationSettings(tx: TDb, organisationId: string, settings: Record<string, unknown>): Promise<void> {
  await tx.update(organisations).set({ settings }).where(eq(organisations.id, organisationId));
}
