import { deleteSession, findUserByEmail, insertSession } from "../../db/auth-repo";
import { findTotpState } from "../../db/two-factor-repo";
import { DomainError } from "../../domain/shared/errors";
import { verifyPassword } from "../shared/passwords";
import { consumeAttempt, refundAttempt, resetAttempts } from "../shared/rate-limits";
import { hashSecret, newSecret } from "../shared/secrets";
import type { TAppContext } from "../shared/context";
import { issueDeviceToken, knownDeviceId } from "./known-device";
import { passwordAttemptKeys } from "./password-attempts";

export const SESSION_DAYS = 14;

/**
 * Creates a session for a user; returns the cookie value (only its hash is stored). Unless told otherwise
 * (`stage`), a user with two-factor on gets a session that still waits for the code, whatever opened it.
 */
export async function createSession(
  ctx: Pick<TAppContext, "db" | "now">,
  userId: string,
  organisationId: string | null,
  options: { csrfToken?: string; stage?: "full" | "totp"; method?: string } = {},
) {
  const token = newSecret();
  const now = ctx.now();
  const stage = options.stage ?? ((await findTotpState(ctx.db, userId))?.enabledAt ? "totp" : "full");
  await insertSession(ctx.db, {
    stage,
    method: options.method ?? "password",
    tokenHash: hashSecret(token),
    userId,
    csrfToken: options.csrfToken ?? newSecret(),
    organisationId,
    createdAt: now,
    expiresAt: new Date(now.getTime() + SESSION_DAYS * 24 * 3600 * 1000),
  });
  return token;
}

/**
 * Checks email and password and opens a fresh session (the old one, if any, is dropped: the id
 * rotates at sign-in). The attempt is counted first, atomically (per IP and per account, or per
 * known device), and refused before the password is checked once a limit is exhausted. Unknown
 * email and wrong password give the same error after the same work (an argon2 check either way).
 * Returns a new known-device cookie value unless the browser already holds a valid one for the user.
 */
export async function signIn(
  ctx: Pick<TAppContext, "db" | "now" | "secret">,
  input: { email: string; password: string; ip: string; previousToken?: string; deviceToken?: string | null },
): Promise<{ token: string; userId: string; deviceToken: string | null }> {
  const user = await findUserByEmail(ctx.db, input.email);
  const keys = passwordAttemptKeys(ctx.secret, { email: input.email, ip: input.ip, userId: user?.id, deviceToken: input.deviceToken });
  await consumeAttempt(ctx, keys.limits);
  const ok = await verifyPassword(user?.passwordHash, input.password);
  if (!user || !ok) throw new DomainError("UNAUTHENTICATED", "email or password is not correct");
  await refundAttempt(ctx, keys.refundOnSuccess);
  await resetAttempts(ctx, keys.resetOnSuccess);
  if (input.previousToken) await deleteSession(ctx.db, hashSecret(input.previousToken));
  const token = await createSession(ctx, user.id, null);
  const known = knownDeviceId(ctx.secret, user.id, input.deviceToken) !== null;
  return { token, userId: user.id, deviceToken: known ? null : issueDeviceToken(ctx.secret, user.id) };
}
