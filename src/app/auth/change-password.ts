import { deleteSession, findUserById } from "../../db/auth-repo";
import { DomainError, invalid } from "../../domain/shared/errors";
import type { TLocale } from "../../domain/shared/locale";
import { hashPassword, verifyPassword } from "../shared/passwords";
import { consumeAttempt, refundAttempt, resetAttempts } from "../shared/rate-limits";
import type { TAppContext } from "../shared/context";
import { passwordAttemptKeys } from "./password-attempts";
import { setNewPassword } from "./set-new-password";
import { createSession } from "./sign-in";

export type TChangePasswordInput = {
  userId: string;
  /** the session that asks: it survives, under a new id */
  session: { tokenHash: string; csrfToken: string; organisationId: string | null };
  currentPassword: string;
  newPassword: string;
  revokeApiTokens?: boolean;
  deviceToken?: string | null;
  /** the language of the notice when the account has none */
  locale: TLocale;
};

/**
 * Changes the signed-in user's password. The current password is checked under the same limits as
 * a sign-in (a wrong one counts); then, in one transaction: the new hash and password_changed_at,
 * outstanding reset links void, every other session ended, API tokens revoked when asked, and a
 * notice queued. The asking session is rotated (same CSRF token and organisation); returns its new token.
 */
export async function changePassword(ctx: Pick<TAppContext, "db" | "now" | "secret" | "config" | "notifyOutbox">, input: TChangePasswordInput) {
  const user = await findUserById(ctx.db, input.userId);
  if (!user) throw new DomainError("UNAUTHENTICATED", "sign in first");
  // the caller holds a session of this account: its budget (or the known device's) applies, not the IP's
  const keys = passwordAttemptKeys(ctx.secret, { email: user.email, userId: user.id, deviceToken: input.deviceToken });
  await consumeAttempt(ctx, keys.limits);
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) throw invalid("currentPassword", "the current password is not correct");
  await refundAttempt(ctx, keys.refundOnSuccess);
  await resetAttempts(ctx, keys.resetOnSuccess);
  if (input.newPassword === input.currentPassword) throw invalid("newPassword", "choose a password different from the current one");
  const hashed = await hashPassword(input.newPassword);
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    await setNewPassword(ctx, tx, user, {
      passwordHash: hashed,
      now,
      via: "change",
      keepSessionHash: input.session.tokenHash,
      revokeApiTokens: input.revokeApiTokens ?? false,
      fallbackLocale: input.locale,
    });
    await deleteSession(tx, input.session.tokenHash);
    const token = await createSession({ db: tx, now: () => now }, user.id, input.session.organisationId, {
      csrfToken: input.session.csrfToken,
      stage: "full",
      method: "password",
    });
    return { token };
  });
}
