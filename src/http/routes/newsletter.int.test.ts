import { sql } from "drizzle-orm";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startNewsletterSender } from "../../app/newsletter/issue-sender";
import { linkIn, startSmtpTestServer } from "../../app/newsletter/smtp-test-server.test-helpers";
import { listOutbox } from "../../db/outbox-repo";
import { startOutboxSender } from "../../email/sender";
import { startTestApp, type TTestClient } from "../../test-support/test-app";
import { testDatabaseKind } from "../../test-support/test-database";

let t: Awaited<ReturnType<typeof startTestApp>>;
let smtp: Awaited<ReturnType<typeof startSmtpTestServer>>;
let operator: TTestClient;
let clock = new Date("2026-11-27T09:00:00Z");
const minutes = (n: number) => {
  clock = new Date(clock.getTime() + n * 60_000);
};

/** Delivers what the outbox holds to the test SMTP server. */
async function deliverOutbox() {
  const sender = startOutboxSender({ db: t.ctx.db, smtpUrl: smtp.url, from: t.ctx.config.MAIL_FROM, log: pino({ level: "silent" }), now: () => clock });
  await sender.drain();
  await sender.stop();
}

/** Runs a newsletter sender over the ledger until nothing is due. */
async function deliverIssues() {
  const sender = startNewsletterSender(t.ctx, { intervalMs: 0 });
  await sender.drain();
  await sender.stop();
}

const subscribeJson = (email: string, language = "fr", ip = "192.0.2.10") =>
  t.client(ip).request("/api/newsletter/subscriptions", { method: "POST", json: { email, language, consent: true } });

const mailsTo = (address: string) => smtp.received.filter((m) => m.rcptTo.includes(address));

