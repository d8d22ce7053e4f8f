import { hash, verify } from "@node-rs/argon2";

// OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane.
const options = { memoryCost: 19456, timeCost: 2, parallelism: 1, algorithm: 2 as const };

/** Hashes a password with argon2id. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

/**
 * A fixed hash with the same parameters, checked when there is no account (or no password): made
 * ahead of time, so even the first unknown address after a start costs exactly one verification.
 */
export const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$TpHUZ6qos43kiZAsxlwkKQ$rYdm9KbZK8zSbbnky1CPqrq9wYpzpOzx1ZTXWpd69Ik";

/** Verifies a password; with no stored hash it still spends the same time, so timing reveals no account. */
export async function verifyPassword(stored: string | null | undefined, password: string): Promise<boolean> {
  if (!stored) {
    await verify(DUMMY_HASH, password).catch(() => false);
    return false;
  }
  return verify(stored, password).catch(() => false);
}
