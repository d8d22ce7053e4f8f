import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractPdfText } from "../../app/reports/pdf/extract-pdf-text";
import {
  addCampaign,
  addMentorship,
  addPerson,
  completeAssessment,
  ipipAnswers,
  linkUserToPerson,
  scanAnswers,
} from "../../app/reports/reports.test-helpers";
import { MANAGER_CHALLENGES, challengeInFirstPerson, talentAt } from "../../domain/assessment/index";
import { startTestApp, type TTestClient } from "../../test-support/test-app";
import { testDatabaseKind } from "../../test-support/test-database";

let t: Awaited<ReturnType<typeof startTestApp>>;
let orgA: string;
let subject: string;
const c: Record<string, TTestClient> = {};

const BLIND = MANAGER_CHALLENGES[0]?.id as string; // self 1, others 4
const HIDDEN_STRENGTH = MANAGER_CHALLENGES[1]?.id as string; // self 5, others 2
const PEER_COMMENTS = ["Peer remark alpha", "Peer remark bravo", "Peer remark charlie"];
const HIDDEN_COMMENTS = ["Secret direct report remark one", "Secret direct report remark two"];
const DRAFT_COMMENT = "Unsubmitted draft remark";
const GHOST = "00000000-0000-4000-8000-000000000000";

async function userId(client: TTestClient): Promise<string> {
  return (await (await client.request("/api/auth/session")).json()).user.id;
}

beforeAll(async () => {
  t = await startTestApp({ now: () => new Date("2026-03-01T12:00:00Z") });
  orgA = (await t.createOrganisation("org-a")).id;
  const orgB = (await t.createOrganisation("org-b")).id;
  const db = t.ctx.db;

  const lineManagerPerson = await addPerson(db, orgA, { firstName: "Lina", lastName: "Boss", department: "Sales" });
  subject = await addPerson(db, orgA, { firstName: "Sam", lastName: "Subject", department: "Sales", managerId: lineManagerPerson, roleStartDate: "2025-09-10" });
  const colleague = await addPerson(db, orgA, { firstName: "Cole", lastName: "League", department: "Sales", managerId: lineManagerPerson });

  c.self = await t.signedIn("sam@a.test", orgA, ["manager"]);
  await linkUserToPerson(db, orgA, await userId(c.self), subject);
  c.lineManager = await t.signedIn("lina@a.test", orgA, ["manager"]);
  await linkUserToPerson(db, orgA, await userId(c.lineManager), lineManagerPerson);
  c.otherManager = await t.signedIn("cole@a.test", orgA, ["manager"]);
  await linkUserToPerson(db, orgA, await userId(c.otherManager), colleague);
  c.mentor = await t.signedIn("mentor@a.test", orgA, ["mentor"]);
  await addMentorship(db, orgA, subject, await userId(c.mentor));
  c.pastMentor = await t.signedIn("past-mentor@a.test", orgA, ["mentor"]);
  await addMentorship(db, orgA, subject, await userId(c.pastMentor), new Date("2026-01-01T00:00:00Z"));
  c.otherMentor = await t.signedIn("other-mentor@a.test", orgA, ["mentor"]);
  c.hr = await t.signedIn("hr@a.test", orgA, ["hr_admin"]);
  c.executive = await t.signedIn("exec@a.test", orgA, ["executive"]);
  c.operator = await t.signedIn("operator@sterk.test", orgA, [], true);
  c.hrB = await t.signedIn("hr@b.test", orgB, ["hr_admin"]);

  // five facets far from the midpoint; every other facet sits on it
  await completeAssessment(db, orgA, subject, "ipip-neo-120", ipipAnswers({ N1: 5, E3: 1, O1: 5, A1: 1, C6: 5 }));
  await completeAssessment(db, orgA, subject, "challenge-scan", scanAnswers({ [BLIND]: 1, [HIDDEN_STRENGTH]: 5 }, 2));
  const others = scanAnswers({ [BLIND]: 4, [HIDDEN_STRENGTH]: 2 }, 2);
  const statement = MANAGER_CHALLENGES[0]?.statements[0]?.id as string;
  await addCampaign(db, orgA, subject, {
    raters: [
      { group: "line_manager", answers: others },
      ...PEER_COMMENTS.map((text) => ({ group: "peer" as const, answers: others, comments: [{ itemId: statement, text }] })),
      { group: "peer", answers: scanAnswers({}, 5), comments: [{ text: DRAFT_COMMENT }], submitted: false },
      ...[0, 1, 2].map(() => ({ group: "other" as const, answers: others })),
      // below the minimum of 3: must vanish everywhere, and its extreme answers must move no score
      ...HIDDEN_COMMENTS.map((text) => ({ group: "direct_report" as const, answers: scanAnswers({}, 5), comments: [{ text }] })),
    ],
  });
});
afterAll(() => t.close());

