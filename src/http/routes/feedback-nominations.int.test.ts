// Issue 13, "360 sock puppets": a subject nominated herself and `an.peeters+dr1@…` as direct reports next to one
// real report; after approval the two fakes answered all 1s and `3 × score − 2` gave the real report's mean.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { daysFrom, feedbackOrg, testClock } from "../../app/feedback/feedback.test-helpers";
import { insertPerson } from "../../db/people-repo";
import { feedbackRaters, people } from "../../db/schema/index";
import { startTestApp, type TTestClient } from "../../test-support/test-app";
import { testDatabaseKind } from "../../test-support/test-database";

const clock = testClock("2026-03-02T09:00:00Z");
let t: Awaited<ReturnType<typeof startTestApp>>;
let org: Awaited<ReturnType<typeof feedbackOrg>>;
let reports: string[] = [];

beforeAll(async () => {
  t = await startTestApp({ now: clock.now });
  org = await feedbackOrg(t, "sp");
  const report = (n: string, email: string) =>
    insertPerson(t.ctx.db, org.organisationId, {
      employeeNumber: n,
      firstName: `First${n}`,
      lastName: `Last${n}`,
      email,
      jobTitle: "",
      department: "",
      managerId: org.people.subject,
      startDate: null,
      roleStartDate: null,
      language: "nl",
      active: true,
    });
  reports = [await report("R1", "koen.willems@sp.test"), await report("R2", "lies.dewit@gmail.com"), await report("R3", "r3@sp.test")];
});
afterAll(() => t.close());

async function call(client: TTestClient, path: string, method = "GET", json?: unknown) {
  const response = await client.request(path, { method, json });
  return { status: response.status, body: await response.json() };
}

async function newCampaign(client: TTestClient, subjectPersonId?: string) {
  const created = await call(client, "/api/feedback/campaigns", "POST", { closesAt: daysFrom(clock.now(), 10), ...(subjectPersonId ? { subjectPersonId } : {}) });
  expect(created.status).toBe(201);
  const path = `/api/feedback/campaigns/${created.body.id as string}`;
  return { id: created.body.id as string, path, nominate: (body: unknown, as: TTestClient = client) => call(as, `${path}/nominees`, "POST", body) };
}

const byEmail = (group: string, email: string) => ({ group, name: "Someone", email, language: "nl" });

