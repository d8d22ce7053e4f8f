import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DAY, daysFrom, feedbackOrg, linksInOutbox, raterBrowser, testClock } from "../../app/feedback/feedback.test-helpers";
import { loadCampaignForReport, listCampaignsAboutPerson } from "../../app/feedback/report-source";
import { hashSecret } from "../../app/shared/secrets";
import { challengeScanStatements } from "../../domain/assessment/index";
import { feedbackRaters, feedbackRaterSessions, feedbackResponses, organisations } from "../../db/schema/index";
import { bodyWithoutRequestId, startTestApp, type TTestClient } from "../../test-support/test-app";
import { testDatabaseKind } from "../../test-support/test-database";

const clock = testClock("2026-03-02T09:00:00Z");
let t: Awaited<ReturnType<typeof startTestApp>>;
let org: Awaited<ReturnType<typeof feedbackOrg>>;
let other: Awaited<ReturnType<typeof feedbackOrg>>;
const statementIds = challengeScanStatements("en", ["rater"]).map((s) => s.id);

beforeAll(async () => {
  t = await startTestApp({ now: clock.now });
  org = await feedbackOrg(t, "fa");
  other = await feedbackOrg(t, "fb");
});
afterAll(() => t.close());

async function call(client: TTestClient, path: string, method = "GET", json?: unknown) {
  const response = await client.request(path, { method, json });
  // the request id differs per request; tests compare everything else
  const { requestId: _id, ...body } = (await response.json()) as Record<string, unknown> & { requestId?: string };
  return { status: response.status, body: body as Record<string, any> };
}

/** A campaign launched by the line manager: 1 line manager, 3 peers from the directory, 1 external "other". */
async function launchedCampaign(closesInDays = 10) {
  const created = await call(org.subjectUser, "/api/feedback/campaigns", "POST", { closesAt: daysFrom(clock.now(), closesInDays) });
  const id = created.body.id as string;
  const nominate = (body: unknown) => call(org.subjectUser, `/api/feedback/campaigns/${id}/nominees`, "POST", body);
  await nominate({ group: "line_manager", personId: org.people.boss });
  for (const peer of org.people.peers.slice(0, 3)) await nominate({ group: "peer", personId: peer });
  await nominate({ group: "other", name: "Olga Outside", email: "olga@elsewhere.test", language: "fr" });
  await call(org.subjectUser, `/api/feedback/campaigns/${id}/submit`, "POST");
  await call(org.bossUser, `/api/feedback/campaigns/${id}/approve`, "POST");
  const launched = await call(org.bossUser, `/api/feedback/campaigns/${id}/launch`, "POST");
  expect(launched.status).toBe(200);
  return id;
}

function fullAnswers(value: number | null) {
  return statementIds.map((id) => ({ id, value }));
}

