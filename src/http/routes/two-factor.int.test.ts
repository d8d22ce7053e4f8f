import { eq } from "drizzle-orm";
import { generate } from "otplib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { users } from "../../db/schema/index";
import { startTestApp, type TTestClient } from "../../test-support/test-app";
import { testDatabaseKind } from "../../test-support/test-database";

let t: Awaited<ReturnType<typeof startTestApp>>;
let orgId: string;
let otherOrgId: string;
/** The server's clock: real time, moved on by the tests (a TOTP code belongs to a 30-second step). */
let clock = Date.now();
const tick = (seconds = 30) => {
  clock += seconds * 1000;
};
const codeFor = (secret: string) => generate({ secret, epoch: Math.floor(clock / 1000) });

beforeAll(async () => {
  t = await startTestApp({ now: () => new Date(clock) });
  orgId = (await t.createOrganisation("acme", "Acme")).id;
  otherOrgId = (await t.createOrganisation("other", "Other")).id;
});
afterAll(() => t.close());

async function json(response: Response): Promise<unknown> {
  return response.json();
}

/** Signs a new user in and turns two-factor on; returns the client, the seed and the recovery codes. */
async function enrolled(email: string, roles: ("hr_admin" | "mentor" | "manager")[] = ["hr_admin"]) {
  const c = await t.signedIn(email, orgId, roles);
  const setup = await c.request("/api/me/two-factor/setup", { method: "POST" });
  expect(setup.status).toBe(200);
  const { secret } = (await setup.json()) as { secret: string };
  const enabled = await c.request("/api/me/two-factor/enable", { method: "POST", json: { code: await codeFor(secret) } });
  expect(enabled.status).toBe(200);
  const { recoveryCodes } = (await enabled.json()) as { recoveryCodes: string[] };
  tick();
  return { c, secret, recoveryCodes };
}

async function signInHalfway(c: TTestClient, email: string) {
  await c.request("/api/auth/sign-out", { method: "POST" });
  const response = await c.signIn(email);
  expect(response.status).toBe(200);
  return response;
}

