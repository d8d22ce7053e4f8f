import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashSecret, newSecret } from "../../app/shared/secrets";
import { insertApiToken } from "../../db/api-tokens-repo";
import { listOutbox } from "../../db/outbox-repo";
import { startTestApp, TEST_ORIGIN, TEST_PASSWORD } from "../../test-support/test-app";
import { testDatabaseKind } from "../../test-support/test-database";
import { createHttpApp } from "../app";

let t: Awaited<ReturnType<typeof startTestApp>>;
let orgId: string;

beforeAll(async () => {
  t = await startTestApp();
  orgId = (await t.createOrganisation("acme", "Acme")).id;
});
afterAll(() => t.close());

async function mailsTo(address: string, kind = "password_reset") {
  return (await listOutbox(t.ctx.db, null, 1000)).filter((m) => m.toAddress === address && m.kind === kind);
}

function tokenOf(text: string) {
  const match = /#token=([A-Za-z0-9_-]+)/.exec(text);
  if (!match?.[1]) throw new Error("no token in email");
  return match[1];
}

async function requestReset(email: string, ip = "127.0.0.1") {
  const response = await t.client(ip).request("/api/auth/password-reset", { method: "POST", json: { email } });
  await t.settle();
  return response;
}

/** Requests a link and returns its token (newest mail to that address). */
async function freshLink(email: string, ip: string) {
  expect((await requestReset(email, ip)).status).toBe(202);
  const [newest] = await mailsTo(email);
  return tokenOf(newest?.textBody ?? "");
}

const confirm = (token: string, password: string) =>
  t.client().request("/api/auth/password-reset/confirm", { method: "POST", json: { token, password } });

describe(`password reset (${testDatabaseKind})`, () => {
  it("answers before looking the address up: known and unknown get the same 202 and no work is done on the response path", async () => {
    await t.createUser("timing@acme.test", [{ organisationId: orgId, roles: ["manager"] }]);
    const queued: (() => Promise<void>)[] = [];
    const app = createHttpApp({ ...t.ctx, background: (task) => void queued.push(task) }, { version: "test" });
    const post = (email: string) =>
      app.request(`${TEST_ORIGIN}/api/auth/password-reset`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: TEST_ORIGIN },
        body: JSON.stringify({ email }),
      }, { incoming: { socket: { remoteAddress: "192.0.2.77" } } });
    const known = await post("timing@acme.test");
    const unknown = await post("nobody-here@acme.test");
    expect([known.status, unknown.status]).toEqual([202, 202]);
    expect(await known.text()).toBe(await unknown.text());
    expect(queued).toHaveLength(2);
    expect(await mailsTo("timing@acme.test")).toHaveLength(0);
    for (const task of queued) await task();
    expect(await mailsTo("timing@acme.test")).toHaveLength(1);
  });

  it("sends at most 3 reset emails per account per hour, whatever the IPs (4 IPs × 15 requests)", async () => {
    await t.createUser("flood@acme.test", [{ organisationId: orgId, roles: ["manager"] }]);
    const statuses: number[] = [];
    for (let ip = 1; ip <= 4; ip++) {
      for (let i = 0; i < 15; i++) statuses.push((await requestReset("flood@acme.test", `198.51.100.${ip}`)).status);
    }
    expect(await mailsTo("flood@acme.test")).toHaveLength(3);
    expect(statuses.filter((s) => s === 202)).toHaveLength(40);
    expect(statuses.filter((s) => s === 429)).toHaveLength(20);
  });

  it("holds the per-IP limit across two server processes on one database", async () => {
    const other = createHttpApp(t.ctx, { version: "test" });
    for (let i = 0; i < 10; i++) expect((await requestReset(`spread-${i}@acme.test`, "192.0.2.88")).status).toBe(202);
    const onOther = await other.request(`${TEST_ORIGIN}/api/auth/password-reset`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: TEST_ORIGIN },
      body: JSON.stringify({ email: "spread-x@acme.test" }),
    }, { incoming: { socket: { remoteAddress: "192.0.2.88" } } });
    expect(onOther.status).toBe(429);
    expect(Number(onOther.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("voids an older link when a newer one is issued, and every other link when one is used", async () => {
    await t.createUser("links@acme.test", [{ organisationId: orgId, roles: ["manager"] }]);
    const first = await freshLink("links@acme.test", "192.0.2.10");
    const second = await freshLink("links@acme.test", "192.0.2.11");
    expect((await confirm(first, "a superseded password")).status).toBe(400);
    expect((await confirm(second, "the newest password")).status).toBe(200);
    expect((await confirm(first, "an old link again")).status).toBe(400);
    expect((await t.client().signIn("links@acme.test", "the newest password")).status).toBe(200);
  });

  it("ends every session, revokes the API tokens and tells the owner in their language", async () => {
    const user = await t.createUser("owner@acme.test", [{ organisationId: orgId, roles: ["manager"] }]);
    const apiToken = newSecret("sterk_");
    await insertApiToken(t.ctx.db, { organisationId: orgId, userId: user.id, name: "script", tokenHash: hashSecret(apiToken) });
    const bearer = { authorization: `Bearer ${apiToken}` };
    expect((await t.client().request("/api/people", { headers: bearer })).status).not.toBe(401);
    const browser = t.client();
    await browser.signIn("owner@acme.test");
    const token = await freshLink("owner@acme.test", "192.0.2.20");
    expect((await confirm(token, "a completely new password")).status).toBe(200);
    expect((await browser.request("/api/auth/session")).status).toBe(401);
    const afterReset = await t.client().request("/api/people", { headers: bearer });
    expect(afterReset.status).toBe(401);
    const [notice] = await mailsTo("owner@acme.test", "password_changed");
    expect(notice?.subject).toBe("Uw wachtwoord voor Sterk is gewijzigd");
    expect(notice?.textBody).toContain("API-tokens zijn ingetrokken");
    expect((await t.client().signIn("owner@acme.test", TEST_PASSWORD)).status).toBe(401);
  });

  it("names the field of a malformed request and answers garbage with a 4xx", async () => {
    const bad = await t.client("192.0.2.30").request("/api/auth/password-reset", { method: "POST", json: { email: 42 } });
    expect(bad.status).toBe(400);
    expect((await bad.json()).field).toBe("email");
  });
});
