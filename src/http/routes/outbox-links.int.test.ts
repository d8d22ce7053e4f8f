import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSmtpTestServer } from "../../app/newsletter/smtp-test-server.test-helpers";
import { insertOutboxMessage, listOutbox as listOutboxRows } from "../../db/outbox-repo";
import { startOutboxSender } from "../../email/sender";
import { startTestApp, TEST_ORIGIN, type TTestClient } from "../../test-support/test-app";
import { testDatabaseKind } from "../../test-support/test-database";
import { createHttpApp } from "../app";

let t: Awaited<ReturnType<typeof startTestApp>>;
let orgB: string;
let hrB: TTestClient;
let operator: TTestClient;

/** A usable token: `token=` followed by token characters rather than the ellipsis. */
const USABLE = /token=[A-Za-z0-9_%-]{8,}/;
const secret = (n: number) => `Secret${n}Token${"x".repeat(30)}`;

const linkEmails = (org: string) => [
  { organisationId: org, kind: "invitation", text: `Accept: ${TEST_ORIGIN}/invitation#token=${secret(1)}` },
  { organisationId: org, kind: "feedback_invitation", text: `Answer: ${TEST_ORIGIN}/rate#token=${secret(2)}` },
  { organisationId: org, kind: "feedback_reminder", text: `Answer: ${TEST_ORIGIN}/rate#token=${secret(3)}` },
  { organisationId: org, kind: "some_future_kind", text: `Open: ${TEST_ORIGIN}/x?lang=nl&token=${secret(4)}` },
  { organisationId: null, kind: "password_reset", text: `Reset: ${TEST_ORIGIN}/reset-password#token=${secret(5)}` },
  { organisationId: null, kind: "newsletter_confirmation", text: `Confirm: ${TEST_ORIGIN}/insights/nl/newsletter/confirm#token=${secret(6)}` },
];

beforeAll(async () => {
  t = await startTestApp();
  const orgA = (await t.createOrganisation("org-a", "A")).id;
  orgB = (await t.createOrganisation("org-b", "B")).id;
  for (const org of [orgA, orgB]) {
    for (const m of linkEmails(org)) {
      await insertOutboxMessage(t.ctx.db, { organisationId: m.organisationId, kind: m.kind, toAddress: `${m.kind}@x.test`, subject: m.kind, textBody: m.text });
    }
  }
  hrB = await t.signedIn("hr@b.test", orgB, ["hr_admin"]);
  operator = await t.signedIn("operator@sterk.test", orgB, [], true);
});
afterAll(() => t.close());

async function outboxTexts(client: TTestClient, app?: ReturnType<typeof createHttpApp>) {
  const response = app
    ? await app.request(`${TEST_ORIGIN}/api/outbox`, { headers: { cookie: client.cookie ?? "" } })
    : await client.request("/api/outbox");
  expect(response.status).toBe(200);
  return ((await response.json()).items as { kind: string; text: string }[]);
}

describe(`emailed links in the outbox (${testDatabaseKind})`, () => {
  it("never shows HR a usable link of any kind", async () => {
    const items = await outboxTexts(hrB);
    expect(items.length).toBeGreaterThanOrEqual(4);
    expect(items.filter((i) => USABLE.test(i.text))).toEqual([]);
    expect(items.find((i) => i.kind === "invitation")?.text).toContain("/invitation#token=…");
  });

  it("shows the operator of an install without SMTP the account links, never a rater's", async () => {
    const items = await outboxTexts(operator);
    const usableKinds = new Set(items.filter((i) => USABLE.test(i.text)).map((i) => i.kind));
    expect([...usableKinds].sort()).toEqual(["invitation", "newsletter_confirmation", "password_reset", "some_future_kind"]);
  });

  it("shows nobody a usable link once SMTP is configured, the operator included", async () => {
    const withSmtp = createHttpApp({ ...t.ctx, config: { ...t.ctx.config, SMTP_URL: "smtp://127.0.0.1:9?tls=off" } }, { version: "test" });
    for (const reader of [operator, hrB]) {
      const items = await outboxTexts(reader, withSmtp);
      expect(items.filter((i) => USABLE.test(i.text))).toEqual([]);
    }
  });

  it("keeps no token in the stored row once SMTP delivered it; the recipient got the real link", async () => {
    const smtp = await startSmtpTestServer();
    const token = secret(9);
    const link = `${TEST_ORIGIN}/api/newsletter/unsubscribe?token=${token}`;
    const row = await insertOutboxMessage(t.ctx.db, {
      organisationId: null,
      kind: "password_reset",
      toAddress: "delivered@x.test",
      subject: "Reset",
      textBody: `Reset: ${TEST_ORIGIN}/reset-password#token=${token}`,
      htmlBody: `<a href="${TEST_ORIGIN}/reset-password#token=${token}">Reset</a>`,
      headers: { "List-Unsubscribe": `<${link}>` },
    });
    const sender = startOutboxSender({ db: t.ctx.db, smtpUrl: smtp.url, from: "Sterk <no-reply@sterk.test>", log: pino({ level: "silent" }), now: () => new Date() });
    try {
      await sender.drain();
      await smtp.waitFor(1);
      const delivered = smtp.received.find((m) => m.rcptTo.includes("delivered@x.test"));
      expect(delivered?.parsed.text).toContain(`#token=${token}`);
      const stored = (await listOutboxRows(t.ctx.db, null, 1000)).find((r) => r.id === row.id);
      expect(stored?.status).toBe("sent");
      expect(JSON.stringify([stored?.textBody, stored?.htmlBody, stored?.headers])).not.toContain(token);
      expect(stored?.textBody).toBe(`Reset: ${TEST_ORIGIN}/reset-password#token=…`);
      expect(stored?.headers).toEqual({ "List-Unsubscribe": `<${TEST_ORIGIN}/api/newsletter/unsubscribe?token=…>` });
    } finally {
      await sender.stop();
      await smtp.close();
    }
  });
});
