import { consumeEmailToken, deleteSessionsOfUser, findUserByEmail, insertEmailToken, updateUser } from "../../db/auth-repo";
import { renderPasswordReset } from "../../email/templates";
import { DomainError } from "../../domain/shared/errors";
import { isLocale } from "../../domain/shared/locale";
import { queueEmail } from "../outbox/queue-email";
import { hashPassword } from "../shared/passwords";
import { hashSecret, newSecret } from "../shared/secrets";
import type { TAppContext } from "../shared/context";

const RESET_MINUTES = 60;

/**
 * Emails a single-use reset link when the address has an account. The caller answers the same
 * whatever happened, so nobody learns which addresses have accounts.
 */
export async function requestPasswordReset(
  ctx: Pick<TAppContext, "db" | "now" | "config" | "notifyOutbox">,
  input: { email: string; locale: "nl" | "fr" | "en" },
): Promise<void> {
  const user = await findUserByEmail(ctx.db, input.email);
  if (!user) return;
  const token = newSecret();
  await ctx.db.transaction(async (tx) => {
    await insertEmailToken(tx, {
      tokenHash: hashSecret(token),
      purpose: "password_reset",
      userId: user.id,
      expiresAt: new Date(ctx.now().getTime() + RESET_MINUTES * 60 * 1000),
    });
    const locale = isLocale(user.locale) ? user.locale : input.locale;
    const url = `${ctx.config.publicUrl}/reset-password#token=${encodeURIComponent(token)}`;
    await queueEmail(
      ctx,
      { to: user.email, kind: "password_reset", organisationId: null, email: renderPasswordReset(locale, { name: user.displayName, url }) },
      tx,
    );
  });
}

/** Sets a new password from an emailed link; the link works once, and every old session ends. */
export async function confirmPasswordReset(
  ctx: Pick<TAppContext, "db" | "now">,
  input: { token: string; password: string },
): Promise<void> {
  const hashed = await hashPassword(input.password);
  await ctx.db.transaction(async (tx) => {
    const used = await consumeEmailToken(tx, hashSecret(input.token), "password_reset", ctx.now());
    if (!used) throw new DomainError("INVALID_TOKEN", "this link is unknown, already used or expired", "token");
    await updateUser(tx, used.userId, { passwordHash: hashed });
    await deleteSessionsOfUser(tx, used.userId);
  });
}
