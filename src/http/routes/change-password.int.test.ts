import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashSecret, newSecret } from "../../app/shared/secrets";
import { insertApiToken } from "../../db/api-tokens-repo";
import { updateUser } from "../../db/auth-repo";
import { listOutbox } from "../../db/outbox-repo";
import { startTestApp, TEST_PASSWORD } from "../../test-support/test-app";
import { testDatabaseKind } from "../../test-support/test-database";

let t: Awaited<ReturnType<typeof startTestApp>>;
let orgId: string;

beforeAll(async () => {
  t = await startTestApp();
  orgId = (await t.createOrganisation("acme", "Acme")).id;
});
afterAll(() => t.close());

const NEW_PASSWORD = "my fresh and long password";

async function member(email: string) {
  const user = await t.createUser(email, [{ organisationId: orgId, roles: ["manager"] }]);
  const browser = t.client();
  expect((await browser.signIn(email)).status).toBe(200);
  return { user, browser };
}

async function apiTokenOf(userId: string) {
  const token = newSecret("sterk_");
  await insertApiToken(t.ctx.db, { organisationId: orgId, userId, name: "script", tokenHash: hashSecret(token) });
  return { authorization: `Bearer ${token}` };
}

describe(`change password (${testDatabaseKind})`, () => {
  it("changes the password, keeps this browser signed in (same CSRF token) and ends every other session", async () => {
    const { browser } = await member("change@acme.test");
    const other = t.client();
    await other.signIn("change@acme.test");
    const oldCookie = browser.cookie ?? "";
    const csrf = browser.csrfToken;
    const response = await browser.request("/api/me/password", { method: "POST", json: { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
    expect(browser.cookie).not.toBe(oldCookie);
    const session = await browser.request("/api/auth/session");
    expect(session.status).toBe(200);
    expect((await session.json()).csrfToken).toBe(csrf);
    expect((await browser.request("/api/me", { method: "PATCH", json: { locale: "en" } })).status).toBe(200);
    expect((await other.request("/api/auth/session")).status).toBe(401);
    expect((await t.client().request("/api/auth/session", { headers: { cookie: oldCookie } })).status).toBe(401);
    expect((await t.client().signIn("change@acme.test", TEST_PASSWORD)).status).toBe(401);
    expect((await t.client().signIn("change@acme.test", NEW_PASSWORD)).status).toBe(200);
  });

  it("emails a notice in the account's language and revokes API tokens only when asked", async () => {
    const { user, browser } = await member("notice@acme.test");
    await browser.request("/api/me", { method: "PATCH", json: { locale: "fr" } });
    const bearer = await apiTokenOf(user.id);
    await browser.request("/api/me/password", { method: "POST", json: { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD } });
    expect((await t.client().request("/api/people", { headers: bearer })).status).not.toBe(401);
    await browser.request("/api/me/password", { method: "POST", json: { currentPassword: NEW_PASSWORD, newPassword: "yet another long password", revokeApiTokens: true } });
    expect((await t.client().request("/api/people", { headers: bearer })).status).toBe(401);
    const notices = (await listOutbox(t.ctx.db, null, 1000)).filter((m) => m.toAddress === "notice@acme.test" && m.kind === "password_changed");
    expect(notices).toHaveLength(2);
    expect(notices.every((m) => m.subject === "Votre mot de passe Sterk a été modifié")).toBe(true);
    expect(notices.filter((m) => m.textBody.includes("jetons d'API ont été révoqués"))).toHaveLength(1);
  });

  it("answers a wrong current password with a 400 on currentPassword, counted like a failed sign-in", async () => {
    const { browser } = await member("guessed@acme.test");
    const wrong = await browser.request("/api/me/password", { method: "POST", json: { currentPassword: "not it", newPassword: NEW_PASSWORD } });
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toMatchObject({ code: "VALIDATION", field: "currentPassword" });
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) {
      statuses.push((await browser.request("/api/me/password", { method: "POST", json: { currentPassword: `guess ${i}`, newPassword: NEW_PASSWORD } })).status);
    }
    expect(statuses.slice(0, 9).every((s) => s === 400)).toBe(true);
    expect(statuses[9]).toBe(429);
    expect((await t.client("198.51.100.99").signIn("guessed@acme.test")).status).toBe(429);
    expect((await browser.request("/api/auth/session")).status).toBe(200);
  });

  it("voids an outstanding reset link", async () => {
    const { browser } = await member("linked@acme.test");
    await t.client("192.0.2.5").request("/api/auth/password-reset", { method: "POST", json: { email: "linked@acme.test" } });
    await t.settle();
    const mail = (await listOutbox(t.ctx.db, null, 1000)).find((m) => m.toAddress === "linked@acme.test" && m.kind === "password_reset");
    const token = /#token=([A-Za-z0-9_-]+)/.exec(mail?.textBody ?? "")?.[1] ?? "";
    await browser.request("/api/me/password", { method: "POST", json: { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD } });
    const used = await t.client().request("/api/auth/password-reset/confirm", { method: "POST", json: { token, password: "an attacker's password" } });
    expect(used.status).toBe(400);
  });

  it("treats every session opened before the last password change as ended", async () => {
    const { user, browser } = await member("stale@acme.test");
    await updateUser(t.ctx.db, user.id, { passwordChangedAt: new Date(Date.now() + 1000) });
    expect((await browser.request("/api/auth/session")).status).toBe(401);
  });

  it("refuses API tokens and anonymous callers, and a new password equal to the old one", async () => {
    const { user, browser } = await member("same@acme.test");
    const bearer = await apiTokenOf(user.id);
    const body = { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD };
    expect((await t.client().request("/api/me/password", { method: "POST", json: body, headers: bearer })).status).toBe(401);
    expect((await t.client().request("/api/me/password", { method: "POST", json: body })).status).toBe(401);
    const same = await browser.request("/api/me/password", { method: "POST", json: { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD } });
    expect(same.status).toBe(400);
    expect((await same.json()).field).toBe("newPassword");
    const short = await browser.request("/api/me/password", { method: "POST", json: { currentPassword: TEST_PASSWORD, newPassword: "short" } });
    expect((await short.json()).field).toBe("newPassword");
  });
});
