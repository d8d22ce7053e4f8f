import { sql } from "drizzle-orm";
import type { Transporter } from "nodemailer";
import pino from "pino";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { listOutbox } from "../../db/outbox-repo";
import { startOutboxSender } from "../../email/sender";
import type { TLocale } from "../../domain/shared/locale";
import { startTestApp } from "../../test-support/test-app";
import { testDatabaseKind } from "../../test-support/test-database";
import type { TAppContext } from "../shared/context";
import { eraseSubscriber } from "./erase-subscriber";
import { startNewsletterSender, type TNewsletterSender } from "./issue-sender";
import { createIssue, getIssue, listIssueDeliveries } from "./manage-issues";
import { resolveDelivery, startIssueSend } from "./send-issue";
import { startSmtpTestServer, type TSmtpBehaviour } from "./smtp-test-server.test-helpers";
import { importSubscribers } from "./subscriber-admin";

const operator = { userId: "test-operator", isOperator: true };
const LANGS: TLocale[] = ["nl", "fr", "en"];
const SUBJECTS: Record<TLocale, string> = { nl: "Eerst de sterktes", fr: "D'abord les forces", en: "Strengths first" };

let t: Awaited<ReturnType<typeof startTestApp>>;
let clock = new Date("2026-11-27T09:00:00Z");
let batch = 0;
const stoppers: (() => Promise<unknown>)[] = [];

beforeAll(async () => {
  t = await startTestApp({ now: () => clock });
});
afterEach(async () => {
  await t.ctx.db.execute(sql`delete from newsletter_deliveries`);
  await t.ctx.db.execute(sql`delete from newsletter_issues`);
  await t.ctx.db.execute(sql`delete from newsletter_subscribers`);
  while (stoppers.length) await stoppers.pop()?.();
});
afterAll(() => t.close());

/** Confirmed subscribers spread over the three languages; returns their addresses. */
async function subscribers(n: number): Promise<string[]> {
  batch++;
  const rows = Array.from({ length: n }, (_, i) => ({
    email: `reader${i}.b${batch}@example.com`,
    language: LANGS[i % 3] as TLocale,
    consentedAt: "2026-01-15T10:00:00Z",
    source: "previous tool",
  }));
  const report = await importSubscribers(t.ctx, operator, rows);
  expect(report.imported).toBe(n);
  return rows.map((r) => r.email);
}

/** A three-language issue, sent (the ledger filled). */
async function sentIssue(): Promise<string> {
  const versions = Object.fromEntries(LANGS.map((l) => [l, { subject: SUBJECTS[l], body: `**${l}** body` }]));
  const issue = await createIssue(t.ctx, operator, { versions });
  await startIssueSend(t.ctx, operator, issue.id);
  return issue.id;
}

function sender(ctx: Pick<TAppContext, "db" | "config" | "secret" | "log" | "now">, options: Parameters<typeof startNewsletterSender>[1] = {}): TNewsletterSender {
  const s = startNewsletterSender(ctx, { intervalMs: 0, ...options });
  stoppers.push(() => s.stop());
  return s;
}

const withSmtp = (url: string) => ({ ...t.ctx, config: { ...t.ctx.config, SMTP_URL: url } });

