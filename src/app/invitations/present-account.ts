import type { TAccountState, TPersonAccount } from "../../contracts/invitations";
import type { TOrgRole } from "../../domain/shared/roles";

/** The account columns a directory row carries (see db/person-accounts-repo.ts). */
export type TAccountColumns = {
  accountState: string;
  accountUserId: string | null;
  accountMembershipRoles: string[] | null;
  invitationId: string | null;
  invitationRoles: string[] | null;
  invitationExpiresAt: Date | null;
  invitationLastSentAt: Date | null;
  invitationSendCount: number | null;
};

/** A directory row's account as the API shows it. */
export function presentAccount(row: TAccountColumns): TPersonAccount {
  const pending = row.invitationId !== null;
  return {
    state: row.accountState as TAccountState,
    userId: row.accountUserId,
    invitationId: row.invitationId,
    lastSentAt: row.invitationLastSentAt?.toISOString() ?? null,
    expiresAt: row.invitationExpiresAt?.toISOString() ?? null,
    sendCount: row.invitationSendCount ?? 0,
    roles: ((row.accountMembershipRoles ?? (pending ? row.invitationRoles : null)) ?? []) as TOrgRole[],
  };
}
