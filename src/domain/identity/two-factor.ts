import type { TOrgRole } from "../shared/roles";

/** Where a browser session stands: signed in; password right but the code still due; or made to set up two-factor first. */
export type TSessionStage = "full" | "totp" | "totp_enrol";

/** An organisation's security settings (`organisations.settings.security`). */
export type TSecuritySettings = { requireTwoFactor: boolean };

/**
 * The roles an organisation's "require two-factor" setting applies to: those who read and change other
 * people's data (HR admins) or hold confidential mentoring notes (mentors). The operator counts as an HR
 * admin in every organisation it acts in.
 */
export const ROLES_REQUIRING_TWO_FACTOR: readonly TOrgRole[] = ["hr_admin", "mentor"];

/** Number of single-use recovery codes issued at once. */
export const RECOVERY_CODE_COUNT = 10;

/** Recovery codes: 16 symbols of Crockford's base32 (no i, l, o, u to misread), so 80 bits each. */
const RECOVERY_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
export const RECOVERY_CODE_SYMBOLS = 16;
const RECOVERY_GROUP = 4;

/** Reads `settings.security` from an organisation's settings document; anything malformed means "not required". */
export function readSecuritySettings(settings: unknown): TSecuritySettings {
  const security = isObject(settings) ? settings.security : undefined;
  return { requireTwoFactor: isObject(security) && security.requireTwoFactor === true };
}

/** True when the organisation's setting makes two-factor compulsory for someone with these roles there. */
export function mustUseTwoFactor(member: { roles: readonly TOrgRole[]; isOperator: boolean }, settings: TSecuritySettings): boolean {
  if (!settings.requireTwoFactor) return false;
  return member.isOperator || member.roles.some((role) => ROLES_REQUIRING_TWO_FACTOR.includes(role));
}

/**
 * The stage a session is in now. A session waiting for its code stays there; otherwise, when the current
 * organisation requires two-factor of this member and they have none, only enrolment is open. Sessions opened
 * through the organisation's identity provider (SSO) leave the second factor to that provider.
 */
export function sessionStage(input: { storedStage: string; method: string; totpEnabled: boolean; required: boolean }): TSessionStage {
  if (input.storedStage === "totp") return "totp";
  if (input.required && !input.totpEnabled && input.method !== "sso") return "totp_enrol";
  return "full";
}

/** Turns random bytes (one per symbol) into a recovery code shown as `abcd-efgh-jkmn-pqrs`. */
export function formatRecoveryCode(bytes: ArrayLike<number>): string {
  if (bytes.length < RECOVERY_CODE_SYMBOLS) throw new Error(`a recovery code needs ${RECOVERY_CODE_SYMBOLS} random bytes`);
  let symbols = "";
  for (let i = 0; i < RECOVERY_CODE_SYMBOLS; i += 1) symbols += RECOVERY_ALPHABET[(bytes[i] ?? 0) % 32];
  return (symbols.match(new RegExp(`.{${RECOVERY_GROUP}}`, "g")) ?? []).join("-");
}

/**
 * A typed recovery code in the form it is stored (hashed) under: lower case, without spaces or dashes, the
 * look-alikes a reader may type for the missing letters mapped back. Null when it cannot be a recovery code.
 */
export function normaliseRecoveryCode(typed: string): string | null {
  const compact = typed
    .toLowerCase()
    .replace(/[\s-]/g, "")
    .replace(/o/g, "0")
    .replace(/[il]/g, "1");
  if (compact.length !== RECOVERY_CODE_SYMBOLS) return null;
  return [...compact].every((symbol) => RECOVERY_ALPHABET.includes(symbol)) ? compact : null;
}

/** True when the text looks like an authenticator code (six digits, spaces allowed) rather than a recovery code. */
export function isAuthenticatorCode(typed: string): boolean {
  return /^\d{6}$/.test(typed.replace(/\s/g, ""));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
