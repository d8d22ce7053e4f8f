import { and, desc, eq, gt, isNull, lt, or, sql } from "drizzle-orm";
import type { TDb } from "./client";
import { apiTokens, memberships, users } from "./schema/index";

export type TApiTokenRow = typeof apiTokens.$inferSelect;

/** Last-used dates are written at most this often per token (a bearer request otherwise costs an UPDATE). */
export const TOUCH_INTERVAL_MS = 60_000;

export async function insertApiToken(db: TDb, values: typeof apiTokens.$inferInsert): Promise<TApiTokenRow> {
  const [row] = await db.insert(apiTokens).values(values).returning();
  if (!row) throw new Error("insert api_tokens returned nothing");
  return row;
}

/**
 * A live token (not revoked, not expired at `now`) by its hash, with what authorising it needs — its user's
 * operator flag and membership in the token's organisation — in one query.
 */
export async function findLiveApiToken(db: TDb, tokenHash: string, now: Date) {
  const [row] = await db
    .select({
      id: apiTokens.id,
      organisationId: apiTokens.organisationId,
      userId: apiTokens.userId,
      scope: apiTokens.scope,
      lastUsedAt: apiTokens.lastUsedAt,
      isOperator: users.isOperator,
      roles: memberships.roles,
      membershipDeactivatedAt: memberships.deactivatedAt,
      hasMembership: sql<boolean>`${memberships.userId} is not null`,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .leftJoin(memberships, and(eq(memberships.organisationId, apiTokens.organisationId), eq(memberships.userId, apiTokens.userId)))
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt), gt(apiTokens.expiresAt, now)));
  return row;
}

/** Records a use, unless one was recorded less than a minute ago (checked in the same statement). */
export async function touchApiToken(db: TDb, organisationId: string, id: string, at: Date): Promise<void> {
  const before = new Date(at.getTime() - TOUCH_INTERVAL_MS);
  await db
    .update(apiTokens)
    .set({ lastUsedAt: at })
    .where(
      and(
        eq(apiTokens.organisationId, organisationId),
        eq(apiTokens.id, id),
        or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, before)),
      ),
    );
}

export async function listApiTokensOfUser(db: TDb, organisationId: string, userId: string) {
  return db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.organisationId, organisationId), eq(apiTokens.userId, userId)))
    .orderBy(desc(apiTokens.createdAt));
}

/** Revokes the user's own token; returns false when no such live token exists for them. */
export async function revokeApiToken(db: TDb, organisationId: string, userId: string, id: string, at: Date) {
  const rows = await db
    .update(apiTokens)
    .set({ revokedAt: at })
    .where(
      and(
        eq(apiTokens.organisationId, organisationId),
        eq(apiTokens.userId, userId),
        eq(apiTokens.id, id),
        isNull(apiTokens.revokedAt),
      ),
    )
    .returning({ id: apiTokens.id });
  return rows.length > 0;
}

/** Revokes one token of the organisation whoever made it (a provisioning token whose creator lost the right to make it). */
export async function revokeApiTokenOfOrganisation(db: TDb, organisationId: string, id: string, at: Date): Promise<void> {
  await db
    .update(apiTokens)
    .set({ revokedAt: at })
    .where(and(eq(apiTokens.organisationId, organisationId), eq(apiTokens.id, id), isNull(apiTokens.revokedAt)));
}

/** Revokes every live token of a user, in every organisation and of every scope (a password reset); returns how many. */
export async function revokeApiTokensOfUser(db: TDb, userId: string, now: Date): Promise<number> {
  const rows = await db
    .update(apiTokens)
    .set({ revokedAt: now })
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return rows.length;
}
