import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, TEST_PASSWORD } from "../../test-support/test-app";
import { testDatabaseKind } from "../../test-support/test-database";

let t: Awaited<ReturnType<typeof startTestApp>>;
let orgId: string;

beforeAll(async () => {
  t = await startTestApp();
  orgId = (await t.createOrganisation("acme", "Acme")).id;
});
afterAll(() => t.close());

function deviceCookieOf(response: Response): string {
  return response.headers.getSetCookie().find((c) => c.startsWith("sterk_device="))?.split(";")[0] ?? "";
}

function signInWith(ip: string, email: string, password: string, cookie?: string) {
  return t.client(ip).request("/api/auth/sign-in", { method: "POST", json: { email, password }, headers: cookie ? { cookie } : {} });
}

describe(`sign-in limits (${testDatabaseKind})`, () => {
  it("refuses guesses on one account after 10 in total, whatever the number of IPs (20 IPs × 9 guesses)", async () => {
    await t.createUser("spread@acme.test", [{ organisationId: orgId, roles: ["manager"] }]);
    const statuses: number[] = [];
    for (let ip = 0; ip < 20; ip++) {
      for (let guess = 0; guess < 9; guess++) statuses.push((await signInWith(`192.0.2.${ip + 1}`, "spread@acme.test", `guess-${ip}-${guess}`)).status);
    }
    expect(statuses.filter((s) => s === 401)).toHaveLength(10);
    expect(statuses.filter((s) => s === 429)).toHaveLength(170);
    expect((await signInWith("192.0.2.200", "spread@acme.test", TEST_PASSWORD)).status).toBe(429);
  });

  it("checks at most 10 of 40 wrong passwords sent at once from one IP; the others are refused unchecked", async () => {
    await t.createUser("burst@acme.test", [{ organisationId: orgId, roles: ["manager"] }]);
    const responses = await Promise.all(Array.from({ length: 40 }, (_, i) => signInWith("198.51.100.40", "burst@acme.test", `burst-${i}`)));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(10);
    expect(statuses.filter((s) => s === 401).length + statuses.filter((s) => s === 429).length).toBe(40);
    const refused = responses.find((r) => r.status === 429);
    expect(Number(refused?.headers.get("retry-after"))).toBeGreaterThan(0);
    // concurrent requests read the clock a moment apart: a second of slack
    expect(Number(refused?.headers.get("retry-after"))).toBeLessThanOrEqual(15 * 60 + 1);
  });

  it("limits one IP across many accounts, unknown addresses included", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await signInWith("198.51.100.50", `nobody-${i}@acme.test`, "whatever")).status);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
  });

  it("lets the real user in from a known device while the account is locked for everyone else", async () => {
    await t.createUser("owner@acme.test", [{ organisationId: orgId, roles: ["manager"] }]);
    const first = await signInWith("198.51.100.60", "owner@acme.test", TEST_PASSWORD);
    expect(first.status).toBe(200);
    const device = deviceCookieOf(first);
    expect(first.headers.getSetCookie().find((c) => c.startsWith("sterk_device="))).toMatch(/HttpOnly/i);
    for (let i = 0; i < 11; i++) await signInWith(`203.0.113.${i + 1}`, "owner@acme.test", `attack-${i}`);
    const locked = await signInWith("198.51.100.61", "owner@acme.test", TEST_PASSWORD);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await signInWith("198.51.100.61", "owner@acme.test", TEST_PASSWORD, device)).status).toBe(200);
  });

  it("does not honour another account's known-device cookie or a forged one", async () => {
    await t.createUser("victim@acme.test", [{ organisationId: orgId, roles: ["manager"] }]);
    await t.createUser("mallory@acme.test", [{ organisationId: orgId, roles: ["manager"] }]);
    const own = deviceCookieOf(await signInWith("198.51.100.70", "mallory@acme.test", TEST_PASSWORD));
    for (let i = 0; i < 11; i++) await signInWith(`203.0.113.${100 + i}`, "victim@acme.test", `attack-${i}`);
    expect((await signInWith("198.51.100.71", "victim@acme.test", TEST_PASSWORD, own)).status).toBe(429);
    const forged = `${own.split(".")[0]}.AAAA`;
    expect((await signInWith("198.51.100.71", "victim@acme.test", TEST_PASSWORD, forged)).status).toBe(429);
  });

  it("counts a known device's failures on its own budget", async () => {
    await t.createUser("typist@acme.test", [{ organisationId: orgId, roles: ["manager"] }]);
    const device = deviceCookieOf(await signInWith("198.51.100.80", "typist@acme.test", TEST_PASSWORD));
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await signInWith("198.51.100.80", "typist@acme.test", `typo-${i}`, device)).status);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
    expect((await signInWith("198.51.100.81", "typist@acme.test", TEST_PASSWORD)).status).toBe(200);
  });
});
