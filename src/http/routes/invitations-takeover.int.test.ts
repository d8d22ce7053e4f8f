// Issue 12 (critical) and security plan #18: an HR admin of one organisation inviting the email of an
// account that exists — the operator's, another organisation's HR admin, manager or mentor — must gain
// nothing: no "set your password" link is issued (none stored, none in any outbox row), the account's
// password, name, language and operator flag stay as they are, and the inviting organisation gets only a
// membership of that account in itself.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { invitations } from "../../db/schema/index";
import { startTestApp, TEST_PASSWORD, type TTestClient } from "../../test-support/test-app";
import { testDatabaseKind } from "../../test-support/test-database";
import { accountState, emailsTo, invitationTokensInOutbox, newestInvitationToken, type TApp } from "../../app/invitations/invitations.test-helpers";

let t: TApp;
let orgA: string;
let orgB: string;
let hrB: TTestClient;
const ATTACKER_PASSWORD = "attacker chose this one";

beforeAll(async () => {
  t = await startTestApp();
  orgA = (await t.createOrganisation("org-a", "Organisation A")).id;
  orgB = (await t.createOrganisation("org-b", "Organisation B")).id;
  await t.createUser("operator@sterk.demo", [], true);
  await t.createUser("hr@a.test", [{ organisationId: orgA, roles: ["hr_admin"] }]);
  await t.createUser("manager@a.test", [{ organisationId: orgA, roles: ["manager"] }]);
  await t.createUser("mentor@a.test", [{ organisationId: orgA, roles: ["mentor"] }]);
  hrB = await t.signedIn("hr@b.test", orgB, ["hr_admin"]);
});
afterAll(() => t.close());

