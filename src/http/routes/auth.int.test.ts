import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listOutbox } from "../../db/outbox-repo";
import { bodyWithoutRequestId, startTestApp, TEST_PASSWORD } from "../../test-support/test-app";
import { testDatabaseKind } from "../../test-support/test-database";

let t: Awaited<ReturnType<typeof startTestApp>>;
let orgId: string;

beforeAll(async () => {
  t = await startTestApp();
  orgId = (await t.createOrganisation("acme", "Acme")).id;
  await t.createUser("hr@acme.test", [{ organisationId: orgId, roles: ["hr_admin"] }]);
});
afterAll(() => t.close());

function tokenFromOutbox(text: string) {
  const match = /#token=([A-Za-z0-9_-]+)/.exec(text);
  if (!match?.[1]) throw new Error("no token in email");
  return match[1];
}

describe(`auth (${testDatabaseKind})`, () => {
  it("reports the database kind on /api/health", async () => {
    const response = await t.client().request("/api/health");
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok", database: testDatabaseKind });
  });

  it("publishes an OpenAPI 3.1 document of every route and browsable docs", async () => {
    const doc = await (await t.client().request("/api/openapi.json")).json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/api/people", "/api/people/import", "/api/auth/sign-in", "/api/health"]));
    const docs = await t.client().request("/api/docs");
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain("swagger-ui");
    expect((await t.client().request("/api/docs/swagger-ui-bundle.js")).status).toBe(200);
  });

  it("answers an unknown API path with a problem document", async () => {
    const response = await t.client().request("/api/nothing-here");
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
  });

  it("answers a wrong password and an unknown email identically", async () => {
    const a = await t.client("10.0.0.1").signIn("hr@acme.test", "wrong password!");
    const b = await t.client("10.0.0.1").signIn("nobody@acme.test", "wrong password!");
    expect(a.status).toBe(401);
    expect(b.status).toBe(401);
    expect(a.headers.get("content-type")).toContain("application/problem+json");
    expect(await bodyWithoutRequestId(a)).toEqual(await bodyWithoutRequestId(b));
  });

  it("sets an HttpOnly, SameSite=Lax session cookie and rotates it at sign-in", async () => {
    const c = t.client();
    const first = await c.signIn("hr@acme.test");
    expect(first.status).toBe(200);
    const cookieHeader = first.headers.get("set-cookie") ?? "";
    expect(cookieHeader).toMatch(/HttpOnly/i);
    expect(cookieHeader).toMatch(/SameSite=Lax/i);
    const body = await first.json();
    expect(body.currentOrganisation).toMatchObject({ slug: "acme", roles: ["hr_admin"] });
    const oldCookie = c.cookie;
    await c.signIn("hr@acme.test");
    expect(c.cookie).not.toBe(oldCookie);
    const stale = await t.client().request("/api/auth/session", { headers: { cookie: oldCookie ?? "" } });
    expect(stale.status).toBe(401);
  });

  it("refuses a cookie-authenticated write without the CSRF token, and one from a foreign origin", async () => {
    const c = t.client();
    await c.signIn("hr@acme.test");
    const noToken = await c.request("/api/tokens", { method: "POST", json: { name: "x" }, headers: { "x-csrf-token": "nope" } });
    expect(noToken.status).toBe(403);
    expect((await noToken.json()).code).toBe("CSRF");
    const foreign = await c.request("/api/tokens", { method: "POST", json: { name: "x" }, headers: { origin: "https://evil.example" } });
    expect(foreign.status).toBe(403);
    const list = await c.request("/api/tokens");
    expect((await list.json()).items).toHaveLength(0);
  });

  it("answers 429 after 10 failures from one IP while the real user on a known device still gets in", async () => {
    await t.createUser("target@acme.test", [{ organisationId: orgId, roles: ["manager"] }]);
    const earlier = await t.client("198.51.100.7").signIn("target@acme.test");
    const device = earlier.headers.getSetCookie().find((c) => c.startsWith("sterk_device="))?.split(";")[0] ?? "";
    expect(device).not.toBe("");
    const attacker = t.client("203.0.113.9");
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await attacker.signIn("target@acme.test", `guess-${i}`)).status);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
    expect((await attacker.signIn("target@acme.test")).status).toBe(429);
    const realUser = t.client("198.51.100.7");
    const signIn = (headers: Record<string, string>) =>
      realUser.request("/api/auth/sign-in", { method: "POST", json: { email: "target@acme.test", password: TEST_PASSWORD }, headers });
    expect((await signIn({})).status).toBe(429);
    expect((await signIn({ cookie: device })).status).toBe(200);
  });

  it("ends the session at sign-out", async () => {
    const c = t.client();
    await c.signIn("hr@acme.test");
    const cookie = c.cookie ?? "";
    expect((await c.request("/api/auth/sign-out", { method: "POST" })).status).toBe(200);
    expect((await t.client().request("/api/auth/session", { headers: { cookie } })).status).toBe(401);
  });

  it("resets a password through a single-use emailed link without revealing which addresses exist", async () => {
    await t.createUser("reset@acme.test", [{ organisationId: orgId, roles: ["manager"] }]);
    const before = await listOutbox(t.ctx.db, null);
    const known = await t.client().request("/api/auth/password-reset", { method: "POST", json: { email: "Reset@Acme.test" } });
    const unknown = await t.client().request("/api/auth/password-reset", { method: "POST", json: { email: "ghost@acme.test" } });
    await t.settle();
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(await known.text()).toBe(await unknown.text());
    const after = await listOutbox(t.ctx.db, null);
    const sent = after.filter((m) => !before.some((b) => b.id === m.id));
    expect(sent.map((m) => m.toAddress)).toEqual(["reset@acme.test"]);
    const token = tokenFromOutbox(sent[0]?.textBody ?? "");

    const session = t.client();
    await session.signIn("reset@acme.test");
    const oldCookie = session.cookie ?? "";
    const confirm = await t.client().request("/api/auth/password-reset/confirm", { method: "POST", json: { token, password: "a brand new password" } });
    expect(confirm.status).toBe(200);
    const again = await t.client().request("/api/auth/password-reset/confirm", { method: "POST", json: { token, password: "another new password" } });
    expect(again.status).toBe(400);
    expect((await again.json()).code).toBe("INVALID_TOKEN");
    expect((await t.client().request("/api/auth/session", { headers: { cookie: oldCookie } })).status).toBe(401);
    expect((await t.client().signIn("reset@acme.test", TEST_PASSWORD)).status).toBe(401);
    expect((await t.client().signIn("reset@acme.test", "a brand new password")).status).toBe(200);
  });

  it("invites a user who sets a password and lands signed in with the given role", async () => {
    const hr = t.client();
    await hr.signIn("hr@acme.test");
    const invite = await hr.request("/api/invitations", {
      method: "POST",
      json: { email: "new.mentor@acme.test", displayName: "New Mentor", roles: ["mentor"], locale: "fr" },
    });
    expect(invite.status).toBe(201);
    const mail = (await listOutbox(t.ctx.db, orgId)).find((m) => m.toAddress === "new.mentor@acme.test");
    expect(mail?.subject).toContain("Invitation");
    const invited = t.client();
    const accepted = await invited.request("/api/auth/invitations/accept", {
      method: "POST",
      json: { token: tokenFromOutbox(mail?.textBody ?? ""), password: "my own password" },
    });
    expect(accepted.status).toBe(200);
    expect((await accepted.json()).currentOrganisation.roles).toEqual(["mentor"]);
  });

  it("lets only HR admins invite", async () => {
    await t.createUser("mgr@acme.test", [{ organisationId: orgId, roles: ["manager"] }]);
    const manager = t.client();
    await manager.signIn("mgr@acme.test");
    const response = await manager.request("/api/invitations", {
      method: "POST",
      json: { email: "x@acme.test", displayName: "X", roles: ["hr_admin"], locale: "nl" },
    });
    expect(response.status).toBe(403);
  });

  it("names the field of invalid input in a problem document", async () => {
    const response = await t.client().request("/api/auth/sign-in", { method: "POST", json: { email: "a@b.c" } });
    expect(response.status).toBe(400);
    const problem = await response.json();
    expect(problem).toMatchObject({ code: "VALIDATION", field: "password" });
  });

  it("answers malformed JSON with a 400, not a 500", async () => {
    const response = await t.client().request("/api/auth/sign-in", {
      method: "POST",
      body: "{not json",
      headers: { "content-type": "application/json" },
    });
    expect(response.status).toBe(400);
  });
});
