import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/** A fresh 256-bit secret, URL-safe: session cookies, emailed links, API tokens. */
export function newSecret(prefix = ""): string {
  return prefix + randomBytes(32).toString("base64url");
}

/** What we store instead of a secret: its SHA-256 (the secret has 256 bits, so no salt is needed). */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/** Constant-time string comparison for tokens of equal purpose. */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** HMAC-SHA256 of a value under the server secret: lets us count by IP without storing IPs. */
export function keyedHash(secret: string, value: string): string {
  return createHmac("sha256", secret).update(value).digest("hex");
}
