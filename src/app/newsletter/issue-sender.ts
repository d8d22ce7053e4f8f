import type { Transporter } from "nodemailer";
import { singleFlight } from "../../email/single-flight";
import type { TDb } from "../../db/client";
import {
  claimNextDelivery,
  findIssue,
  finishSettledIssues,
  markOrphanedDeliveries,
  settleDelivery,
  type TIssueVersionRow,
} from "../../db/newsletter-issues-repo";
import type { TSubscriberRow } from "../../db/newsletter-repo";
import { insertOutboxMessage } from "../../db/outbox-repo";
import { createTransport } from "../../email/sender";
import { afterRetryableFailure, classifySmtpFailure, orphanedBefore, receivesIssues, type TSmtpFailure } from "../../domain/newsletter/index";
import type { TAppContext } from "../shared/context";
import { deliveryMessageId, renderIssueCopy } from "./issue-copy";
import { purgeUnconfirmedSubscribers } from "./subscriber-admin";
import { asLocale, toSubscription } from "./subscription-state";

/** The outbox kind of issue copies written while no SMTP server is configured; the outbox sender leaves them be. */
export const ISSUE_OUTBOX_KIND = "newsletter_issue";

export type TNewsletterSender = {
  /** works the ledger now (and again if woken meanwhile) */
  wake: () => void;
  /** works the ledger until nothing is due; resolves with the number of copies delivered */
  drain: () => Promise<number>;
  /** finishes the delivery in hand, then stops */
  stop: () => Promise<void>;
};

type TSenderCtx = Pick<TAppContext, "db" | "config" | "secret" | "log" | "now">;
type TClaim = NonNullable<Awaited<ReturnType<typeof claimNextDelivery>>>;

const PURGE_EVERY_MS = 3600_000;

function errorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 500);
}

/**
 * Delivers newsletter issues from the ledger, one recipient at a time, exactly once as far as SMTP
 * allows (docs/decisions/0003): a claim commits `sending` before the handover; the outcome is recorded
 * after it; a `sending` row found later belonged to a sender that died mid-handover and becomes
 * `unknown` for the operator, never resent on its own. Without SMTP each copy is written to the outbox
 * in the same transaction that marks it sent.
 */
