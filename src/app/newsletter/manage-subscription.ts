import type { TDb } from "../../db/client";
import { deleteSuppression, findSubscriberByTokenHash, insertConsent, updateSubscriber, type TSubscriberRow } from "../../db/newsletter-repo";
import { CONSENT_VERSION, decideConfirm, decideLanguageChange, decideUnsubscribe } from "../../domain/newsletter/index";
import type { TConsentAction } from "../../domain/newsletter/index";
import { DomainError } from "../../domain/shared/errors";
import type { TLocale } from "../../domain/shared/locale";
import type { TAppContext } from "../shared/context";
import { hashSecret, keyedHash } from "../shared/secrets";
import { buildSubscriberExport, eraseSubscriberRow, type TSubscriberExport } from "./erase-subscriber";
import { suppressionHash } from "./subscriber-links";
import { toSubscription } from "./subscription-state";

const unknownLink = () => new DomainError("INVALID_TOKEN", "this link is unknown, already used or expired", "token");

async function logConsent(tx: TDb, ctx: Pick<TAppContext, "secret">, subscriber: TSubscriberRow, action: TConsentAction, language: TLocale, ip: string, at: Date) {
  await insertConsent(tx, { subscriberId: subscriber.id, action, consentVersion: CONSENT_VERSION, language, ipHash: keyedHash(ctx.secret, `ip:${ip}`), at });
}

/**
 * Confirms a subscription from the emailed link: single use (one conditional UPDATE, so two clicks
 * cannot both succeed), 48 hours. A replayed, expired or unknown link changes nothing.
 */
export async function confirmSubscription(
  ctx: Pick<TAppContext, "db" | "now" | "secret">,
  input: { token: string; ip: string },
): Promise<{ language: TLocale }> {
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const subscriber = await findSubscriberByTokenHash(tx, "confirm", hashSecret(input.token));
    if (!subscriber) throw unknownLink();
    const decision = decideConfirm(toSubscription(subscriber), now);
    if (!decision.ok) {
      throw new DomainError("INVALID_TOKEN", decision.reason === "expired" ? "this link has expired; subscribe again for a new one" : "this link was already used", "token");
    }
    const changed = await updateSubscriber(
      tx,
      subscriber.id,
      { status: "confirmed", confirmTokenHash: null, confirmExpiresAt: null, confirmedAt: now, unsubscribedAt: null, updatedAt: now },
      "pending",
    );
    if (!changed) throw unknownLink();
    await logConsent(tx, ctx, subscriber, "confirm", decision.next.language, input.ip, now);
    await deleteSuppression(tx, suppressionHash(ctx.secret, subscriber.email));
    return { language: decision.next.language };
  });
}

async function bySubscriberToken(db: TDb, kind: "preferences" | "unsubscribe", token: string): Promise<TSubscriberRow> {
  const subscriber = await findSubscriberByTokenHash(db, kind, hashSecret(token));
  if (!subscriber) throw unknownLink();
  return subscriber;
}

/** What the preferences page shows. */
export async function readPreferences(ctx: Pick<TAppContext, "db">, token: string) {
  const subscriber = await bySubscriberToken(ctx.db, "preferences", token);
  return { email: subscriber.email, language: toSubscription(subscriber).language, status: subscriber.status as "pending" | "confirmed" | "unsubscribed" };
}

/** Changes the language issues arrive in, from the preferences page. */
export async function changeLanguage(
  ctx: Pick<TAppContext, "db" | "now" | "secret">,
  input: { token: string; language: TLocale; ip: string },
): Promise<{ changed: boolean }> {
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const subscriber = await bySubscriberToken(tx, "preferences", input.token);
    const decision = decideLanguageChange(toSubscription(subscriber), input.language);
    if (!decision.changed) return { changed: false };
    await updateSubscriber(tx, subscriber.id, { language: input.language, updatedAt: now });
    await logConsent(tx, ctx, subscriber, "language_change", input.language, input.ip, now);
    return { changed: true };
  });
}

/**
 * Unsubscribes with the one-click token of an issue (RFC 8058) or the preferences page's token.
 * The second time answers `already_unsubscribed` and changes nothing.
 */
export async function unsubscribe(
  ctx: Pick<TAppContext, "db" | "now" | "secret">,
  input: { token: string; ip: string },
): Promise<{ outcome: "unsubscribed" | "already_unsubscribed" }> {
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const hash = hashSecret(input.token);
    const subscriber = (await findSubscriberByTokenHash(tx, "unsubscribe", hash)) ?? (await findSubscriberByTokenHash(tx, "preferences", hash));
    if (!subscriber) throw unknownLink();
    const decision = decideUnsubscribe(toSubscription(subscriber));
    if (decision.outcome === "already_unsubscribed") return { outcome: decision.outcome };
    const changed = await updateSubscriber(
      tx,
      subscriber.id,
      { status: "unsubscribed", confirmTokenHash: null, confirmExpiresAt: null, unsubscribedAt: now, updatedAt: now },
      subscriber.status,
    );
    if (!changed) return { outcome: "already_unsubscribed" };
    await logConsent(tx, ctx, subscriber, "unsubscribe", decision.next.language, input.ip, now);
    return { outcome: decision.outcome };
  });
}

/** The language a one-click link belongs to, to open its page in that language; null when unknown. */
export async function languageOfUnsubscribeLink(ctx: Pick<TAppContext, "db">, token: string): Promise<TLocale | null> {
  const subscriber = await findSubscriberByTokenHash(ctx.db, "unsubscribe", hashSecret(token));
  return subscriber ? toSubscription(subscriber).language : null;
}

/** The subscriber's own GDPR export, from the preferences page. */
export async function exportOwnData(ctx: Pick<TAppContext, "db" | "now">, token: string): Promise<TSubscriberExport> {
  const subscriber = await bySubscriberToken(ctx.db, "preferences", token);
  return buildSubscriberExport(ctx.db, subscriber, ctx.now());
}

/** The subscriber erases themselves from the preferences page; the link dies with the data. */
export async function eraseOwnData(ctx: Pick<TAppContext, "db" | "now" | "secret">, token: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const subscriber = await bySubscriberToken(tx, "preferences", token);
    await eraseSubscriberRow(tx, ctx.secret, subscriber, ctx.now());
  });
}
