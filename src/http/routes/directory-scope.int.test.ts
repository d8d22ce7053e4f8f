// Issue 13: directory scope. Every role, external mentors included, read all people with their emails.
// Managers read their reporting line, mentors their mentees, executives their line (and the whole org chart),
// HR and the operator everyone; an out-of-scope id answers 404 like a missing one. Pickers (360 nominations,
// mentoring) find people by name through /api/people/picker: name and department only, never an email.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMentorship, addPerson, linkUserToPerson } from "../../app/reports/reports.test-helpers";
import { startTestApp, type TTestClient } from "../../test-support/test-app";
import { testDatabaseKind } from "../../test-support/test-database";

let t: Awaited<ReturnType<typeof startTestApp>>;
const c: Record<string, TTestClient> = {};
const id: Record<string, string> = {};
const GHOST = "00000000-0000-4000-8000-000000000000";

async function userId(client: TTestClient): Promise<string> {
  return (await (await client.request("/api/auth/session")).json()).user.id;
}

async function get(client: TTestClient, path: string) {
  const response = await client.request(path);
  return { status: response.status, body: await response.json() };
}

/** A problem document without what differs per request. */
const problem = ({ requestId: _, ...rest }: Record<string, unknown>) => rest;

async function listedIds(client: TTestClient, query = "") {
  const page = await get(client, `/api/people?limit=500${query}`);
  expect(page.status).toBe(200);
  return { total: page.body.total as number, ids: (page.body.items as { id: string }[]).map((p) => p.id).sort() };
}

type TNode = { id: string; children: TNode[] };
const flatten = (nodes: TNode[]): string[] => nodes.flatMap((n) => [n.id, ...flatten(n.children)]);
const sorted = (...names: string[]) => names.map((n) => id[n] as string).sort();

beforeAll(async () => {
  t = await startTestApp();
  const orgA = (await t.createOrganisation("scope-a")).id;
  const orgB = (await t.createOrganisation("scope-b")).id;
  const db = t.ctx.db;
  // ceo ─┬─ sales ─┬─ rep1 ── intern
  //      │         └─ rep2
  //      └─ ops ──── op1
  // loner (no manager)
  id.ceo = await addPerson(db, orgA, { firstName: "Cleo", lastName: "Chief", department: "Board" });
  id.sales = await addPerson(db, orgA, { firstName: "Sam", lastName: "Seller", department: "Sales", managerId: id.ceo });
  id.rep1 = await addPerson(db, orgA, { firstName: "Rita", lastName: "Repone", department: "Sales", managerId: id.sales });
  id.intern = await addPerson(db, orgA, { firstName: "Ivo", lastName: "Intern", department: "Sales", managerId: id.rep1 });
  id.rep2 = await addPerson(db, orgA, { firstName: "Raf", lastName: "Reptwo", department: "Sales", managerId: id.sales });
  id.ops = await addPerson(db, orgA, { firstName: "Olga", lastName: "Operations", department: "Operations", managerId: id.ceo });
  id.op1 = await addPerson(db, orgA, { firstName: "Otto", lastName: "Operator", department: "Operations", managerId: id.ops });
  id.loner = await addPerson(db, orgA, { firstName: "Lou", lastName: "Loner", department: "Finance" });
  id.other = await addPerson(db, orgB, { firstName: "Bert", lastName: "Elsewhere", department: "Sales" });

  c.hr = await t.signedIn("hr@scope.test", orgA, ["hr_admin"]);
  c.operator = await t.signedIn("operator@scope.test", orgA, [], true);
  c.manager = await t.signedIn("sam@scope.test", orgA, ["manager"]);
  await linkUserToPerson(db, orgA, await userId(c.manager), id.sales);
  c.executive = await t.signedIn("olga@scope.test", orgA, ["executive"]);
  await linkUserToPerson(db, orgA, await userId(c.executive), id.ops);
  c.mentor = await t.signedIn("external.mentor@scope.test", orgA, ["mentor"]);
  id.mentorUser = await userId(c.mentor);
  // mentees: Rita by an open mentorship, Otto by an active engagement; Lou only by an ended mentorship
  await addMentorship(db, orgA, id.rep1, id.mentorUser);
  await addMentorship(db, orgA, id.loner, id.mentorUser, new Date("2025-01-01T00:00:00Z"));
  const engagement = { personId: id.op1, mentorUserId: id.mentorUser, startDate: "2026-01-01", plannedEndDate: "2026-12-31", goals: [{ challengeId: "lack-self-confidence" }] };
  const created = await c.hr.request("/api/mentoring/engagements", { method: "POST", json: engagement });
  expect({ status: created.status, body: created.status === 201 ? null : await created.clone().text() }).toEqual({ status: 201, body: null });
  const engagementId = (await created.json()).id as string;
  expect((await c.mentor.request(`/api/mentoring/engagements/${engagementId}/status`, { method: "POST", json: { action: "activate" } })).status).toBe(200);
  c.idle = await t.signedIn("idle.mentor@scope.test", orgA, ["mentor"]);
}, 120_000);
afterAll(() => t.close());