export function startNewsletterSender(
  ctx: TSenderCtx,
  options: {
    transport?: Transporter;
    intervalMs?: number;
    /** no other sender can share this database (embedded, locked): every `sending` row at start is an orphan */
    exclusive?: boolean;
  } = {},
): TNewsletterSender {
  const { db, log, config } = ctx;
  const transport = options.transport ?? (config.SMTP_URL ? createTransport(config.SMTP_URL) : undefined);
  const versions = new Map<string, TIssueVersionRow[]>();
  let stopped = false;
  let lastPurge = Number.NEGATIVE_INFINITY;
  let firstDrain = true;

  async function versionOf(tx: TDb, issueId: string, language: string) {
    let cached = versions.get(issueId);
    if (!cached) {
      cached = (await findIssue(tx, issueId))?.versions ?? [];
      versions.set(issueId, cached);
    }
    const v = cached.find((x) => x.language === language);
    return v ? { language: asLocale(v.language), subject: v.subject, bodyMarkdown: v.bodyMarkdown } : undefined;
  }

  /** Skips a claim whose subscriber left, or whose language version vanished; true when skipped. */
  async function skipIfGone(tx: TDb, claim: TClaim): Promise<boolean> {
    const { delivery, subscriber } = claim;
    if (subscriber && receivesIssues(toSubscription(subscriber))) return false;
    await settleDelivery(tx, delivery.id, { status: "skipped", lastError: subscriber ? `subscriber is ${subscriber.status}` : "subscriber erased" });
    return true;
  }

  async function copyFor(tx: TDb, claim: TClaim, subscriber: TSubscriberRow) {
    const version = await versionOf(tx, claim.delivery.issueId, claim.delivery.language);
    if (!version) throw new Error(`issue ${claim.delivery.issueId} has no ${claim.delivery.language} version`);
    return renderIssueCopy(config, ctx.secret, version, subscriber);
  }

  /** Outbox mode: claim, write the copy and mark it sent in one transaction. */
  async function stepToOutbox(): Promise<"sent" | "skipped" | "idle"> {
    return db.transaction(async (tx) => {
      const claim = await claimNextDelivery(tx, ctx.now());
      if (!claim) return "idle";
      if (await skipIfGone(tx, claim)) return "skipped";
      const subscriber = claim.subscriber as TSubscriberRow;
      const copy = await copyFor(tx, claim, subscriber);
      await insertOutboxMessage(tx, {
        organisationId: null,
        kind: ISSUE_OUTBOX_KIND,
        toAddress: subscriber.email,
        subject: copy.subject,
        textBody: copy.text,
        htmlBody: copy.html,
        headers: { ...copy.headers, "Message-ID": deliveryMessageId(config.publicUrl, claim.delivery.id) },
      });
      await settleDelivery(tx, claim.delivery.id, { status: "sent", sentAt: ctx.now(), lastError: null });
      return "sent";
    });
  }

  /** SMTP mode: the claim commits first; the outcome is recorded after the handover. */
  async function stepToSmtp(smtp: Transporter): Promise<"sent" | "skipped" | "idle" | "not-sent"> {
    const prepared = await db.transaction(async (tx) => {
      const claim = await claimNextDelivery(tx, ctx.now());
      if (!claim) return "idle" as const;
      if (await skipIfGone(tx, claim)) return "skipped" as const;
      return { claim, subscriber: claim.subscriber as TSubscriberRow, copy: await copyFor(tx, claim, claim.subscriber as TSubscriberRow) };
    });
    if (typeof prepared === "string") return prepared;
    const { claim, subscriber, copy } = prepared;
    try {
      await smtp.sendMail({
        from: config.MAIL_FROM,
        to: subscriber.email,
        subject: copy.subject,
        text: copy.text,
        html: copy.html,
        headers: copy.headers,
        messageId: deliveryMessageId(config.publicUrl, claim.delivery.id),
      });
    } catch (error) {
      const outcome = classifySmtpFailure(error as TSmtpFailure);
      const next = outcome === "retry" ? afterRetryableFailure(claim.delivery.attempts, ctx.now()) : { status: outcome };
      await settleDelivery(db, claim.delivery.id, { ...next, lastError: errorText(error) });
      log.warn({ deliveryId: claim.delivery.id, outcome: next.status }, "newsletter delivery failed");
      return "not-sent";
    }
    await settleDelivery(db, claim.delivery.id, { status: "sent", sentAt: ctx.now(), lastError: null });
    return "sent";
  }

  async function drainOnce(): Promise<number> {
    const now = ctx.now();
    const claimedBefore = firstDrain && options.exclusive ? new Date(now.getTime() + 1) : orphanedBefore(now);
    firstDrain = false;
    const orphans = await markOrphanedDeliveries(db, claimedBefore, "the sender stopped during the handover to SMTP: check whether it arrived, then mark it delivered or resend it");
    if (orphans) log.warn({ orphans }, "newsletter deliveries of unknown fate");
    if (now.getTime() - lastPurge >= PURGE_EVERY_MS) {
      lastPurge = now.getTime();
      await purgeUnconfirmedSubscribers(ctx);
    }
    let delivered = 0;
    let failuresInARow = 0;
    while (!stopped) {
      const step = transport ? await stepToSmtp(transport) : await stepToOutbox();
      if (step === "idle") break;
      if (step === "sent") delivered++;
      failuresInARow = step === "not-sent" ? failuresInARow + 1 : 0;
      // A server that refuses everything is down, not picky: pause until the next tick.
      if (failuresInARow >= 3) break;
    }
    await finishSettledIssues(db, ctx.now());
    return delivered;
  }

  const flight = singleFlight(() => drainOnce(), () => stopped, (error) => log.error(error, "newsletter sender"));
  const drain = flight.drain;

  const timer = options.intervalMs === 0 ? undefined : setInterval(() => void drain().catch((e) => log.error(e, "newsletter sender")), options.intervalMs ?? 30_000);
  timer?.unref();
  return {
    wake: () => void drain().catch((error) => log.error(error, "newsletter sender")),
    drain,
    stop: async () => {
      stopped = true;
      if (timer) clearInterval(timer);
      await flight.current()?.catch(() => 0);
      if (!options.transport) transport?.close();
    },
  };
}
