import { and, asc, count, desc, eq, inArray, isNull, lt, lte, or, sql } from "drizzle-orm";
import type { TDb } from "./client";
import { newsletterDeliveries, newsletterIssues, newsletterIssueVersions, newsletterSubscribers } from "./schema/index";

export type TIssueRow = typeof newsletterIssues.$inferSelect;
export type TIssueVersionRow = typeof newsletterIssueVersions.$inferSelect;
export type TDeliveryRow = typeof newsletterDeliveries.$inferSelect;
export type TIssueVersionInput = { language: string; subject: string; bodyMarkdown: string };

export async function insertIssue(db: TDb, values: { createdBy: string | null; now: Date }): Promise<TIssueRow> {
  const [row] = await db.insert(newsletterIssues).values({ createdBy: values.createdBy, createdAt: values.now, updatedAt: values.now }).returning();
  if (!row) throw new Error("insert newsletter_issues returned nothing");
  return row;
}

/** Replaces an issue's language versions with the given ones. */
export async function replaceIssueVersions(db: TDb, issueId: string, versions: TIssueVersionInput[]): Promise<void> {
  await db.delete(newsletterIssueVersions).where(eq(newsletterIssueVersions.issueId, issueId));
  if (versions.length) await db.insert(newsletterIssueVersions).values(versions.map((v) => ({ ...v, issueId })));
}

export async function findIssue(db: TDb, id: string): Promise<(TIssueRow & { versions: TIssueVersionRow[] }) | undefined> {
  const [row] = await db.select().from(newsletterIssues).where(eq(newsletterIssues.id, id));
  if (!row) return undefined;
  const versions = await db.select().from(newsletterIssueVersions).where(eq(newsletterIssueVersions.issueId, id)).orderBy(asc(newsletterIssueVersions.language));
  return { ...row, versions };
}

export async function listIssues(db: TDb, limit = 200) {
  const issues = await db.select().from(newsletterIssues).orderBy(desc(newsletterIssues.createdAt)).limit(limit);
  const ids = issues.map((i) => i.id);
  const versions = ids.length ? await db.select().from(newsletterIssueVersions).where(inArray(newsletterIssueVersions.issueId, ids)) : [];
  return issues.map((i) => ({ ...i, versions: versions.filter((v) => v.issueId === i.id) }));
}

/** Touches a draft; false when the issue is not (or no longer) a draft. */
export async function touchDraftIssue(db: TDb, id: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(newsletterIssues)
    .set({ updatedAt: now })
    .where(and(eq(newsletterIssues.id, id), eq(newsletterIssues.status, "draft")))
    .returning({ id: newsletterIssues.id });
  return rows.length > 0;
}

export async function deleteDraftIssue(db: TDb, id: string): Promise<boolean> {
  const rows = await db.delete(newsletterIssues).where(and(eq(newsletterIssues.id, id), eq(newsletterIssues.status, "draft"))).returning({ id: newsletterIssues.id });
  return rows.length > 0;
}

/** Moves a draft to sending (one conditional UPDATE: two clicks on "send" start one send). */
export async function markIssueSending(db: TDb, id: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(newsletterIssues)
    .set({ status: "sending", sendStartedAt: now, updatedAt: now })
    .where(and(eq(newsletterIssues.id, id), eq(newsletterIssues.status, "draft")))
    .returning({ id: newsletterIssues.id });
  return rows.length > 0;
}

export async function countConfirmedByLanguage(db: TDb): Promise<Record<string, number>> {
  const rows = await db
    .select({ language: newsletterSubscribers.language, n: count() })
    .from(newsletterSubscribers)
    .where(eq(newsletterSubscribers.status, "confirmed"))
    .groupBy(newsletterSubscribers.language);
  return Object.fromEntries(rows.map((r) => [r.language, Number(r.n)]));
}

/** Writes one ledger row per confirmed subscriber of the given languages, once (unique issue x subscriber). */
export async function enqueueDeliveries(db: TDb, issueId: string, languages: string[], now: Date): Promise<number> {
  const rows = await db
    .insert(newsletterDeliveries)
    .select(
      db
        .select({
          id: sql`gen_random_uuid()`.as("id"),
          issueId: sql`${issueId}::uuid`.as("issue_id"),
          subscriberId: newsletterSubscribers.id,
          language: newsletterSubscribers.language,
          status: sql`'pending'`.as("status"),
          attempts: sql`0`.as("attempts"),
          nextAttemptAt: sql`null::timestamptz`.as("next_attempt_at"),
          claimedAt: sql`null::timestamptz`.as("claimed_at"),
          sentAt: sql`null::timestamptz`.as("sent_at"),
          lastError: sql`null::text`.as("last_error"),
          createdAt: sql`${now.toISOString()}::timestamptz`.as("created_at"),
        })
        .from(newsletterSubscribers)
        .where(and(eq(newsletterSubscribers.status, "confirmed"), inArray(newsletterSubscribers.language, languages))),
    )
    .onConflictDoNothing()
    .returning({ id: newsletterDeliveries.id });
  return rows.length;
}

