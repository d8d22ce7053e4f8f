import nodemailer, { type Transporter } from "nodemailer";
import type { Logger } from "pino";
import type { TDb } from "../db/client";
import { singleFlight } from "./single-flight";
import { claimNextPending, markOutbox, releaseStuckSending, type TOutboxRow } from "../db/outbox-repo";

const MAX_ATTEMPTS = 5;
/** A claim older than this is no handover in flight (nodemailer's connection, greeting and socket timeouts are minutes at most). */
export const STUCK_AFTER_MS = 15 * 60_000;

export type TOutboxSender = { wake: () => void; stop: () => Promise<void>; drain: () => Promise<number> };

/** Builds the nodemailer transport for an smtp:// or smtps:// URL. */
export function createTransport(smtpUrl: string): Transporter {
  const url = new URL(smtpUrl);
  const secure = url.protocol === "smtps:";
  return nodemailer.createTransport({
    host: url.hostname,
    port: Number(url.port || (secure ? 465 : 587)),
    secure,
    ignoreTLS: url.searchParams.get("tls") === "off",
    auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
  });
}

type TAttachment = { filename: string; content: string; contentType: string };

async function deliver(transport: Transporter, from: string, message: TOutboxRow): Promise<void> {
  await transport.sendMail({
    from,
    to: message.toAddress,
    subject: message.subject,
    text: message.textBody,
    html: message.htmlBody ?? undefined,
    headers: message.headers as Record<string, string>,
    attachments: (message.attachments as TAttachment[]).map((a) => ({ ...a })),
    messageId: `<${message.id}@sterk>`,
  });
}

/**
 * Delivers queued emails over SMTP. Without an SMTP URL the messages stay in the outbox, readable
 * in the app. Delivery is at least once: a message being handed over when the process dies is
 * retried on the next start, or by another process once the claim is STUCK_AFTER_MS old (its Message-ID stays the
 * same, so receivers can drop the duplicate). A claim in flight on another process is never taken back.
 */
export function startOutboxSender(deps: {
  db: TDb;
  smtpUrl?: string;
  from: string;
  log: Logger;
  now: () => Date;
  /** its own timer's period (30 s); 0 when the job runner drains it (the `email.outbox` job) */
  intervalMs?: number;
  /** no other sender shares the database (embedded, locked): every `sending` message at start is a crashed one */
  exclusive?: boolean;
}): TOutboxSender {
  const { db, log } = deps;
  const transport = deps.smtpUrl ? createTransport(deps.smtpUrl) : undefined;
  let stopped = false;
  let firstDrain = true;

  async function drainOnce(): Promise<number> {
    if (!transport) return 0;
    // Alone on the data, a first drain takes back every claim; beside other processes, only claims too old to be in flight.
    const now = deps.now();
    const claimedBefore = firstDrain && deps.exclusive ? new Date(now.getTime() + 1) : new Date(now.getTime() - STUCK_AFTER_MS);
    firstDrain = false;
    const released = await releaseStuckSending(db, claimedBefore);
    if (released) log.warn({ released }, "emails claimed by a sender that stopped are queued again");
    let sent = 0;
    while (!stopped) {
      const message = await claimNextPending(db, deps.now(), MAX_ATTEMPTS);
      if (!message) break;
      try {
        await deliver(transport, deps.from, message);
        await markOutbox(db, message.id, { status: "sent", sentAt: deps.now(), lastError: null });
        sent++;
      } catch (error) {
        const lastError = error instanceof Error ? error.message.slice(0, 500) : "unknown error";
        const status = message.attempts >= MAX_ATTEMPTS ? "failed" : "pending";
        await markOutbox(db, message.id, { status, lastError });
        log.warn({ outboxId: message.id, attempts: message.attempts }, "email delivery failed");
        if (status === "pending") break;
      }
    }
    return sent;
  }

  const flight = singleFlight(() => drainOnce(), () => stopped, (error) => log.error(error, "outbox"));
  const drain = flight.drain;

  const timer = transport && deps.intervalMs !== 0 ? setInterval(() => void drain().catch((e) => log.error(e, "outbox")), deps.intervalMs ?? 30_000) : undefined;
  timer?.unref();
  return {
    wake: () => {
      void drain().catch((error) => log.error(error, "outbox"));
    },
    drain,
    stop: async () => {
      stopped = true;
      if (timer) clearInterval(timer);
      await flight.current()?.catch(() => 0);
      transport?.close();
    },
  };
}
