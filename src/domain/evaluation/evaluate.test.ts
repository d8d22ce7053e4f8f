import { describe, expect, it } from "vitest";
import { seededRandom } from "../shared/random";
import { evaluateProgramme } from "./evaluate";
import type { TCohortEvaluation, TProgrammeInput } from "./types";

const P = ["p1", "p2", "p3", "p4"];
const S = ["s1", "s2", "s3", "s4"];
const C = ["c1", "c2", "c3", "c4"];
const ABSENCE = { id: "absence", name: "Days absent per month", direction: "lower_is_better" as const, unitValueCents: 20_000, unitValueSource: "finance 2026", periodsPerYear: 12 };

function programme(overrides: Partial<TProgrammeInput> = {}): TProgrammeInput {
  const values = (ids: string[], before: (number | null)[], after: (number | null)[]) =>
    ids.map((personId, i) => ({ measureId: "absence", personId, before: before[i] ?? null, after: after[i] ?? null }));
  return {
    currency: "EUR",
    cohorts: [
      { id: "P", kind: "personalised", personIds: P },
      { id: "S", kind: "standard", personIds: S },
      { id: "C", kind: "comparison", personIds: C },
    ],
    costs: [
      { name: "programme design", category: "design", amountCents: 400_000, cohortId: null },
      { name: "mentoring and modules", category: "delivery", amountCents: 300_000, cohortId: "P" },
      { name: "standard workshops", category: "delivery", amountCents: 100_000, cohortId: "S" },
    ],
    participantTime: [
      { cohortId: "P", hoursPerParticipant: 10, loadedHourlyRateCents: 5_000 },
      { cohortId: "S", hoursPerParticipant: 10, loadedHourlyRateCents: 5_000 },
    ],
    reactions: [
      { personId: "p1", satisfaction: 5, relevance: 5, intentToApply: 4 },
      { personId: "p2", satisfaction: 4, relevance: 5, intentToApply: 5 },
      { personId: "s1", satisfaction: 3, relevance: 2, intentToApply: 3 },
    ],
    learning: null,
    application: null,
    measures: [ABSENCE],
    measureValues: [
      ...values(C, [2, 3, 1, 2], [2, 3, 1.5, 1.5]),
      ...values(P, [3, 2, 4, 3], [2, 1, 3, null]),
      ...values(S, [3, 2, 3, 2], [2.5, 2, 2.5, 2]),
    ],
    estimates: [],
    resamples: 2_000,
    ...overrides,
  };
}

const cohort = (result: ReturnType<typeof evaluateProgramme>, id: string) => result.cohorts.find((c) => c.cohortId === id) as TCohortEvaluation;