describe(`360 nominations refuse sock puppets (${testDatabaseKind})`, () => {
  it("refuses the subject's own address and its aliases, in every group, naming the field", async () => {
    const c = await newCampaign(org.subjectUser);
    // the subject's directory address is subj@sp.test, her account's subject@sp.test
    for (const email of ["subj@sp.test", "SUBJ+dr1@sp.test", "subj+dr2@SP.test.", "subject+x@sp.test", "Subject@sp.test"]) {
      for (const group of ["direct_report", "peer", "other", "line_manager"]) {
        const refused = await c.nominate(byEmail(group, email));
        expect(refused, `${group} ${email}`).toMatchObject({ status: 400, body: { field: "email" } });
      }
    }
    expect(await c.nominate({ group: "direct_report", personId: org.people.subject })).toMatchObject({ status: 400, body: { field: "personId" } });
    // nothing was written
    expect((await call(org.subjectUser, c.path)).body.nominees).toEqual([]);
  });

  it("refuses a second nominee with the same mailbox after normalising (person, case, plus tag, gmail dots)", async () => {
    const c = await newCampaign(org.subjectUser);
    expect((await c.nominate({ group: "direct_report", personId: reports[0] })).status).toBe(200);
    expect(await c.nominate(byEmail("peer", "Koen.Willems+2@sp.test"))).toMatchObject({ status: 400, body: { field: "email" } });
    expect(await c.nominate({ group: "other", personId: reports[0] })).toMatchObject({ status: 400, body: { field: "personId" } });
    expect((await c.nominate(byEmail("direct_report", "lies.dewit@gmail.com"))).status).toBe(200);
    expect(await c.nominate(byEmail("peer", "liesdewit+x@googlemail.com"))).toMatchObject({ status: 400, body: { field: "email" } });
    expect(await c.nominate({ group: "direct_report", personId: reports[1] })).toMatchObject({ status: 400, body: { field: "personId" } });
    expect((await c.nominate(byEmail("other", "olga@elsewhere.test"))).status).toBe(200);
    expect(await c.nominate(byEmail("peer", "OLGA+1@elsewhere.test"))).toMatchObject({ status: 400, body: { field: "email" } });
    const nominees = (await call(org.subjectUser, c.path)).body.nominees as { email: string; personId: string | null; external: boolean }[];
    expect(nominees).toHaveLength(3);
    // an address of a directory person is stored as that person, and is not external
    expect(nominees.find((n) => n.email === "lies.dewit@gmail.com")).toMatchObject({ personId: reports[1], external: false });
  });

  it("accepts as direct reports only people who report to the subject in the directory", async () => {
    const c = await newCampaign(org.subjectUser);
    expect(await c.nominate({ group: "direct_report", personId: org.people.peers[0] })).toMatchObject({ status: 400, body: { field: "personId" } });
    expect(await c.nominate({ group: "direct_report", personId: org.people.boss })).toMatchObject({ status: 400, body: { field: "personId" } });
    expect(await c.nominate(byEmail("direct_report", "fake.report@elsewhere.test"))).toMatchObject({ status: 400, body: { field: "email" } });
    expect(await c.nominate(byEmail("direct_report", "p1+x@sp.test"))).toMatchObject({ status: 400, body: { field: "email" } });
    for (const report of reports) expect((await c.nominate({ group: "direct_report", personId: report })).status).toBe(200);
  });

  it("applies the same rules when HR edits the nominations", async () => {
    const c = await newCampaign(org.hr, org.people.subject);
    expect(await c.nominate(byEmail("direct_report", "subj+dr1@sp.test"))).toMatchObject({ status: 400, body: { field: "email" } });
    expect(await c.nominate({ group: "direct_report", personId: org.people.stranger })).toMatchObject({ status: 400, body: { field: "personId" } });
    expect((await c.nominate({ group: "direct_report", personId: reports[2] })).status).toBe(200);
    expect(await c.nominate(byEmail("peer", "R3@sp.test"))).toMatchObject({ status: 400, body: { field: "email" } });
  });

  it("flags external raters to the approver; submit, approval and launch refuse rows the rules refuse now", async () => {
    const c = await newCampaign(org.subjectUser);
    await c.nominate({ group: "line_manager", personId: org.people.boss });
    await c.nominate({ group: "direct_report", personId: reports[0] });
    await c.nominate({ group: "direct_report", personId: reports[2] });
    await c.nominate(byEmail("peer", "olga@elsewhere.test"));
    // a row written before these rules existed: the subject's alias as a direct report
    await t.ctx.db.insert(feedbackRaters).values({ organisationId: org.organisationId, campaignId: c.id, group: "direct_report", name: "Puppet", email: "subj+dr9@sp.test", language: "nl" });
    const before = (await call(org.subjectUser, c.path)).body.nominees as { name: string; external: boolean; problem: string | null }[];
    expect(before.map((n) => [n.external, n.problem])).toEqual([
      [false, null],
      [false, null],
      [false, null],
      [true, null],
      [false, "self"],
    ]);
    expect(await call(org.subjectUser, `${c.path}/submit`, "POST")).toMatchObject({ status: 400, body: { field: "nominees[4]" } });
    await t.ctx.db.delete(feedbackRaters).where(and(eq(feedbackRaters.organisationId, org.organisationId), eq(feedbackRaters.email, "subj+dr9@sp.test")));
    expect((await call(org.subjectUser, `${c.path}/submit`, "POST")).status).toBe(200);

    // the approver sees the external flag
    const seen = await call(org.bossUser, c.path);
    expect(seen.body.nominees.find((n: { email: string }) => n.email === "olga@elsewhere.test")).toMatchObject({ external: true, problem: null });

    // the directory changes before the approval: R3 no longer reports to the subject
    await t.ctx.db.update(people).set({ managerId: org.people.boss }).where(and(eq(people.organisationId, org.organisationId), eq(people.id, reports[2] as string)));
    expect((await call(org.bossUser, c.path)).body.nominees[2]).toMatchObject({ problem: "not_a_direct_report" });
    expect(await call(org.bossUser, `${c.path}/approve`, "POST")).toMatchObject({ status: 400, body: { field: "nominees[2]" } });
    expect((await call(org.bossUser, c.path)).body.status).toBe("awaiting_approval");
    await t.ctx.db.update(people).set({ managerId: org.people.subject }).where(and(eq(people.organisationId, org.organisationId), eq(people.id, reports[2] as string)));
    expect((await call(org.bossUser, `${c.path}/approve`, "POST")).status).toBe(200);
    expect((await call(org.bossUser, `${c.path}/launch`, "POST")).status).toBe(200);
  });
});
