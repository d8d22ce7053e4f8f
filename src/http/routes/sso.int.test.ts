// Single sign-on with OpenID Connect (issue 12) against real OpenID providers (oidc-provider) on
// 127.0.0.1: configuration by HR, the whole sign-in, each refusal the ID token checks must make,
// just-in-time linking by the directory, SSO-only organisations and account takeover (#18).
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { findUserByEmail } from "../../db/auth-repo";
import { listOutbox } from "../../db/outbox-repo";
import { insertPerson } from "../../db/people-repo";
import { sessions, ssoConnections, ssoLoginStates, userIdentities, users } from "../../db/schema/index";
import { startOidcTestProvider, type TOidcTestClient, type TOidcTestProvider } from "../../test-support/oidc-test-provider";
import { startTestApp, TEST_ORIGIN, type TTestClient } from "../../test-support/test-app";
import { testDatabaseKind } from "../../test-support/test-database";

const REDIRECT = `${TEST_ORIGIN}/api/auth/sso/callback`;
const STERK: TOidcTestClient = { clientId: "sterk", clientSecret: "sterk-client-secret-0123456789", redirectUris: [REDIRECT] };
const OTHER_APP: TOidcTestClient = { clientId: "other-app", clientSecret: "other-app-secret-0123456789", redirectUris: [REDIRECT] };
const BETA: TOidcTestClient = { clientId: "beta", clientSecret: "beta-client-secret-0123456789", redirectUris: [REDIRECT] };

let clockOffsetMs = 0;
let t: Awaited<ReturnType<typeof startTestApp>>;
let idp: TOidcTestProvider;
/** another provider: its own issuer and keys */
let otherIdp: TOidcTestProvider;
/** a look-alike: claims idp's issuer, signs with its own keys */
let forger: TOidcTestProvider;
const org = { acme: "", beta: "", evil: "", victim: "" };
let hrAcme: TTestClient;

async function addPerson(organisationId: string, email: string, active = true) {
  const n = email.split("@")[0] ?? email;
  return insertPerson(t.ctx.db, organisationId, {
    employeeNumber: `E-${n}-${Math.random().toString(36).slice(2, 8)}`,
    firstName: n,
    lastName: "Test",
    email,
    jobTitle: "",
    department: "",
    managerId: null,
    startDate: null,
    roleStartDate: null,
    language: "fr",
    active,
  });
}

function settings(overrides: Record<string, unknown> = {}) {
  return { issuer: idp.issuer, clientId: STERK.clientId, clientSecret: STERK.clientSecret, allowedDomains: ["acme.test"], ssoOnly: false, enabled: true, ...overrides };
}

/** POST /api/auth/sso/start: the provider's URL and the browser-binding cookie. */
async function start(client: TTestClient, body: Record<string, unknown>) {
  const response = await client.request("/api/auth/sso/start", { method: "POST", json: body });
  expect(response.status, await response.clone().text()).toBe(200);
  const binding = response.headers.getSetCookie().find((c) => c.startsWith("sterk_sso="))?.split(";")[0] ?? "";
  const { redirectUrl } = (await response.json()) as { redirectUrl: string };
  return { redirectUrl: new URL(redirectUrl), binding };
}

/** GET the callback as the browser would (with its session and binding cookies); returns the redirect target. */
async function callback(client: TTestClient, back: URL, binding: string) {
  const cookie = [client.cookie, binding].filter(Boolean).join("; ");
  const response = await client.request(`${back.pathname}${back.search}`, { headers: cookie ? { cookie } : {} });
  expect(response.status).toBe(302);
  return response.headers.get("location") ?? "";
}

/** The whole sign-in: start by email, sign in at the provider as `idpEmail`, come back. */
async function ssoSignIn(email: string, options: { idpEmail?: string; client?: TTestClient; returnTo?: string; provider?: TOidcTestProvider } = {}) {
  const client = options.client ?? t.client();
  const started = await start(client, { email, ...(options.returnTo ? { returnTo: options.returnTo } : {}) });
  const back = await (options.provider ?? idp).signIn(started.redirectUrl.href, options.idpEmail ?? email);
  const location = await callback(client, back, started.binding);
  return { client, location, back, binding: started.binding, started };
}

