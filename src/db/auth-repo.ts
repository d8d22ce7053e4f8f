import { and, eq, gt, isNull, lt, sql } from "drizzle-orm";
import type { TDb } from "./client";
import { authFailures, emailTokens, sessions, users } from "./schema/index";

export type TUserRow = typeof users.$inferSelect;
export type TSessionRow = typeof sessions.$inferSelect;

/** Finds a user by email, compared case-insensitively. */
export async function findUserByEmail(db: TDb, email: string): Promise<TUserRow | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.trim().toLowerCase()));
  return row;
}

export async function findUserById(db: TDb, id: string): Promise<TUserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

export async function insertUser(db: TDb, values: typeof users.$inferInsert): Promise<TUserRow> {
  const [row] = await db
    .insert(users)
    .values({ ...values, email: values.email.trim().toLowerCase() })
    .returning();
  if (!row) throw new Error("insert users returned nothing");
  return row;
}

export async function updateUser(
  db: TDb,
  id: string,
  values: Partial<Pick<TUserRow, "passwordHash" | "locale" | "displayName" | "isOperator">>,
): Promise<void> {
  await db.update(users).set(values).where(eq(users.id, id));
}

export async function insertSession(db: TDb, values: typeof sessions.$inferInsert): Promise<void> {
  await db.insert(sessions).values(values);
}

/** The live session with this token hash and its user, or undefined when unknown or expired. */
export async function findLiveSession(db: TDb, tokenHash: string, now: Date) {
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)));
  return row;
}

export async function setSessionOrganisation(db: TDb, tokenHash: string, organisationId: string): Promise<void> {
  await db.update(sessions).set({ organisationId }).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSession(db: TDb, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSessionsOfUser(db: TDb, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

export async function insertEmailToken(db: TDb, values: typeof emailTokens.$inferInsert): Promise<void> {
  await db.insert(emailTokens).values(values);
}

/**
 * Marks a live emailed token used and returns it; undefined when unknown, used, expired or of
 * another purpose. One UPDATE, so two concurrent uses cannot both succeed.
 */
export async function consumeEmailToken(db: TDb, tokenHash: string, purpose: string, now: Date) {
  const [row] = await db
    .update(emailTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(emailTokens.tokenHash, tokenHash),
        eq(emailTokens.purpose, purpose),
        isNull(emailTokens.usedAt),
        gt(emailTokens.expiresAt, now),
      ),
    )
    .returning();
  return row;
}

/** Drops failures and sessions older than needed; run now and then. */
export async function pruneAuthState(db: TDb, failuresBefore: Date, now: Date): Promise<void> {
  await db.delete(authFailures).where(lt(authFailures.at, failuresBefore));
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
}
