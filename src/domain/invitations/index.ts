/**
 * Invitations to an organisation: who gets a "set your password" link, who only gets a note, which
 * person an account becomes, and the timing rules. Pure: facts and `now` are passed in.
 *
 * The one rule that prevents account takeover: a link that sets a password is issued only for an
 * account that nobody can sign in to yet and that holds nothing anywhere else — no password, no SSO
 * identity, no operator flag, no live membership of another organisation — and never for an
 * organisation that signs in with its company account only. Everyone else gets the membership at
 * once and an email saying so; the inviting organisation never holds a credential to their account.
 */

export const INVITATION_DAYS = 7;
export const RESEND_INTERVAL_MINUTES = 10;

const DAY_MS = 24 * 3600 * 1000;

/** What the inviting organisation knows about the account with the invited email, if there is one. */
export type TInvitedAccount = {
  hasPassword: boolean;
  /** linked to an identity at an SSO provider */
  hasSsoIdentity: boolean;
  isOperator: boolean;
  /** live (not deactivated) memberships in organisations other than the inviting one */
  otherMemberships: number;
};

/** "link": a new link to set a password; "notify": the membership now and a note to sign in as usual. */
export type TInvitationDelivery = "link" | "notify";

/** How an invitation reaches the account (see the module comment for why). */
export function invitationDelivery(account: TInvitedAccount | null, organisationSsoOnly: boolean): TInvitationDelivery {
  if (organisationSsoOnly) return "notify";
  if (account === null) return "link";
  const untouched = !account.hasPassword && !account.hasSsoIdentity && !account.isOperator && account.otherMemberships === 0;
  return untouched ? "link" : "notify";
}

/**
 * True when a link may still set the account's password at acceptance: the account must still be
 * untouched (it may have gained a password or an identity since the link was sent).
 */
export function linkMaySetPassword(account: TInvitedAccount): boolean {
  return invitationDelivery(account, false) === "link";
}

/** When an invitation sent at `sentAt` stops working. */
export function invitationExpiry(sentAt: Date): Date {
  return new Date(sentAt.getTime() + INVITATION_DAYS * DAY_MS);
}

/** True when an invitation last sent at `lastSentAt` may be sent again at `now` (at most once per 10 minutes). */
export function canResend(lastSentAt: Date, now: Date): boolean {
  return now.getTime() - lastSentAt.getTime() >= RESEND_INTERVAL_MINUTES * 60 * 1000;
}

/** A person as invitation matching sees them. */
export type TMatchablePerson = {
  id: string;
  email: string;
  employeeNumber: string;
  active: boolean;
  /** the account their membership link points to, if any */
  linkedUserId: string | null;
};

/**
 * The person an account becomes in an organisation: active people whose email equals the
 * account's (case-insensitively) and who are not linked to another account; when several match,
 * the one with the given employee number; none when still ambiguous.
 */
export function matchPersonByEmail(
  people: readonly TMatchablePerson[],
  account: { userId: string; email: string },
  employeeNumber?: string | null,
): TMatchablePerson | null {
  const email = account.email.trim().toLowerCase();
  const candidates = people.filter(
    (p) => p.active && p.email.trim().toLowerCase() === email && (p.linkedUserId === null || p.linkedUserId === account.userId),
  );
  if (candidates.length === 1) return candidates[0] ?? null;
  if (!employeeNumber) return null;
  const byNumber = candidates.filter((p) => p.employeeNumber === employeeNumber);
  return byNumber.length === 1 ? (byNumber[0] ?? null) : null;
}

/** Why a person of a directory invitation gets no invitation. */
export type TSkipReason = "inactive" | "already_active" | "no_email" | "already_invited";

/** A directory person's account as the bulk invitation sees it. */
export type TInviteCandidate = {
  personId: string;
  email: string;
  personActive: boolean;
  /** the linked membership, if any */
  membership: { deactivated: boolean; canSignIn: boolean } | null;
  /** the pending invitation, if any */
  pending: { expiresAt: Date } | null;
};

/** Why this person is skipped, or null when they are to be invited. An expired invitation is sent anew. */
export function skipReason(candidate: TInviteCandidate, now: Date): TSkipReason | null {
  if (!candidate.personActive || candidate.membership?.deactivated) return "inactive";
  if (candidate.email.trim() === "") return "no_email";
  if (candidate.membership?.canSignIn) return "already_active";
  if (candidate.pending && candidate.pending.expiresAt.getTime() > now.getTime()) return "already_invited";
  return null;
}

/** A person as the directory filter of a bulk invitation sees them. */
export type TSelectablePerson = {
  id: string;
  managerId: string | null;
  department: string;
  /** the account state as the directory shows it */
  accountState: string;
};

/** The directory filter of a bulk invitation (see ZInvitePeopleFilter). */
export type TPeopleFilter = {
  department?: string;
  /** depth in the org tree: 1 = people without a manager, 2 = their reports, … */
  level?: number;
  accountState?: "none" | "expired";
  managersOnly?: boolean;
};

/**
 * Each person's depth in the org tree: 1 for people without a manager (or whose manager is not in
 * the list), their reports 2, and so on. Reporting cycles are refused elsewhere; a cycle here
 * counts from where it was entered.
 */
export function orgDepths(people: readonly { id: string; managerId: string | null }[]): Map<string, number> {
  const managerOf = new Map(people.map((p) => [p.id, p.managerId]));
  const depths = new Map<string, number>();
  for (const person of people) {
    const chain: string[] = [];
    let current: string | null | undefined = person.id;
    while (current && managerOf.has(current) && !depths.has(current) && !chain.includes(current)) {
      chain.push(current);
      current = managerOf.get(current);
    }
    let depth = current && depths.has(current) ? (depths.get(current) ?? 0) : 0;
    for (const id of chain.reverse()) depths.set(id, ++depth);
  }
  return depths;
}

/** The people a directory filter selects (department compared case-insensitively). */
export function selectPeople<T extends TSelectablePerson>(people: readonly T[], filter: TPeopleFilter): T[] {
  const depths = filter.level === undefined ? null : orgDepths(people);
  const managers = filter.managersOnly ? new Set(people.map((p) => p.managerId).filter((id) => id !== null)) : null;
  const department = filter.department?.trim().toLowerCase();
  return people.filter(
    (p) =>
      (department === undefined || p.department.trim().toLowerCase() === department) &&
      (depths === null || depths.get(p.id) === filter.level) &&
      (managers === null || managers.has(p.id)) &&
      (filter.accountState === undefined || p.accountState === filter.accountState),
  );
}
