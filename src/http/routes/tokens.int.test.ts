import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiTokens, memberships } from "../../db/schema/index";
import { startTestApp, type TTestClient } from "../../test-support/test-app";
import { testDatabaseKind } from "../../test-support/test-database";

let clock = new Date("2026-03-01T09:00:00Z");
let t: Awaited<ReturnType<typeof startTestApp>>;
let orgA: string;
let hr: TTestClient;
let manager: TTestClient;

const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });
const minutes = (n: number) => {
  clock = new Date(clock.getTime() + n * 60_000);
};

beforeAll(async () => {
  t = await startTestApp({ now: () => clock });
  orgA = (await t.createOrganisation("tok-a")).id;
  hr = await t.signedIn("hr@tok.test", orgA, ["hr_admin"]);
  manager = await t.signedIn("manager@tok.test", orgA, ["manager"]);
});
afterAll(() => t.close());

async function create(client: TTestClient, json: unknown) {
  return client.request("/api/tokens", { method: "POST", json });
}

describe(`API tokens: scope, expiry and last use (${testDatabaseKind})`, () => {
  it("creates an api token by default, lasting 90 days, and lists its scope, expiry and last use", async () => {
    const response = await create(hr, { name: "hr system" });
    expect(response.status).toBe(201);
    const created = await response.json();
    expect(created).toMatchObject({ name: "hr system", scope: "api", lastUsedAt: null, revokedAt: null });
    expect(new Date(created.expiresAt).getTime() - clock.getTime()).toBe(90 * 86_400_000);
    expect(created.token).toMatch(/^sterk_/);
    const list = await (await hr.request("/api/tokens")).json();
    expect(list.items).toContainEqual(expect.objectContaining({ id: created.id, scope: "api", expiresAt: created.expiresAt }));
    expect(JSON.stringify(list)).not.toContain(created.token);
  });

  it("refuses expiry outside 1–365 days and unknown scopes, naming the field", async () => {
    for (const [json, field] of [
      [{ name: "x", expiresInDays: 0 }, "expiresInDays"],
      [{ name: "x", expiresInDays: 366 }, "expiresInDays"],
      [{ name: "x", expiresInDays: 1.5 }, "expiresInDays"],
      [{ name: "x", scope: "admin" }, "scope"],
    ] as const) {
      const response = await create(hr, json);
      expect(response.status).toBe(400);
      expect((await response.json()).field).toBe(field);
    }
  });

  it("lets only HR admins create a scim token: a manager gets 403 naming the field scope", async () => {
    const refused = await create(manager, { name: "scim", scope: "scim" });
    expect(refused.status).toBe(403);
    expect((await refused.json()).field).toBe("scope");
    const allowed = await create(hr, { name: "scim", scope: "scim", expiresInDays: 30 });
    expect(allowed.status).toBe(201);
    expect(await allowed.json()).toMatchObject({ scope: "scim" });
  });

  it("answers 401 for an expired token, and for a revoked one", async () => {
    const created = await (await create(hr, { name: "short", expiresInDays: 1 })).json();
    expect((await t.client().request("/api/people", bearer(created.token))).status).toBe(200);
    minutes(24 * 60 + 1);
    const expired = await t.client().request("/api/people", bearer(created.token));
    expect(expired.status).toBe(401);
    expect((await expired.json()).detail).toBe("the API token is unknown, expired or revoked");

    const other = await (await create(hr, { name: "revoke me" })).json();
    expect((await hr.request(`/api/tokens/${other.id}`, { method: "DELETE" })).status).toBe(200);
    expect((await t.client().request("/api/people", bearer(other.token))).status).toBe(401);
  });

  it("records the last use at most once a minute", async () => {
    const created = await (await create(hr, { name: "touch" })).json();
    const lastUsed = async () =>
      (await t.ctx.db.select({ at: apiTokens.lastUsedAt }).from(apiTokens).where(eq(apiTokens.id, created.id)))[0]?.at?.toISOString() ?? null;
    await t.client().request("/api/people", bearer(created.token));
    const first = await lastUsed();
    expect(first).toBe(clock.toISOString());
    minutes(0.5);
    await t.client().request("/api/people", bearer(created.token));
    expect(await lastUsed()).toBe(first);
    minutes(0.6);
    await t.client().request("/api/people", bearer(created.token));
    expect(await lastUsed()).toBe(clock.toISOString());
  });

  it("keeps a scim token out of /api with a clear detail", async () => {
    const scim = await (await create(hr, { name: "provisioning", scope: "scim" })).json();
    const response = await t.client().request("/api/people", bearer(scim.token));
    expect(response.status).toBe(401);
    expect((await response.json()).detail).toMatch(/SCIM provisioning token.*\/scim\/v2/);
  });

  it("does not let a token create tokens (it could outlive its own expiry)", async () => {
    const created = await (await create(hr, { name: "api" })).json();
    const response = await t.client().request("/api/tokens", { method: "POST", json: { name: "child" }, ...bearer(created.token) });
    expect(response.status).toBe(403);
  });

  it("stops an api token whose user's membership is deactivated", async () => {
    const user = await t.signedIn("leaver@tok.test", orgA, ["manager"]);
    const created = await (await create(user, { name: "leaver" })).json();
    expect((await t.client().request("/api/people", bearer(created.token))).status).toBe(200);
    const userId = (await (await user.request("/api/auth/session")).json()).user.id;
    await t.ctx.db.update(memberships).set({ deactivatedAt: clock }).where(and(eq(memberships.organisationId, orgA), eq(memberships.userId, userId)));
    expect((await t.client().request("/api/people", bearer(created.token))).status).toBe(401);
  });
});