async function status(who: string, path: string) {
  return (await (c[who] as TTestClient).request(path)).status;
}

describe(`individual reports (${testDatabaseKind})`, () => {
  it("opens with the five most distinctive talents against the norm, and shows the hidden group only by its minimum", async () => {
    const response = await (c.self as TTestClient).request("/api/reports/me?lang=en");
    expect(response.status).toBe(200);
    const text = await response.text();
    const report = JSON.parse(text);
    expect(report.viewer).toBe("self");
    expect(report.missing).toEqual([]);
    expect(report.strengths.scoreKind).toBe("normed");
    expect(report.strengths.norm.reference).toBe("working-age");
    // ranked by distance from the working-age norm: E3 raw 4 (0.1 %), A1 raw 4 (0.5 %), N1 raw 20 (98.7 %), then
    // two facets answered "neutral" (raw 12) that lie far below their norm means (A2 3.0 %, C1 3.6 %)
    expect(report.strengths.topTalents.map((top: { talents: { name: string }[]; percentile: number }) => [top.talents[0]?.name, top.percentile])).toEqual([
      [talentAt("E", 3, "low").name.en, 0.1],
      [talentAt("A", 1, "low").name.en, 0.5],
      [talentAt("N", 1, "high").name.en, 98.7],
      [talentAt("A", 2, "low").name.en, 3],
      [talentAt("C", 1, "low").name.en, 3.6],
    ]);
    expect(report.strengths.ranked).toHaveLength(30);
    expect(report.strengths.organisation).toMatchObject({ minimum: 30, shown: false });

    const groups = report.challenges.feedback.groups;
    expect(groups.find((g: { group: string }) => g.group === "direct_report")).toEqual({ group: "direct_report", shown: false, minimum: 3 });
    expect(groups.find((g: { group: string }) => g.group === "peer")).toMatchObject({ shown: true, raterCount: 3 });
    expect(report.challenges.feedback.allRaters).toEqual({ shown: true, raterCount: 6, includedGroups: ["peer", "other"] });
    for (const hidden of [...HIDDEN_COMMENTS, DRAFT_COMMENT]) expect(text).not.toContain(hidden);
    for (const shown of PEER_COMMENTS) expect(text).toContain(shown);
    expect(text).not.toMatch(/"raterCount":\s*(2|8|9|10)\b/);
    expect(text).not.toContain("direct_report\",\"score");

    // others = peers + others only: the hidden group's 5s and the draft's 5s move nothing
    const row = (id: string) => report.challenges.profile.find((r: { challengeId: string }) => r.challengeId === id);
    expect(row(MANAGER_CHALLENGES[5]?.id as string)).toMatchObject({ self: 2, others: 2 });
    expect(row(BLIND)).toMatchObject({ self: 1, others: 4, blindSpot: true });
    expect(row(HIDDEN_STRENGTH)).toMatchObject({ self: 5, others: 2, hiddenStrength: true });
    expect(report.challenges.shownGroups).toEqual(["line_manager", "peer", "other"]);
    expect(report.challenges.blindSpots.map((b: { challengeId: string }) => b.challengeId)).toEqual([BLIND]);
    expect(report.challenges.situationFit.monthsInRole).toBe(5);
    expect(report.challenges.situationFit.bestFit.map((s: { situation: string }) => s.situation)).toContain("new-in-role");
  });

  it("writes the report in the reader's language", async () => {
    const nl = await (await (c.self as TTestClient).request("/api/reports/me?lang=nl")).json();
    expect(nl.locale).toBe("nl");
    expect(nl.strengths.topTalents[0].talents[0].name).toBe(talentAt("E", 3, "low").name.nl);
    expect(nl.strengths.topTalents[0].advice.narrative).toMatch(/^U /);
    expect(nl.strengths.domains[0].name).toBe("Emotionele stabiliteit");
    expect(nl.challenges.profile[0].name).toBe(challengeInFirstPerson(MANAGER_CHALLENGES[0]?.id ?? "", "nl"));
  });

  it("exports the same report as a PDF: talents present, the hidden group by label and minimum only", async () => {
    const response = await (c.self as TTestClient).request("/api/reports/me/pdf?lang=fr");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="sterk-report-sam-subject\.pdf"$/);
    const text = extractPdfText(new Uint8Array(await response.arrayBuffer()));
    for (const [domain, facet, pole] of [["N", 1, "high"], ["C", 6, "high"]] as const) {
      expect(text).toContain(talentAt(domain, facet, pole).name.fr.replace(/'/g, "’"));
    }
    const hiddenLine = text.split("\n").find((line) => line.startsWith("Collaborateurs directs"));
    // French typography: a no-break space before the colon
    expect(hiddenLine).toBe("Collaborateurs directs\u00a0: pas assez de réponses pour afficher ce groupe (minimum 3)");
    for (const hidden of [...HIDDEN_COMMENTS, DRAFT_COMMENT]) expect(text).not.toContain(hidden);
    expect(text).toContain(PEER_COMMENTS[0]);
  });

  it("lets a reader in by relation and sharing only; everyone else gets the same 404 as a missing person", async () => {
    const path = `/api/reports/people/${subject}`;
    const allowed = async () => {
      const result: Record<string, number> = {};
      for (const who of Object.keys(c)) result[who] = await status(who, path);
      return result;
    };
    // default sharing: mentor only
    expect(await allowed()).toEqual({
      self: 200, lineManager: 404, otherManager: 404, mentor: 200, pastMentor: 404, otherMentor: 404,
      hr: 404, executive: 404, operator: 404, hrB: 404,
    });
    expect(await status("hrB", `/api/reports/people/${GHOST}`)).toBe(404);
    expect(await status("self", `/api/reports/people/${GHOST}`)).toBe(404);

    const put = await (c.self as TTestClient).request("/api/reports/me/sharing", { method: "PUT", json: { mentor: false, lineManager: true, hr: true } });
    expect(await put.json()).toEqual({ mentor: false, lineManager: true, hr: true });
    expect(await allowed()).toEqual({
      self: 200, lineManager: 200, otherManager: 404, mentor: 404, pastMentor: 404, otherMentor: 404,
      hr: 200, executive: 404, operator: 404, hrB: 404,
    });
    expect((await (await (c.hr as TTestClient).request(path)).json()).viewer).toBe("hr");
    expect(await status("lineManager", `${path}/pdf`)).toBe(200);
    expect(await status("executive", `${path}/pdf`)).toBe(404);

    await (c.self as TTestClient).request("/api/reports/me/sharing", { method: "PUT", json: { mentor: true, lineManager: false, hr: false } });
    expect(await status("lineManager", path)).toBe(404);
    expect(await status("hr", `${path}/pdf`)).toBe(404);
  });

  it("lets only the person change their sharing; a user without a person record has none", async () => {
    expect(await (await (c.self as TTestClient).request("/api/reports/me/sharing")).json()).toEqual({ mentor: true, lineManager: false, hr: false });
    const hrPut = await (c.hr as TTestClient).request("/api/reports/me/sharing", { method: "PUT", json: { mentor: true, lineManager: true, hr: true } });
    expect(hrPut.status).toBe(404);
    expect(await status("hr", "/api/reports/me")).toBe(404);
    const junk = await (c.self as TTestClient).request("/api/reports/me/sharing", { method: "PUT", json: { mentor: true, lineManager: true, hr: true, personId: GHOST } });
    expect(junk.status).toBe(400);
    const noCsrf = await (c.self as TTestClient).request("/api/reports/me/sharing", {
      method: "PUT",
      json: { mentor: false, lineManager: true, hr: true },
      headers: { "x-csrf-token": "wrong" },
    });
    expect(noCsrf.status).toBe(403);
    expect(await (await (c.self as TTestClient).request("/api/reports/me/sharing")).json()).toEqual({ mentor: true, lineManager: false, hr: false });
  });

  it("says what is missing for a person without assessments", async () => {
    const lina = await (await (c.lineManager as TTestClient).request("/api/reports/me?lang=en")).json();
    expect(lina.missing).toEqual(["strengths", "challenge-scan", "feedback"]);
    expect(lina.strengths).toBeNull();
    expect(lina.challenges.feedback).toBeNull();
    expect(lina.challenges.blindSpots).toEqual([]);
    const pdf = await (c.lineManager as TTestClient).request("/api/reports/me/pdf?lang=en");
    expect(extractPdfText(new Uint8Array(await pdf.arrayBuffer()))).toContain("The strengths questionnaire has not been completed yet.");
  });

  it("keeps the diagnosis to HR admins, executives and the operator", async () => {
    for (const who of ["hr", "executive", "operator"]) {
      expect(await status(who, "/api/diagnosis/heatmaps")).toBe(200);
      expect(await status(who, "/api/diagnosis/reliability")).toBe(200);
    }
    for (const who of ["self", "mentor", "lineManager"]) {
      expect(await status(who, "/api/diagnosis/heatmaps")).toBe(403);
      expect(await status(who, "/api/diagnosis/reliability")).toBe(403);
    }
    const heatmaps = await (await (c.hr as TTestClient).request("/api/diagnosis/heatmaps")).json();
    // one person with a scan in Sales: the cell is hidden, and so is the total
    expect(heatmaps.challenges.rows[0].cells).toEqual([{ department: "Sales", shown: false }]);
    expect(heatmaps.challenges.rows[0].total).toEqual({ shown: false });
  });
});