describe(`two-factor authentication (${testDatabaseKind})`, () => {
  it("enrols: a pending seed sealed at rest, a QR code, then ten recovery codes once a code proves the app has the seed", async () => {
    const c = await t.signedIn("enrol@acme.test", orgId, ["hr_admin"]);
    expect(await json(await c.request("/api/me/two-factor"))).toEqual({ enabled: false, required: false, recoveryCodesLeft: 0 });
    const setup = (await (await c.request("/api/me/two-factor/setup", { method: "POST" })).json()) as { secret: string; otpauthUri: string; qrSvg: string };
    expect(setup.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(setup.otpauthUri).toMatch(/^otpauth:\/\/totp\/Sterk:enrol%40acme\.test\?/);
    expect(setup.otpauthUri).toContain(`secret=${setup.secret}`);
    expect(setup.qrSvg).toMatch(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    const [row] = await t.ctx.db.select().from(users).where(eq(users.email, "enrol@acme.test"));
    expect(row?.totpSecret).toMatch(/^v1\./);
    expect(row?.totpSecret).not.toContain(setup.secret);
    expect(row?.totpEnabledAt).toBeNull();

    const wrong = await c.request("/api/me/two-factor/enable", { method: "POST", json: { code: "000000" } });
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toMatchObject({ code: "VALIDATION", field: "code" });
    const malformed = await c.request("/api/me/two-factor/enable", { method: "POST", json: { code: "12ab56" } });
    expect(malformed.status).toBe(400);

    const enabled = await c.request("/api/me/two-factor/enable", { method: "POST", json: { code: await codeFor(setup.secret) } });
    expect(enabled.status).toBe(200);
    const { recoveryCodes } = (await enabled.json()) as { recoveryCodes: string[] };
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const code of recoveryCodes) expect(code).toMatch(/^[0-9a-z]{4}(-[0-9a-z]{4}){3}$/);
    expect(await json(await c.request("/api/me/two-factor"))).toEqual({ enabled: true, required: false, recoveryCodesLeft: 10 });
    expect((await c.request("/api/me/two-factor/setup", { method: "POST" })).status).toBe(409);
  });

  it("signs in in two steps: no access after the password, a wrong code 400, the right code a full session under a new id", async () => {
    const { c, secret } = await enrolled("twostep@acme.test");
    const first = await signInHalfway(c, "twostep@acme.test");
    const body = (await first.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ stage: "totp", twoFactorRequired: true, organisations: [], currentOrganisation: null });
    // the password alone does not make this browser a known device (its own sign-in budget)
    expect(first.headers.get("set-cookie") ?? "").not.toContain("sterk_device=");
    const halfCookie = c.cookie;
    expect((await c.request("/api/people")).status).toBe(401);
    expect((await c.request("/api/me/two-factor")).status).toBe(401);
    expect((await c.request("/api/tokens", { method: "POST", json: { name: "sneaky" } })).status).toBe(401);
    expect((await c.request("/api/organisations")).status).toBe(401);
    expect(await json(await c.request("/api/auth/session"))).toMatchObject({ stage: "totp", twoFactorRequired: true });

    const wrong = await c.request("/api/auth/two-factor/verify", { method: "POST", json: { code: "000000" } });
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toMatchObject({ field: "code" });
    const right = await c.request("/api/auth/two-factor/verify", { method: "POST", json: { code: await codeFor(secret) } });
    expect(right.status).toBe(200);
    expect(right.headers.get("set-cookie") ?? "").toContain("sterk_device=");
    expect(await right.json()).toMatchObject({ stage: "full", currentOrganisation: { id: orgId } });
    expect(c.cookie).not.toBe(halfCookie);
    expect((await c.request("/api/people")).status).toBe(200);
    const stale = await t.client().request("/api/auth/session", { headers: { cookie: halfCookie ?? "" } });
    expect(stale.status).toBe(401);
  });

  it("accepts a code once: the same code again is refused, the next step's code works", async () => {
    const { c, secret } = await enrolled("replay@acme.test");
    await signInHalfway(c, "replay@acme.test");
    const code = await codeFor(secret);
    expect((await c.request("/api/auth/two-factor/verify", { method: "POST", json: { code } })).status).toBe(200);
    await signInHalfway(c, "replay@acme.test");
    expect((await c.request("/api/auth/two-factor/verify", { method: "POST", json: { code } })).status).toBe(400);
    tick();
    expect((await c.request("/api/auth/two-factor/verify", { method: "POST", json: { code: await codeFor(secret) } })).status).toBe(200);
  });

  it("lets one code open exactly one of two half-open sessions that send it at the same moment", async () => {
    const { c, secret, recoveryCodes } = await enrolled("race@acme.test");
    await signInHalfway(c, "race@acme.test");
    const other = t.client("10.0.0.9");
    expect(await json(await other.signIn("race@acme.test"))).toMatchObject({ stage: "totp" });
    const code = await codeFor(secret);
    const answers = await Promise.all([c, other].map((client) => client.request("/api/auth/two-factor/verify", { method: "POST", json: { code } })));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 400]);
    const spare = recoveryCodes[0];
    const third = t.client("10.0.0.10");
    await third.signIn("race@acme.test");
    const halfOpen = [answers[0]?.status === 400 ? c : other, third];
    const byRecovery = await Promise.all(halfOpen.map((client) => client.request("/api/auth/two-factor/verify", { method: "POST", json: { recoveryCode: spare } })));
    expect(byRecovery.map((a) => a.status).sort()).toEqual([200, 400]);
  });

  it("lets each recovery code in once, typed in capitals or without dashes", async () => {
    const { c, recoveryCodes } = await enrolled("recovery@acme.test");
    const code = recoveryCodes[3] ?? "";
    await signInHalfway(c, "recovery@acme.test");
    const used = await c.request("/api/auth/two-factor/verify", { method: "POST", json: { recoveryCode: code.toUpperCase().replace(/-/g, "") } });
    expect(used.status).toBe(200);
    expect(await json(await c.request("/api/me/two-factor"))).toMatchObject({ recoveryCodesLeft: 9 });
    await signInHalfway(c, "recovery@acme.test");
    const again = await c.request("/api/auth/two-factor/verify", { method: "POST", json: { recoveryCode: code } });
    expect(again.status).toBe(400);
    expect(await again.json()).toMatchObject({ field: "recoveryCode" });
  });

  it("refuses the sixth wrong code in 15 minutes with 429 and Retry-After, even before checking a right one", async () => {
    const { c, secret } = await enrolled("guesser@acme.test");
    await signInHalfway(c, "guesser@acme.test");
    for (let i = 0; i < 5; i += 1) {
      expect((await c.request("/api/auth/two-factor/verify", { method: "POST", json: { code: `00000${i}` } })).status).toBe(400);
    }
    const sixth = await c.request("/api/auth/two-factor/verify", { method: "POST", json: { code: await codeFor(secret) } });
    expect(sixth.status).toBe(429);
    expect(Number(sixth.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await c.request("/api/people")).status).toBe(401);
  });

  it("replaces the recovery codes after a current code; the old ones stop working", async () => {
    const { c, secret, recoveryCodes } = await enrolled("regenerate@acme.test");
    expect((await c.request("/api/me/two-factor/recovery-codes", { method: "POST", json: { code: "123456" } })).status).toBe(400);
    const fresh = await c.request("/api/me/two-factor/recovery-codes", { method: "POST", json: { code: await codeFor(secret) } });
    expect(fresh.status).toBe(200);
    const { recoveryCodes: next } = (await fresh.json()) as { recoveryCodes: string[] };
    expect(next).toHaveLength(10);
    expect(next.some((code) => recoveryCodes.includes(code))).toBe(false);
    await signInHalfway(c, "regenerate@acme.test");
    expect((await c.request("/api/auth/two-factor/verify", { method: "POST", json: { recoveryCode: recoveryCodes[0] } })).status).toBe(400);
    expect((await c.request("/api/auth/two-factor/verify", { method: "POST", json: { recoveryCode: next[0] } })).status).toBe(200);
  });

  it("turns off with the password and a code; a wrong password names the password", async () => {
    const { c, secret } = await enrolled("disable@acme.test");
    const badPassword = await c.request("/api/me/two-factor/disable", { method: "POST", json: { password: "not the password", code: await codeFor(secret) } });
    expect(badPassword.status).toBe(400);
    expect(await badPassword.json()).toMatchObject({ field: "password" });
    tick();
    const off = await c.request("/api/me/two-factor/disable", { method: "POST", json: { password: "correct horse battery staple", code: await codeFor(secret) } });
    expect(off.status).toBe(200);
    const [row] = await t.ctx.db.select().from(users).where(eq(users.email, "disable@acme.test"));
    expect(row).toMatchObject({ totpSecret: null, totpEnabledAt: null });
    await c.request("/api/auth/sign-out", { method: "POST" });
    expect(await json(await c.signIn("disable@acme.test"))).toMatchObject({ stage: "full" });
  });

  it("ends the user's other sessions when two-factor is turned on", async () => {
    const c = await t.signedIn("others@acme.test", orgId, ["manager"]);
    const other = t.client();
    await other.signIn("others@acme.test");
    const { secret } = (await (await c.request("/api/me/two-factor/setup", { method: "POST" })).json()) as { secret: string };
    expect((await c.request("/api/me/two-factor/enable", { method: "POST", json: { code: await codeFor(secret) } })).status).toBe(200);
    expect((await other.request("/api/auth/session")).status).toBe(401);
    expect((await c.request("/api/auth/session")).status).toBe(200);
    tick();
  });

  it("keeps API tokens away from the account's own two-factor keys", async () => {
    const c = await t.signedIn("bearer@acme.test", orgId, ["hr_admin"]);
    const { token } = (await (await c.request("/api/tokens", { method: "POST", json: { name: "cli" } })).json()) as { token: string };
    const response = await t.client().request("/api/me/two-factor/setup", { method: "POST", headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(401);
  });
});

