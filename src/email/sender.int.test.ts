import { eq } from "drizzle-orm";
import pino from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startSmtpTestServer } from "../app/newsletter/smtp-test-server.test-helpers";
import type { TDatabase } from "../db/client";
import { insertOutboxMessage } from "../db/outbox-repo";
import { outbox } from "../db/schema/index";
import { openTestDatabase, testDatabaseKind } from "../test-support/test-database";
import { STUCK_AFTER_MS, startOutboxSender } from "./sender";

let database: TDatabase;
let smtp: Awaited<ReturnType<typeof startSmtpTestServer>>;
const now = new Date("2026-03-02T09:00:00Z");
const log = pino({ level: "silent" });

beforeAll(async () => {
  database = await openTestDatabase();
  smtp = await startSmtpTestServer();
});
afterAll(async () => {
  await smtp.close();
  await database.close();
});
beforeEach(async () => {
  await database.db.delete(outbox);
  smtp.received.length = 0;
});

/** A message another sender claimed `agoMs` before now (status sending). */
async function claimedElsewhere(to: string, agoMs: number) {
  const row = await insertOutboxMessage(database.db, { organisationId: null, kind: "test", toAddress: to, subject: "Hello", textBody: "Hello" });
  await database.db.update(outbox).set({ status: "sending", attempts: 1, claimedAt: new Date(now.getTime() - agoMs) }).where(eq(outbox.id, row.id));
  return row.id;
}

const sender = (exclusive: boolean) => startOutboxSender({ db: database.db, smtpUrl: smtp.url, from: "Sterk <no-reply@sterk.test>", log, now: () => now, intervalMs: 0, exclusive });
const statusOf = async (id: string) => (await database.db.select().from(outbox).where(eq(outbox.id, id)))[0]?.status;

describe(`the outbox sender beside other processes (${testDatabaseKind})`, () => {
  it("never takes back a message another process is handing over, only one whose sender died long ago", async () => {
    const inFlight = await claimedElsewhere("in-flight@example.be", 60_000);
    const abandoned = await claimedElsewhere("abandoned@example.be", STUCK_AFTER_MS + 60_000);
    const s = sender(false);
    expect(await s.drain()).toBe(1);
    await s.stop();
    expect(smtp.received.map((m) => m.rcptTo).flat()).toEqual(["abandoned@example.be"]);
    expect(await statusOf(inFlight)).toBe("sending");
    expect(await statusOf(abandoned)).toBe("sent");
  });

  it("alone on its data (embedded, locked), takes back every claim at start: they were the crashed process's", async () => {
    const crashed = await claimedElsewhere("crashed@example.be", 1000);
    const s = sender(true);
    expect(await s.drain()).toBe(1);
    await s.stop();
    expect(await statusOf(crashed)).toBe("sent");
  });
});