async function sessionOf(client: TTestClient) {
  const response = await client.request("/api/auth/session");
  return { status: response.status, body: (await response.json()) as { user: { email: string; id: string }; organisations: { id: string; slug: string; personId?: string | null; roles: string[] }[]; currentOrganisation: { id: string; personId?: string | null; roles: string[] } | null } };
}

beforeAll(async () => {
  t = await startTestApp({ now: () => new Date(Date.now() + clockOffsetMs), config: { SSO_ALLOW_INSECURE_ISSUERS: "1" } });
  idp = await startOidcTestProvider({ clients: [STERK, OTHER_APP, BETA] });
  otherIdp = await startOidcTestProvider({ clients: [STERK] });
  forger = await startOidcTestProvider({ clients: [STERK], issuer: idp.issuer });
  org.acme = (await t.createOrganisation("acme")).id;
  org.beta = (await t.createOrganisation("beta")).id;
  org.evil = (await t.createOrganisation("evil")).id;
  org.victim = (await t.createOrganisation("victim")).id;
  hrAcme = await t.signedIn("hr@acme.test", org.acme, ["hr_admin"]);
  const saved = await hrAcme.request("/api/organisation/sso", { method: "PUT", json: settings() });
  expect(saved.status, await saved.clone().text()).toBe(200);
  const hrBeta = await t.signedIn("hr@beta.test", org.beta, ["hr_admin"]);
  const savedBeta = await hrBeta.request("/api/organisation/sso", { method: "PUT", json: settings({ clientId: BETA.clientId, clientSecret: BETA.clientSecret, allowedDomains: ["beta.test"] }) });
  expect(savedBeta.status, await savedBeta.clone().text()).toBe(200);
}, 120_000);
afterAll(async () => {
  await Promise.all([idp?.close(), otherIdp?.close(), forger?.close()]);
  await t?.close();
});
beforeEach(() => {
  clockOffsetMs = 0;
  idp.replaceIdToken(null);
  idp.setIdTokenTtl(3600);
});

describe(`SSO settings (${testDatabaseKind})`, () => {
  it("shows HR the settings and the redirect URI, never the client secret", async () => {
    const response = await hrAcme.request("/api/organisation/sso");
    const text = await response.text();
    expect(response.status).toBe(200);
    expect(text).not.toContain(STERK.clientSecret);
    expect(JSON.parse(text)).toMatchObject({ configured: true, issuer: idp.issuer, clientId: "sterk", clientSecretSet: true, allowedDomains: ["acme.test"], redirectUri: REDIRECT });
    const [row] = await t.ctx.db.select().from(ssoConnections).where(eq(ssoConnections.organisationId, org.acme));
    expect(row?.clientSecret).not.toContain(STERK.clientSecret);
  });

  it("keeps the stored secret when it is left out, and asks for one when none is stored", async () => {
    const kept = await hrAcme.request("/api/organisation/sso", { method: "PUT", json: { ...settings(), clientSecret: undefined } });
    expect(kept.status).toBe(200);
    expect((await kept.json()).clientSecretSet).toBe(true);
    const hr = await t.signedIn("hr@fresh.test", (await t.createOrganisation("fresh")).id, ["hr_admin"]);
    const missing = await hr.request("/api/organisation/sso", { method: "PUT", json: { ...settings(), clientSecret: undefined } });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ field: "clientSecret" });
  });

  it.each([
    ["an unreachable issuer", () => ({ issuer: "http://127.0.0.1:9/" }), "issuer"],
    ["plain http off the loopback interface", () => ({ issuer: "http://idp.example.test/" }), "issuer"],
    ["an issuer whose discovery document names another issuer", () => ({ issuer: forger.url }), "issuer"],
    ["no allowed domain", () => ({ allowedDomains: [] }), "allowedDomains"],
    ["an upper-case domain", () => ({ allowedDomains: ["Acme.test"] }), "allowedDomains.0"],
    ["an unknown field", () => ({ organisationId: "x" }), ""],
  ])("refuses %s with a 400 naming the field", async (_name, change, field) => {
    const before = await hrAcme.request("/api/organisation/sso");
    const response = await hrAcme.request("/api/organisation/sso", { method: "PUT", json: { ...settings(), ...change() } });
    expect(response.status).toBe(400);
    const problem = await response.json();
    expect(field ? problem.field : problem.detail).toContain(field || "organisationId");
    expect(await (await hrAcme.request("/api/organisation/sso")).text()).toBe(await before.text());
  });

  it("lets only HR admins and the operator manage it; another organisation's HR cannot reach it", async () => {
    const manager = await t.signedIn("manager@acme.test", org.acme, ["manager"]);
    for (const method of ["GET", "PUT", "DELETE"]) {
      expect((await manager.request("/api/organisation/sso", { method, json: method === "PUT" ? settings() : undefined })).status).toBe(403);
    }
    const hrVictim = await t.signedIn("hr@victim.test", org.victim, ["hr_admin"]);
    expect((await hrVictim.request("/api/auth/organisation", { method: "POST", json: { organisationId: org.acme } })).status).toBe(404);
    expect(await (await hrVictim.request("/api/organisation/sso")).json()).toMatchObject({ configured: false });
    const operator = await t.signedIn("operator@sterk.test", org.acme, [], true);
    expect(await (await operator.request("/api/organisation/sso")).json()).toMatchObject({ configured: true, clientId: "sterk" });
    expect((await t.client().request("/api/organisation/sso")).status).toBe(401);
  });
});

