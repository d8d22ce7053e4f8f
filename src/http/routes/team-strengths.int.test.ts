import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractPdfText } from "../../app/reports/pdf/extract-pdf-text";
import { addPerson, completeAssessment, ipipAnswers, linkUserToPerson } from "../../app/reports/reports.test-helpers";
import { saveReportSharing } from "../../db/reports-repo";
import { talentAt } from "../../domain/assessment/index";
import { startTestApp, type TTestClient } from "../../test-support/test-app";
import { testDatabaseKind } from "../../test-support/test-database";

let t: Awaited<ReturnType<typeof startTestApp>>;
let orgA: string;
let boss: string;
let smallBoss: string;
const member: Record<string, string> = {};
const c: Record<string, TTestClient> = {};
const NOW = new Date("2026-03-01T12:00:00Z");

async function userId(client: TTestClient): Promise<string> {
  return (await (await client.request("/api/auth/session")).json()).user.id;
}

async function share(personId: string, values: { lineManager: boolean; hr: boolean }) {
  await saveReportSharing(t.ctx.db, orgA, personId, { mentor: true, ...values }, NOW);
}

beforeAll(async () => {
  t = await startTestApp({ now: () => NOW });
  orgA = (await t.createOrganisation("org-a")).id;
  const orgB = (await t.createOrganisation("org-b")).id;
  const db = t.ctx.db;
  boss = await addPerson(db, orgA, { firstName: "Bea", lastName: "Boss", department: "Sales" });
  smallBoss = await addPerson(db, orgA, { firstName: "Sid", lastName: "Small", department: "Support" });
  // Sales: Ann, Bo and Cas share with the line manager (and Ann, Bo, Cas, Dee with HR); Eve shares with nobody; Fay has no profile
  const profiles: Record<string, Parameters<typeof ipipAnswers>[0]> = {
    Ann: { E1: 5, E3: 5, O1: 5, C6: 5, A1: 1 },
    Bo: { E1: 5, N1: 1, C1: 5, C5: 5, O5: 5 },
    Cas: { E1: 5, A3: 5, A6: 5, O2: 5, C3: 5 },
    Dee: { E1: 1, N1: 5, A3: 5, O1: 1, C1: 5 },
    Eve: { E1: 5, E2: 5, E3: 5, E4: 5, E5: 5 },
  };
  for (const [name, levels] of Object.entries(profiles)) {
    member[name] = await addPerson(db, orgA, { firstName: name, lastName: "Member", department: "Sales", managerId: boss });
    await completeAssessment(db, orgA, member[name] as string, "ipip-neo-120", ipipAnswers(levels));
  }
  member.Fay = await addPerson(db, orgA, { firstName: "Fay", lastName: "Member", department: "Sales", managerId: boss });
  for (const name of ["Ann", "Bo", "Cas"]) await share(member[name] as string, { lineManager: true, hr: true });
  await share(member.Dee as string, { lineManager: false, hr: true });
  await share(member.Fay as string, { lineManager: true, hr: true });
  // Support: two members share everything, below the minimum of three
  for (const name of ["Gil", "Hal"]) {
    member[name] = await addPerson(db, orgA, { firstName: name, lastName: "Member", department: "Support", managerId: smallBoss });
    await completeAssessment(db, orgA, member[name] as string, "ipip-neo-120", ipipAnswers({ E1: 5, C1: 5 }));
    await share(member[name] as string, { lineManager: true, hr: true });
  }

  c.boss = await t.signedIn("bea@a.test", orgA, ["manager"]);
  await linkUserToPerson(db, orgA, await userId(c.boss), boss);
  c.smallBoss = await t.signedIn("sid@a.test", orgA, ["manager"]);
  await linkUserToPerson(db, orgA, await userId(c.smallBoss), smallBoss);
  c.ann = await t.signedIn("ann@a.test", orgA, ["manager"]);
  await linkUserToPerson(db, orgA, await userId(c.ann), member.Ann as string);
  c.hr = await t.signedIn("hr@a.test", orgA, ["hr_admin"]);
  c.executive = await t.signedIn("exec@a.test", orgA, ["executive"]);
  c.hrB = await t.signedIn("hr@b.test", orgB, ["hr_admin"]);
  c.bossB = await t.signedIn("boss@b.test", orgB, ["manager"]);
  await linkUserToPerson(db, orgB, await userId(c.bossB), await addPerson(db, orgB, { firstName: "Bob", lastName: "B" }));
});
afterAll(() => t.close());

async function grid(who: string, query = "") {
  const response = await (c[who] as TTestClient).request(`/api/reports/team-strengths${query}`);
  return { status: response.status, body: response.status === 200 ? await response.json() : await response.json().catch(() => null) };
}

const columnNames = (body: { members: { name: string }[] }) => body.members.map((m) => m.name);