describe(`360 campaigns: nominate, approve, launch (${testDatabaseKind})`, () => {
  it("walks nominating → awaiting approval → changes requested → approved → open, showing nominees only before the launch", async () => {
    const past = await call(org.subjectUser, "/api/feedback/campaigns", "POST", { closesAt: daysFrom(clock.now(), -1) });
    expect(past).toMatchObject({ status: 400, body: { field: "closesAt" } });
    const forSomeoneElse = await call(org.subjectUser, "/api/feedback/campaigns", "POST", { subjectPersonId: org.people.stranger, closesAt: daysFrom(clock.now(), 7) });
    expect(forSomeoneElse.status).toBe(403);

    const created = await call(org.subjectUser, "/api/feedback/campaigns", "POST", { closesAt: daysFrom(clock.now(), 10) });
    expect(created).toMatchObject({ status: 201, body: { status: "nominating", subject: { personId: org.people.subject, firstName: "FirstSUBJ" } } });
    const id = created.body.id as string;
    const path = `/api/feedback/campaigns/${id}`;

    expect((await call(org.subjectUser, `${path}/nominees`, "POST", { group: "line_manager", personId: org.people.boss })).status).toBe(200);
    for (const peer of org.people.peers) await call(org.subjectUser, `${path}/nominees`, "POST", { group: "peer", personId: peer });
    const duplicate = await call(org.subjectUser, `${path}/nominees`, "POST", { group: "other", personId: org.people.peers[0] });
    expect(duplicate).toMatchObject({ status: 400, body: { field: "personId" } });
    const self = await call(org.subjectUser, `${path}/nominees`, "POST", { group: "peer", personId: org.people.subject });
    expect(self).toMatchObject({ status: 400, body: { field: "personId" } });
    const noEmail = await call(org.subjectUser, `${path}/nominees`, "POST", { group: "other", name: "X", language: "nl" });
    expect(noEmail).toMatchObject({ status: 400, body: { field: "email" } });
    const external = await call(org.subjectUser, `${path}/nominees`, "POST", { group: "other", name: "Olga Outside", email: "olga@elsewhere.test", language: "fr" });
    expect(external.body.nominees).toHaveLength(6);
    const p4 = external.body.nominees.find((n: { personId: string | null }) => n.personId === org.people.peers[3]);
    const removed = await call(org.subjectUser, `${path}/nominees/${p4.id}`, "DELETE");
    expect(removed.body.nominees.map((n: { name: string }) => n.name)).not.toContain("FirstP4 LastP4");

    expect((await call(org.subjectUser, `${path}/approve`, "POST")).status).toBe(403);
    const submitted = await call(org.subjectUser, `${path}/submit`, "POST");
    expect(submitted.body).toMatchObject({ status: "awaiting_approval", actions: { approve: false, editNominees: false } });
    expect((await call(org.subjectUser, `${path}/approve`, "POST")).status).toBe(403);
    expect((await call(org.subjectUser, `${path}/nominees`, "POST", { group: "peer", personId: org.people.peers[3] })).status).toBe(409);

    // the approver sees the campaign in the list and its nominees, names and groups
    const list = await call(org.bossUser, "/api/feedback/campaigns");
    expect(list.body.items.map((c: { id: string }) => c.id)).toContain(id);
    const seen = await call(org.bossUser, path);
    expect(seen.body.actions).toMatchObject({ approve: true, launch: false });
    expect(seen.body.nominees.map((n: { group: string }) => n.group).sort()).toEqual(["line_manager", "other", "peer", "peer", "peer"]);

    // someone else's manager may neither see nor approve it
    expect((await call(org.strangerUser, path)).status).toBe(404);
    expect((await call(org.strangerUser, `${path}/approve`, "POST")).status).toBe(404);
    expect((await call(org.strangerUser, "/api/feedback/campaigns")).body.items).toEqual([]);

    const changes = await call(org.bossUser, `${path}/request-changes`, "POST", { comment: "Add someone from Sales" });
    expect(changes.body).toMatchObject({ status: "nominating", approvalComment: "Add someone from Sales" });
    expect((await call(org.bossUser, `${path}/request-changes`, "POST", { comment: "again" })).status).toBe(409);
    await call(org.subjectUser, `${path}/submit`, "POST");
    const approved = await call(org.bossUser, `${path}/approve`, "POST", { comment: "Fine" });
    expect(approved.body).toMatchObject({ status: "approved", actions: { launch: true } });
    expect((await call(org.subjectUser, `${path}/launch`, "POST")).status).toBe(403);

    const launched = await call(org.bossUser, `${path}/launch`, "POST");
    expect(launched.body).toMatchObject({ status: "open", nominees: null });
    expect(launched.body.completion).toEqual([
      { group: "line_manager", invited: 1, answered: 0 },
      { group: "peer", invited: 3, answered: 0 },
      { group: "direct_report", invited: 0, answered: 0 },
      { group: "other", invited: 1, answered: 0 },
    ]);
    const text = JSON.stringify(launched.body);
    for (const leak of ["FirstP1", "FirstBOSS", "Olga", "elsewhere.test", "p1@fa.test"]) expect(text).not.toContain(leak);

    // the invitations: one per rater, in the rater's language, naming the group, the line-manager rule and the close date
    const links = await linksInOutbox(t, "feedback_invitation");
    const olga = links.find((l) => l.to === "olga@elsewhere.test");
    expect(olga?.subject).toContain("FirstSUBJ LastSUBJ");
    expect(olga?.text).toMatch(/Vous êtes invité\(e\) dans le groupe : autre interlocuteur/);
    expect(olga?.text).toMatch(/au moins 3 personnes/);
    expect(olga?.text).toMatch(/responsable hiérarchique sont montrées séparément/);
    expect(olga?.text).toMatch(/12 mars 2026/);
    const bossMail = links.find((l) => l.to === "boss@fa.test");
    expect(bossMail?.text).toMatch(/Als leidinggevende worden uw antwoorden apart getoond/);
    expect(links.filter((l) => l.token.length >= 43)).toHaveLength(5);
  });

  it("stores rater link tokens and cookies only as SHA-256 hashes", async () => {
    const id = await launchedCampaign();
    const raters = await t.ctx.db.select().from(feedbackRaters).where(eq(feedbackRaters.campaignId, id));
    const links = (await linksInOutbox(t, "feedback_invitation")).slice(0, 5);
    const browser = raterBrowser(t, "10.0.0.1");
    expect((await browser.open(links[0]?.token ?? "")).status).toBe(200);
    const sessions = await t.ctx.db.select().from(feedbackRaterSessions);
    const stored = JSON.stringify([raters, sessions]);
    for (const link of links) {
      expect(link.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(stored).not.toContain(link.token);
      expect(raters.map((r) => r.tokenHash)).toContain(hashSecret(link.token));
    }
    const cookieValue = browser.cookie.split("=")[1] ?? "";
    expect(cookieValue.length).toBeGreaterThanOrEqual(43);
    expect(stored).not.toContain(cookieValue);
    expect(sessions.map((s) => s.tokenHash)).toContain(hashSecret(cookieValue));
  });

  it("never shows a rater's link token in the outbox, to HR or the operator", async () => {
    await launchedCampaign();
    const links = await linksInOutbox(t, "feedback_invitation");
    expect(links.length).toBeGreaterThanOrEqual(5);
    const operator = await t.signedIn("operator@fa.test", org.organisationId, [], true);
    for (const reader of [org.hr, operator]) {
      const listed = await call(reader, "/api/outbox");
      expect(listed.status).toBe(200);
      const invitations = (listed.body.items as { kind: string; text: string }[]).filter((m) => m.kind === "feedback_invitation");
      expect(invitations.length).toBeGreaterThanOrEqual(5);
      for (const mail of invitations) expect(mail.text).toContain("/rate#token=…");
      for (const link of links) expect(JSON.stringify(listed.body)).not.toContain(link.token);
    }
  });
});

describe(`the rater flow (${testDatabaseKind})`, () => {
  it("exchanges the link for a strict cookie, autosaves, submits, resubmits into the same row, and stops at the close", async () => {
    const id = await launchedCampaign();
    const links = (await linksInOutbox(t, "feedback_invitation")).slice(0, 5);
    const peerLink = links.find((l) => l.to === "p2@fa.test");
    const browser = raterBrowser(t, "10.0.1.1");
    const opened = await browser.open(peerLink?.token ?? "");
    expect(opened.status).toBe(200);
    const setCookie = opened.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    expect(setCookie).toMatch(/Path=\/api\/rater/);
    expect(opened.headers.get("referrer-policy")).toBe("no-referrer");
    expect(opened.headers.get("cache-control")).toBe("no-store");

    const questionnaire = await browser.request("/api/rater/questionnaire");
    expect(questionnaire.headers.get("referrer-policy")).toBe("no-referrer");
    expect(questionnaire.headers.get("cache-control")).toBe("no-store");
    const q = await questionnaire.json();
    expect(q).toMatchObject({ subject: { firstName: "FirstSUBJ", lastName: "LastSUBJ" }, group: "peer", language: "fr", cannotJudge: "Je ne peux pas juger", answers: {}, submittedAt: null });
    expect(q.statements.length).toBe(statementIds.length);
    expect(q.scale).toHaveLength(5);
    expect((await (await browser.request("/api/rater/questionnaire?lang=en")).json()).cannotJudge).toBe("Can't judge");

    const draft = await browser.request("/api/rater/answers", { method: "PUT", json: { answers: [{ id: statementIds[0], value: 4 }, { id: statementIds[1], value: null }], comments: [{ text: "  <b>Listens</b> well  " }] } });
    expect(draft.status).toBe(200);
    expect((await draft.json()).submittedAt).toBeNull();
    const reread = await (await browser.request("/api/rater/questionnaire")).json();
    expect(reread.answers).toEqual({ [statementIds[0] as string]: 4, [statementIds[1] as string]: null });
    expect(reread.comments).toEqual([{ text: "<b>Listens</b> well" }]);
    expect((await call(org.hr, `/api/feedback/campaigns/${id}`)).body.completion[1]).toEqual({ group: "peer", invited: 3, answered: 0 });

    const submit = await browser.request("/api/rater/submit", { method: "POST", json: { answers: fullAnswers(3), comments: [] } });
    expect(submit.status).toBe(200);
    expect((await call(org.hr, `/api/feedback/campaigns/${id}`)).body.completion[1]).toEqual({ group: "peer", invited: 3, answered: 1 });
    clock.advance(60_000);
    await browser.request("/api/rater/submit", { method: "POST", json: { answers: fullAnswers(5), comments: [{ itemId: statementIds[2], text: "Clear goals" }] } });
    const rows = await t.ctx.db.select().from(feedbackResponses).where(eq(feedbackResponses.campaignId, id));
    expect(rows).toHaveLength(1);
    expect((rows[0]?.answers as Record<string, number>)[statementIds[0] as string]).toBe(5);

    // a draft of another rater never reaches the report source
    const lineManager = raterBrowser(t, "10.0.1.2");
    await lineManager.open(links.find((l) => l.to === "boss@fa.test")?.token ?? "");
    await lineManager.request("/api/rater/answers", { method: "PUT", json: { answers: fullAnswers(2) } });
    const report = await loadCampaignForReport(t.ctx, org.organisationId, id);
    expect(report?.responses).toHaveLength(1);
    expect(report?.responses[0]).toMatchObject({ group: "peer", comments: [{ itemId: statementIds[2], text: "Clear goals" }] });
    expect(await loadCampaignForReport(t.ctx, other.organisationId, id)).toBeNull();

    // closed early by HR: the cookie and the link stop working, with the same answer as an unknown link
    const closed = await call(org.hr, `/api/feedback/campaigns/${id}/close`, "POST");
    expect(closed.body.status).toBe("closed");
    const unknown = await raterBrowser(t, "10.0.1.3").open("x".repeat(43));
    const afterClose = await raterBrowser(t, "10.0.1.4").open(peerLink?.token ?? "");
    const cookieAfterClose = await browser.request("/api/rater/submit", { method: "POST", json: { answers: fullAnswers(1) } });
    expect(unknown.status).toBe(400);
    expect(afterClose.status).toBe(unknown.status);
    expect(cookieAfterClose.status).toBe(unknown.status);
    const [a, b, c] = [await bodyWithoutRequestId(unknown), await bodyWithoutRequestId(afterClose), await bodyWithoutRequestId(cookieAfterClose)];
    expect(a).toEqual(b);
    expect(c).toEqual(a);
    expect((await listCampaignsAboutPerson(t.ctx, org.organisationId, org.people.subject)).find((x) => x.id === id)?.status).toBe("closed");
  });

  it("refuses answers outside the scale and unknown statements, naming the field and storing nothing", async () => {
    await launchedCampaign();
    const link = (await linksInOutbox(t, "feedback_invitation")).find((l) => l.to === "p3@fa.test");
    const browser = raterBrowser(t, "10.0.2.1");
    await browser.open(link?.token ?? "");
    const cases: [unknown, string][] = [
      [{ answers: [{ id: statementIds[0], value: 7 }] }, "answers[0].value"],
      [{ answers: [{ id: statementIds[0], value: 0 }] }, "answers[0].value"],
      [{ answers: [{ id: statementIds[0], value: 2.5 }] }, "answers[0].value"],
      [{ answers: [{ id: statementIds[0], value: 3 }, { id: "no-such-statement", value: 3 }] }, "answers[1].id"],
      [{ answers: [{ id: statementIds[0], value: 3 }, { id: statementIds[0], value: 2 }] }, "answers[1].id"],
      [{ answers: [], comments: [{ text: "x".repeat(2001) }] }, "comments[0].text"],
      [{ answers: [], comments: [{ itemId: "nope", text: "x" }] }, "comments[0].itemId"],
    ];
    for (const [body, field] of cases) {
      for (const [method, path] of [["PUT", "/api/rater/answers"], ["POST", "/api/rater/submit"]] as const) {
        const response = await browser.request(path, { method, json: body });
        expect(response.status).toBe(400);
        expect((await response.json()).field).toBe(field);
      }
    }
    const q = await (await browser.request("/api/rater/questionnaire")).json();
    expect(q).toMatchObject({ answers: {}, submittedAt: null });
  });

  it("keeps one response when the same rater submits many times at once", async () => {
    const id = await launchedCampaign();
    const link = (await linksInOutbox(t, "feedback_invitation")).find((l) => l.to === "p1@fa.test");
    const browser = raterBrowser(t, "10.0.3.1");
    await browser.open(link?.token ?? "");
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) => browser.request("/api/rater/submit", { method: "POST", json: { answers: fullAnswers((i % 5) + 1) } })),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(200));
    const rows = await t.ctx.db.select().from(feedbackResponses).where(eq(feedbackResponses.campaignId, id));
    expect(rows).toHaveLength(1);
    expect((await call(org.hr, `/api/feedback/campaigns/${id}`)).body.completion[1]).toMatchObject({ answered: 1 });
  });

  it("refuses a write without the rater cookie or from a foreign origin", async () => {
    await launchedCampaign();
    const link = (await linksInOutbox(t, "feedback_invitation")).find((l) => l.to === "p1@fa.test");
    const browser = raterBrowser(t, "10.0.4.1");
    const foreign = await browser.request("/api/rater/session", { method: "POST", json: { token: link?.token }, headers: { origin: "https://evil.test" } });
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get("set-cookie")).toBeNull();
    const noCookie = await browser.request("/api/rater/answers", { method: "PUT", json: { answers: [] } });
    expect(noCookie.status).toBe(400);
    await browser.open(link?.token ?? "");
    const crossSite = await browser.request("/api/rater/answers", { method: "PUT", json: { answers: [] }, headers: { origin: "https://evil.test" } });
    expect(crossSite.status).toBe(403);
  });
});

