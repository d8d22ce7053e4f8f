import type { TDb } from "../../db/client";
import { redactDeliveriesOf } from "../../db/newsletter-issues-repo";
import {
  deleteNewsletterOutboxTo,
  deleteSubscriber,
  findSubscriberById,
  insertSuppression,
  listConsents,
  listNewsletterOutboxTo,
  type TSubscriberRow,
} from "../../db/newsletter-repo";
import { listDeliveriesOfSubscriber } from "../../db/newsletter-issues-repo";
import { authorise } from "../../domain/policy/index";
import { notFound } from "../../domain/shared/errors";
import type { TAppContext } from "../shared/context";
import { suppressionHash } from "./subscriber-links";
import { type TOperatorActor } from "./subscription-state";

/**
 * Erases a subscriber in the caller's transaction: their row and consent log, their newsletter emails
 * in the outbox, and any SMTP note on their delivery rows (which keep only a status, for the counts).
 * What stays is an HMAC of the address in the suppression list, so no import can add it back silently.
 */
export async function eraseSubscriberRow(tx: TDb, secret: string, subscriber: TSubscriberRow, now: Date): Promise<void> {
  await deleteNewsletterOutboxTo(tx, subscriber.email);
  await redactDeliveriesOf(tx, subscriber.id);
  await deleteSubscriber(tx, subscriber.id);
  await insertSuppression(tx, { emailHash: suppressionHash(secret, subscriber.email), reason: "erased", createdAt: now });
}

/** Everything Sterk holds about one subscriber, as one JSON document (GDPR art. 15 and 20). */
export async function buildSubscriberExport(db: TDb, subscriber: TSubscriberRow, now: Date) {
  const [consents, deliveries, emails] = await Promise.all([
    listConsents(db, subscriber.id),
    listDeliveriesOfSubscriber(db, subscriber.id),
    listNewsletterOutboxTo(db, subscriber.email),
  ]);
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  return {
    exportedAt: now.toISOString(),
    subscriber: {
      id: subscriber.id,
      email: subscriber.email,
      language: subscriber.language,
      status: subscriber.status,
      createdAt: subscriber.createdAt.toISOString(),
      confirmedAt: iso(subscriber.confirmedAt),
      unsubscribedAt: iso(subscriber.unsubscribedAt),
      lastConfirmationSentAt: iso(subscriber.confirmationSentAt),
    },
    consents: consents.map((c) => ({ action: c.action, consentVersion: c.consentVersion, language: c.language, at: c.at.toISOString(), ipHmac: c.ipHash })),
    issuesReceived: deliveries.map((d) => ({ issueId: d.delivery.issueId, subject: d.subject, language: d.delivery.language, status: d.delivery.status, sentAt: iso(d.delivery.sentAt) })),
    emailsInOutbox: emails.map((e) => ({ kind: e.kind, subject: e.subject, status: e.status, createdAt: e.createdAt.toISOString(), sentAt: iso(e.sentAt) })),
  };
}
export type TSubscriberExport = Awaited<ReturnType<typeof buildSubscriberExport>>;

/** The operator's GDPR export of one subscriber. */
export async function exportSubscriber(ctx: Pick<TAppContext, "db" | "now">, actor: TOperatorActor, id: string): Promise<TSubscriberExport> {
  authorise(actor, "newsletter.manage");
  const subscriber = await findSubscriberById(ctx.db, id);
  if (!subscriber) throw notFound("subscriber");
  return buildSubscriberExport(ctx.db, subscriber, ctx.now());
}

/** The operator erases one subscriber (GDPR art. 17). */
export async function eraseSubscriber(ctx: Pick<TAppContext, "db" | "now" | "secret">, actor: TOperatorActor, id: string): Promise<void> {
  authorise(actor, "newsletter.manage");
  await ctx.db.transaction(async (tx) => {
    const subscriber = await findSubscriberById(tx, id);
    if (!subscriber) throw notFound("subscriber");
    await eraseSubscriberRow(tx, ctx.secret, subscriber, ctx.now());
  });
}
