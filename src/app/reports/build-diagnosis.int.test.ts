import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IPIP_NEO_120_ITEMS, MANAGER_CHALLENGES } from "../../domain/assessment/index";
import type { TActor } from "../../domain/shared/roles";
import { startTestApp } from "../../test-support/test-app";
import { testDatabaseKind } from "../../test-support/test-database";
import { getDiagnosisHeatmaps, getReliabilityReport } from "./build-diagnosis";
import { addPerson, completeAssessment, ipipAnswers, scanAnswers, setOrganisationSettings } from "./reports.test-helpers";

let t: Awaited<ReturnType<typeof startTestApp>>;
const hrOf = (organisationId: string): TActor => ({ userId: "00000000-0000-4000-8000-000000000001", isOperator: false, organisationId, roles: ["hr_admin"] });

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

/** A deterministic spread of levels, so scales have variance. */
const levelOf = (person: number, salt: number) => 1 + ((person * 7 + salt * 3) % 5);

describe(`HR heatmaps (${testDatabaseKind})`, () => {
  let org: string;
  const FIRST = MANAGER_CHALLENGES[0]?.id as string;

  beforeAll(async () => {
    org = (await t.createOrganisation("heatmaps")).id;
    // Sales 6 people scoring 4, Ops 5 scoring 2, IT 4 scoring 5; one inactive person never counts
    for (const [department, size, level] of [["Sales", 6, 4], ["Ops", 5, 2], ["IT", 4, 5]] as const) {
      for (let i = 0; i < size; i++) {
        const person = await addPerson(t.ctx.db, org, { department });
        await completeAssessment(t.ctx.db, org, person, "challenge-scan", scanAnswers({ [FIRST]: level }, 3));
        await completeAssessment(t.ctx.db, org, person, "ipip-neo-120", ipipAnswers({}));
      }
    }
  });

  it("hides cells under 5 people and, complementarily, the next smallest cell", async () => {
    const heatmaps = await getDiagnosisHeatmaps(t.ctx, hrOf(org), "en");
    expect(heatmaps.minCell).toBe(5);
    expect(heatmaps.challenges.departments).toEqual(["IT", "Ops", "Sales"]);
    expect(heatmaps.challenges.rows).toHaveLength(29);
    const row = heatmaps.challenges.rows.find((r) => r.id === FIRST);
    // IT (4) is hidden; 4 hidden people could be recovered from the total, so Ops (5) is hidden too
    expect(row?.cells).toEqual([
      { department: "IT", shown: false },
      { department: "Ops", shown: false },
      { department: "Sales", shown: true, mean: 4, personCount: 6 },
    ]);
    expect(row?.total).toEqual({ shown: true, mean: (6 * 4 + 5 * 2 + 4 * 5) / 15, personCount: 15 });
    expect(heatmaps.strengths.rows.map((r) => r.id)).toEqual(["N", "E", "O", "A", "C"]);
    expect(heatmaps.strengths.rows[0]?.cells.find((cell) => cell.department === "Sales")).toEqual({ department: "Sales", shown: true, mean: 72, personCount: 6 });
  });

  it("lets an organisation raise the cell minimum, never lower it", async () => {
    await setOrganisationSettings(t.ctx.db, org, { anonymity: { teamCell: 7 } });
    const raised = await getDiagnosisHeatmaps(t.ctx, hrOf(org), "en");
    expect(raised.minCell).toBe(7);
    expect(raised.challenges.rows[0]?.cells.every((cell) => !cell.shown)).toBe(true);
    await setOrganisationSettings(t.ctx.db, org, { anonymity: { teamCell: 2, peer: "x" } });
    const lowered = await getDiagnosisHeatmaps(t.ctx, hrOf(org), "en");
    expect(lowered.minCell).toBe(5);
    expect(lowered.challenges.rows[0]?.cells.filter((cell) => cell.shown).map((cell) => cell.department)).toEqual(["Sales"]);
    await setOrganisationSettings(t.ctx.db, org, {});
  });

  it("refuses managers and mentors", async () => {
    for (const role of ["manager", "mentor"] as const) {
      await expect(getDiagnosisHeatmaps(t.ctx, { ...hrOf(org), roles: [role] }, "en")).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(getReliabilityReport(t.ctx, { ...hrOf(org), roles: [role] }, "en")).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });
});

describe(`scale reliability (${testDatabaseKind})`, () => {
  let org: string;

  async function addRespondent(index: number) {
    const person = await addPerson(t.ctx.db, org, { department: "All" });
    // a person-level trait per facet and small item noise: consistent scales once minus-keyed items are reversed
    const levels = Object.fromEntries(IPIP_NEO_120_ITEMS.map((item) => [`${item.domain}${item.facet}`, levelOf(index, item.domain.charCodeAt(0))]));
    const answers: Record<string, number | null> = ipipAnswers(levels, (item) => ((item + index) % 5 === 0 ? 1 : 0));
    if (index === 0) answers[IPIP_NEO_120_ITEMS[0]?.id as string] = null; // an incomplete N1 facet: left out of N1 and N only
    await completeAssessment(t.ctx.db, org, person, "ipip-neo-120", answers);
    const scan = Object.fromEntries(MANAGER_CHALLENGES.map((c, k) => [c.id, levelOf(index, k)]));
    await completeAssessment(t.ctx.db, org, person, "challenge-scan", scanAnswers(scan));
  }

  beforeAll(async () => {
    org = (await t.createOrganisation("reliability")).id;
    for (let i = 0; i < 30; i++) await addRespondent(i);
  });

  it("reports α only from 30 complete respondents on, and n otherwise", async () => {
    const report = await getReliabilityReport(t.ctx, hrOf(org), "en");
    expect(report.minRespondents).toBe(30);
    expect(report.scales).toHaveLength(5 + 30 + 29);
    const scale = (id: string) => report.scales.find((s) => s.id === id);
    expect(scale("N1")).toMatchObject({ kind: "facet", items: 4, respondents: 29, alpha: null, status: "not-enough-data" });
    expect(scale("N")).toMatchObject({ kind: "domain", items: 24, respondents: 29, alpha: null, status: "not-enough-data" });
    expect(scale("E1")).toMatchObject({ respondents: 30, status: "ok" });
    expect(scale(MANAGER_CHALLENGES[0]?.id as string)).toMatchObject({ kind: "challenge", respondents: 30, status: "ok" });
    expect(scale(MANAGER_CHALLENGES[0]?.id as string)?.alpha).toBeCloseTo(1, 9); // identical statements per person

    await addRespondent(30);
    const more = await getReliabilityReport(t.ctx, hrOf(org), "en");
    expect(more.scales.find((s) => s.id === "N1")).toMatchObject({ respondents: 30, status: "ok" });
  });

  it("reverses minus-keyed items before α: every facet with both keys comes out clearly positive", async () => {
    const report = await getReliabilityReport(t.ctx, hrOf(org), "en");
    const mixed = new Set(
      IPIP_NEO_120_ITEMS.filter((item) => item.keyed === "minus").map((item) => `${item.domain}${item.facet}`),
    );
    expect(mixed.size).toBeGreaterThan(10);
    for (const id of mixed) {
      const alpha = report.scales.find((s) => s.id === id)?.alpha;
      expect(alpha, id).toBeGreaterThan(0.8);
    }
  });
});
