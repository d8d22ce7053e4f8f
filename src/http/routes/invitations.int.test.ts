// Issue 12: accounts belong to people. HR invites from the directory (one, a selection, a filter), the
// invitation is in the person's language and links the account to the person on acceptance; the
// directory shows each person's account state; resend, revoke, link and unlink by hand; deactivating a
// person ends their sessions and tokens.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findUserByEmail } from "../../db/auth-repo";
import { listAllPeople } from "../../db/people-repo";
import { ssoConnections } from "../../db/schema/index";
import { bodyWithoutRequestId, startTestApp, TEST_PASSWORD, type TTestClient } from "../../test-support/test-app";
import { testDatabaseKind } from "../../test-support/test-database";
import { emailsTo, invitationTokensInOutbox, newestInvitationToken, type TApp } from "../../app/invitations/invitations.test-helpers";

let t: TApp;
let clock = new Date("2026-03-02T09:00:00Z");
let orgId: string;
let hr: TTestClient;
/** Employee number → person id of the imported directory. */
const ids: Record<string, string> = {};
const NEW_PASSWORD = "a password of my own";

// A small tree: D1 (Directie) leads S1 and S2 (Sales); S1 leads S3. X1 is inactive after import.
const CSV = [
  "Employee number,First name,Last name,Email,Department,Manager employee number,Language",
  "D1,Dirk,Dewaele,Dirk.Dewaele@acme.test,Directie,,nl",
  "S1,Sophie,Lambert,sophie.lambert@acme.test,Sales,D1,fr",
  "S2,Sam,Peeters,sam.peeters@acme.test,Sales,D1,en",
  "S3,Sara,Jacobs,sara.jacobs@acme.test,Sales,S1,nl",
  "F1,Fien,Claes,fien.claes@acme.test,Finance,D1,nl",
  "F2,Frank,Maes,frank.maes@acme.test,Finance,D1,nl",
  "F3,Fatima,Amrani,fatima.amrani@acme.test,Finance,D1,fr",
  "L1,Lotte,Wouters,lotte.wouters@acme.test,Finance,D1,fr",
  "L2,Lucas,Janssens,lucas.janssens@acme.test,Finance,D1,nl",
  "E1,Elias,Vermeulen,elias.vermeulen@acme.test,Finance,D1,en",
  "X1,Xavier,Dubois,xavier.dubois@acme.test,Finance,D1,fr",
].join("\n");

async function person(id: string) {
  const response = await hr.request(`/api/people/${id}`);
  expect(response.status).toBe(200);
  return response.json();
}

async function accountOf(number: string) {
  return (await person(ids[number] as string)).account;
}

function invite(body: unknown) {
  return hr.request("/api/invitations/people", { method: "POST", json: body });
}

/** Accepts with a password (null: none sent). */
async function accept(token: string, password: string | null = NEW_PASSWORD) {
  const client = t.client();
  const response = await client.request("/api/auth/invitations/accept", { method: "POST", json: password === null ? { token } : { token, password } });
  return { client, response, body: await response.json() };
}

function minutes(n: number) {
  clock = new Date(clock.getTime() + n * 60_000);
}

beforeAll(async () => {
  t = await startTestApp({ now: () => clock });
  orgId = (await t.createOrganisation("acme", "Acme")).id;
  hr = await t.signedIn("hr@acme.test", orgId, ["hr_admin"]);
  const form = new FormData();
  form.set("file", new File([CSV], "people.csv"));
  const imported = await (await hr.request("/api/people/import", { method: "POST", body: form })).json();
  expect(imported).toMatchObject({ committed: true, rejected: 0 });
  for (const p of await listAllPeople(t.ctx.db, orgId)) ids[p.employeeNumber] = p.id;
  expect((await hr.request(`/api/people/${ids.X1}`, { method: "PATCH", json: { active: false } })).status).toBe(200);
});
afterAll(() => t.close());

