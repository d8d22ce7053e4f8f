import { revokeApiTokensOfUser } from "../../db/api-tokens-repo";
import { deleteSession, deleteSessionsOfUser, findUserById, updateUser, voidEmailTokensOfUser } from "../../db/auth-repo";
import { renderPasswordChanged } from "../../email/security-notices";
import { DomainError, invalid } from "../../domain/shared/errors";
import { isLocale, type TLocale } from "../../domain/shared/locale";
import { queueEmail } from "../outbox/queue-email";
import { hashPassword, verifyPassword } from "../shared/passwords";
import { consumeAttempt, refundAttempt, resetAttempts } from "../shared/rate-limits";
import type { TAppContext } from "../shared/context";
import { passwordAttemptKeys } from "./password-attempts";
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
    await updateUser(tx, user.id, { passwordHash: hashed, passwordChangedAt: now });
    await voidEmailTokensOfUser(tx, user.id, "password_reset", now);
    await deleteSessionsOfUser(tx, user.id, input.session.tokenHash);
    await deleteSession(tx, input.session.tokenHash);
    const token = await createSession({ db: tx, now: () => now }, user.id, input.session.organisationId, {
      csrfToken: input.session.csrfToken,
      stage: "full",
      method: "password",
    });
    const revoked = input.revokeApiTokens ? await revokeApiTokensOfUser(tx, user.id, now) : 0;
    const notice = renderPasswordChanged(isLocale(user.locale) ? user.locale : input.locale, {
      name: user.displayName,
      changedAt: now,
      via: "change",
      apiTokensRevoked: revoked > 0,
      resetUrl: `${ctx.config.publicUrl}/forgot-password`,
    });
    await queueEmail(ctx, { to: user.email, kind: "password_changed", organisationId: null, email: notice }, tx);
    return { token };
  });
}
