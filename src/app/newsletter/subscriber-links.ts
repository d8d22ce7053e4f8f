import { randomBytes } from "node:crypto";
import type { TLocale } from "../../domain/shared/locale";
import { hashSecret, keyedHash } from "../shared/secrets";

/** A fresh random key from which a subscriber's link tokens are derived. */
export function newLinkKey(): string {
  return randomBytes(32).toString("base64url");
}

/**
 * A subscriber's two link tokens, derived from their link key under the server secret (HMAC-SHA256,
 * 256 bits): the database alone cannot rebuild them, yet every issue can carry them. The preferences
 * token (export, erase, language) only travels in URL fragments; the unsubscribe token sits in the
 * List-Unsubscribe URL's query and can do nothing but unsubscribe.
 */
export function linkTokens(secret: string, linkKey: string): { preferences: string; unsubscribe: string } {
  return {
    preferences: keyedHash(secret, `newsletter-preferences:${linkKey}`),
    unsubscribe: keyedHash(secret, `newsletter-unsubscribe:${linkKey}`),
  };
}

/** The columns that find a subscriber from their link tokens. */
export function linkTokenHashes(secret: string, linkKey: string): { preferencesTokenHash: string; unsubscribeTokenHash: string } {
  const tokens = linkTokens(secret, linkKey);
  return { preferencesTokenHash: hashSecret(tokens.preferences), unsubscribeTokenHash: hashSecret(tokens.unsubscribe) };
}

/** The HMAC that stands for an address in the suppression list. */
export function suppressionHash(secret: string, email: string): string {
  return keyedHash(secret, `newsletter-suppression:${email.trim().toLowerCase()}`);
}

/** The page that confirms a subscription; the token rides in the fragment, never reaching a server log. */
export function confirmationUrl(publicUrl: string, language: TLocale, token: string): string {
  return `${publicUrl}/insights/${language}/newsletter/confirm#token=${encodeURIComponent(token)}`;
}

/** The links in one subscriber's copy of an issue. */
export function subscriberLinks(publicUrl: string, language: TLocale, secret: string, linkKey: string) {
  const tokens = linkTokens(secret, linkKey);
  return {
    unsubscribePageUrl: `${publicUrl}/insights/${language}/newsletter/unsubscribe#token=${tokens.unsubscribe}`,
    oneClickUrl: `${publicUrl}/api/newsletter/unsubscribe?token=${tokens.unsubscribe}`,
    preferencesUrl: `${publicUrl}/insights/${language}/newsletter/preferences#token=${tokens.preferences}`,
    onlineUrl: `${publicUrl}/insights/${language}`,
  };
}