describe(`invitations from the directory (${testDatabaseKind})`, () => {
  it("invites an imported person by id; accepting links the account, so they take questionnaires and own a plan", async () => {
    expect(await accountOf("S1")).toEqual({ state: "none", userId: null, invitationId: null, lastSentAt: null, expiresAt: null, sendCount: 0, roles: [] });
    const sent = await invite({ personIds: [ids.S1] });
    expect(sent.status).toBe(200);
    expect(await sent.json()).toEqual({ invited: 1, notified: 0, skipped: [] });

    const invited = await accountOf("S1");
    expect(invited).toMatchObject({ state: "invited", sendCount: 1, roles: ["manager"], lastSentAt: clock.toISOString() });
    expect(Date.parse(invited.expiresAt) - clock.getTime()).toBe(7 * 86_400_000);

    // in the person's language (French), naming the organisation, the inviter and the expiry
    const [mail] = await emailsTo(t, "sophie.lambert@acme.test");
    expect(mail).toMatchObject({ kind: "invitation", organisationId: orgId });
    expect(mail?.subject).toBe("Invitation à Sterk — Acme");
    expect(mail?.textBody).toContain("hr vous invite sur Sterk");
    expect(mail?.textBody).toContain("9 mars 2026");
    const token = await newestInvitationToken(t, "sophie.lambert@acme.test");

    const inspected = await t.client().request("/api/auth/invitations/inspect", { method: "POST", json: { token } });
    expect(await inspected.json()).toEqual({
      organisation: { name: "Acme" },
      email: "sophie.lambert@acme.test",
      displayName: "Sophie Lambert",
      locale: "fr",
      needsPassword: true,
      ssoOnly: false,
    });
    const withoutPassword = await accept(token, null);
    expect(withoutPassword.response.status).toBe(400);
    expect(withoutPassword.body).toMatchObject({ code: "VALIDATION", field: "password" });

    const { client, response, body } = await accept(token);
    expect(response.status).toBe(200);
    expect(body.currentOrganisation).toMatchObject({ id: orgId, roles: ["manager"], personId: ids.S1 });
    expect((await client.request("/api/assessments/me")).status).toBe(200);
    const plan = await client.request("/api/me/plan");
    expect(plan.status).toBe(200);
    expect((await client.request("/api/me/plan/menu")).status).toBe(200);
    const user = await findUserByEmail(t.ctx.db, "sophie.lambert@acme.test");
    expect(await accountOf("S1")).toEqual({ state: "active", userId: user?.id, invitationId: null, lastSentAt: null, expiresAt: null, sendCount: 0, roles: ["manager"] });
    // the link worked once
    expect((await accept(token)).body).toMatchObject({ code: "INVALID_TOKEN", field: "token" });
    expect((await t.client().signIn("sophie.lambert@acme.test", NEW_PASSWORD)).status).toBe(200);
  });

  it("invites a selection and then everyone not yet invited, skipping who is active, invited or inactive", async () => {
    const selection = await (await invite({ personIds: [ids.F1, ids.F2, ids.S1, ids.X1], roles: ["manager", "mentor"] })).json();
    expect(selection.invited).toBe(2);
    expect(selection.skipped).toEqual(
      expect.arrayContaining([
        { personId: ids.S1, reason: "already_active" },
        { personId: ids.X1, reason: "inactive" },
      ]),
    );
    expect((await accountOf("F1")).roles.sort()).toEqual(["manager", "mentor"]);
    const again = await (await invite({ personIds: [ids.F1] })).json();
    expect(again).toEqual({ invited: 0, notified: 0, skipped: [{ personId: ids.F1, reason: "already_invited" }] });

    const noneBefore = await (await hr.request("/api/people?accountState=none&limit=500")).json();
    const everyone = await (await invite({ filter: { accountState: "none" } })).json();
    expect(everyone).toMatchObject({ invited: noneBefore.total, notified: 0, skipped: [] });
    expect((await (await hr.request("/api/people?accountState=none")).json()).total).toBe(0);
    const invitedPage = await (await hr.request("/api/people?accountState=invited&limit=500")).json();
    expect(invitedPage.items.every((p: { account: { state: string } }) => p.account.state === "invited")).toBe(true);
    expect(invitedPage.items.map((p: { id: string }) => p.id)).toEqual(expect.arrayContaining([ids.F1, ids.F2, ids.D1, ids.E1]));
    expect((await (await hr.request("/api/people?accountState=deactivated")).json()).items.map((p: { id: string }) => p.id)).toEqual([ids.X1]);
  });

  it("refuses a request with both or neither of personIds and filter, naming the field", async () => {
    const both = await invite({ personIds: [ids.D1], filter: { department: "Sales" } });
    expect(both.status).toBe(400);
    expect(await both.json()).toMatchObject({ code: "VALIDATION", field: "filter" });
    const neither = await invite({ roles: ["manager"] });
    expect(neither.status).toBe(400);
    expect(await neither.json()).toMatchObject({ code: "VALIDATION", field: "personIds" });
    const foreign = await invite({ personIds: ["00000000-0000-4000-8000-000000000000"] });
    expect(foreign.status).toBe(404);
  });

  it("shows account states through the lifecycle: expired by time, resend voids the old link, revoke", async () => {
    const oldToken = await newestInvitationToken(t, "sam.peeters@acme.test");
    expect((await accountOf("S2")).state).toBe("invited");
    minutes(7 * 24 * 60 + 1);
    const expired = await accountOf("S2");
    expect(expired.state).toBe("expired");
    const invalid = await t.client().request("/api/auth/invitations/inspect", { method: "POST", json: { token: oldToken } });
    const unknown = await t.client().request("/api/auth/invitations/inspect", { method: "POST", json: { token: "B".repeat(43) } });
    expect(invalid.status).toBe(400);
    expect(await bodyWithoutRequestId(invalid)).toEqual(await bodyWithoutRequestId(unknown));
    expect((await (await hr.request("/api/people?accountState=expired&limit=500")).json()).items.map((p: { id: string }) => p.id)).toContain(ids.S2);

    const resent = await hr.request(`/api/invitations/${expired.invitationId}/resend`, { method: "POST" });
    expect(resent.status).toBe(200);
    const renewed = await resent.json();
    expect(renewed).toMatchObject({ state: "invited", sendCount: expired.sendCount + 1, lastSentAt: clock.toISOString() });
    expect(Date.parse(renewed.expiresAt) - clock.getTime()).toBe(7 * 86_400_000);
    const newToken = await newestInvitationToken(t, "sam.peeters@acme.test");
    expect(newToken).not.toBe(oldToken);
    expect((await accept(oldToken)).body.code).toBe("INVALID_TOKEN");
    expect((await t.client().request("/api/auth/invitations/inspect", { method: "POST", json: { token: newToken } })).status).toBe(200);

    // at most once per 10 minutes
    const tooSoon = await hr.request(`/api/invitations/${renewed.invitationId}/resend`, { method: "POST" });
    expect(tooSoon.status).toBe(409);
    minutes(10);
    const revoked = await hr.request(`/api/invitations/${renewed.invitationId}/revoke`, { method: "POST" });
    expect(revoked.status).toBe(200);
    expect(await revoked.json()).toMatchObject({ state: "none", invitationId: null });
    expect((await accept(newToken)).body.code).toBe("INVALID_TOKEN");
    expect((await hr.request(`/api/invitations/${renewed.invitationId}/revoke`, { method: "POST" })).status).toBe(409);

    // everyone whose invitation lapsed, by filter
    const lapsed = await (await hr.request("/api/people?accountState=expired&limit=500")).json();
    expect(lapsed.total).toBeGreaterThan(0);
    const reinvited = await (await invite({ filter: { accountState: "expired" } })).json();
    expect(reinvited.invited).toBe(lapsed.total);
    expect((await (await hr.request("/api/people?accountState=expired")).json()).total).toBe(0);
  });

  it("selects by department, level in the tree and managers only", async () => {
    // revoke everyone's pending invitation first, so the filter selects by tree alone
    for (const n of ["D1", "S2", "S3"]) {
      const account = await accountOf(n as string);
      if (account.invitationId) await hr.request(`/api/invitations/${account.invitationId}/revoke`, { method: "POST" });
    }
    const level2Sales = await (await invite({ filter: { department: "sales", level: 2, accountState: "none" } })).json();
    expect(level2Sales).toMatchObject({ invited: 1 }); // S2 (S1 is active, S3 is level 3)
    expect((await accountOf("S2")).state).toBe("invited");
    expect((await accountOf("S3")).state).toBe("none");
    const managers = await (await invite({ filter: { managersOnly: true, accountState: "none" } })).json();
    expect(managers.invited).toBe(1); // D1 (S1, the other manager, is active)
    expect((await accountOf("D1")).state).toBe("invited");
    expect((await accountOf("S3")).state).toBe("none");
  });

  it("adds an existing account to the organisation and tells the person, linked by email, without a link", async () => {
    const other = (await t.createOrganisation("other", "Other")).id;
    const existing = await t.createUser("Nora.Vos@acme.test", [{ organisationId: other, roles: ["hr_admin"] }]);
    const created = await hr.request("/api/people", {
      method: "POST",
      json: { employeeNumber: "N1", firstName: "Nora", lastName: "Vos", email: "nora.VOS@acme.test", managerId: ids.D1, language: "fr" },
    });
    ids.N1 = (await created.json()).id;
    const result = await (await invite({ personIds: [ids.N1] })).json();
    expect(result).toEqual({ invited: 0, notified: 1, skipped: [] });
    expect(await accountOf("N1")).toMatchObject({ state: "active", userId: existing.id, roles: ["manager"] });
    const [note] = await emailsTo(t, "nora.vos@acme.test");
    expect(note?.kind).toBe("access_granted");
    expect(note?.subject).toBe("Vous avez désormais accès à Acme sur Sterk");
    expect(note?.textBody).toContain("mot de passe habituels");
    expect(await invitationTokensInOutbox(t, "nora.vos@acme.test")).toEqual([]);
    const signedIn = t.client();
    expect((await signedIn.signIn("nora.vos@acme.test", TEST_PASSWORD)).status).toBe(200);
    await signedIn.request("/api/auth/organisation", { method: "POST", json: { organisationId: orgId } });
    const session = await (await signedIn.request("/api/auth/session")).json();
    expect(session.currentOrganisation).toMatchObject({ id: orgId, personId: ids.N1, roles: ["manager"] });
    // nothing about the account itself changed
    expect(session.user.displayName).toBe("Nora.Vos");
    expect(session.organisations.find((o: { id: string }) => o.id === other)?.roles).toEqual(["hr_admin"]);
  });

  it("links an existing member lazily to the person with the account's email (any case)", async () => {
    await t.createUser("kim.smets@acme.test", [{ organisationId: orgId, roles: ["manager"] }]);
    const created = await hr.request("/api/people", {
      method: "POST",
      json: { employeeNumber: "K1", firstName: "Kim", lastName: "Smets", email: "KIM.SMETS@acme.test", department: "Finance", managerId: ids.D1 },
    });
    ids.K1 = (await created.json()).id;
    expect((await accountOf("K1")).state).toBe("none");
    const kim = t.client();
    expect((await kim.signIn("kim.smets@acme.test")).status).toBe(200);
    const session = await (await kim.request("/api/auth/session")).json();
    expect(session.currentOrganisation.personId).toBe(ids.K1);
    expect((await accountOf("K1")).state).toBe("active");
  });

  it("lets HR link and unlink a person and a member account by hand", async () => {
    // a mentor invited by email, without a person record
    const invited = await hr.request("/api/invitations", { method: "POST", json: { email: "mentor.extern@coach.test", displayName: "Extern Mentor", roles: ["mentor"] } });
    expect(await invited.json()).toMatchObject({ outcome: "invited", personId: null });
    const accepted = await accept(await newestInvitationToken(t, "mentor.extern@coach.test"));
    expect(accepted.body.currentOrganisation.personId).toBeNull();
    const mentorId = accepted.body.user.id;
    const members = await (await hr.request("/api/organisation/members?unlinked=true")).json();
    expect(members.items).toEqual(expect.arrayContaining([{ userId: mentorId, email: "mentor.extern@coach.test", displayName: "Extern Mentor", roles: ["mentor"], personId: null }]));

    const pending = await accountOf("E1");
    const linked = await hr.request(`/api/people/${ids.E1}/account`, { method: "PUT", json: { userId: mentorId } });
    expect(linked.status).toBe(200);
    expect(await linked.json()).toMatchObject({ state: "active", userId: mentorId, invitationId: null, roles: ["mentor"] });
    if (pending.invitationId) expect((await hr.request(`/api/invitations/${pending.invitationId}/resend`, { method: "POST" })).status).toBe(409);
    const twice = await hr.request(`/api/people/${ids.L2}/account`, { method: "PUT", json: { userId: mentorId } });
    expect(twice.status).toBe(409);
    expect(await twice.json()).toMatchObject({ field: "userId" });
    const stranger = await hr.request(`/api/people/${ids.L2}/account`, { method: "PUT", json: { userId: (await t.createUser("stranger@x.test")).id } });
    expect(stranger.status).toBe(404);

    const unlinked = await hr.request(`/api/people/${ids.E1}/account`, { method: "DELETE" });
    expect(unlinked.status).toBe(200);
    expect((await unlinked.json()).state).toBe("none");
    expect((await hr.request(`/api/people/${ids.E1}/account`, { method: "DELETE" })).status).toBe(404);
    const mentor = t.client();
    await mentor.signIn("mentor.extern@coach.test", NEW_PASSWORD);
    expect((await (await mentor.request("/api/auth/session")).json()).currentOrganisation).toMatchObject({ id: orgId, personId: null, roles: ["mentor"] });
  });

  it("deactivating a person ends their sessions and API tokens; reactivating restores the membership", async () => {
    const sophie = t.client();
    expect((await sophie.signIn("sophie.lambert@acme.test", NEW_PASSWORD)).status).toBe(200);
    const cookie = sophie.cookie ?? "";
    const token = (await (await sophie.request("/api/tokens", { method: "POST", json: { name: "script" } })).json()).token as string;
    const bearer = { headers: { authorization: `Bearer ${token}` } };
    expect((await t.client().request("/api/assessments/me", bearer)).status).toBe(200);

    expect((await hr.request(`/api/people/${ids.S1}`, { method: "PATCH", json: { active: false } })).status).toBe(200);
    expect((await accountOf("S1")).state).toBe("deactivated");
    expect((await t.client().request("/api/auth/session", { headers: { cookie } })).status).toBe(401);
    expect((await t.client().request("/api/assessments/me", bearer)).status).toBe(401);
    const back = t.client();
    expect((await back.signIn("sophie.lambert@acme.test", NEW_PASSWORD)).status).toBe(200);
    expect((await (await back.request("/api/auth/session")).json()).organisations).toEqual([]);
    expect((await back.request("/api/assessments/me")).status).toBe(403);
    expect((await (await invite({ personIds: [ids.S1] })).json()).skipped).toEqual([{ personId: ids.S1, reason: "inactive" }]);

    expect((await hr.request(`/api/people/${ids.S1}`, { method: "PATCH", json: { active: true } })).status).toBe(200);
    expect((await accountOf("S1")).state).toBe("active");
    const again = t.client();
    await again.signIn("sophie.lambert@acme.test", NEW_PASSWORD);
    expect((await (await again.request("/api/auth/session")).json()).currentOrganisation).toMatchObject({ id: orgId, personId: ids.S1 });
    expect((await t.client().request("/api/assessments/me", bearer)).status).toBe(401);
  });

  it("withdraws a deactivated person's pending invitation", async () => {
    await invite({ personIds: [ids.S3] });
    const token = await newestInvitationToken(t, "sara.jacobs@acme.test");
    await hr.request(`/api/people/${ids.S3}`, { method: "PATCH", json: { active: false } });
    expect((await accept(token)).body.code).toBe("INVALID_TOKEN");
    expect((await accountOf("S3")).invitationId).toBeNull();
  });

  it("never issues a link in an organisation that signs in with its company account only", async () => {
    // HR's own password session no longer counts in an SSO-only organisation; the operator acts
    const operator = await t.signedIn("operator@sterk.test", orgId, [], true);
    await t.ctx.db.insert(ssoConnections).values({ organisationId: orgId, issuer: "https://idp.acme.test", clientId: "c", clientSecret: "s", allowedDomains: ["acme.test"], ssoOnly: true });
    try {
      const account = (await (await operator.request(`/api/people/${ids.F3}`)).json()).account;
      if (account.invitationId) await operator.request(`/api/invitations/${account.invitationId}/revoke`, { method: "POST" });
      const before = await invitationTokensInOutbox(t, "fatima.amrani@acme.test");
      const sent = await operator.request("/api/invitations/people", { method: "POST", json: { personIds: [ids.F3] } });
      expect(await sent.json()).toEqual({ invited: 0, notified: 1, skipped: [] });
      expect(await invitationTokensInOutbox(t, "fatima.amrani@acme.test")).toEqual(before);
      const [note] = await emailsTo(t, "fatima.amrani@acme.test");
      expect(note?.textBody).toContain("compte d'entreprise");
      expect((await (await operator.request(`/api/people/${ids.F3}`)).json()).account.state).toBe("active");
    } finally {
      await t.ctx.db.delete(ssoConnections);
    }
  });

  it("invites 300 people at once, each in their own language, in one transaction", async () => {
    const big = (await t.createOrganisation("big", "Big")).id;
    const bigHr = await t.signedIn("hr@big.test", big, ["hr_admin"]);
    const languages = ["nl", "fr", "en"] as const;
    const rows = Array.from({ length: 300 }, (_, i) => `B${i},First${i},Last${i},p${i}@big.test,Ops,${languages[i % 3]}`);
    const form = new FormData();
    form.set("file", new File([["Employee number,First name,Last name,Email,Department,Language", ...rows].join("\n")], "big.csv"));
    expect(await (await bigHr.request("/api/people/import", { method: "POST", body: form })).json()).toMatchObject({ created: 300 });
    const result = await (await bigHr.request("/api/invitations/people", { method: "POST", json: { filter: { accountState: "none" } } })).json();
    expect(result).toEqual({ invited: 300, notified: 0, skipped: [] });
    const tokens = await Promise.all(["p0@big.test", "p1@big.test", "p2@big.test"].map((to) => emailsTo(t, to)));
    expect(tokens.map(([mail]) => mail?.subject)).toEqual(["Uitnodiging voor Sterk — Big", "Invitation à Sterk — Big", "Your invitation to Sterk — Big"]);
    expect((await (await bigHr.request("/api/people?accountState=invited&limit=1")).json()).total).toBe(300);
    expect((await invitationTokensInOutbox(t)).filter(Boolean).length).toBeGreaterThanOrEqual(300);
  });

  it("counts each organisation's active people for the operator", async () => {
    const operator = t.client();
    expect((await operator.signIn("operator@sterk.test")).status).toBe(200);
    const list = await (await operator.request("/api/organisations")).json();
    const acme = list.items.find((o: { id: string }) => o.id === orgId);
    const active = (await listAllPeople(t.ctx.db, orgId)).filter((p) => p.active).length;
    expect(active).toBe(11);
    expect(acme.peopleCount).toBe(active);
  });
});