async function confirmFromMail(address: string) {
  const mail = mailsTo(address).at(-1);
  const url = linkIn(mail?.parsed.text ?? "", /https?:\/\/\S+\/newsletter\/confirm#token=[A-Za-z0-9_-]+/);
  const token = new URL(url).hash.replace("#token=", "");
  return t.client().request("/api/newsletter/confirm", { method: "POST", json: { token } });
}

async function subscriberRow(email: string) {
  const rows = await t.ctx.db.execute(sql`select status, language from newsletter_subscribers where email = ${email}`);
  return (rows as unknown as { rows?: unknown[] }).rows?.[0] ?? (rows as unknown as unknown[])[0];
}

beforeAll(async () => {
  smtp = await startSmtpTestServer();
  t = await startTestApp({ now: () => clock, config: { SMTP_URL: smtp.url } });
  const org = await t.createOrganisation("sterk-ops");
  operator = await t.signedIn("operator@sterk.test", org.id, [], true);
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

describe(`newsletter subscription (${testDatabaseKind}, real SMTP)`, () => {
  it("goes from subscribe to confirmation mail to an issue whose one-click unsubscribe works", async () => {
    const address = "claire.dupont@example.be";
    expect((await subscribeJson("Claire.Dupont@Example.BE")).status).toBe(202);
    await deliverOutbox();
    const confirmation = mailsTo(address);
    expect(confirmation).toHaveLength(1);
    expect(confirmation[0]?.parsed.subject).toBe("Confirmez votre inscription à Sterk Insights");
    expect(confirmation[0]?.parsed.html).toContain('lang="fr"');

    const confirmed = await confirmFromMail(address);
    expect(confirmed.status).toBe(200);
    expect(await confirmed.json()).toEqual({ status: "confirmed", language: "fr" });

    const created = await operator.request("/api/newsletter/issues", {
      method: "POST",
      json: { versions: { fr: { subject: "Les forces d'abord", body: "# Bonjour\n\nLisez [notre article](https://sterk.example/a)." } } },
    });
    expect(created.status).toBe(201);
    const issueId = (await created.json()).id as string;
    expect((await operator.request(`/api/newsletter/issues/${issueId}/send`, { method: "POST" })).status).toBe(202);
    await deliverIssues();

    const issue = mailsTo(address).find((m) => m.parsed.subject === "Les forces d'abord");
    if (!issue) throw new Error("the issue did not arrive");
    expect(issue.parsed.text).toContain("notre article (https://sterk.example/a)");
    expect(issue.parsed.html).toContain('<a href="https://sterk.example/a">notre article</a>');
    const headers = issue.raw.slice(0, issue.raw.search(/\r?\n\r?\n/)).replace(/\r?\n[ \t]+/g, " ");
    expect(headers).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
    const listUnsubscribe = String(headers.match(/^List-Unsubscribe: <([^>]+)>$/m)?.[1]);
    expect(listUnsubscribe).toMatch(/^http:\/\/localhost:3000\/api\/newsletter\/unsubscribe\?token=[0-9a-f]{64}$/);

    // RFC 8058: the mail provider posts from its own server — no cookie, no CSRF token, its own Origin.
    const oneClick = () =>
      t.app.request(listUnsubscribe, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://mail.provider.example" },
        body: "List-Unsubscribe=One-Click",
      });
    const first = await oneClick();
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ outcome: "unsubscribed" });
    expect(await subscriberRow(address)).toMatchObject({ status: "unsubscribed" });
    const second = await oneClick();
    expect(second.status).toBe(200);
    expect(await second.json()).toEqual({ outcome: "already_unsubscribed" });

    const progress = await (await operator.request(`/api/newsletter/issues/${issueId}`)).json();
    expect(progress).toMatchObject({ status: "sent", progress: { total: 1, sent: 1 } });
  });

  it("answers a new, a pending and a subscribed address identically, mailing only where due", async () => {
    const fresh = "fresh@example.com";
    const pending = "pending@example.com";
    const subscribed = "subscribed@example.com";
    await subscribeJson(pending);
    await subscribeJson(subscribed);
    await deliverOutbox();
    expect((await confirmFromMail(subscribed)).status).toBe(200);
    const before = smtp.received.length;
    const answers = await Promise.all([fresh, pending, subscribed].map((a) => subscribeJson(a, "nl", "192.0.2.77")));
    const bodies = await Promise.all(answers.map((r) => r.text()));
    expect(answers.map((r) => r.status)).toEqual([202, 202, 202]);
    expect(new Set(bodies).size).toBe(1);
    expect(new Set(answers.map((r) => r.headers.get("content-type"))).size).toBe(1);
    await deliverOutbox();
    expect(smtp.received.slice(before).flatMap((m) => m.rcptTo)).toEqual([fresh]);
  });

  it.each([
    ["a line feed", "victim@example.com\nBcc: all@example.com"],
    ["a carriage return and line feed", "victim@example.com\r\nBcc: all@example.com"],
    ["a trailing CRLF", "victim@example.com\r\n"],
    ["a line separator", "victim@example.com\u2028Bcc: all@example.com"],
    ["an escape character", "victim@exam\u001bple.com"],
  ])("refuses an address with %s: 400 naming email, nothing stored or sent", async (_, email) => {
    const before = (await listOutbox(t.ctx.db, null)).length;
    const response = await subscribeJson(email);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: "VALIDATION", field: "email" });
    expect((await listOutbox(t.ctx.db, null)).length).toBe(before);
  });

  it("refuses header injection in a test send's address too, and in an issue subject", async () => {
    const issue = await operator.request("/api/newsletter/issues", { method: "POST", json: { versions: { nl: { subject: "Test", body: "x" } } } });
    const id = (await issue.json()).id;
    const test = await operator.request(`/api/newsletter/issues/${id}/test`, { method: "POST", json: { email: "me@example.com\r\nBcc: x@example.com", language: "nl" } });
    expect(test.status).toBe(400);
    expect(await test.json()).toMatchObject({ field: "email" });
    const subject = await operator.request("/api/newsletter/issues", { method: "POST", json: { versions: { nl: { subject: "Hi\r\nBcc: x@example.com", body: "x" } } } });
    expect(subject.status).toBe(400);
    expect(await subject.json()).toMatchObject({ field: "versions.nl.subject" });
  });

  it("takes a filled honeypot with the same answer and does nothing", async () => {
    const before = (await listOutbox(t.ctx.db, null)).length;
    const bot = await t.client("192.0.2.99").request("/api/newsletter/subscriptions", {
      method: "POST",
      json: { email: "bot-target@example.com", language: "en", consent: true, website: "https://spam.example" },
    });
    const human = await subscribeJson("human@example.com", "en", "192.0.2.98");
    expect(bot.status).toBe(202);
    expect(await bot.text()).toBe(await human.text());
    const after = await listOutbox(t.ctx.db, null);
    expect(after.length).toBe(before + 1);
    expect(after.some((m) => m.toAddress === "bot-target@example.com")).toBe(false);
  });

  it("refuses a subscription without consent, naming the field", async () => {
    const response = await t.client().request("/api/newsletter/subscriptions", { method: "POST", json: { email: "x@example.com", language: "en", consent: false } });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ field: "consent" });
  });

  it("answers a huge payload with 413 and nothing stored", async () => {
    const response = await t.client().request("/api/newsletter/subscriptions", {
      method: "POST",
      json: { email: `${"a".repeat(40_000)}@example.com`, language: "en", consent: true },
    });
    expect(response.status).toBe(413);
  });

  it("slows one IP down after 10 subscription requests in 15 minutes", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await subscribeJson(`flood${i}@example.com`, "en", "198.51.100.200")).status);
    expect(statuses.slice(0, 10).every((s) => s === 202)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
    expect((await subscribeJson("other-ip@example.com", "en", "198.51.100.201")).status).toBe(202);
  });

  it("makes a confirmation link single use, and refuses it after 48 hours", async () => {
    await subscribeJson("late@example.com", "en", "192.0.2.50");
    await subscribeJson("twice@example.com", "en", "192.0.2.50");
    await deliverOutbox();
    expect((await confirmFromMail("twice@example.com")).status).toBe(200);
    const replay = await confirmFromMail("twice@example.com");
    expect(replay.status).toBe(400);
    expect(await replay.json()).toMatchObject({ code: "INVALID_TOKEN", field: "token" });
    minutes(48 * 60 + 1);
    const expired = await confirmFromMail("late@example.com");
    expect(expired.status).toBe(400);
    expect(await expired.json()).toMatchObject({ code: "INVALID_TOKEN" });
    expect(await subscriberRow("late@example.com")).toMatchObject({ status: "pending" });
  });

  it("subscribes from a plain HTML form, also for a signed-in visitor without a CSRF token and from another site", async () => {
    const form = (email: string, extra: Record<string, string> = {}) =>
      new URLSearchParams({ email, language: "fr", consent: "yes", website: "", ...extra }).toString();
    const own = await operator.request("/api/newsletter/subscriptions", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", "x-csrf-token": "" },
      body: form("form-user@example.com"),
    });
    expect(own.status).toBe(303);
    expect(own.headers.get("location")).toBe("/insights/fr/newsletter/subscribed");
    const embedded = await t.client("192.0.2.60").request("/api/newsletter/subscriptions", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://partner.example" },
      body: form("embedded@example.com"),
    });
    expect(embedded.status).toBe(303);
    const bad = await t.client("192.0.2.61").request("/api/newsletter/subscriptions", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: form("not an address"),
    });
    expect(bad.status).toBe(303);
    expect(bad.headers.get("location")).toBe("/insights/fr?subscribe=email#subscribe");
    const noConsent = await t.client("192.0.2.62").request("/api/newsletter/subscriptions", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ email: "nc@example.com", language: "nl" }).toString(),
    });
    expect(noConsent.headers.get("location")).toBe("/insights/nl?subscribe=consent#subscribe");
    expect(await subscriberRow("form-user@example.com")).toMatchObject({ status: "pending", language: "fr" });
    expect(await subscriberRow("nc@example.com")).toBeUndefined();
  });

  it("still refuses foreign-origin posts to the other newsletter endpoints", async () => {
    const response = await t.client().request("/api/newsletter/confirm", { method: "POST", json: { token: "x".repeat(43) }, headers: { origin: "https://evil.example" } });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ code: "CSRF" });
  });
});