describe(`SSO sign-in (${testDatabaseKind})`, () => {
  it("signs a person of the directory in through the provider: a new account without a password, linked to the person", async () => {
    const personId = await addPerson(org.acme, "An.Peeters@acme.test");
    const { client, location, started } = await ssoSignIn("an.peeters@acme.test", { returnTo: "/me/plan" });
    expect(started.redirectUrl.origin).toBe(idp.url);
    expect(started.redirectUrl.searchParams.get("code_challenge_method")).toBe("S256");
    expect(started.redirectUrl.searchParams.get("login_hint")).toBe("an.peeters@acme.test");
    expect(started.redirectUrl.searchParams.get("state")?.length).toBeGreaterThanOrEqual(43);
    expect(started.redirectUrl.searchParams.get("nonce")?.length).toBeGreaterThanOrEqual(43);
    expect(location).toBe("/me/plan");
    const { status, body } = await sessionOf(client);
    expect(status).toBe(200);
    expect(body.user.email).toBe("an.peeters@acme.test");
    expect(body.currentOrganisation).toMatchObject({ id: org.acme, personId, roles: ["manager"] });
    const user = await findUserByEmail(t.ctx.db, "an.peeters@acme.test");
    expect(user?.passwordHash).toBeNull();
    const [session] = await t.ctx.db.select().from(sessions).where(eq(sessions.userId, user?.id ?? ""));
    expect(session).toMatchObject({ method: "sso", stage: "full", organisationId: org.acme });
    // the second time, the linked identity opens the same account
    const again = await ssoSignIn("an.peeters@acme.test");
    expect(again.location).toBe("/");
    expect((await sessionOf(again.client)).body.user.id).toBe(user?.id);
    expect(await t.ctx.db.select().from(userIdentities).where(eq(userIdentities.userId, user?.id ?? ""))).toHaveLength(1);
  });

  it("keeps the existing roles of a member and never touches their password", async () => {
    const personId = await addPerson(org.acme, "hilde@acme.test");
    const existing = await t.createUser("hilde@acme.test", [{ organisationId: org.acme, roles: ["executive", "hr_admin"] }]);
    const { client } = await ssoSignIn("hilde@acme.test");
    const { body } = await sessionOf(client);
    expect(body.user.id).toBe(existing.id);
    expect(body.currentOrganisation?.roles.sort()).toEqual(["executive", "hr_admin"]);
    expect(body.currentOrganisation?.personId).toBe(personId);
    expect((await findUserByEmail(t.ctx.db, "hilde@acme.test"))?.passwordHash).toBe(existing.passwordHash);
  });

  it("sends only paths within Sterk back (return path sanitised)", async () => {
    await addPerson(org.acme, "ret@acme.test");
    for (const returnTo of ["//evil.test/x", "https://evil.test/", "/\\evil.test", "/api/auth/sign-out"]) {
      expect((await ssoSignIn("ret@acme.test", { returnTo })).location).toBe("/");
    }
  });

  it("refuses a state used twice", async () => {
    await addPerson(org.acme, "twice@acme.test");
    const first = await ssoSignIn("twice@acme.test");
    expect(first.location).toBe("/");
    expect(await callback(t.client(), first.back, first.binding)).toBe("/sign-in?sso_error=state");
  });

  it("refuses a callback without the browser that started it, an unknown state and an expired one", async () => {
    await addPerson(org.acme, "bound@acme.test");
    const started = await start(t.client(), { email: "bound@acme.test" });
    const back = await idp.signIn(started.redirectUrl.href, "bound@acme.test");
    expect(await callback(t.client(), back, "")).toBe("/sign-in?sso_error=state");
    expect(await callback(t.client(), back, "sterk_sso=forged")).toBe("/sign-in?sso_error=state");
    const late = await start(t.client(), { email: "bound@acme.test" });
    const lateBack = await idp.signIn(late.redirectUrl.href, "bound@acme.test");
    clockOffsetMs = 11 * 60_000;
    expect(await callback(t.client(), lateBack, late.binding)).toBe("/sign-in?sso_error=state");
    expect(await callback(t.client(), new URL(`${REDIRECT}?code=x`), late.binding)).toBe("/sign-in?sso_error=state");
  });

  it("refuses the state of another organisation's sign-in with this organisation's code", async () => {
    await addPerson(org.acme, "mixed@acme.test");
    const acme = await start(t.client(), { email: "mixed@acme.test" });
    const beta = await start(t.client(), { email: "someone@beta.test" });
    const back = await idp.signIn(acme.redirectUrl.href, "mixed@acme.test");
    const spliced = new URL(back);
    spliced.searchParams.set("state", beta.redirectUrl.searchParams.get("state") ?? "");
    expect(await callback(t.client(), spliced, beta.binding)).toBe("/sign-in?sso_error=token");
    expect(await findUserByEmail(t.ctx.db, "mixed@acme.test")).toBeUndefined();
  });

  it("refuses an ID token whose nonce is not the one sent (stored nonce tampered)", async () => {
    await addPerson(org.acme, "nonce@acme.test");
    const started = await start(t.client(), { email: "nonce@acme.test" });
    await t.ctx.db.update(ssoLoginStates).set({ nonce: "tampered-nonce" }).where(sql`true`);
    const back = await idp.signIn(started.redirectUrl.href, "nonce@acme.test");
    expect(await callback(t.client(), back, started.binding)).toBe("/sign-in?sso_error=token");
    expect(await findUserByEmail(t.ctx.db, "nonce@acme.test")).toBeUndefined();
  });

  /** Signs in at the provider, but the token endpoint hands back `idToken` minted elsewhere for the same nonce. */
  async function withSubstitutedIdToken(email: string, mint: (nonce: string) => Promise<string>) {
    await addPerson(org.acme, email);
    const started = await start(t.client(), { email });
    idp.replaceIdToken(await mint(started.redirectUrl.searchParams.get("nonce") ?? ""));
    const back = await idp.signIn(started.redirectUrl.href, email);
    const location = await callback(t.client(), back, started.binding);
    idp.replaceIdToken(null);
    expect(await findUserByEmail(t.ctx.db, email)).toBeUndefined();
    return location;
  }

  it("refuses an ID token from another issuer", async () => {
    const location = await withSubstitutedIdToken("iss@acme.test", (nonce) => otherIdp.issueIdToken({ client: STERK, email: "iss@acme.test", nonce }));
    expect(location).toBe("/sign-in?sso_error=token");
  });

  it("refuses an ID token issued to another client (audience)", async () => {
    const location = await withSubstitutedIdToken("aud@acme.test", (nonce) => idp.issueIdToken({ client: OTHER_APP, email: "aud@acme.test", nonce }));
    expect(location).toBe("/sign-in?sso_error=token");
  });

  it("refuses an ID token claiming the issuer but signed with another key", async () => {
    const location = await withSubstitutedIdToken("sig@acme.test", (nonce) => forger.issueIdToken({ client: STERK, email: "sig@acme.test", nonce }));
    expect(location).toBe("/sign-in?sso_error=token");
  });

  it("accepts a genuine ID token handed through the same path (the substitution itself is not what fails)", async () => {
    await addPerson(org.acme, "genuine@acme.test");
    const started = await start(t.client(), { email: "genuine@acme.test" });
    const back = await idp.signIn(started.redirectUrl.href, "genuine@acme.test");
    expect(await callback(t.client(), back, started.binding)).toBe("/");
  });

  it("refuses an expired ID token", async () => {
    await addPerson(org.acme, "expired@acme.test");
    idp.setIdTokenTtl(60);
    const started = await start(t.client(), { email: "expired@acme.test" });
    const back = await idp.signIn(started.redirectUrl.href, "expired@acme.test");
    clockOffsetMs = 5 * 60_000;
    expect(await callback(t.client(), back, started.binding)).toBe("/sign-in?sso_error=token");
    expect(await findUserByEmail(t.ctx.db, "expired@acme.test")).toBeUndefined();
  });

  it("reports an error answered by the provider", async () => {
    const started = await start(t.client(), { email: "cancel@acme.test" });
    const back = new URL(`${REDIRECT}?error=access_denied&state=${started.redirectUrl.searchParams.get("state")}&iss=${encodeURIComponent(idp.issuer)}`);
    expect(await callback(t.client(), back, started.binding)).toBe("/sign-in?sso_error=idp");
  });

  it.each([
    ["an unverified email", "unverified@acme.test", "unverified@acme.test", { email_verified: false }],
    ["an email outside the allowed domains", "outside@acme.test", "outside@elsewhere.test", {}],
    ["a Google hosted domain that is not allowed", "hosted@acme.test", "hosted@acme.test", { hd: "gmail.com" }],
  ])("refuses %s", async (_name, email, idpEmail, claims) => {
    await addPerson(org.acme, email);
    idp.setClaims(idpEmail, claims);
    expect((await ssoSignIn(email, { idpEmail })).location).toBe("/sign-in?sso_error=email");
    expect(await findUserByEmail(t.ctx.db, idpEmail)).toBeUndefined();
  });

  it("gives a person not in the directory, or inactive, a clear page and no account", async () => {
    expect((await ssoSignIn("nobody@acme.test")).location).toBe("/sso/not-in-directory");
    await addPerson(org.acme, "left@acme.test", false);
    expect((await ssoSignIn("left@acme.test")).location).toBe("/sso/not-in-directory");
    for (const email of ["nobody@acme.test", "left@acme.test"]) expect(await findUserByEmail(t.ctx.db, email)).toBeUndefined();
  });

  it("never signs in or links an operator account", async () => {
    await addPerson(org.acme, "operator@acme.test");
    const operator = await t.createUser("operator@acme.test", [], true);
    const { client, location } = await ssoSignIn("operator@acme.test");
    expect(location).toBe("/sign-in?sso_error=account");
    expect((await client.request("/api/auth/session")).status).toBe(401);
    expect(await t.ctx.db.select().from(userIdentities).where(eq(userIdentities.userId, operator.id))).toHaveLength(0);
    expect(await t.ctx.db.select().from(sessions).where(eq(sessions.userId, operator.id))).toHaveLength(0);
  });

  it("answers 400 naming the field when no (or more than one) organisation signs in with the email's domain", async () => {
    for (const body of [{ email: "x@nowhere.test" }, { email: "not-an-email" }, {}, { organisation: "victim" }]) {
      const response = await t.client().request("/api/auth/sso/start", { method: "POST", json: body });
      expect(response.status).toBe(400);
      expect((await response.json()).field).toMatch(/^(email|organisation)$/);
    }
    const byOrganisation = await t.client().request("/api/auth/sso/start", { method: "POST", json: { organisation: "acme" } });
    expect(byOrganisation.status).toBe(200);
    const hrEvil = await t.signedIn("hr@evil.test", org.evil, ["hr_admin"]);
    expect((await hrEvil.request("/api/organisation/sso", { method: "PUT", json: settings() })).status).toBe(200);
    const ambiguous = await t.client().request("/api/auth/sso/start", { method: "POST", json: { email: "an.peeters@acme.test" } });
    expect(ambiguous.status).toBe(400);
    expect((await ambiguous.json()).field).toBe("email");
    expect((await hrEvil.request("/api/organisation/sso", { method: "DELETE" })).status).toBe(200);
    expect((await hrEvil.request("/api/organisation/sso", { method: "DELETE" })).status).toBe(404);
  });
});

