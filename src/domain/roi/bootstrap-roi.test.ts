import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DomainError } from "../shared/errors";
import { seededRandom, type TRandom } from "../shared/random";
import { bootstrapRoi } from "./index";

/** Box–Muller on the seeded PRNG: a reproducible normal sample. */
function normalSample(n: number, mean: number, sd: number, random: TRandom): number[] {
  return Array.from({ length: n }, () => mean + sd * Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random()));
}

function sampleSd(values: number[]): number {
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  return Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (values.length - 1));
}

describe("bootstrapRoi", () => {
  it("collapses the interval onto the point when everyone has the same benefit", () => {
    const result = bootstrapRoi({ perPersonBenefits: Array(50).fill(200), totalCosts: 5000, resamples: 500, random: seededRandom(1) });
    expect(result.totalBenefits).toEqual({ point: 10_000, low: 10_000, high: 10_000 });
    expect(result.roiPct).toEqual({ point: 100, low: 100, high: 100 });
  });

  it("covers the total ± 1.645 standard errors at 90 % for a normal sample", () => {
    const n = 400;
    const values = normalSample(n, 100, 20, seededRandom(7));
    const point = values.reduce((s, v) => s + v, 0);
    const halfWidth = 1.645 * sampleSd(values) * Math.sqrt(n);
    const { totalBenefits } = bootstrapRoi({ perPersonBenefits: values, totalCosts: null, random: seededRandom(11) });
    expect(totalBenefits.point).toBeCloseTo(point, 6);
    expect(Math.abs(totalBenefits.low - (point - halfWidth))).toBeLessThan(0.1 * halfWidth);
    expect(Math.abs(totalBenefits.high - (point + halfWidth))).toBeLessThan(0.1 * halfWidth);
  });

  it("contains the true total in about 90 % of repeated studies", () => {
    const random = seededRandom(2024);
    const studies = 200;
    const n = 60;
    let covered = 0;
    for (let s = 0; s < studies; s++) {
      const values = normalSample(n, 50, 30, random);
      const { totalBenefits } = bootstrapRoi({ perPersonBenefits: values, totalCosts: null, resamples: 1000, random });
      if (totalBenefits.low <= 50 * n && 50 * n <= totalBenefits.high) covered++;
    }
    expect(covered / studies).toBeGreaterThan(0.82);
    expect(covered / studies).toBeLessThan(0.96);
  });

  it("gives the same interval for the same seed and another for another seed", () => {
    const values = normalSample(300, 10, 5, seededRandom(3));
    const run = (seed: number) => bootstrapRoi({ perPersonBenefits: values, totalCosts: 2000, resamples: 2000, random: seededRandom(seed) });
    expect(run(5)).toEqual(run(5));
    expect(run(5).totalBenefits.low).not.toBe(run(6).totalBenefits.low);
  });

  it("widens the interval for a higher confidence level", () => {
    const values = normalSample(200, 10, 5, seededRandom(4));
    const at = (confidencePct: number) =>
      bootstrapRoi({ perPersonBenefits: values, totalCosts: 1000, resamples: 2000, confidencePct, random: seededRandom(9) }).totalBenefits;
    expect(at(95).low).toBeLessThan(at(90).low);
    expect(at(95).high).toBeGreaterThan(at(90).high);
    expect(at(50).high - at(50).low).toBeLessThan(at(90).high - at(90).low);
  });

  it("maps the benefit interval onto ROI % through the costs", () => {
    const values = normalSample(100, 30, 10, seededRandom(8));
    const result = bootstrapRoi({ perPersonBenefits: values, totalCosts: 2500, resamples: 1000, random: seededRandom(1) });
    const toRoi = (b: number) => ((b - 2500) / 2500) * 100;
    expect(result.roiPct?.low).toBeCloseTo(toRoi(result.totalBenefits.low), 9);
    expect(result.roiPct?.high).toBeCloseTo(toRoi(result.totalBenefits.high), 9);
    expect(result.roiPct?.point).toBeCloseTo(toRoi(result.totalBenefits.point), 9);
  });

  it.each([null, 0])("has no ROI interval when costs are %s", (totalCosts) => {
    expect(bootstrapRoi({ perPersonBenefits: [1, 2, 3], totalCosts, resamples: 10, random: seededRandom(1) }).roiPct).toBeNull();
  });

  it("reports its settings, with 10,000 resamples at 90 % by default", () => {
    const result = bootstrapRoi({ perPersonBenefits: [1, 0, 0, 4], totalCosts: 1, random: seededRandom(1) });
    expect(result).toMatchObject({ nParticipants: 4, resamples: 10_000, confidencePct: 90 });
  });

  it("keeps the interval ordered and within the possible totals", () => {
    const benefit = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(fc.array(benefit, { minLength: 1, maxLength: 30 }), fc.integer(), (values, seed) => {
        const { totalBenefits: t } = bootstrapRoi({ perPersonBenefits: values, totalCosts: 100, resamples: 200, random: seededRandom(seed) });
        const slack = 1e-9 * values.length * 1e6;
        expect(t.low).toBeLessThanOrEqual(t.high);
        expect(t.low).toBeGreaterThanOrEqual(Math.min(...values) * values.length - slack);
        expect(t.high).toBeLessThanOrEqual(Math.max(...values) * values.length + slack);
      }),
      { numRuns: 200 },
    );
  });

  it.each<[string, Partial<Parameters<typeof bootstrapRoi>[0]>, string]>([
    ["no participants", { perPersonBenefits: [] }, "perPersonBenefits"],
    ["a missing value", { perPersonBenefits: [1, Number.NaN] }, "perPersonBenefits[1]"],
    ["negative costs", { totalCosts: -1 }, "totalCosts"],
    ["zero resamples", { resamples: 0 }, "resamples"],
    ["a 100 % confidence level", { confidencePct: 100 }, "confidencePct"],
  ])("rejects %s", (_, overrides, field) => {
    const call = () => bootstrapRoi({ perPersonBenefits: [1, 2], totalCosts: 10, random: seededRandom(1), ...overrides });
    expect(call).toThrow(DomainError);
    expect(call).toThrow(expect.objectContaining({ code: "VALIDATION", field }));
  });
});