/** How many deliveries of an issue are in each status. */
export async function deliveryCounts(db: TDb, issueId: string): Promise<Record<string, number>> {
  const rows = await db
    .select({ status: newsletterDeliveries.status, n: count() })
    .from(newsletterDeliveries)
    .where(eq(newsletterDeliveries.issueId, issueId))
    .groupBy(newsletterDeliveries.status);
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

/** Per-recipient status of an issue, with the address while the subscriber still exists. */
export async function listDeliveries(db: TDb, issueId: string, filter: { status?: string; limit: number; offset: number }) {
  return db
    .select({ delivery: newsletterDeliveries, email: newsletterSubscribers.email })
    .from(newsletterDeliveries)
    .leftJoin(newsletterSubscribers, eq(newsletterSubscribers.id, newsletterDeliveries.subscriberId))
    .where(and(eq(newsletterDeliveries.issueId, issueId), filter.status ? eq(newsletterDeliveries.status, filter.status) : undefined))
    .orderBy(asc(newsletterDeliveries.createdAt), asc(newsletterDeliveries.id))
    .limit(filter.limit)
    .offset(filter.offset);
}

export async function listDeliveriesOfSubscriber(db: TDb, subscriberId: string) {
  return db
    .select({ delivery: newsletterDeliveries, subject: newsletterIssueVersions.subject })
    .from(newsletterDeliveries)
    .leftJoin(
      newsletterIssueVersions,
      and(eq(newsletterIssueVersions.issueId, newsletterDeliveries.issueId), eq(newsletterIssueVersions.language, newsletterDeliveries.language)),
    )
    .where(eq(newsletterDeliveries.subscriberId, subscriberId))
    .orderBy(asc(newsletterDeliveries.createdAt));
}

/**
 * Claims the next due delivery: marks it `sending` (attempts + 1, claimed now) and returns it with
 * its subscriber. FOR UPDATE SKIP LOCKED lets several senders share the ledger without overlap.
 * Call inside a transaction; the claim is durable once it commits.
 */
export async function claimNextDelivery(tx: TDb, now: Date) {
  const [row] = await tx
    .select()
    .from(newsletterDeliveries)
    .where(and(eq(newsletterDeliveries.status, "pending"), or(isNull(newsletterDeliveries.nextAttemptAt), lte(newsletterDeliveries.nextAttemptAt, now))))
    .orderBy(asc(newsletterDeliveries.createdAt), asc(newsletterDeliveries.id))
    .limit(1)
    .for("update", { skipLocked: true });
  if (!row) return undefined;
  const claimed = { ...row, status: "sending", attempts: row.attempts + 1, claimedAt: now };
  await tx.update(newsletterDeliveries).set({ status: "sending", attempts: claimed.attempts, claimedAt: now }).where(eq(newsletterDeliveries.id, row.id));
  const [subscriber] = row.subscriberId ? await tx.select().from(newsletterSubscribers).where(eq(newsletterSubscribers.id, row.subscriberId)) : [];
  return { delivery: claimed, subscriber };
}

/** Records the outcome of a claimed delivery; only a row still `sending` changes. */
export async function settleDelivery(
  db: TDb,
  id: string,
  values: { status: string; sentAt?: Date | null; nextAttemptAt?: Date | null; lastError?: string | null },
): Promise<boolean> {
  const rows = await db
    .update(newsletterDeliveries)
    .set(values)
    .where(and(eq(newsletterDeliveries.id, id), eq(newsletterDeliveries.status, "sending")))
    .returning({ id: newsletterDeliveries.id });
  return rows.length > 0;
}

/** Claims left `sending` by a dead sender become `unknown`: they may have reached the SMTP server. */
export async function markOrphanedDeliveries(db: TDb, claimedBefore: Date, note: string): Promise<number> {
  const rows = await db
    .update(newsletterDeliveries)
    .set({ status: "unknown", lastError: note })
    .where(and(eq(newsletterDeliveries.status, "sending"), lt(newsletterDeliveries.claimedAt, claimedBefore)))
    .returning({ id: newsletterDeliveries.id });
  return rows.length;
}

/** Issues whose deliveries are all settled become `sent`. */
export async function finishSettledIssues(db: TDb, now: Date): Promise<void> {
  await db
    .update(newsletterIssues)
    .set({ status: "sent", sendFinishedAt: now })
    .where(
      and(
        eq(newsletterIssues.status, "sending"),
        sql`not exists (select 1 from ${newsletterDeliveries} d where d.issue_id = ${newsletterIssues.id} and d.status in ('pending', 'sending'))`,
      ),
    );
}

/** Settles an `unknown` delivery as the operator decided; a resend reopens the issue. */
export async function resolveUnknownDeliveryRow(db: TDb, issueId: string, deliveryId: string, status: "sent" | "pending", now: Date): Promise<boolean> {
  const rows = await db
    .update(newsletterDeliveries)
    .set(status === "sent" ? { status, sentAt: now, lastError: "marked delivered by the operator" } : { status, nextAttemptAt: null })
    .where(and(eq(newsletterDeliveries.id, deliveryId), eq(newsletterDeliveries.issueId, issueId), eq(newsletterDeliveries.status, "unknown")))
    .returning({ id: newsletterDeliveries.id });
  if (rows.length && status === "pending") {
    await db.update(newsletterIssues).set({ status: "sending", sendFinishedAt: null }).where(eq(newsletterIssues.id, issueId));
  }
  return rows.length > 0;
}

export async function findDelivery(db: TDb, issueId: string, deliveryId: string): Promise<TDeliveryRow | undefined> {
  const [row] = await db.select().from(newsletterDeliveries).where(and(eq(newsletterDeliveries.id, deliveryId), eq(newsletterDeliveries.issueId, issueId)));
  return row;
}

/** Clears what a delivery row may hold about an erased subscriber (SMTP replies can quote the address). */
export async function redactDeliveriesOf(db: TDb, subscriberId: string): Promise<void> {
  await db.update(newsletterDeliveries).set({ lastError: null }).where(eq(newsletterDeliveries.subscriberId, subscriberId));
}
