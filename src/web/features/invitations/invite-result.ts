import type { TFunction } from "i18next";
import type { TInvitePeopleResult, TInviteSkipReason } from "../../../contracts/invitations";
import { tk } from "../../i18n";

const SKIP_LABELS: Record<TInviteSkipReason, string> = {
  already_active: tk("accounts.result.already_active"),
  already_invited: tk("accounts.result.already_invited"),
  no_email: tk("accounts.result.no_email"),
  inactive: tk("accounts.result.inactive"),
};

/** How many people each skip reason covers, in a fixed order (the most common first). */
export function countSkipped(result: TInvitePeopleResult): [TInviteSkipReason, number][] {
  const order: TInviteSkipReason[] = ["already_active", "already_invited", "no_email", "inactive"];
  return order
    .map((reason): [TInviteSkipReason, number] => [reason, result.skipped.filter((s) => s.reason === reason).length])
    .filter(([, count]) => count > 0);
}

/**
 * A bulk invitation's outcome in one line, e.g. "12 invited, 3 already active, 1 without email":
 * the invited count always, existing accounts added and each skip reason only when there are some.
 */
export function inviteResultSummary(t: TFunction, result: TInvitePeopleResult): string {
  const parts = [t("accounts.result.invited", { count: result.invited })];
  if (result.notified > 0) parts.push(t("accounts.result.notified", { count: result.notified }));
  for (const [reason, count] of countSkipped(result)) parts.push(t(SKIP_LABELS[reason], { count }));
  // nl, fr and en all list with a comma
  return parts.join(", ");
}
