/**
 * Why an SSO sign-in ended without a session; the web app explains each code in nl/fr/en
 * (`/sign-in?sso_error=<code>`), except `not_in_directory`, which has its own page.
 */
export const SSO_FAILURES = [
  /** the state is unknown, expired or used already */
  "state",
  /** the identity provider answered with an error (the user cancelled, access denied) */
  "idp",
  /** the code exchange or the ID token failed validation (issuer, audience, nonce, expiry, signature) */
  "token",
  /** no verified email in an allowed domain */
  "email",
  /** the account may not sign in by SSO (operator accounts), or its links disagree */
  "account",
  /** the address's account is used elsewhere: its owner signs in with their password first, then connects the company account */
  "link_required",
  /** the organisation's directory has no active person with that email */
  "not_in_directory",
  /** the identity provider could not be reached, or SSO is no longer enabled */
  "unavailable",
] as const;
export type TSsoFailure = (typeof SSO_FAILURES)[number];