describe(`an organisation that requires two-factor (${testDatabaseKind})`, () => {
  it("is set by an HR admin who has two-factor, keeping the organisation's other settings", async () => {
    const hrWithout = await t.signedIn("hr-without@acme.test", orgId, ["hr_admin"]);
    const policy = { timeZone: "Europe/Brussels", sessionReminderHours: 12, overdueActionCadenceDays: 7, staleCheckInDays: 14, quietHours: null };
    expect((await hrWithout.request("/api/mentoring/policy", { method: "PUT", json: policy })).status).toBe(200);
    const refused = await hrWithout.request("/api/organisation/security", { method: "PUT", json: { requireTwoFactor: true } });
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ field: "requireTwoFactor" });

    const manager = await t.signedIn("manager-setting@acme.test", orgId, ["manager"]);
    expect((await manager.request("/api/organisation/security")).status).toBe(403);
    expect((await manager.request("/api/organisation/security", { method: "PUT", json: { requireTwoFactor: true } })).status).toBe(403);

    const { c: hr } = await enrolled("hr-setting@acme.test");
    expect(await json(await hr.request("/api/organisation/security"))).toMatchObject({ requireTwoFactor: false, appliesToRoles: ["hr_admin", "mentor"] });
    const on = await hr.request("/api/organisation/security", { method: "PUT", json: { requireTwoFactor: true } });
    expect(on.status).toBe(200);
    expect(await on.json()).toMatchObject({ requireTwoFactor: true });
    expect(await json(await hr.request("/api/mentoring/policy"))).toMatchObject({ policy: { sessionReminderHours: 12 } });
    expect((await hr.request("/api/organisation/security", { method: "PUT", json: { requireTwoFactor: true, organisationId: otherOrgId } })).status).toBe(400);
  });

  it("sends a mentor without two-factor to enrolment: only enrolment, the session and sign-out work until it is on", async () => {
    const mentor = await t.signedIn("mentor-forced@acme.test", orgId, ["mentor"]);
    expect(await json(await mentor.request("/api/auth/session"))).toMatchObject({ stage: "totp_enrol", currentOrganisation: { id: orgId } });
    expect((await mentor.request("/api/people")).status).toBe(401);
    expect((await mentor.request("/api/me/mentor-profile")).status).toBe(401);
    expect(await json(await mentor.request("/api/me/two-factor"))).toMatchObject({ enabled: false, required: true });
    const { secret } = (await (await mentor.request("/api/me/two-factor/setup", { method: "POST" })).json()) as { secret: string };
    expect((await mentor.request("/api/me/two-factor/enable", { method: "POST", json: { code: await codeFor(secret) } })).status).toBe(200);
    expect(await json(await mentor.request("/api/auth/session"))).toMatchObject({ stage: "full" });
    expect((await mentor.request("/api/people")).status).toBe(200);
    tick();
    const off = await mentor.request("/api/me/two-factor/disable", { method: "POST", json: { password: "correct horse battery staple", code: await codeFor(secret) } });
    expect(off.status).toBe(409);
    expect(await json(await mentor.request("/api/me/two-factor"))).toMatchObject({ enabled: true, required: true });
  });

  it("leaves managers and executives free, and counts the HR admins and mentors still without two-factor", async () => {
    const manager = await t.signedIn("manager-free@acme.test", orgId, ["manager"]);
    expect(await json(await manager.request("/api/auth/session"))).toMatchObject({ stage: "full" });
    expect((await manager.request("/api/people")).status).toBe(200);
    const hr = await t.signedIn("hr-count@acme.test", otherOrgId, ["hr_admin"]);
    expect(await json(await hr.request("/api/organisation/security"))).toMatchObject({ requireTwoFactor: false, membersWithoutTwoFactor: 1 });
  });

  it("holds the operator to it in that organisation only; switching to another organisation is allowed", async () => {
    const operator = await t.signedIn("operator@sterk.test", orgId, [], true);
    expect(await json(await operator.request("/api/auth/session"))).toMatchObject({ stage: "totp_enrol", currentOrganisation: { id: orgId } });
    expect((await operator.request("/api/organisations")).status).toBe(401);
    const switched = await operator.request("/api/auth/organisation", { method: "POST", json: { organisationId: otherOrgId } });
    expect(switched.status).toBe(200);
    expect(await switched.json()).toMatchObject({ stage: "full", currentOrganisation: { id: otherOrgId } });
    expect((await operator.request("/api/organisations")).status).toBe(200);
  });
});