/** Every row of every table that mentions the text, as "table: n". */
async function rowsMentioning(text: string): Promise<string[]> {
  const result = await t.ctx.db.execute(sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`);
  const tables = ((result as unknown as { rows?: { table_name: string }[] }).rows ?? (result as unknown as { table_name: string }[])).map((r) => r.table_name);
  const hits: string[] = [];
  for (const table of tables) {
    const counted = await t.ctx.db.execute(sql`select count(*)::int as n from ${sql.identifier(table)} t where t::text ilike ${`%${text}%`}`);
    const n = ((counted as unknown as { rows?: { n: number }[] }).rows ?? (counted as unknown as { n: number }[]))[0]?.n ?? 0;
    if (n > 0) hits.push(`${table}: ${n}`);
  }
  return hits;
}

describe(`newsletter preferences and GDPR (${testDatabaseKind})`, () => {
  const address = "erase.me@example.org";
  let preferencesToken = "";

  it("reaches the preferences page from an issue and changes the language", async () => {
    await subscribeJson(address, "fr", "192.0.2.120");
    await deliverOutbox();
    expect((await confirmFromMail(address)).status).toBe(200);
    const versions = { nl: { subject: "Nieuws", body: "x" }, fr: { subject: "Nouvelles", body: "x" }, en: { subject: "News", body: "x" } };
    const issue = await (await operator.request("/api/newsletter/issues", { method: "POST", json: { versions } })).json();
    expect((await operator.request(`/api/newsletter/issues/${issue.id}/send`, { method: "POST" })).status).toBe(202);
    await deliverIssues();
    const mail = mailsTo(address).find((m) => m.parsed.subject === "Nouvelles");
    const url = linkIn(mail?.parsed.text ?? "", /https?:\/\/\S+\/insights\/fr\/newsletter\/preferences#token=[0-9a-f]{64}/);
    preferencesToken = new URL(url).hash.replace("#token=", "");

    const prefs = await t.client().request("/api/newsletter/preferences/lookup", { method: "POST", json: { token: preferencesToken } });
    expect(await prefs.json()).toEqual({ email: address, language: "fr", status: "confirmed" });
    const change = () => t.client().request("/api/newsletter/preferences/language", { method: "POST", json: { token: preferencesToken, language: "nl" } });
    expect(await (await change()).json()).toEqual({ changed: true });
    expect(await (await change()).json()).toEqual({ changed: false });
    expect(await subscriberRow(address)).toMatchObject({ language: "nl", status: "confirmed" });
  });

  it("exports everything held about the subscriber, and nothing about anyone else", async () => {
    const response = await t.client().request("/api/newsletter/preferences/export", { method: "POST", json: { token: preferencesToken } });
    expect(response.status).toBe(200);
    const data = await response.json();
    expect(data.subscriber).toMatchObject({ email: address, language: "nl", status: "confirmed" });
    expect(data.consents.map((c: { action: string }) => c.action)).toEqual(["subscribe_request", "confirm", "language_change"]);
    expect(data.consents.every((c: { consentVersion: string; ipHmac: string }) => c.consentVersion && /^[0-9a-f]{64}$/.test(c.ipHmac))).toBe(true);
    expect(data.issuesReceived).toEqual([expect.objectContaining({ subject: "Nouvelles", status: "sent" })]);
    expect(JSON.stringify(data)).not.toContain("192.0.2.120");
    expect(JSON.stringify(data)).not.toMatch(/claire\.dupont|fresh@|pending@/);
  });

  it("erases the subscriber so that no row anywhere holds the address, and kills every link", async () => {
    expect(await rowsMentioning(address)).not.toEqual([]);
    const erase = await t.client().request("/api/newsletter/preferences/erase", { method: "POST", json: { token: preferencesToken } });
    expect(erase.status).toBe(200);
    expect(await rowsMentioning(address)).toEqual([]);
    const lookup = await t.client().request("/api/newsletter/preferences/lookup", { method: "POST", json: { token: preferencesToken } });
    expect(lookup.status).toBe(400);
    expect((await t.client().request("/api/newsletter/preferences/erase", { method: "POST", json: { token: preferencesToken } })).status).toBe(400);
  });

  it("keeps an erased address out of imports, yet lets the person subscribe again through double opt-in", async () => {
    const imported = await operator.request("/api/newsletter/subscribers/import", {
      method: "POST",
      json: { subscribers: [{ email: address, language: "fr", consentedAt: "2025-06-01T00:00:00Z", source: "old list" }] },
    });
    expect(await imported.json()).toMatchObject({ imported: 0, suppressed: 1 });
    expect(await rowsMentioning(address)).toEqual([]);
    expect((await subscribeJson(address, "en", "192.0.2.121")).status).toBe(202);
    expect(await subscriberRow(address)).toMatchObject({ status: "pending" });
  });

  it("lets the operator list, export and erase a subscriber", async () => {
    const list = await (await operator.request(`/api/newsletter/subscribers?q=${encodeURIComponent("embedded@")}`)).json();
    expect(list.items.map((s: { email: string }) => s.email)).toEqual(["embedded@example.com"]);
    const id = list.items[0].id as string;
    const exported = await operator.request(`/api/newsletter/subscribers/${id}/export`);
    expect((await exported.json()).subscriber.email).toBe("embedded@example.com");
    expect((await operator.request(`/api/newsletter/subscribers/${id}`, { method: "DELETE" })).status).toBe(200);
    expect(await rowsMentioning("embedded@example.com")).toEqual([]);
    expect((await operator.request(`/api/newsletter/subscribers/${id}`, { method: "DELETE" })).status).toBe(404);
  });

  it("refuses the operator's newsletter routes to an HR admin and to anonymous callers", async () => {
    const org = await t.createOrganisation("client-org");
    const hr = await t.signedIn("hr@client.test", org.id, ["hr_admin"]);
    for (const path of ["/api/newsletter/subscribers", "/api/newsletter/issues"]) {
      expect((await hr.request(path)).status).toBe(403);
      expect((await t.client().request(path)).status).toBe(401);
    }
  });
});
