import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { people } from "../../db/schema/index";
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

  it("hides cells under 5 people and shows each department as of its last step of 5 completions", async () => {
    const heatmaps = await getDiagnosisHeatmaps(t.ctx, hrOf(org), "en");
    expect(heatmaps).toMatchObject({ minCell: 5, step: 5 });
    expect(heatmaps.challenges.departments).toEqual(["IT", "Ops", "Sales"]);
    expect(heatmaps.challenges.rows).toHaveLength(29);
    const row = heatmaps.challenges.rows.find((r) => r.id === FIRST);
    // Sales' sixth scan waits for four more; IT's four wait for a fifth, so no IT answer is in any figure
    expect(row?.cells).toEqual([
      { department: "IT", shown: false },
      { department: "Ops", shown: true, mean: 2, personCount: 5 },
      { department: "Sales", shown: true, mean: 4, personCount: 5 },
    ]);
    expect(row?.total).toEqual({ shown: true, mean: (5 * 4 + 5 * 2) / 10, personCount: 10 });
    expect(heatmaps.challenges.basedOn).toBe(10);
    expect(heatmaps.strengths.rows.map((r) => r.id)).toEqual(["N", "E", "O", "A", "C"]);
    expect(heatmaps.strengths.rows[0]?.cells.find((cell) => cell.department === "Sales")).toEqual({ department: "Sales", shown: true, mean: 72, personCount: 5 });
  });

  it("lets an organisation raise the cell minimum, never lower it", async () => {
    await setOrganisationSettings(t.ctx.db, org, { anonymity: { teamCell: 7 } });
    const raised = await getDiagnosisHeatmaps(t.ctx, hrOf(org), "en");
    expect(raised.minCell).toBe(7);
    expect(raised.challenges.rows[0]?.cells.every((cell) => !cell.shown)).toBe(true);
    await setOrganisationSettings(t.ctx.db, org, { anonymity: { teamCell: 2, peer: "x" } });
    const lowered = await getDiagnosisHeatmaps(t.ctx, hrOf(org), "en");
    expect(lowered.minCell).toBe(5);
    expect(lowered.challenges.rows[0]?.cells.filter((cell) => cell.shown).map((cell) => cell.department)).toEqual(["Ops", "Sales"]);
    await setOrganisationSettings(t.ctx.db, org, {});
  });

  it("refuses managers and mentors", async () => {
    for (const role of ["manager", "mentor"] as const) {
      await expect(getDiagnosisHeatmaps(t.ctx, { ...hrOf(org), roles: [role] }, "en")).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(getReliabilityReport(t.ctx, { ...hrOf(org), roles: [role] }, "en")).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });
});

describe(`HR heatmaps cannot be differenced over time (${testDatabaseKind})`, () => {
  // issue 13: reading the heatmap before and after one person completes the scan gave `11·after − 10·before`
  let org: string;
  const at = (minute: number) => new Date(Date.UTC(2026, 0, 15, 10, minute));
  const levels = (person: number) => Object.fromEntries(MANAGER_CHALLENGES.map((c, i) => [c.id, 1 + ((person + i) % 5)]));
  const read = async () => (await getDiagnosisHeatmaps(t.ctx, hrOf(org), "en")).challenges;
  const sums = (heatmap: Awaited<ReturnType<typeof read>>) =>
    heatmap.rows.map((row) => {
      const cell = row.cells.find((c) => c.department === "Brewing");
      return cell?.shown ? cell.mean * cell.personCount : null;
    });

  beforeAll(async () => {
    org = (await t.createOrganisation("differencing")).id;
    for (let i = 0; i < 10; i++) {
      const person = await addPerson(t.ctx.db, org, { department: "Brewing" });
      await completeAssessment(t.ctx.db, org, person, "challenge-scan", scanAnswers(levels(i)), at(i));
    }
  });

  it("does not move when one person completes the scan, and moves by 5 people at once", async () => {
    const before = await read();
    expect(before.rows[0]?.cells).toEqual([expect.objectContaining({ department: "Brewing", shown: true, personCount: 10 })]);
    const newcomer = await addPerson(t.ctx.db, org, { department: "Brewing" });
    const secret = Object.fromEntries(MANAGER_CHALLENGES.map((c, i) => [c.id, i % 2 === 0 ? 5 : 1]));
    await completeAssessment(t.ctx.db, org, newcomer, "challenge-scan", scanAnswers(secret), at(30));
    const after = await read();
    expect(after).toEqual(before);
    // the attack: 11·after − 10·before recovers nothing, on any of the 29 challenges
    const recovered = sums(after).map((sum, i) => (sum ?? 0) - (sums(before)[i] ?? 0));
    expect(recovered.filter((value, i) => Math.abs(value - (secret[MANAGER_CHALLENGES[i]?.id as string] ?? 0)) < 1e-9)).toEqual([]);

    // a retake by someone already counted is one more completion too: nothing moves
    const [first] = await t.ctx.db.select().from(people).where(and(eq(people.organisationId, org), eq(people.department, "Brewing"))).limit(1);
    await completeAssessment(t.ctx.db, org, first?.id as string, "challenge-scan", scanAnswers(secret), at(31));
    expect(await read()).toEqual(before);

    // three more completions make the fifth since the last step: the department moves by all five together
    for (let i = 0; i < 3; i++) {
      const person = await addPerson(t.ctx.db, org, { department: "Brewing" });
      await completeAssessment(t.ctx.db, org, person, "challenge-scan", scanAnswers(levels(20 + i)), at(40 + i));
    }
    const stepped = await read();
    expect(stepped.rows[0]?.cells).toEqual([expect.objectContaining({ department: "Brewing", shown: true, personCount: 14 })]);
    expect(stepped.basedOn).toBe(14);
    expect(stepped).not.toEqual(before);
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
