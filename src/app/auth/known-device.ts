import { createHmac } from "node:crypto";
import { newSecret, sameSecret } from "../shared/secrets";

/** How long a browser stays a known device of the account it last signed in to. */
export const KNOWN_DEVICE_DAYS = 365;

function signature(secret: string, userId: string, deviceId: string): string {
  return createHmac("sha256", secret).update(`known-device|${userId}|${deviceId}`).digest("base64url");
}

/** A new known-device cookie value for a user: a random device id and its HMAC with the user id. */
export function issueDeviceToken(secret: string, userId: string): string {
  const deviceId = newSecret();
  return `${deviceId}.${signature(secret, userId, deviceId)}`;
}

/** The device id a cookie value proves for this user, or null when it was issued to someone else or forged. */
export function knownDeviceId(secret: string, userId: string, token: string | null | undefined): string | null {
  if (!token || token.length > 200) return null;
  const [deviceId, mac, extra] = token.split(".");
  if (!deviceId || !mac || extra !== undefined) return null;
  return sameSecret(mac, signature(secret, userId, deviceId)) ? deviceId : null;
}
