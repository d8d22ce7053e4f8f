import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

const VERSION = "v1";

/** A 256-bit key for one purpose, derived from the server secret (HKDF-SHA256). */
function keyFor(serverSecret: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync("sha256", serverSecret, "sterk-sealed-secrets", purpose, 32));
}

/**
 * Encrypts a secret we must be able to read back (a TOTP seed, an identity provider's client
 * secret) with AES-256-GCM under a key derived from the server secret and the purpose. The purpose
 * is bound in, so a value sealed for one use cannot be unsealed for another.
 */
export function seal(serverSecret: string, purpose: string, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFor(serverSecret, purpose), iv);
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [VERSION, iv.toString("base64url"), body.toString("base64url"), cipher.getAuthTag().toString("base64url")].join(".");
}

/** Decrypts what `seal` made for the same purpose; throws when it was tampered with or sealed otherwise. */
export function unseal(serverSecret: string, purpose: string, sealed: string): string {
  const [version, iv, body, tag] = sealed.split(".");
  if (version !== VERSION || !iv || !body || !tag) throw new Error("not a sealed secret");
  const decipher = createDecipheriv("aes-256-gcm", keyFor(serverSecret, purpose), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
}
