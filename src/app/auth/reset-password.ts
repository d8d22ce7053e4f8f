import { consumeEmailToken, findUserByEmail, findUserById, insertEmailToken, voidEmailTokensOfUser } from "../../db/auth-repo";
import { renderPasswordReset } from "../../email/templates";
import { DomainError } from "../../domain/shared/errors";
import { isLocale, type TLocale } from "../../domain/shared/locale";
import { queueEmail } from "../outbox/queue-email";
import { inBackground } from "../shared/background";
import { hashPassword } from "../shared/passwords";
import { consumeAttempt, limitKey } from "../shared/rate-limits";
import { hashSecret, newSecret } from "../shared/secrets";
import type { TAppContext } from "../shared/context";
import { setNewPassword } from "./set-new-password";
import { passwordGivesNoAccess } from "../sso/sso-access";

const RESET_MINUTES = 60;
const PURPOSE = "password_reset";
/** Reset requests one IP may make per window, whatever the addresses (answered 429 beyond). */
export const RESET_REQUESTS_PER_IP = 10;
/** Reset emails one address receives per hour, whatever the IPs (further requests are silently dropped). */
export const RESET_MAILS_PER_ACCOUNT = 3;

type TResetCtx = Pick<TAppContext, "db" | "now" | "config" | "notifyOutbox" | "secret" | "log" | "background">;

/**
 * Accepts a reset request. On the response path it only counts the request against the client's IP
 * (the same work for every address); the account lookup and the email happen in the background, so
 * neither the answer nor its timing tells whether the address has an account.
 */
export async function requestPasswordReset(ctx: TResetCtx, input: { email: string; locale: TLocale; ip: string }): Promise<void> {
  await consumeAttempt(ctx, [
    { key: limitKey(ctx.secret, "reset-ip", input.ip), limit: RESET_REQUESTS_PER_IP, windowMs: 15 * 60 * 1000, blockMs: 15 * 60 * 1000 },
  ]);
  inBackground(ctx, () => sendResetLink(ctx, input));
}

/**
 * Emails a fresh single-use link when the address has an account and has not had its hourly share
 * of reset emails; the new link voids the account's older unused ones.
 */
async function sendResetLink(ctx: TResetCtx, input: { email: string; locale: TLocale }): Promise<void> {
  const address = input.email.trim().toLowerCase();
  try {
    await consumeAttempt(ctx, [{ key: limitKey(ctx.secret, "reset-account", address), limit: RESET_MAILS_PER_ACCOUNT, windowMs: 3600 * 1000 }]);
  } catch (error) {
    if (error instanceof DomainError && error.code === "RATE_LIMITED") return;
    throw error;
  }
  const user = await findUserByEmail(ctx.db, address);
  // a password would open none of the account's organisations when they all require single sign-on
  if (!user || (await passwordGivesNoAccess(ctx.db, user))) return;
  const token = newSecret();
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    await voidEmailTokensOfUser(tx, user.id, PURPOSE, now);
    await insertEmailToken(tx, {
      tokenHash: hashSecret(token),
      purpose: PURPOSE,
      userId: user.id,
      createdAt: now,
      expiresAt: new Date(now.getTime() + RESET_MINUTES * 60 * 1000),
    });
    const locale = isLocale(user.locale) ? user.locale : input.locale;
    const url = `${ctx.config.publicUrl}/reset-password#token=${encodeURIComponent(token)}`;
    await queueEmail(ctx, { to: user.email, kind: "password_reset", organisationId: null, email: renderPasswordReset(locale, { name: user.displayName, url }) }, tx);
  });
}

/**
 * Sets a new password from an emailed link. The link works once and voids the account's other
 * links; every session ends and every API token is revoked; the owner is told by email.
 */
export async function confirmPasswordReset(
  ctx: Pick<TAppContext, "db" | "now" | "config" | "notifyOutbox">,
  input: { token: string; password: string },
): Promise<void> {
  const hashed = await hashPassword(input.password);
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const used = await consumeEmailToken(tx, hashSecret(input.token), PURPOSE, now);
    if (!used) throw new DomainError("INVALID_TOKEN", "this link is unknown, already used or expired", "token");
    const user = await findUserById(tx, used.userId);
    if (!user) throw new DomainError("INVALID_TOKEN", "this link is unknown, already used or expired", "token");
    await setNewPassword(ctx, tx, user, { passwordHash: hashed, now, via: "reset", revokeApiTokens: true, fallbackLocale: "nl" });
  });
}
