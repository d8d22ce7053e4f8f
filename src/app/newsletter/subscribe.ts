import { findSubscriberByEmail, insertConsent, insertSubscriber, updateSubscriber } from "../../db/newsletter-repo";
import type { TDb } from "../../db/client";
import { renderNewsletterConfirmation } from "../../email/newsletter-confirmation";
import { CONSENT_VERSION, decideSubscribe, parseSubscriberEmail } from "../../domain/newsletter/index";
import { invalid } from "../../domain/shared/errors";
import type { TLocale } from "../../domain/shared/locale";
import { queueEmail } from "../outbox/queue-email";
import type { TAppContext } from "../shared/context";
import { hashSecret, keyedHash, newSecret } from "../shared/secrets";
import { confirmationUrl, linkTokenHashes, newLinkKey } from "./subscriber-links";
import { toSubscription } from "./subscription-state";

export type TSubscribeInput = { email: string; language: TLocale; consent: boolean; website?: string; ip: string };

/** A typed address as stored, or a validation error naming `email`. */
export function requireSubscriberEmail(raw: string): string {
  const parsed = parseSubscriberEmail(raw);
  if (!parsed.ok) throw invalid("email", `the email address ${parsed.reason}`);
  return parsed.value;
}

type TCtx = Pick<TAppContext, "db" | "now" | "config" | "notifyOutbox" | "secret">;

/** One attempt; false when a concurrent request for the same address got in first. */
async function applySubscribe(ctx: TCtx, tx: TDb, email: string, input: TSubscribeInput, now: Date): Promise<boolean> {
  const existing = await findSubscriberByEmail(tx, email);
  const decision = decideSubscribe(existing ? toSubscription(existing) : undefined, { language: input.language, now });
  if (!decision.changed) return true;
  const token = decision.sendConfirmation ? newSecret() : undefined;
  const confirmation = token
    ? { confirmTokenHash: hashSecret(token), confirmExpiresAt: decision.next.confirmationExpiresAt, confirmationSentAt: now }
    : {};
  let subscriberId: string;
  if (!existing) {
    const linkKey = newLinkKey();
    const row = await insertSubscriber(tx, {
      email,
      language: decision.next.language,
      status: decision.next.status,
      linkKey,
      ...linkTokenHashes(ctx.secret, linkKey),
      ...confirmation,
      createdAt: now,
      updatedAt: now,
    });
    if (!row) return false;
    subscriberId = row.id;
  } else {
    const updated = await updateSubscriber(tx, existing.id, { status: decision.next.status, language: decision.next.language, ...confirmation, updatedAt: now }, existing.status);
    if (!updated) return false;
    subscriberId = existing.id;
  }
  await insertConsent(tx, {
    subscriberId,
    action: "subscribe_request",
    consentVersion: CONSENT_VERSION,
    language: decision.next.language,
    ipHash: keyedHash(ctx.secret, `ip:${input.ip}`),
    at: now,
  });
  if (token) {
    const message = renderNewsletterConfirmation(decision.next.language, { url: confirmationUrl(ctx.config.publicUrl, decision.next.language, token) });
    await queueEmail(ctx, { to: email, kind: "newsletter_confirmation", organisationId: null, email: message }, tx);
  }
  return true;
}

/**
 * A subscription request with consent. New, unsubscribed or erased addresses get a confirmation
 * link (nothing else is ever sent before it is used); pending ones get a new link unless one went out
 * minutes ago; confirmed ones are left alone. A filled honeypot does nothing. The caller gives the
 * same answer in every case, so the response tells nobody whether an address is subscribed.
 */
export async function subscribe(ctx: TCtx, input: TSubscribeInput): Promise<void> {
  const email = requireSubscriberEmail(input.email);
  if (input.consent !== true) throw invalid("consent", "tick the consent box to subscribe");
  if (input.website && input.website.trim() !== "") return;
  const now = ctx.now();
  for (let attempt = 0; attempt < 3; attempt++) {
    if (await ctx.db.transaction((tx) => applySubscribe(ctx, tx, email, input, now))) return;
  }
  throw new Error("subscription kept conflicting with concurrent requests");
}
