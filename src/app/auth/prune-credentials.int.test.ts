import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { insertEmailToken, insertSession, insertUser } from "../../db/auth-repo";
import { insertOrganisation } from "../../db/organisations-repo";
import { countRateAttempt } from "../../db/rate-limits-repo";
import { authFailures, emailTokens, jobs, rateLimits, sessions, ssoLoginStates } from "../../db/schema/index";
import { openTestDatabase, testDatabaseKind } from "../../test-support/test-database";
import { pruneCredentials } from "./prune-credentials";

let database: Awaited<ReturnType<typeof openTestDatabase>>;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

const DAY = 24 * 3600 * 1000;
const now = new Date(Date.UTC(2026, 5, 1, 12));
const ago = (ms: number) => new Date(now.getTime() - ms);

describe(`credential pruning (${testDatabaseKind})`, () => {
  it("deletes what can no longer be used and keeps what still can", async () => {
    const db = database.db;
    const user = await insertUser(db, { email: "prune@acme.test", displayName: "Prune" });
    const org = await insertOrganisation(db, { slug: "prune", name: "Prune", defaultLocale: "nl" });
    const session = (tokenHash: string, expiresAt: Date) => insertSession(db, { tokenHash, userId: user.id, csrfToken: "c", organisationId: null, createdAt: ago(DAY), expiresAt });
    await session("expired-session", ago(1));
    await session("live-session", new Date(now.getTime() + DAY));
    const link = (tokenHash: string, values: { expiresAt: Date; usedAt?: Date }) =>
      insertEmailToken(db, { tokenHash, purpose: "password_reset", userId: user.id, createdAt: ago(10 * DAY), ...values });
    await link("long-expired-link", { expiresAt: ago(8 * DAY) });
    await link("long-used-link", { expiresAt: new Date(now.getTime() + DAY), usedAt: ago(8 * DAY) });
    await link("just-used-link", { expiresAt: new Date(now.getTime() + DAY), usedAt: ago(DAY) });
    await link("live-link", { expiresAt: new Date(now.getTime() + DAY) });
    const state = { organisationId: org.id, nonce: "n", codeVerifier: "v" };
    await db.insert(ssoLoginStates).values([
      { stateHash: "expired-state", expiresAt: ago(1), ...state },
      { stateHash: "live-state", expiresAt: new Date(now.getTime() + 600_000), ...state },
    ]);
    const rule = { limit: 1, windowMs: 60_000, capMs: 5 * DAY };
    await countRateAttempt(db, { key: "stale-counter", now: ago(3 * DAY), blockMs: 0, ...rule });
    await countRateAttempt(db, { key: "recent-counter", now: ago(DAY), blockMs: 0, ...rule });
    await countRateAttempt(db, { key: "blocking-counter", now: ago(3 * DAY), blockMs: 4 * DAY, ...rule });
    await countRateAttempt(db, { key: "blocking-counter", now: ago(3 * DAY), blockMs: 4 * DAY, ...rule });
    await db.insert(authFailures).values([
      { key: "old-failure", at: ago(3 * DAY) },
      { key: "recent-failure", at: ago(DAY) },
    ]);
    const job = (queue: string, status: string, finishedAt: Date) => ({ queue, status, finishedAt, runAt: finishedAt });
    await db.insert(jobs).values([job("old-done", "done", ago(8 * DAY)), job("recent-done", "done", ago(DAY)), job("failed-8-days", "failed", ago(8 * DAY)), job("old-failed", "failed", ago(31 * DAY))]);

    const gone = await pruneCredentials({ db, now: () => now });

    expect(gone).toEqual({ sessions: 1, emailTokens: 2, ssoLoginStates: 1, rateLimits: 1, authFailures: 1, jobs: 2 });
    expect((await db.select({ k: authFailures.key }).from(authFailures)).map((r) => r.k)).toEqual(["recent-failure"]);
    expect((await db.select({ q: jobs.queue }).from(jobs)).map((r) => r.q).sort()).toEqual(["failed-8-days", "recent-done"]);
    expect((await db.select({ k: sessions.tokenHash }).from(sessions)).map((r) => r.k)).toEqual(["live-session"]);
    expect((await db.select({ k: emailTokens.tokenHash }).from(emailTokens)).map((r) => r.k).sort()).toEqual(["just-used-link", "live-link"]);
    expect(await db.select().from(ssoLoginStates).where(eq(ssoLoginStates.stateHash, "expired-state"))).toHaveLength(0);
    expect((await db.select({ k: rateLimits.key }).from(rateLimits)).map((r) => r.k).sort()).toEqual(["blocking-counter", "recent-counter"]);
  });
});
