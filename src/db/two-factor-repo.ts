import { and, arrayOverlaps, count, eq, inArray, isNotNull, isNull, lt, or, sql } from "drizzle-orm";
import type { TDb } from "./client";
import { memberships, organisations, totpRecoveryCodes, users } from "./schema/index";

export type TTotpState = {
  email: string;
  passwordHash: string | null;
  /** the sealed seed: pending until `enabledAt` is set */
  sealedSecret: string | null;
  enabledAt: Date | null;
  lastStep: number | null;
};

/** The user's two-factor columns; undefined when the user is unknown. */
export async function findTotpState(db: TDb, userId: string): Promise<TTotpState | undefined> {
  const [row] = await db
    .select({
      email: users.email,
      passwordHash: users.passwordHash,
      sealedSecret: users.totpSecret,
      enabledAt: users.totpEnabledAt,
      lastStep: users.totpLastStep,
    })
    .from(users)
    .where(eq(users.id, userId));
  return row;
}

/** Stores a new pending seed, unless two-factor is already on (then false: the active seed is never replaced). */
export async function savePendingTotpSecret(db: TDb, userId: string, sealedSecret: string): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ totpSecret: sealedSecret, totpLastStep: null })
    .where(and(eq(users.id, userId), isNull(users.totpEnabledAt)))
    .returning({ id: users.id });
  return rows.length === 1;
}

/**
 * Turns two-factor on for the pending seed that was checked, with the step of the code that proved it. False when
 * it is already on or the seed changed meanwhile (a second setup in another tab).
 */
export async function enableTotp(tx: TDb, userId: string, sealedSecret: string, step: number, now: Date): Promise<boolean> {
  const rows = await tx
    .update(users)
    .set({ totpEnabledAt: now, totpLastStep: step })
    .where(and(eq(users.id, userId), isNull(users.totpEnabledAt), eq(users.totpSecret, sealedSecret)))
    .returning({ id: users.id });
  return rows.length === 1;
}

/** Records the step of an accepted code, only if it is later than every step accepted before: a code works once. */
export async function advanceTotpStep(db: TDb, userId: string, step: number): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ totpLastStep: step })
    .where(and(eq(users.id, userId), isNotNull(users.totpEnabledAt), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
    .returning({ id: users.id });
  return rows.length === 1;
}

/** Turns two-factor off: the seed, its last step and every recovery code go. */
export async function disableTotp(tx: TDb, userId: string): Promise<void> {
  await tx.update(users).set({ totpSecret: null, totpEnabledAt: null, totpLastStep: null }).where(eq(users.id, userId));
  await tx.delete(totpRecoveryCodes).where(eq(totpRecoveryCodes.userId, userId));
}

/** Replaces the user's recovery codes by these hashes (the old ones stop working). */
export async function replaceRecoveryCodes(tx: TDb, userId: string, codeHashes: string[], now: Date): Promise<void> {
  await tx.delete(totpRecoveryCodes).where(eq(totpRecoveryCodes.userId, userId));
  if (codeHashes.length > 0) await tx.insert(totpRecoveryCodes).values(codeHashes.map((codeHash) => ({ userId, codeHash, createdAt: now })));
}

/** Marks an unused recovery code used; one UPDATE, so two concurrent uses cannot both succeed. */
export async function consumeRecoveryCode(db: TDb, userId: string, codeHash: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(totpRecoveryCodes)
    .set({ usedAt: now })
    .where(and(eq(totpRecoveryCodes.userId, userId), eq(totpRecoveryCodes.codeHash, codeHash), isNull(totpRecoveryCodes.usedAt)))
    .returning({ userId: totpRecoveryCodes.userId });
  return rows.length === 1;
}

/** How many of the user's recovery codes are still unused. */
export async function countRecoveryCodesLeft(db: TDb, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(totpRecoveryCodes)
    .where(and(eq(totpRecoveryCodes.userId, userId), isNull(totpRecoveryCodes.usedAt)));
  return row?.n ?? 0;
}

/** The settings documents (`settings`) of these organisations, by id. */
export async function findOrganisationSettings(db: TDb, organisationIds: string[]): Promise<Map<string, unknown>> {
  if (organisationIds.length === 0) return new Map();
  const rows = await db.select({ id: organisations.id, settings: organisations.settings }).from(organisations).where(inArray(organisations.id, organisationIds));
  return new Map(rows.map((row) => [row.id, row.settings]));
}

/** Active members of the organisation holding one of these roles who have not turned two-factor on. */
export async function countMembersWithoutTwoFactor(db: TDb, organisationId: string, roles: readonly string[]): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.organisationId, organisationId),
        isNull(memberships.deactivatedAt),
        arrayOverlaps(memberships.roles, [...roles]),
        isNull(users.totpEnabledAt),
      ),
    );
  return row?.n ?? 0;
}

/** True when at least one organisation requires two-factor (the operator acts in all of them). */
export async function anyOrganisationRequiresTwoFactor(db: TDb): Promise<boolean> {
  const rows = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(sql`${organisations.settings} @> '{"security":{"requireTwoFactor":true}}'::jsonb`)
    .limit(1);
  return rows.length > 0;
}