describe(`team strengths grid (${testDatabaseKind})`, () => {
  it("shows a line manager only the direct reports who share with them, with a completed profile", async () => {
    const { status, body } = await grid("boss", "?lang=en");
    expect(status).toBe(200);
    expect(body.team).toMatchObject({ kind: "direct-reports", label: "Bea Boss", managerPersonId: boss });
    expect(body.counts).toEqual({ members: 6, sharing: 4, withProfile: 3 });
    expect(body.shown).toBe(true);
    expect(columnNames(body)).toEqual(["Ann Member", "Bo Member", "Cas Member"]);
    expect(body.choices).toBeNull();
    // who brings what: high Friendliness (E1) is all three's; the rows most members share come first
    const friendliness = talentAt("E", 1, "high");
    const row = body.talents.find((r: { talentId: string }) => r.talentId === friendliness.id);
    expect(row).toMatchObject({ name: friendliness.name.en });
    expect(row.holders.map((h: { personId: string }) => h.personId).sort()).toEqual([member.Ann, member.Bo, member.Cas].sort());
    const holders = body.talents.map((r: { holders: unknown[] }) => r.holders.length);
    expect(holders).toEqual([...holders].sort((a, b) => b - a));
    expect(holders[0]).toBe(3);
    for (const column of body.members) expect(column.topTalents.length).toBeGreaterThan(0);
    const everyone = JSON.stringify(body);
    expect(everyone).not.toContain(member.Dee);
    expect(everyone).not.toContain(member.Eve);
  });

  it("hides a group under three and says why", async () => {
    const { status, body } = await grid("smallBoss", "?lang=nl");
    expect(status).toBe(200);
    expect(body).toMatchObject({ shown: false, minimum: 3, members: [], talents: [] });
    expect(body.counts).toEqual({ members: 2, sharing: 2, withProfile: 2 });
    const pdf = await (c.smallBoss as TTestClient).request("/api/reports/team-strengths/pdf?lang=nl");
    expect(pdf.status).toBe(200);
    const text = extractPdfText(Buffer.from(await pdf.arrayBuffer()));
    expect(text).toContain("minder dan 3 teamleden");
    expect(text).not.toContain("Gil");
  });

  it("lets HR pick any team or department, counting those who share with HR", async () => {
    const team = await grid("hr", `?managerPersonId=${boss}&lang=fr`);
    expect(team.status).toBe(200);
    expect(columnNames(team.body)).toEqual(["Ann Member", "Bo Member", "Cas Member", "Dee Member"]);
    expect(team.body.choices.departments).toEqual(["Sales", "Support"]);
    expect(team.body.choices.managers.map((m: { personId: string }) => m.personId).sort()).toEqual([boss, smallBoss].sort());
    const department = await grid("hr", "?department=Sales");
    expect(department.body.team).toMatchObject({ kind: "department", label: "Sales" });
    expect(columnNames(department.body)).toEqual(["Ann Member", "Bo Member", "Cas Member", "Dee Member"]);
    expect((await grid("hr", "?department=Support")).body.shown).toBe(false);
    // HR without a person record starts on the first department, with the picker's choices
    const start = await grid("hr");
    expect(start.status).toBe(200);
    expect(start.body.team).toMatchObject({ kind: "department", label: "Sales" });
  });

  it("gives nothing to readers without a team, and treats other teams and organisations as absent", async () => {
    expect((await grid("boss", `?managerPersonId=${smallBoss}`)).status).toBe(404);
    expect((await grid("boss", "?department=Sales")).status).toBe(404);
    expect((await grid("executive")).status).toBe(404);
    expect((await grid("hrB", `?managerPersonId=${boss}`)).status).toBe(404);
    expect((await grid("hrB", "?department=Sales")).status).toBe(404);
    expect((await grid("bossB")).body.counts).toEqual({ members: 0, sharing: 0, withProfile: 0 });
    // a member is not their colleagues' reader
    const ann = await grid("ann");
    expect(ann.body.shown).toBe(false);
    expect(ann.body.counts.members).toBe(0);
  });

  it("rejects bad queries with a problem naming the field", async () => {
    const both = await grid("hr", `?managerPersonId=${boss}&department=Sales`);
    expect(both.status).toBe(400);
    expect(JSON.stringify(both.body)).toContain("department");
    const bad = await grid("hr", "?managerPersonId=not-a-uuid");
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain("managerPersonId");
  });

  it("draws the grid in the PDF in the reader's language", async () => {
    for (const [lang, title] of [["nl", "Sterktes van het team"], ["fr", "Forces de l"], ["en", "Team strengths"]] as const) {
      const response = await (c.boss as TTestClient).request(`/api/reports/team-strengths/pdf?lang=${lang}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/pdf");
      const text = extractPdfText(Buffer.from(await response.arrayBuffer()));
      expect(text).toContain(title);
      expect(text).toContain("Ann Member");
      expect(text).toContain(talentAt("E", 1, "high").name[lang]);
      expect(text).not.toContain("Dee Member");
    }
  });
});
