import { limitKey, type TLimit } from "../shared/rate-limits";
import { knownDeviceId } from "./known-device";

const WINDOW_MS = 15 * 60 * 1000;
/** Password checks per window for one IP, one account (across all IPs) and one known device. */
export const MAX_PASSWORD_FAILURES = 10;
/** The first block once a window is exhausted; it doubles per repeated block (capped at a day). */
const BLOCK_MS = 15 * 60 * 1000;

export type TPasswordAttemptKeys = {
  /** counted before the password is checked; a refusal means it is not checked */
  limits: TLimit[];
  /** keys whose attempt is given back after a success (shared by many accounts or devices) */
  refundOnSuccess: string[];
  /** keys forgotten after a success */
  resetOnSuccess: string[];
};

function limit(key: string): TLimit {
  return { key, limit: MAX_PASSWORD_FAILURES, windowMs: WINDOW_MS, blockMs: BLOCK_MS };
}

/**
 * The limits a password check counts against. A browser that signed in to this account before (a
 * valid known-device cookie) counts only against its own key, so an attacker who exhausted the
 * account's or the IP's budget does not lock the real user out. Anyone else counts per IP and per
 * account across all IPs — the account is named by the typed address, so unknown addresses are
 * limited exactly like known ones.
 */
export function passwordAttemptKeys(
  secret: string,
  input: { email: string; /** absent for a signed-in caller: the account's budget alone applies */ ip?: string; userId?: string; deviceToken?: string | null },
): TPasswordAttemptKeys {
  const deviceId = input.userId ? knownDeviceId(secret, input.userId, input.deviceToken) : null;
  if (input.userId && deviceId) {
    const device = limitKey(secret, "password-device", input.userId, deviceId);
    return { limits: [limit(device)], refundOnSuccess: [], resetOnSuccess: [device] };
  }
  const account = limitKey(secret, "password-account", input.email.trim().toLowerCase());
  if (input.ip === undefined) return { limits: [limit(account)], refundOnSuccess: [account], resetOnSuccess: [] };
  const ip = limitKey(secret, "password-ip", input.ip);
  return { limits: [limit(ip), limit(account)], refundOnSuccess: [ip, account], resetOnSuccess: [] };
}
