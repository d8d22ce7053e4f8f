import {
  clearAuthFailures,
  countAuthFailures,
  deleteSession,
  findUserByEmail,
  insertSession,
  recordAuthFailure,
} from "../../db/auth-repo";
import { DomainError } from "../../domain/shared/errors";
import { verifyPassword } from "../shared/passwords";
import { hashSecret, keyedHash, newSecret } from "../shared/secrets";
import type { TAppContext } from "../shared/context";

export const SESSION_DAYS = 14;
const WINDOW_MS = 15 * 60 * 1000;
/** Failures per IP, and per account from one IP, in 15 minutes before sign-in answers 429. */
export const MAX_FAILURES = 10;

/**
 * Rate-limit keys. An attacker is stopped per IP and per account-from-that-IP; the real user,
 * signing in from elsewhere, still gets in.
 */
function failureKeys(secret: string, email: string, ip: string) {
  const ipKey = keyedHash(secret, ip);
  return { ip: `ip:${ipKey}`, account: `acct:${keyedHash(secret, email.trim().toLowerCase())}|${ipKey}` };
}

/** Creates a session for a user; returns the cookie value (only its hash is stored). */
export async function createSession(ctx: Pick<TAppContext, "db" | "now">, userId: string, organisationId: string | null) {
  const token = newSecret();
  const now = ctx.now();
  await insertSession(ctx.db, {
    tokenHash: hashSecret(token),
    userId,
    csrfToken: newSecret(),
    organisationId,
    createdAt: now,
    expiresAt: new Date(now.getTime() + SESSION_DAYS * 24 * 3600 * 1000),
  });
  return token;
}

/**
 * Checks email and password and opens a fresh session (the old one, if any, is dropped: the id
 * rotates at sign-in). Unknown email and wrong password give the same error in the same time.
 */
export async function signIn(
  ctx: Pick<TAppContext, "db" | "now" | "secret">,
  input: { email: string; password: string; ip: string; previousToken?: string },
): Promise<{ token: string; userId: string }> {
  const keys = failureKeys(ctx.secret, input.email, input.ip);
  const since = new Date(ctx.now().getTime() - WINDOW_MS);
  const [byIp, byAccount] = await Promise.all([
    countAuthFailures(ctx.db, keys.ip, since),
    countAuthFailures(ctx.db, keys.account, since),
  ]);
  if (byIp >= MAX_FAILURES || byAccount >= MAX_FAILURES) {
    throw new DomainError("RATE_LIMITED", "too many failed sign-in attempts; try again in 15 minutes");
  }
  const user = await findUserByEmail(ctx.db, input.email);
  const ok = await verifyPassword(user?.passwordHash, input.password);
  if (!user || !ok) {
    await recordAuthFailure(ctx.db, [keys.ip, keys.account], ctx.now());
    throw new DomainError("UNAUTHENTICATED", "email or password is not correct");
  }
  await clearAuthFailures(ctx.db, keys.account);
  if (input.previousToken) await deleteSession(ctx.db, hashSecret(input.previousToken));
  const token = await createSession(ctx, user.id, null);
  return { token, userId: user.id };
}