describe("evaluating a programme: personalised, standard and a comparison group", () => {
  it("fully loads costs: direct lines, shared costs prorated by participants, participants' time", () => {
    const result = evaluateProgramme(programme(), seededRandom(1));
    expect(cohort(result, "P").costs.totalCents).toBe(200_000 + 300_000 + 200_000);
    expect(cohort(result, "S").costs.totalCents).toBe(200_000 + 100_000 + 200_000);
    expect(cohort(result, "C").costs.totalCents).toBe(0);
    expect(cohort(result, "P").steps).toContainEqual({ code: "COST_PRORATED", name: "programme design", amountCents: 400_000, shareCents: 200_000, participants: 4, enrolled: 8 });
  });

  it("splits a shared cost into cents that add up exactly", () => {
    const input = programme({ costs: [{ name: "odd", category: "overhead", amountCents: 100_001, cohortId: null }], cohorts: [
      { id: "P", kind: "personalised", personIds: ["a", "b", "c"] },
      { id: "S", kind: "standard", personIds: ["d", "e", "f"] },
      { id: "T", kind: "standard", personIds: ["g", "h", "i"] },
    ], participantTime: [], measureValues: [] });
    const result = evaluateProgramme(input, seededRandom(1));
    expect(result.cohorts.reduce((a, c) => a + c.costs.totalCents, 0)).toBe(100_001);
  });

  it("isolates a measure by difference in differences with the comparison group; non-responders count as zero", () => {
    const result = evaluateProgramme(programme(), seededRandom(1));
    const p = cohort(result, "P");
    // three responders improved by 1 day a month, the comparison group by 0: 3 × 1 × €200 × 12
    expect(p.l4).toEqual([{ measureId: "absence", responders: 3, meanImprovement: 1, method: "comparison-group", benefitCents: 720_000 }]);
    expect(p.steps).toContainEqual({ code: "NON_RESPONDERS_ZERO", measureId: "absence", nonResponders: 1 });
    expect(p.benefitsCents).toBe(720_000);
    expect(p.roi?.roiPct).toBeCloseTo(((7_200 - 7_000) / 7_000) * 100, 10);
    expect(p.roi?.bcr).toBeCloseTo(7_200 / 7_000, 10);
    const s = cohort(result, "S");
    expect(s.benefitsCents).toBe(240_000);
    expect(s.roi?.roiPct).toBeCloseTo(-52, 10);
    expect(cohort(result, "C").roi).toBeNull();
  });

  it("puts personalised next to standard: ROI and benefit per participant", () => {
    const vs = evaluateProgramme(programme(), seededRandom(1)).personalisedVsStandard;
    expect(vs?.roiPct.personalised).toBeCloseTo((20_000 / 700_000) * 100, 10);
    expect(vs?.roiPct.standard).toBeCloseTo(-52, 10);
    expect(vs?.benefitPerParticipantCents).toEqual({ personalised: 180_000, standard: 60_000 });
  });

  it("uses the more conservative of comparison group and estimates (principle 4)", () => {
    const estimates = [{ personId: "p1", measureId: "absence", annualValueCents: 1_000_000, contributionPct: 50, confidencePct: 80 }];
    const p = cohort(evaluateProgramme(programme({ estimates }), seededRandom(1)), "P");
    expect(p.l4[0]?.method).toBe("estimates");
    expect(p.benefitsCents).toBe(400_000);
    expect(p.steps).toContainEqual({ code: "MEASURE_MORE_CONSERVATIVE", measureId: "absence", chosen: "estimates", comparisonCents: 720_000, estimatesCents: 400_000 });
  });

  it("leaves out an extreme estimate with the limit it broke (principle 8)", () => {
    const people = ["a", "b", "c", "d", "e"];
    const estimates = people.map((personId, i) => ({ personId, measureId: "absence", annualValueCents: i === 4 ? 50_000_000 : 100_000 + i * 10_000, contributionPct: 100, confidencePct: 100 }));
    const input = programme({ cohorts: [{ id: "P", kind: "personalised", personIds: people }], costs: [], participantTime: [], measureValues: [], estimates });
    const p = cohort(evaluateProgramme(input, seededRandom(1)), "P");
    expect(p.benefitsCents).toBe(100_000 + 110_000 + 120_000 + 130_000);
    expect(p.steps.filter((s) => s.code === "ESTIMATE_EXCLUDED").map((s) => s.code === "ESTIMATE_EXCLUDED" && s.personId)).toEqual(["e"]);
  });

  it("credits nothing to a measure it cannot isolate (principle 5) and never answers NaN", () => {
    const input = programme({ cohorts: [{ id: "P", kind: "personalised", personIds: P }], costs: [{ name: "x", category: "delivery", amountCents: 50_000, cohortId: "P" }], participantTime: [] });
    const p = cohort(evaluateProgramme(input, seededRandom(1)), "P");
    expect(p.l4[0]?.method).toBe("none");
    expect(p.steps).toContainEqual({ code: "MEASURE_NOT_ISOLATED", measureId: "absence", responders: 3 });
    expect(p.benefitsCents).toBe(0);
    expect(p.roi?.roiPct).toBe(-100);
    expect(JSON.stringify(evaluateProgramme(input, seededRandom(1)))).not.toMatch(/NaN|Infinity/);
  });

  it("answers null, not NaN, for an empty cohort and a cohort without costs", () => {
    const input = programme({ cohorts: [{ id: "P", kind: "personalised", personIds: [] }], costs: [], participantTime: [], measureValues: [] });
    const p = cohort(evaluateProgramme(input, seededRandom(1)), "P");
    expect(p.l1.responseRate).toBeNull();
    expect(p.roi?.roiPct).toBeNull();
    expect(p.interval).toBeNull();
  });

  it("reports reactions (level 1) with the response rate", () => {
    const p = cohort(evaluateProgramme(programme(), seededRandom(1)), "P");
    expect(p.l1).toEqual({ responses: 2, responseRate: 0.5, satisfaction: 4.5, relevance: 5, intentToApply: 4.5 });
  });

  it("measures learning as improvement (lower challenge scores are better) and compares personalised with standard", () => {
    const learning = {
      direction: "lower_is_better" as const,
      values: [
        ...P.map((personId, i) => ({ personId, before: 4, after: 2.5 - i * 0.2 })),
        ...S.map((personId, i) => ({ personId, before: 4, after: 3.8 - i * 0.1 })),
      ],
    };
    const result = evaluateProgramme(programme({ learning }), seededRandom(1));
    expect(cohort(result, "P").l2?.meanImprovement).toBeCloseTo(1.5 + 0.3, 10);
    expect(cohort(result, "P").l2?.effect?.value).toBeGreaterThan(0);
    expect(result.personalisedVsStandard?.l2?.value).toBeGreaterThan(1);
    expect(result.personalisedVsStandard?.l3).toBeNull();
  });

  it("gives a bootstrap interval around the point benefits, the same for the same seed", () => {
    const a = cohort(evaluateProgramme(programme(), seededRandom(7)), "P").interval;
    const b = cohort(evaluateProgramme(programme(), seededRandom(7)), "P").interval;
    expect(a).toEqual(b);
    expect(a?.totalBenefits.point).toBeCloseTo(7_200, 10);
    expect(a?.totalBenefits.low).toBeLessThanOrEqual(7_200);
    expect(a?.totalBenefits.high).toBeGreaterThanOrEqual(7_200);
    expect(a?.confidencePct).toBe(90);
  });

  it.each([
    [{ currency: "euro" }, "currency"],
    [{ costs: [{ name: "x", category: "delivery" as const, amountCents: 1.5, cohortId: "P" }] }, "costs[0].amountCents"],
    [{ costs: [{ name: "x", category: "delivery" as const, amountCents: 100, cohortId: "C" }] }, "costs[0].cohortId"],
    [{ cohorts: [{ id: "P", kind: "personalised" as const, personIds: ["a"] }, { id: "S", kind: "standard" as const, personIds: ["a"] }] }, "cohorts[1].personIds[0]"],
    [{ estimates: [{ personId: "p1", measureId: "absence", annualValueCents: 100, contributionPct: 120, confidencePct: 50 }] }, "estimates[0].contributionPct"],
    [{ measureValues: [{ measureId: "sales", personId: "p1", before: 1, after: 2 }] }, "measureValues[0].measureId"],
    [{ confidencePct: 42 }, "confidencePct"],
  ] as const)("refuses bad input with the field named (%#)", (overrides, field) => {
    expect(() => evaluateProgramme(programme(overrides as Partial<TProgrammeInput>), seededRandom(1))).toThrow(expect.objectContaining({ field }));
  });
});
