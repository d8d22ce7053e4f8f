import { and, eq, gt, gte, isNotNull, isNull, lt, ne, or, sql } from "drizzle-orm";
import type { TDb } from "./client";
import { authFailures, emailTokens, sessions, ssoLoginStates, users } from "./schema/index";

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
  values: Partial<Pick<TUserRow, "passwordHash" | "passwordChangedAt" | "locale" | "displayName" | "isOperator">>,
): Promise<void> {
  await db.update(users).set(values).where(eq(users.id, id));
}

export async function insertSession(db: TDb, values: typeof sessions.$inferInsert): Promise<void> {
  await db.insert(sessions).values(values);
}

/**
 * The live session with this token hash and its user, or undefined when unknown, expired, or opened
 * before the user's password last changed.
 */
export async function findLiveSession(db: TDb, tokenHash: string, now: Date) {
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.tokenHash, tokenHash),
        gt(sessions.expiresAt, now),
        or(isNull(users.passwordChangedAt), gte(sessions.createdAt, users.passwordChangedAt)),
      ),
    );
  return row;
}

export async function setSessionOrganisation(db: TDb, tokenHash: string, organisationId: string): Promise<void> {
  await db.update(sessions).set({ organisationId }).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSession(db: TDb, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

/** Ends every session of the user, or every one but the session with `exceptTokenHash`; returns how many. */
export async function deleteSessionsOfUser(db: TDb, userId: string, exceptTokenHash?: string): Promise<number> {
  const rows = await db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), exceptTokenHash ? ne(sessions.tokenHash, exceptTokenHash) : undefined))
    .returning({ tokenHash: sessions.tokenHash });
  return rows.length;
}

export async function insertEmailToken(db: TDb, values: typeof emailTokens.$inferInsert): Promise<void> {
  await db.insert(emailTokens).values(values);
}

/** Voids the user's unused emailed links of one purpose (a newer link, a use, or a password change supersedes them). */
export async function voidEmailTokensOfUser(db: TDb, userId: string, purpose: string, now: Date): Promise<void> {
  await db
    .update(emailTokens)
    .set({ usedAt: now })
    .where(and(eq(emailTokens.userId, userId), eq(emailTokens.purpose, purpose), isNull(emailTokens.usedAt)));
}

/**
 * Marks a live emailed token used and returns it; undefined when unknown, used, expired, of
 * another purpose, or older than the user's last password change. One UPDATE, so two concurrent
 * uses cannot both succeed.
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
        sql`not exists (select 1 from ${users} where ${users.id} = ${emailTokens.userId} and ${users.passwordChangedAt} > ${emailTokens.createdAt})`,
      ),
    )
    .returning();
  return row;
}

/**
 * Deletes what can no longer be used: expired sessions, emailed links used or expired before
 * `linksBefore` (kept a while so "already used" can still be told apart), and expired pending SSO
 * sign-ins. Returns how many rows of each went.
 */
export async function pruneExpiredCredentials(db: TDb, now: Date, linksBefore: Date) {
  const gone = { sessions: 0, emailTokens: 0, ssoLoginStates: 0 };
  gone.sessions = (await db.delete(sessions).where(lt(sessions.expiresAt, now)).returning({ k: sessions.tokenHash })).length;
  gone.emailTokens = (
    await db
      .delete(emailTokens)
      .where(or(lt(emailTokens.expiresAt, linksBefore), and(isNotNull(emailTokens.usedAt), lt(emailTokens.usedAt, linksBefore))))
      .returning({ k: emailTokens.tokenHash })
  ).length;
  gone.ssoLoginStates = (await db.delete(ssoLoginStates).where(lt(ssoLoginStates.expiresAt, now)).returning({ k: ssoLoginStates.stateHash })).length;
  return gone;
}

/** Deletes failed sign-in rows older than `before` (the legacy auth_failures table; limits now live in rate_limits). */
export async function pruneAuthFailures(db: TDb, before: Date): Promise<number> {
  return (await db.delete(authFailures).where(lt(authFailures.at, before)).returning({ id: authFailures.id })).length;
}
