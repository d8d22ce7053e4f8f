import { and, asc, desc, eq, isNull, lt, ne, or, sql } from "drizzle-orm";
import type { TDb } from "./client";
import { outbox } from "./schema/index";

export type TOutboxRow = typeof outbox.$inferSelect;
export type TOutboxInsert = typeof outbox.$inferInsert;

export async function insertOutboxMessage(db: TDb, values: TOutboxInsert): Promise<TOutboxRow> {
  const [row] = await db.insert(outbox).values(values).returning();
  if (!row) throw new Error("insert outbox returned nothing");
  return row;
}

/** Several messages in one statement (a bulk invitation); call inside the caller's transaction. */
export async function insertOutboxMessages(db: TDb, values: TOutboxInsert[]): Promise<void> {
  if (values.length === 0) return;
  await db.insert(outbox).values(values);
}

/** Messages for the outbox page: one organisation's, or every one for the operator (null). */
export async function listOutbox(db: TDb, organisationId: string | null, limit = 200) {
  return db
    .select()
    .from(outbox)
    .where(organisationId === null ? undefined : eq(outbox.organisationId, organisationId))
    .orderBy(desc(outbox.createdAt))
    .limit(limit);
}

/** Platform messages (no organisation) as well; used for the operator only. */
export async function listPlatformOutbox(db: TDb, limit = 200) {
  return db.select().from(outbox).where(isNull(outbox.organisationId)).orderBy(desc(outbox.createdAt)).limit(limit);
}

/**
 * Claims the oldest pending message for delivery. `FOR UPDATE SKIP LOCKED` lets several
 * senders share the queue without sending a message twice.
 */
export async function claimNextPending(db: TDb, now: Date, maxAttempts: number) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(outbox)
      // Newsletter issue copies written while SMTP was off stay a record: the newsletter ledger owns their delivery.
      .where(and(eq(outbox.status, "pending"), sql`${outbox.attempts} < ${maxAttempts}`, ne(outbox.kind, "newsletter_issue")))
      .orderBy(asc(outbox.createdAt))
      .limit(1)
      .for("update", { skipLocked: true });
    if (!row) return undefined;
    await tx
      .update(outbox)
      .set({ status: "sending", attempts: row.attempts + 1, claimedAt: now })
      .where(eq(outbox.id, row.id));
    return { ...row, attempts: row.attempts + 1, claimedAt: now };
  });
}

/** The token of every link in a column (`#token=…`, `?token=…`, `&token=…`) replaced by an ellipsis, as in domain/identity/emailed-links.ts. */
const TOKEN_IN_LINK = String.raw`([#?&]token=)[^\s"'<>&)\]]+`;
const withoutLinkTokens = (column: unknown) => sql`regexp_replace(${column}, ${TOKEN_IN_LINK}::text, ${String.raw`\1…`}::text, 'g')`;

/**
 * Records a delivery attempt's outcome. Once SMTP took a message (`sent`) its links belong to the
 * recipient alone: the stored text, HTML and headers keep them with the tokens blanked, in the same statement.
 */
export async function markOutbox(
  db: TDb,
  id: string,
  values: { status: "sent" | "pending" | "failed"; sentAt?: Date; lastError?: string | null },
) {
  const scrub =
    values.status === "sent"
      ? {
          textBody: withoutLinkTokens(outbox.textBody),
          htmlBody: withoutLinkTokens(outbox.htmlBody),
          headers: sql`${withoutLinkTokens(sql`${outbox.headers}::text`)}::jsonb`,
        }
      : {};
  await db.update(outbox).set({ ...values, ...scrub }).where(eq(outbox.id, id));
}

/**
 * After a crash a message may be stuck in `sending`: the SMTP server may or may not have taken it.
 * Puts back to pending the messages claimed before `claimedBefore` (or with no claim time, from before it was
 * recorded): a claim that old belongs to a sender that died, not to one still handing it over on another process.
 * Returns how many.
 */
export async function releaseStuckSending(db: TDb, claimedBefore: Date): Promise<number> {
  const rows = await db
    .update(outbox)
    .set({ status: "pending" })
    .where(and(eq(outbox.status, "sending"), or(isNull(outbox.claimedAt), lt(outbox.claimedAt, claimedBefore))))
    .returning({ id: outbox.id });
  return rows.length;
}