describe(`SSO and other organisations (${testDatabaseKind})`, () => {
  it("an admin of another organisation who lists a member's address and vouches for it with their own provider opens nothing (#18)", async () => {
    const victim = await t.createUser("vera@victim.test", [{ organisationId: org.victim, roles: ["hr_admin"] }]);
    const hrEvil = await t.signedIn("boss@evil.test", org.evil, ["hr_admin"]);
    expect((await hrEvil.request("/api/organisation/sso", { method: "PUT", json: settings({ allowedDomains: ["victim.test"] }) })).status).toBe(200);
    await addPerson(org.evil, "vera@victim.test");
    const { client, location } = await ssoSignIn("vera@victim.test");
    expect(location).toBe("/sign-in?sso_error=link_required");
    expect((await client.request("/api/auth/session")).status).toBe(401);
    // evil's HR also makes the account a member of evil (an invitation of an existing account) linked to their person: still nothing
    expect((await hrEvil.request("/api/invitations", { method: "POST", json: { email: "vera@victim.test", displayName: "x", roles: ["manager"] } })).status).toBe(201);
    const again = await ssoSignIn("vera@victim.test");
    expect(again.location).toBe("/sign-in?sso_error=link_required");
    expect((await again.client.request("/api/auth/session")).status).toBe(401);
    expect(await t.ctx.db.select().from(userIdentities).where(eq(userIdentities.userId, victim.id))).toEqual([]);
    const [after] = await t.ctx.db.select().from(users).where(eq(users.id, victim.id));
    expect(after?.passwordHash).toBe(victim.passwordHash);
    expect(after?.totpSecret).toBeNull();
    // the member still signs in with the password and keeps their own organisation
    const own = t.client();
    expect((await own.signIn("vera@victim.test")).status).toBe(200);
    expect((await sessionOf(own)).body.organisations.map((o) => o.slug)).toContain("victim");
    expect((await hrEvil.request("/api/organisation/sso", { method: "DELETE" })).status).toBe(200);
  });

  it("links the company account of someone also working elsewhere only while they are signed in to it; then it signs them in directly", async () => {
    const mentor = await t.createUser("mia@acme.test", [{ organisationId: org.beta, roles: ["mentor"] }]);
    await addPerson(org.acme, "mia@acme.test");
    expect((await ssoSignIn("mia@acme.test")).location).toBe("/sign-in?sso_error=link_required");
    // someone else's session in the browser proves nothing
    const stranger = await t.signedIn("stranger@beta.test", org.beta, ["manager"]);
    expect((await ssoSignIn("mia@acme.test", { client: stranger })).location).toBe("/sign-in?sso_error=link_required");
    const own = t.client();
    expect((await own.signIn("mia@acme.test")).status).toBe(200);
    const linked = await ssoSignIn("mia@acme.test", { client: own, returnTo: "/me/security" });
    expect(linked.location).toBe("/me/security");
    expect((await sessionOf(own)).body.user.id).toBe(mentor.id);
    const fresh = await ssoSignIn("mia@acme.test");
    expect(fresh.location).toBe("/");
    const { body } = await sessionOf(fresh.client);
    expect(body.user.id).toBe(mentor.id);
    expect(body.organisations.map((o) => o.slug)).toEqual(["acme"]);
  });

  it("SSO only: a password session gets no access to the organisation, an SSO session does; other organisations are unaffected", async () => {
    await addPerson(org.acme, "dual@acme.test");
    await t.createUser("dual@acme.test", [
      { organisationId: org.acme, roles: ["manager"] },
      { organisationId: org.beta, roles: ["manager"] },
    ]);
    expect((await hrAcme.request("/api/organisation/sso", { method: "PUT", json: settings({ ssoOnly: true }) })).status).toBe(200);
    const operator = await t.signedIn("operator2@sterk.test", org.acme, [], true);
    try {
      // HR's own password session no longer reaches the organisation either; the operator still does
      expect((await hrAcme.request("/api/organisation/sso")).status).toBe(403);
      const byPassword = t.client();
      expect((await byPassword.signIn("dual@acme.test")).status).toBe(200);
      const seen = await sessionOf(byPassword);
      expect(seen.body.organisations.map((o) => o.slug)).toEqual(["beta"]);
      expect((await byPassword.request("/api/auth/organisation", { method: "POST", json: { organisationId: org.acme } })).status).toBe(404);
      // a member of beta too: the company account is connected once, from the signed-in password session
      expect((await ssoSignIn("dual@acme.test")).location).toBe("/sign-in?sso_error=link_required");
      const bySso = (await ssoSignIn("dual@acme.test", { client: byPassword })).client;
      expect((await sessionOf(bySso)).body.currentOrganisation?.id).toBe(org.acme);
      expect((await sessionOf((await ssoSignIn("dual@acme.test")).client)).body.currentOrganisation?.id).toBe(org.acme);
      expect((await bySso.request("/api/assessments/me")).status).not.toBe(403);
    } finally {
      expect((await operator.request("/api/organisation/sso", { method: "PUT", json: settings({ ssoOnly: false }) })).status).toBe(200);
    }
  });

  it("SSO only: no password-reset link for an account whose organisations all require SSO; one for an account with another organisation", async () => {
    await t.createUser("only@acme.test", [{ organisationId: org.acme, roles: ["manager"] }]);
    await t.createUser("also@acme.test", [{ organisationId: org.acme, roles: ["manager"] }, { organisationId: org.beta, roles: ["manager"] }]);
    const operator = await t.signedIn("operator3@sterk.test", org.acme, [], true);
    expect((await operator.request("/api/organisation/sso", { method: "PUT", json: settings({ ssoOnly: true }) })).status).toBe(200);
    try {
      const before = new Set((await listOutbox(t.ctx.db, null)).map((m) => m.id));
      for (const email of ["only@acme.test", "also@acme.test"]) {
        expect((await t.client("10.0.0.9").request("/api/auth/password-reset", { method: "POST", json: { email } })).status).toBe(202);
      }
      await t.settle();
      const sent = (await listOutbox(t.ctx.db, null)).filter((m) => !before.has(m.id) && m.kind === "password_reset");
      expect(sent.map((m) => m.toAddress).sort()).toEqual(["also@acme.test"]);
    } finally {
      expect((await operator.request("/api/organisation/sso", { method: "PUT", json: settings({ ssoOnly: false }) })).status).toBe(200);
    }
  });

  it("a disabled connection signs nobody in", async () => {
    await addPerson(org.acme, "off@acme.test");
    const started = await start(t.client(), { email: "off@acme.test" });
    const back = await idp.signIn(started.redirectUrl.href, "off@acme.test");
    await t.ctx.db.update(ssoConnections).set({ enabled: false }).where(and(eq(ssoConnections.organisationId, org.acme)));
    try {
      expect(await callback(t.client(), back, started.binding)).toBe("/sign-in?sso_error=unavailable");
      expect((await t.client().request("/api/auth/sso/start", { method: "POST", json: { email: "off@acme.test" } })).status).toBe(400);
    } finally {
      await t.ctx.db.update(ssoConnections).set({ enabled: true }).where(eq(ssoConnections.organisationId, org.acme));
    }
  });
});
