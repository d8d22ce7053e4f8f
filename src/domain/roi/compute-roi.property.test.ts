import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeRoi, MAX_MAGNITUDE, parseWorksheet, type TRoiResult } from "./index";

const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
// Doubles over the whole allowed range, subnormals and signed zeros included.
const money = fc.double({ min: -MAX_MAGNITUDE, max: MAX_MAGNITUDE, noNaN: true });
const nonNegative = fc.double({ min: 0, max: MAX_MAGNITUDE, noNaN: true });
const positive = fc.double({ min: Number.MIN_VALUE, max: MAX_MAGNITUDE, noNaN: true });
const pct = fc.double({ min: 0, max: 100, noNaN: true });

const adjustments = {
  contribution_pct: opt(pct),
  confidence_pct: opt(pct),
  extra_adjustment_pct: opt(pct),
  include: opt(fc.boolean()),
  exclude_reason: opt(fc.string()),
};
const benefitLine = fc.oneof(
  fc.record({ annual_value: money, ...adjustments }, { requiredKeys: ["annual_value"] }),
  fc.record(
    { unit_value: nonNegative, change: money, periods_per_year: opt(positive), n_units: opt(nonNegative), ...adjustments },
    { requiredKeys: ["unit_value", "change"] },
  ),
);
const controlGroup = fc.record({
  direction: fc.constantFrom("higher_is_better", "lower_is_better"),
  experimental_pre_mean: money,
  experimental_post_mean: money,
  control_pre_mean: money,
  control_post_mean: money,
  unit_value: nonNegative,
  periods_per_year: positive,
  n_participants: fc.integer({ min: 1, max: 1_000_000 }),
});
const costs = fc.oneof(
  fc.record({ cost_items: fc.array(fc.record({ name: fc.string(), amount: nonNegative }), { maxLength: 6 }) }),
  fc.record({ total_costs_given: nonNegative }),
  fc.constant({}),
);
const worksheetJson = fc
  .tuple(
    costs,
    fc.record(
      { benefit_items: fc.array(benefitLine, { maxLength: 6 }), control_group: controlGroup, total_benefits_given: money },
      { requiredKeys: [] },
    ),
  )
  .map(([c, b]) => ({ currency: "EUR", ...c, ...b }));

function numbersIn(value: unknown): number[] {
  if (typeof value === "number") return [value];
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  if (typeof value === "object" && value !== null) return Object.values(value).flatMap(numbersIn);
  return [];
}

const outputs = (r: TRoiResult) => [r.totalCosts, r.totalBenefits, r.netBenefits, r.roiPct, r.bcr, r.paybackMonths, r.didEffectPerParticipantPerPeriod];

describe("computeRoi invariants", () => {
  it("never returns NaN or Infinity, in the figures or the explanation, for any valid worksheet", () => {
    fc.assert(
      fc.property(worksheetJson, (json) => {
        const result = computeRoi(parseWorksheet(json));
        for (const value of outputs(result)) expect(value === null || value === undefined || Number.isFinite(value)).toBe(true);
        for (const value of numbersIn(result)) expect(Number.isFinite(value)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("keeps ROI % equal to (BCR - 1) x 100 whenever both are defined", () => {
    fc.assert(
      fc.property(worksheetJson, (json) => {
        const { roiPct, bcr } = computeRoi(parseWorksheet(json));
        if (roiPct === null || bcr === null) return;
        expect(Math.abs(roiPct - (bcr - 1) * 100)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(roiPct)));
      }),
    );
  });

  it("counts an excluded line exactly as if it were not there", () => {
    fc.assert(
      fc.property(fc.array(benefitLine, { minLength: 1, maxLength: 6 }), fc.nat(), (lines, k) => {
        const index = k % lines.length;
        const excluded = lines.map((line, i) => (i === index ? { ...line, include: false } : line));
        const removed = lines.filter((_, i) => i !== index);
        const a = computeRoi(parseWorksheet({ benefit_items: excluded })).totalBenefits;
        const b = computeRoi(parseWorksheet({ benefit_items: removed })).totalBenefits;
        expect(a).toBe(b);
      }),
    );
  });

  it("never raises benefits when confidence is lowered on non-negative lines", () => {
    const line = fc.record({ annual_value: nonNegative, confidence_pct: pct, contribution_pct: pct });
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), fc.double({ min: 0, max: 1, noNaN: true }), (lines, factor) => {
        const lowered = lines.map((l) => ({ ...l, confidence_pct: l.confidence_pct * factor }));
        const before = computeRoi(parseWorksheet({ benefit_items: lines })).totalBenefits;
        const after = computeRoi(parseWorksheet({ benefit_items: lowered })).totalBenefits;
        expect(after).toBeLessThanOrEqual(before);
      }),
    );
  });
});