describe(`invitations cannot take over accounts (${testDatabaseKind})`, () => {
  for (const victim of ["operator@sterk.demo", "hr@a.test", "manager@a.test", "mentor@a.test"]) {
    it(`gives HR of another organisation nothing of ${victim}'s account`, async () => {
      const before = await accountState(t, victim);
      if (!before) throw new Error("victim missing");

      // the step 1: invite the victim's email → 201, but as a note, not a link
      const invite = await hrB.request("/api/invitations", {
        method: "POST",
        json: { email: victim.toUpperCase(), displayName: "x", roles: ["manager"], locale: "en" },
      });
      expect(invite.status).toBe(201);
      expect(await invite.json()).toMatchObject({ outcome: "notified", invitationId: null });

      // step 2: no token anywhere — not stored, not in any outbox row, not in HR's outbox listing
      const stored = await t.ctx.db.select().from(invitations).where(eq(invitations.userId, before.user.id));
      expect(stored.length).toBeGreaterThan(0);
      expect(stored.every((i) => i.tokenHash === null && i.status === "accepted")).toBe(true);
      expect(await invitationTokensInOutbox(t, victim)).toEqual([]);
      const listed = JSON.stringify(await (await hrB.request("/api/outbox")).json());
      expect(listed).not.toMatch(/\/invitation#token=[A-Za-z0-9_-]{20,}/);
      // the victim is told, with no link that sets anything
      const [note] = await emailsTo(t, victim);
      expect(note?.kind).toBe("access_granted");
      expect(note?.textBody).toContain("Organisation B");

      // step 3: there is nothing to accept; a made-up token is refused like any unknown one
      const accept = await t.client().request("/api/auth/invitations/accept", {
        method: "POST",
        json: { token: "A".repeat(43), password: ATTACKER_PASSWORD },
      });
      expect(accept.status).toBe(400);
      expect((await accept.json()).code).toBe("INVALID_TOKEN");

      // the account is untouched: password, name, language, operator flag, other organisations
      const after = await accountState(t, victim);
      expect(after?.user.passwordHash).toBe(before.user.passwordHash);
      expect(after?.user.passwordChangedAt).toEqual(before.user.passwordChangedAt);
      expect(after?.user.displayName).toBe(before.user.displayName);
      expect(after?.user.locale).toBe(before.user.locale);
      expect(after?.user.isOperator).toBe(before.user.isOperator);
      expect(after?.memberships.filter((m) => m.organisationId !== orgB)).toEqual(before.memberships);
      // organisation B gained only a membership of the account in B
      expect(after?.memberships.find((m) => m.organisationId === orgB)?.roles).toEqual(["manager"]);

      // step 4: the attacker's password does not open the account; the victim's own still does
      expect((await t.client().signIn(victim, ATTACKER_PASSWORD)).status).toBe(401);
      expect((await t.client().signIn(victim, TEST_PASSWORD)).status).toBe(200);

      // and HR of B still sees nothing of organisation A
      const session = await (await hrB.request("/api/auth/session")).json();
      expect(session.organisations.map((o: { id: string }) => o.id)).toEqual([orgB]);
      expect((await hrB.request("/api/auth/organisation", { method: "POST", json: { organisationId: orgA } })).status).toBeGreaterThanOrEqual(400);
    });
  }

  it("refuses a link accepted after the account got a password elsewhere (409) and changes nothing", async () => {
    // an account with no password yet: A and B both invite it, each organisation's link in its own outbox
    const hrA = t.client();
    expect((await hrA.signIn("hr@a.test")).status).toBe(200);
    const email = "newcomer@c.test";
    expect((await hrA.request("/api/invitations", { method: "POST", json: { email, displayName: "Newcomer", roles: ["manager"] } })).status).toBe(201);
    const tokenFromA = await newestInvitationToken(t, email);
    expect((await hrB.request("/api/invitations", { method: "POST", json: { email, displayName: "Someone else", roles: ["hr_admin"] } })).status).toBe(201);
    const tokenFromB = await newestInvitationToken(t, email);
    expect(tokenFromB).not.toBe(tokenFromA);

    // B's link is used first: the account now has a password and a membership of B
    const viaB = await t.client().request("/api/auth/invitations/accept", { method: "POST", json: { token: tokenFromB, password: "password chosen via B" } });
    expect(viaB.status).toBe(200);
    const before = await accountState(t, email);

    // A's link no longer sets anything: 409 naming the token, nothing changed, no session
    const inspect = await t.client().request("/api/auth/invitations/inspect", { method: "POST", json: { token: tokenFromA } });
    expect(inspect.status).toBe(200);
    expect(await inspect.json()).toMatchObject({ needsPassword: false, organisation: { name: "Organisation A" } });
    const late = t.client();
    const viaA = await late.request("/api/auth/invitations/accept", { method: "POST", json: { token: tokenFromA, password: "password chosen via A" } });
    expect(viaA.status).toBe(409);
    expect(await viaA.json()).toMatchObject({ code: "CONFLICT", field: "token" });
    expect(late.cookie).toBeNull();
    const after = await accountState(t, email);
    expect(after?.user.passwordHash).toBe(before?.user.passwordHash);
    expect(after?.memberships).toEqual(before?.memberships);
    expect(after?.memberships.map((m) => m.organisationId)).toEqual([orgB]);
    expect((await t.client().signIn(email, "password chosen via A")).status).toBe(401);
    // the account's name stayed the one the first invitation gave it
    expect(after?.user.displayName).toBe("Newcomer");
  });

  it("accepts one link once when it is used twice at the same moment", async () => {
    expect((await hrB.request("/api/invitations", { method: "POST", json: { email: "twice@b.test", displayName: "Twice", roles: ["mentor"] } })).status).toBe(201);
    const token = await newestInvitationToken(t, "twice@b.test");
    const answers = await Promise.all(
      ["first password!", "second password"].map((password) => t.client().request("/api/auth/invitations/accept", { method: "POST", json: { token, password } })),
    );
    expect(answers.map((r) => r.status).sort()).toEqual([200, 400]);
    const opened = answers.findIndex((r) => r.status === 200);
    expect((await t.client().signIn("twice@b.test", opened === 0 ? "first password!" : "second password")).status).toBe(200);
    expect((await t.client().signIn("twice@b.test", opened === 0 ? "second password" : "first password!")).status).toBe(401);
  });

  it("never shows an HR admin an invitation link in the outbox listing (only its recipient gets it)", async () => {
    expect((await hrB.request("/api/invitations", { method: "POST", json: { email: "fresh@b.test", displayName: "Fresh", roles: ["mentor"] } })).status).toBe(201);
    expect(await invitationTokensInOutbox(t, "fresh@b.test")).toHaveLength(1);
    const listed = await (await hrB.request("/api/outbox")).json();
    const mail = listed.items.find((m: { to: string }) => m.to === "fresh@b.test");
    expect(mail.text).toContain("/invitation#token=…");
    expect(mail.text).not.toMatch(/\/invitation#token=[A-Za-z0-9_-]{20,}/);
  });

  it("lets only HR admins of the organisation invite; other roles get 403", async () => {
    const manager = t.client();
    expect((await manager.signIn("manager@a.test")).status).toBe(200);
    for (const [path, json] of [
      ["/api/invitations", { email: "x@a.test", displayName: "X", roles: ["hr_admin"] }],
      ["/api/invitations/people", { filter: { accountState: "none" }, roles: ["manager"] }],
    ] as const) {
      expect((await manager.request(path, { method: "POST", json })).status).toBe(403);
    }
  });
});
