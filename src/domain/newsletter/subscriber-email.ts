import { hasControlCharacter, isValidEmail } from "../people/index";
import type { TValueResult } from "../people/index";

/** The longest address we accept (RFC 5321 path limit minus the angle brackets). */
export const MAX_EMAIL_LENGTH = 254;

/**
 * A newsletter address as typed into a form: surrounding spaces are dropped, but a line break or any
 * other control character anywhere (even at the ends) refuses it — it could inject a mail header.
 * The stored form is lower case, so one inbox is one subscriber.
 */
export function parseSubscriberEmail(raw: string): TValueResult<string> {
  if (hasControlCharacter(raw)) {
    return { ok: false, code: "INVALID_EMAIL", reason: "contains a line break or control character" };
  }
  const value = raw.trim().toLowerCase();
  if (value.length === 0) return { ok: false, code: "INVALID_EMAIL", reason: "is empty" };
  if (value.length > MAX_EMAIL_LENGTH) return { ok: false, code: "INVALID_EMAIL", reason: `is longer than ${MAX_EMAIL_LENGTH} characters` };
  if (!isValidEmail(value)) return { ok: false, code: "INVALID_EMAIL", reason: "is not an email address we can deliver to" };
  return { ok: true, value };
}
