import type { TDb } from "../../db/client";
import { revokeApiTokensOfUser } from "../../db/api-tokens-repo";
import { deleteSessionsOfUser, updateUser, voidEmailTokensOfUser, type TUserRow } from "../../db/auth-repo";
import { renderPasswordChanged } from "../../email/security-notices";
import { isLocale, type TLocale } from "../../domain/shared/locale";
import { queueEmail } from "../outbox/queue-email";
import type { TAppContext } from "../shared/context";

/**
 * Stores a new password hash and everything that goes with it, in the caller's transaction:
 * password_changed_at (older sessions and links die with it), outstanding reset links voided, every
 * session but `keepSessionHash` ended, API tokens revoked when asked, and a notice queued to the owner.
 */
export async function setNewPassword(
  ctx: Pick<TAppContext, "db" | "config" | "notifyOutbox">,
  tx: TDb,
  user: TUserRow,
  input: { passwordHash: string; now: Date; via: "change" | "reset"; keepSessionHash?: string; revokeApiTokens: boolean; fallbackLocale: TLocale },
): Promise<void> {
  const { now } = input;
  await updateUser(tx, user.id, { passwordHash: input.passwordHash, passwordChangedAt: now });
  await voidEmailTokensOfUser(tx, user.id, "password_reset", now);
  await deleteSessionsOfUser(tx, user.id, input.keepSessionHash);
  const revoked = input.revokeApiTokens ? await revokeApiTokensOfUser(tx, user.id, now) : 0;
  const notice = renderPasswordChanged(isLocale(user.locale) ? user.locale : input.fallbackLocale, {
    name: user.displayName,
    changedAt: now,
    via: input.via,
    apiTokensRevoked: revoked > 0,
    resetUrl: `${ctx.config.publicUrl}/forgot-password`,
  });
  await queueEmail(ctx, { to: user.email, kind: "password_changed", organisationId: null, email: notice }, tx);
}