function countBy(values: string[]) {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

async function smtpServer(behaviour?: (n: number, rcptTo: string[]) => TSmtpBehaviour) {
  const smtp = await startSmtpTestServer({ behaviour });
  stoppers.push(() => smtp.close());
  return smtp;
}

describe(`sending an issue (${testDatabaseKind}, real SMTP)`, () => {
  it("delivers each address exactly once when a send is stopped half-way and a fresh sender resumes it", async () => {
    const addresses = await subscribers(30);
    const smtp = await smtpServer();
    const issueId = await sentIssue();
    const first = sender(withSmtp(smtp.url));
    const stopped = smtp.waitFor(10).then(() => first.stop());
    await first.drain();
    await stopped;
    const afterStop = smtp.received.length;
    expect(afterStop).toBeGreaterThanOrEqual(10);
    expect(afterStop).toBeLessThan(30);
    expect((await getIssue(t.ctx, operator, issueId)).status).toBe("sending");

    await sender(withSmtp(smtp.url)).drain();
    const counts = countBy(smtp.recipients());
    expect([...counts.keys()].sort()).toEqual([...addresses].sort());
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    for (const mail of smtp.received) {
      const index = addresses.indexOf(mail.rcptTo[0] ?? "");
      expect(mail.parsed.subject).toBe(SUBJECTS[LANGS[index % 3] as TLocale]);
    }
    expect(await getIssue(t.ctx, operator, issueId)).toMatchObject({ status: "sent", progress: { total: 30, sent: 30, pending: 0, sending: 0 } });
  });

  it("never resends on its own a message the server may have taken, and resends it on request with the same Message-ID", async () => {
    const addresses = await subscribers(6);
    const smtp = await smtpServer((n) => (n === 3 ? "drop-after-receiving" : "accept"));
    const issueId = await sentIssue();
    await sender(withSmtp(smtp.url)).drain();
    await sender(withSmtp(smtp.url)).drain(); // a restart changes nothing
    const counts = countBy(smtp.recipients());
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect(counts.size).toBe(6);

    const issue = await getIssue(t.ctx, operator, issueId);
    expect(issue.progress).toMatchObject({ sent: 5, unknown: 1 });
    expect(issue.status).toBe("sent");
    const unknown = (await listIssueDeliveries(t.ctx, operator, issueId, { status: "unknown", limit: 10, offset: 0 })).items;
    expect(unknown).toHaveLength(1);
    const cutOff = unknown[0];
    if (!cutOff?.email) throw new Error("the unknown delivery names its recipient");
    expect(addresses).toContain(cutOff.email);

    await resolveDelivery(t.ctx, operator, { issueId, deliveryId: cutOff.id, resolution: "resend" });
    await sender(withSmtp(smtp.url)).drain();
    const copies = smtp.received.filter((m) => m.rcptTo.includes(cutOff.email as string));
    expect(copies).toHaveLength(2);
    expect(copies[1]?.messageId).toBe(copies[0]?.messageId);
    expect(await getIssue(t.ctx, operator, issueId)).toMatchObject({ status: "sent", progress: { sent: 6, unknown: 0 } });
  });

  it("turns a claim left by a sender that died mid-handover into 'unknown' after the lease, without resending it", async () => {
    await subscribers(5);
    const smtp = await smtpServer();
    const issueId = await sentIssue();
    let handedOver: string | undefined;
    const hanging = {
      sendMail: (message: { to: string }) => {
        handedOver = message.to;
        return new Promise(() => {});
      },
      close: () => {},
    } as unknown as Transporter;
    void startNewsletterSender(withSmtp(smtp.url), { transport: hanging, intervalMs: 0 }).drain();
    await expect.poll(() => handedOver, { timeout: 10_000 }).toBeDefined();

    await sender(withSmtp(smtp.url)).drain(); // another live sender may hold the claim: leave it
    expect(smtp.recipients()).toHaveLength(4);
    expect((await getIssue(t.ctx, operator, issueId)).progress).toMatchObject({ sent: 4, sending: 1 });

    clock = new Date(clock.getTime() + 16 * 60_000);
    await sender(withSmtp(smtp.url)).drain();
    expect(smtp.recipients()).not.toContain(handedOver);
    expect(await getIssue(t.ctx, operator, issueId)).toMatchObject({ status: "sent", progress: { sent: 4, unknown: 1, sending: 0 } });
  });

  it("treats every claim as orphaned at once when the sender owns the database alone", async () => {
    await subscribers(3);
    const smtp = await smtpServer();
    const issueId = await sentIssue();
    const hanging = { sendMail: () => new Promise(() => {}), close: () => {} } as unknown as Transporter;
    void startNewsletterSender(withSmtp(smtp.url), { transport: hanging, intervalMs: 0 }).drain();
    await expect.poll(async () => (await getIssue(t.ctx, operator, issueId)).progress.sending, { timeout: 10_000 }).toBe(1);
    await sender(withSmtp(smtp.url), { exclusive: true }).drain();
    expect(await getIssue(t.ctx, operator, issueId)).toMatchObject({ status: "sent", progress: { sent: 2, unknown: 1 } });
  });

  it("retries a 451 later and records a 550 as failed, without sending anyone twice", async () => {
    const addresses = await subscribers(3);
    const [tempfailed, rejected] = addresses;
    let tempfails = 0;
    const smtp = await smtpServer((_, rcpt) => {
      if (rcpt.includes(rejected as string)) return "reject";
      if (rcpt.includes(tempfailed as string) && tempfails++ === 0) return "tempfail";
      return "accept";
    });
    const issueId = await sentIssue();
    await sender(withSmtp(smtp.url)).drain();
    expect((await getIssue(t.ctx, operator, issueId)).progress).toMatchObject({ sent: 1, pending: 1, failed: 1 });
    await sender(withSmtp(smtp.url)).drain(); // not due yet
    expect(smtp.recipients()).not.toContain(tempfailed);
    clock = new Date(clock.getTime() + 2 * 60_000);
    await sender(withSmtp(smtp.url)).drain();
    expect(countBy(smtp.recipients()).get(tempfailed as string)).toBe(1);
    expect(smtp.recipients()).not.toContain(rejected);
    const failed = (await listIssueDeliveries(t.ctx, operator, issueId, { status: "failed", limit: 10, offset: 0 })).items;
    expect(failed.map((d) => d.email)).toEqual([rejected]);
    expect(failed[0]?.lastError).toContain("550");
    expect((await getIssue(t.ctx, operator, issueId)).status).toBe("sent");
  });

  it("lets two senders share one ledger without sending anyone twice", async () => {
    const addresses = await subscribers(40);
    const smtp = await smtpServer();
    await sentIssue();
    await Promise.all([sender(withSmtp(smtp.url)).drain(), sender(withSmtp(smtp.url)).drain()]);
    const counts = countBy(smtp.recipients());
    expect(counts.size).toBe(addresses.length);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
  });

  it("skips subscribers who unsubscribed or were erased after the send started", async () => {
    const [stays, leaves, erased] = await subscribers(3);
    const smtp = await smtpServer();
    const issueId = await sentIssue();
    await t.ctx.db.execute(sql`update newsletter_subscribers set status = 'unsubscribed' where email = ${leaves}`);
    const erasedId = (await listIssueDeliveries(t.ctx, operator, issueId, { limit: 10, offset: 0 })).items.find((d) => d.email === erased);
    const subscriberRows = await t.ctx.db.execute(sql`select id from newsletter_subscribers where email = ${erased}`);
    const row = ((subscriberRows as unknown as { rows?: { id: string }[] }).rows ?? (subscriberRows as unknown as { id: string }[]))[0];
    expect(erasedId).toBeDefined();
    await eraseSubscriber(t.ctx, operator, row?.id as string);
    await sender(withSmtp(smtp.url)).drain();
    expect(smtp.recipients()).toEqual([stays]);
    expect(await getIssue(t.ctx, operator, issueId)).toMatchObject({ status: "sent", progress: { sent: 1, skipped: 2 } });
  });

  it("writes each copy to the outbox exactly once without SMTP, and the outbox sender never mails those copies later", async () => {
    const addresses = await subscribers(4);
    const issueId = await sentIssue();
    await sender(t.ctx).drain();
    await sender(t.ctx).drain();
    const copies = (await listOutbox(t.ctx.db, null)).filter((m) => m.kind === "newsletter_issue");
    expect(copies.map((m) => m.toAddress).sort()).toEqual([...addresses].sort());
    expect(copies.every((m) => (m.headers as Record<string, string>)["List-Unsubscribe-Post"] === "List-Unsubscribe=One-Click")).toBe(true);
    expect((await getIssue(t.ctx, operator, issueId)).progress).toMatchObject({ sent: 4 });

    const smtp = await smtpServer();
    const outbox = startOutboxSender({ db: t.ctx.db, smtpUrl: smtp.url, from: t.ctx.config.MAIL_FROM, log: pino({ level: "silent" }), now: () => clock });
    await outbox.drain();
    await outbox.stop();
    expect(smtp.recipients().filter((r) => addresses.includes(r))).toEqual([]);
  });

  it("refuses to send when confirmed subscribers read a language the issue lacks", async () => {
    await subscribers(3);
    const issue = await createIssue(t.ctx, operator, { versions: { nl: { subject: "Alleen Nederlands", body: "x" } } });
    await expect(startIssueSend(t.ctx, operator, issue.id)).rejects.toMatchObject({ code: "VALIDATION", field: "versions.en" });
    expect((await getIssue(t.ctx, operator, issue.id)).status).toBe("draft");
  });
});
