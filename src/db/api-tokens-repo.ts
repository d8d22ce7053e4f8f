import { and, desc, eq, isNull } from "drizzle-orm";
import type { TDb } from "./client";
import { apiTokens } from "./schema/index";

export type TApiTokenRow = typeof apiTokens.$inferSelect;

export async function insertApiToken(db: TDb, values: typeof apiTokens.$inferInsert): Promise<TApiTokenRow> {
  const [row] = await db.insert(apiTokens).values(values).returning();
  if (!row) throw new Error("insert api_tokens returned nothing");
  return row;
}

/** A token that is not revoked, by its hash. */
export async function findLiveApiToken(db: TDb, tokenHash: string): Promise<TApiTokenRow | undefined> {
  const [row] = await db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)));
  return row;
}

export async function touchApiToken(db: TDb, organisationId: string, id: string, at: Date): Promise<void> {
  await db
    .update(apiTokens)
    .set({ lastUsedAt: at })
    .where(and(eq(apiTokens.organisationId, organisationId), eq(apiTokens.id, id)));
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