describe(`expiry, reminders and other organisations (${testDatabaseKind})`, () => {
  it("counts an open campaign past its close date as closed and refuses its links like unknown ones", async () => {
    const id = await launchedCampaign(2);
    const link = (await linksInOutbox(t, "feedback_invitation")).find((l) => l.to === "p1@fa.test");
    const browser = raterBrowser(t, "10.0.5.1");
    expect((await browser.open(link?.token ?? "")).status).toBe(200);
    clock.advance(2 * DAY + 1000);
    try {
      const expired = await raterBrowser(t, "10.0.5.2").open(link?.token ?? "");
      const unknown = await raterBrowser(t, "10.0.5.3").open("y".repeat(43));
      expect(expired.status).toBe(unknown.status);
      expect(await bodyWithoutRequestId(expired)).toEqual(await bodyWithoutRequestId(unknown));
      expect((await browser.request("/api/rater/questionnaire")).status).toBe(unknown.status);
      const campaign = await call(org.hr, `/api/feedback/campaigns/${id}`);
      expect(campaign.body).toMatchObject({ status: "closed", actions: { remind: false, close: false } });
      expect((await call(org.hr, `/api/feedback/campaigns/${id}/reminders`, "POST")).status).toBe(409);
    } finally {
      clock.advance(-2 * DAY - 1000);
    }
  });

  it("sends a reminder with a new link to raters who have not submitted; the old link stops working", async () => {
    const id = await launchedCampaign();
    const invitations = (await linksInOutbox(t, "feedback_invitation")).slice(0, 5);
    const done = raterBrowser(t, "10.0.6.1");
    await done.open(invitations.find((l) => l.to === "p1@fa.test")?.token ?? "");
    await done.request("/api/rater/submit", { method: "POST", json: { answers: fullAnswers(4) } });
    const draftBrowser = raterBrowser(t, "10.0.6.2");
    await draftBrowser.open(invitations.find((l) => l.to === "p2@fa.test")?.token ?? "");

    expect((await call(org.subjectUser, `/api/feedback/campaigns/${id}/reminders`, "POST")).body).toEqual({ sent: 0 });
    clock.advance(2 * 3600_000);
    const sent = await call(org.subjectUser, `/api/feedback/campaigns/${id}/reminders`, "POST");
    expect(sent.body).toEqual({ sent: 4 });
    expect((await call(org.subjectUser, `/api/feedback/campaigns/${id}/reminders`, "POST")).body).toEqual({ sent: 0 });
    const reminders = (await linksInOutbox(t, "feedback_reminder")).slice(0, 4);
    expect(reminders.map((r) => r.to).sort()).toEqual(["boss@fa.test", "olga@elsewhere.test", "p2@fa.test", "p3@fa.test"]);

    const p3Old = invitations.find((l) => l.to === "p3@fa.test")?.token ?? "";
    const p3New = reminders.find((l) => l.to === "p3@fa.test")?.token ?? "";
    expect(p3New).not.toBe(p3Old);
    expect((await raterBrowser(t, "10.0.6.3").open(p3Old)).status).toBe(400);
    expect((await raterBrowser(t, "10.0.6.4").open(p3New)).status).toBe(200);
    // a browser that already holds a cookie keeps working
    expect((await draftBrowser.request("/api/rater/questionnaire")).status).toBe(200);
  });

  it("answers another organisation's campaign ids exactly like missing ones", async () => {
    const id = await launchedCampaign();
    const ghost = "00000000-0000-4000-8000-000000000000";
    for (const [method, suffix, body] of [
      ["GET", "", undefined],
      ["PATCH", "", { closesAt: daysFrom(clock.now(), 5) }],
      ["POST", "/nominees", { group: "peer", name: "A", email: "a@b.test", language: "nl" }],
      ["POST", "/submit", undefined],
      ["POST", "/approve", undefined],
      ["POST", "/launch", undefined],
      ["POST", "/reminders", undefined],
      ["POST", "/close", undefined],
      ["POST", "/cancel", undefined],
    ] as const) {
      const theirs = await call(other.hr, `/api/feedback/campaigns/${id}${suffix}`, method, body);
      const missing = await call(other.hr, `/api/feedback/campaigns/${ghost}${suffix}`, method, body);
      expect([method, suffix, theirs.status]).toEqual([method, suffix, 404]);
      expect(theirs.body).toEqual(missing.body);
    }
    expect((await call(other.hr, "/api/feedback/campaigns")).body.items.map((c: { id: string }) => c.id)).not.toContain(id);
    expect((await call(org.hr, `/api/feedback/campaigns/${id}`)).body.status).toBe("open");
  });
});