describe(`directory scope (${testDatabaseKind})`, () => {
  it("lets HR admins and the operator read everyone", async () => {
    const everyone = sorted("ceo", "sales", "rep1", "intern", "rep2", "ops", "op1", "loner");
    expect((await listedIds(c.hr as TTestClient)).ids).toEqual(everyone);
    expect((await listedIds(c.operator as TTestClient)).ids).toEqual(everyone);
    expect((await get(c.hr as TTestClient, `/api/people/${id.loner}`)).status).toBe(200);
  });

  it("shows a manager their reporting line: themselves, everyone below them and their own manager", async () => {
    const line = sorted("ceo", "sales", "rep1", "intern", "rep2");
    expect(await listedIds(c.manager as TTestClient)).toEqual({ total: 5, ids: line });
    // searching stays inside the line
    expect((await listedIds(c.manager as TTestClient, "&q=Sales")).ids).toEqual(sorted("sales", "rep1", "intern", "rep2"));
    expect((await listedIds(c.manager as TTestClient, "&q=Operations")).total).toBe(0);
    const report = await get(c.manager as TTestClient, `/api/people/${id.intern}`);
    expect(report).toMatchObject({ status: 200, body: { id: id.intern, email: expect.stringContaining("@") } });
  });

  it("answers 404 for a person outside the reader's scope, exactly as for an id that does not exist", async () => {
    for (const [who, outside] of [["manager", "op1"], ["manager", "loner"], ["mentor", "rep2"], ["executive", "sales"], ["idle", "rep1"]] as const) {
      const response = await get(c[who] as TTestClient, `/api/people/${id[outside]}`);
      const ghost = await get(c[who] as TTestClient, `/api/people/${GHOST}`);
      expect({ who, outside, status: response.status, body: problem(response.body) }).toEqual({ who, outside, status: 404, body: problem(ghost.body) });
    }
    expect((await get(c.hr as TTestClient, `/api/people/${id.other}`)).status).toBe(404);
  });

  it("shows a mentor only the people they mentor now, never people from an ended mentorship", async () => {
    expect(await listedIds(c.mentor as TTestClient)).toEqual({ total: 2, ids: sorted("rep1", "op1") });
    expect((await get(c.mentor as TTestClient, `/api/people/${id.op1}`)).status).toBe(200);
    expect((await get(c.mentor as TTestClient, `/api/people/${id.loner}`)).status).toBe(404);
    expect(await listedIds(c.idle as TTestClient)).toEqual({ total: 0, ids: [] });
  });

  it("shows an executive their own line in the directory and the whole organisation in the org chart", async () => {
    expect((await listedIds(c.executive as TTestClient)).ids).toEqual(sorted("ceo", "ops", "op1"));
    const chart = await get(c.executive as TTestClient, "/api/people/org-chart");
    expect(chart.status).toBe(200);
    expect(flatten(chart.body.roots).sort()).toEqual(sorted("ceo", "sales", "rep1", "intern", "rep2", "ops", "op1", "loner"));
    expect(JSON.stringify(chart.body)).not.toContain("@");
  });

  it("draws the org chart of a manager's line and of a mentor's mentees only", async () => {
    const manager = await get(c.manager as TTestClient, "/api/people/org-chart");
    expect(manager.status).toBe(200);
    expect(manager.body.roots.map((r: TNode) => r.id)).toEqual([id.ceo]);
    expect(flatten(manager.body.roots).sort()).toEqual(sorted("ceo", "sales", "rep1", "intern", "rep2"));
    const mentor = await get(c.mentor as TTestClient, "/api/people/org-chart");
    expect(flatten(mentor.body.roots).sort()).toEqual(sorted("rep1", "op1"));
  });

  it("shows people outside HR a person's account state but not the invitation or roles behind it", async () => {
    const read = await get(c.manager as TTestClient, `/api/people/${id.sales}`);
    expect(read.body.account).toEqual({ state: expect.any(String), userId: null, invitationId: null, lastSentAt: null, expiresAt: null, sendCount: 0, roles: [] });
    const hr = await get(c.hr as TTestClient, `/api/people/${id.sales}`);
    expect(hr.body.account).toMatchObject({ state: "active", roles: ["manager"] });
  });

  it("keeps the export to HR", async () => {
    for (const who of ["manager", "mentor", "executive"]) expect((await c[who]?.request("/api/people/export"))?.status).toBe(403);
  });
});

describe(`people picker (${testDatabaseKind})`, () => {
  it("finds active people of the organisation by name or department with name and department only", async () => {
    const found = await get(c.mentor as TTestClient, "/api/people/picker?q=rep");
    expect(found.status).toBe(200);
    expect(found.body.items).toEqual([
      { id: id.rep1, firstName: "Rita", lastName: "Repone", department: "Sales" },
      { id: id.rep2, firstName: "Raf", lastName: "Reptwo", department: "Sales" },
    ]);
    const manager = await get(c.manager as TTestClient, "/api/people/picker?q=operations");
    expect(manager.body.items.map((p: { id: string }) => p.id).sort()).toEqual(sorted("ops", "op1"));
    // emails and employee numbers are neither shown nor searchable through the picker
    const byEmail = await get(c.manager as TTestClient, "/api/people/picker?q=reports.test");
    expect(byEmail.body.items).toEqual([]);
    expect(JSON.stringify((await get(c.manager as TTestClient, "/api/people/picker")).body)).not.toContain("@");
  });

  it("never lists another organisation's people and bounds the page", async () => {
    expect((await get(c.hr as TTestClient, "/api/people/picker?q=Elsewhere")).body.items).toEqual([]);
    expect((await get(c.hr as TTestClient, "/api/people/picker?limit=2")).body.items).toHaveLength(2);
    expect((await get(c.hr as TTestClient, "/api/people/picker?limit=500")).status).toBe(400);
    expect((await get(c.hr as TTestClient, "/api/people/picker?q=a%00b")).status).toBe(400);
    expect((await t.client().request("/api/people/picker")).status).toBe(401);
  });
});
