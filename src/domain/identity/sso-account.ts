/**
 * Which Sterk account an OpenID Connect sign-in opens, for the organisation whose identity provider
 * vouched for the email. The rules:
 * - an identity already linked (issuer + subject) signs in its account while that account is a live
 *   member of the organisation (membership not deactivated, its person, if any, active);
 * - otherwise the organisation's directory decides (just-in-time linking): the active person whose
 *   email it is must exist, else nobody gets an account; the account is the one already linked to
 *   that person, else the identity's, else the one with that email, else a new one;
 * - an operator account is never signed in or linked by SSO (operators use a password and 2FA);
 * - links that disagree (the identity belongs to one account, the person to another) are refused;
 * - an existing account that holds anything outside the organisation (a live membership elsewhere,
 *   an identity at another organisation's provider) is linked only when its owner proves it, by
 *   being signed in to it in the same browser: otherwise any organisation's HR could put the address
 *   in their directory, vouch for it with their own provider and open the account.
 */

/** A candidate account and its membership in the connection's organisation, if any. */
export type TSsoAccount = {
  id: string;
  isOperator: boolean;
  /** the account has a live membership in another organisation or an identity at another organisation's provider */
  heldElsewhere: boolean;
  membership: { personId: string | null; deactivated: boolean; personActive: boolean | null } | null;
};

export type TSsoFacts = {
  /** the account linked to the ID token's issuer + subject */
  identityAccount: TSsoAccount | null;
  /** the organisation's person whose email the provider verified */
  person: { id: string; active: boolean } | null;
  /** the account whose membership in the organisation is linked to that person */
  personAccount: TSsoAccount | null;
  /** the account with that email, wherever it is a member */
  emailAccount: TSsoAccount | null;
  /** the account the browser is signed in to with a full session, if any (the owner proving the account is theirs) */
  signedInUserId?: string | null;
};

export type TSsoRefusal = "operator" | "not_in_directory" | "conflict" | "link_required";

export type TSsoDecision =
  | { kind: "sign_in"; userId: string }
  | { kind: "link"; userId: string | null; personId: string; membershipExists: boolean; linkIdentity: boolean }
  | { kind: "refuse"; reason: TSsoRefusal };

function isLiveMember(account: TSsoAccount): boolean {
  const m = account.membership;
  return m !== null && !m.deactivated && m.personActive !== false;
}

/** Decides whether the sign-in opens an existing member's account, links one (or a new one), or is refused. */
export function decideSsoAccount(facts: TSsoFacts): TSsoDecision {
  const { identityAccount, person } = facts;
  if (identityAccount?.isOperator) return { kind: "refuse", reason: "operator" };
  if (identityAccount && isLiveMember(identityAccount)) return { kind: "sign_in", userId: identityAccount.id };
  if (!person || !person.active) return { kind: "refuse", reason: "not_in_directory" };
  const account = facts.personAccount ?? identityAccount ?? facts.emailAccount;
  if (account?.isOperator) return { kind: "refuse", reason: "operator" };
  if (identityAccount && account && identityAccount.id !== account.id) return { kind: "refuse", reason: "conflict" };
  if (account?.membership?.deactivated) return { kind: "refuse", reason: "not_in_directory" };
  if (account?.membership?.personId && account.membership.personId !== person.id) return { kind: "refuse", reason: "conflict" };
  if (account && identityAccount === null && account.heldElsewhere && facts.signedInUserId !== account.id) {
    return { kind: "refuse", reason: "link_required" };
  }
  return {
    kind: "link",
    userId: account?.id ?? null,
    personId: person.id,
    membershipExists: Boolean(account?.membership),
    linkIdentity: identityAccount === null,
  };
}