describe(`anonymity thresholds (${testDatabaseKind})`, () => {
  it("lets HR raise thresholds, refuses lower values naming the field, and ignores lowered stored values", async () => {
    expect((await call(org.subjectUser, "/api/feedback/settings")).status).toBe(403);
    expect((await call(org.subjectUser, "/api/feedback/settings", "PUT", { peer: 5 })).status).toBe(403);
    const initial = await call(org.hr, "/api/feedback/settings");
    expect(initial.body.thresholds).toEqual(initial.body.defaults);
    const lowered = await call(org.hr, "/api/feedback/settings", "PUT", { peer: 2 });
    expect(lowered).toMatchObject({ status: 400, body: { field: "peer" } });
    const raised = await call(org.hr, "/api/feedback/settings", "PUT", { peer: 4, allRaters: 6 });
    expect(raised.body.thresholds).toMatchObject({ peer: 4, allRaters: 6, directReport: 3 });
    // a crafted stored setting below the floor has no effect
    await t.ctx.db.update(organisations).set({ settings: { anonymity: { peer: 1, directReport: 0, allRaters: "x", teamCell: 2 } } }).where(eq(organisations.id, org.organisationId));
    const resolved = await call(org.hr, "/api/feedback/settings");
    expect(resolved.body.thresholds).toEqual(resolved.body.defaults);
    await call(org.hr, "/api/feedback/settings", "PUT", {});
  });
});
