import { and, asc, count, desc, eq, ilike, inArray, like, lt, sql } from "drizzle-orm";
import type { TDb } from "./client";
import { newsletterConsents, newsletterSubscribers, newsletterSuppressions, outbox } from "./schema/index";

export type TSubscriberRow = typeof newsletterSubscribers.$inferSelect;
export type TSubscriberInsert = typeof newsletterSubscribers.$inferInsert;
export type TConsentRow = typeof newsletterConsents.$inferSelect;

/** Outbox kinds that belong to the newsletter (erased with the subscriber). */
export const NEWSLETTER_OUTBOX_PREFIX = "newsletter";

export async function findSubscriberByEmail(db: TDb, email: string): Promise<TSubscriberRow | undefined> {
  const [row] = await db.select().from(newsletterSubscribers).where(eq(sql`lower(${newsletterSubscribers.email})`, email.toLowerCase()));
  return row;
}

export async function findSubscriberById(db: TDb, id: string): Promise<TSubscriberRow | undefined> {
  const [row] = await db.select().from(newsletterSubscribers).where(eq(newsletterSubscribers.id, id));
  return row;
}

/** The subscriber a link token belongs to, by the token's hash and its kind. */
export async function findSubscriberByTokenHash(
  db: TDb,
  kind: "confirm" | "preferences" | "unsubscribe",
  tokenHash: string,
): Promise<TSubscriberRow | undefined> {
  const column =
    kind === "confirm"
      ? newsletterSubscribers.confirmTokenHash
      : kind === "preferences"
        ? newsletterSubscribers.preferencesTokenHash
        : newsletterSubscribers.unsubscribeTokenHash;
  const [row] = await db.select().from(newsletterSubscribers).where(eq(column, tokenHash));
  return row;
}

/** Inserts a subscriber unless the address is already there (a concurrent request won); undefined then. */
export async function insertSubscriber(db: TDb, values: TSubscriberInsert): Promise<TSubscriberRow | undefined> {
  const [row] = await db.insert(newsletterSubscribers).values(values).onConflictDoNothing().returning();
  return row;
}

/** Updates a subscriber; with `expectStatus`, only when it is still in that status (returns whether it changed). */
export async function updateSubscriber(
  db: TDb,
  id: string,
  values: Partial<Omit<TSubscriberInsert, "id" | "email" | "createdAt">>,
  expectStatus?: string,
): Promise<boolean> {
  const where = expectStatus ? and(eq(newsletterSubscribers.id, id), eq(newsletterSubscribers.status, expectStatus)) : eq(newsletterSubscribers.id, id);
  const rows = await db.update(newsletterSubscribers).set(values).where(where).returning({ id: newsletterSubscribers.id });
  return rows.length > 0;
}

export async function deleteSubscriber(db: TDb, id: string): Promise<void> {
  await db.delete(newsletterSubscribers).where(eq(newsletterSubscribers.id, id));
}

export async function insertConsent(db: TDb, values: typeof newsletterConsents.$inferInsert): Promise<void> {
  await db.insert(newsletterConsents).values(values);
}

export async function listConsents(db: TDb, subscriberId: string): Promise<TConsentRow[]> {
  return db.select().from(newsletterConsents).where(eq(newsletterConsents.subscriberId, subscriberId)).orderBy(asc(newsletterConsents.at));
}

export type TSubscriberFilter = { status?: string; language?: string; q?: string; limit: number; offset: number };

/** A page of subscribers, newest first, with the total matching the filter. */
export async function listSubscribers(db: TDb, filter: TSubscriberFilter) {
  const conditions = [
    filter.status ? eq(newsletterSubscribers.status, filter.status) : undefined,
    filter.language ? eq(newsletterSubscribers.language, filter.language) : undefined,
    filter.q ? ilike(newsletterSubscribers.email, `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`) : undefined,
  ].filter((c) => c !== undefined);
  const where = conditions.length ? and(...conditions) : undefined;
  const [items, [total]] = await Promise.all([
    db.select().from(newsletterSubscribers).where(where).orderBy(desc(newsletterSubscribers.createdAt), asc(newsletterSubscribers.id)).limit(filter.limit).offset(filter.offset),
    db.select({ n: count() }).from(newsletterSubscribers).where(where),
  ]);
  return { items, total: Number(total?.n ?? 0) };
}

/** How many subscribers are in each status and language. */
export async function countSubscribers(db: TDb) {
  const rows = await db
    .select({ status: newsletterSubscribers.status, language: newsletterSubscribers.language, n: count() })
    .from(newsletterSubscribers)
    .groupBy(newsletterSubscribers.status, newsletterSubscribers.language);
  return rows.map((r) => ({ ...r, n: Number(r.n) }));
}

export async function insertSuppression(db: TDb, values: typeof newsletterSuppressions.$inferInsert): Promise<void> {
  await db.insert(newsletterSuppressions).values(values).onConflictDoNothing();
}

export async function findSuppressions(db: TDb, emailHashes: string[]): Promise<Set<string>> {
  if (emailHashes.length === 0) return new Set();
  const rows = await db.select({ h: newsletterSuppressions.emailHash }).from(newsletterSuppressions).where(inArray(newsletterSuppressions.emailHash, emailHashes));
  return new Set(rows.map((r) => r.h));
}

export async function deleteSuppression(db: TDb, emailHash: string): Promise<void> {
  await db.delete(newsletterSuppressions).where(eq(newsletterSuppressions.emailHash, emailHash));
}

const newsletterMailTo = (email: string) =>
  and(eq(sql`lower(${outbox.toAddress})`, email.toLowerCase()), like(outbox.kind, `${NEWSLETTER_OUTBOX_PREFIX}%`));

/** The newsletter emails in the outbox addressed to one subscriber (confirmation links, issues without SMTP). */
export async function listNewsletterOutboxTo(db: TDb, email: string) {
  return db
    .select({ kind: outbox.kind, subject: outbox.subject, status: outbox.status, createdAt: outbox.createdAt, sentAt: outbox.sentAt })
    .from(outbox)
    .where(newsletterMailTo(email))
    .orderBy(asc(outbox.createdAt));
}

/** Deletes every newsletter email addressed to one subscriber from the outbox. */
export async function deleteNewsletterOutboxTo(db: TDb, email: string): Promise<number> {
  const rows = await db.delete(outbox).where(newsletterMailTo(email)).returning({ id: outbox.id });
  return rows.length;
}

/** Deletes pending subscribers whose last confirmation email is older than `before`, and those emails. */
export async function purgeUnconfirmed(db: TDb, before: Date): Promise<number> {
  return db.transaction(async (tx) => {
    const stale = await tx
      .select({ id: newsletterSubscribers.id, email: newsletterSubscribers.email })
      .from(newsletterSubscribers)
      .where(and(eq(newsletterSubscribers.status, "pending"), lt(newsletterSubscribers.confirmationSentAt, before)));
    for (const s of stale) await deleteNewsletterOutboxTo(tx, s.email);
    if (stale.length) await tx.delete(newsletterSubscribers).where(inArray(newsletterSubscribers.id, stale.map((s) => s.id)));
    return stale.length;
  });
}
