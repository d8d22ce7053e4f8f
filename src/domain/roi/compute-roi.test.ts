import { describe, expect, it } from "vitest";
import { computeRoi, parseWorksheet, type TRoiResult } from "./index";

const roi = (json: unknown): TRoiResult => computeRoi(parseWorksheet(json));
const codes = (result: TRoiResult) => result.warnings.map((w) => w.code);

const controlGroup = {
  experimental_pre_mean: 42,
  experimental_post_mean: 30,
  control_pre_mean: 41,
  control_post_mean: 37,
  unit_value: 10,
  periods_per_year: 12,
  n_participants: 3,
};

describe("benefit lines", () => {
  it.each<[string, Record<string, number>, number]>([
    ["no adjustment", {}, 1000],
    ["isolation by contribution", { contribution_pct: 50 }, 500],
    ["confidence", { confidence_pct: 80 }, 800],
    ["an extra conservative adjustment", { extra_adjustment_pct: 90 }, 900],
    ["all three multiply", { contribution_pct: 50, confidence_pct: 80, extra_adjustment_pct: 90 }, 360],
    ["a zero estimate", { contribution_pct: 0 }, 0],
  ])("applies %s", (_, adjustments, expected) => {
    expect(roi({ benefit_items: [{ annual_value: 1000, ...adjustments }] }).totalBenefits).toBeCloseTo(expected, 9);
  });

  it("values a unit line as unit value x change x periods x units", () => {
    const result = roi({ benefit_items: [{ unit_value: 20, change: 3, periods_per_year: 12, n_units: 5 }] });
    expect(result.totalBenefits).toBe(3600);
    expect(result.explanation.steps).toContainEqual(expect.objectContaining({ code: "BENEFIT_LINE", index: 0, annualValue: 3600, adjustedValue: 3600 }));
  });

  it("counts an excluded line as zero and records why, under principle 8", () => {
    const result = roi({
      benefit_items: [{ annual_value: 100 }, { annual_value: 1e6, include: false, exclude_reason: "extreme claim, unsupported" }],
    });
    expect(result.totalBenefits).toBe(100);
    expect(result.explanation.steps).toContainEqual({
      code: "BENEFIT_LINE_EXCLUDED",
      index: 1,
      annualValue: 1e6,
      excludeReason: "extreme claim, unsupported",
      principle: 8,
    });
    expect(codes(result)).not.toContain("EXCLUDED_WITHOUT_REASON");
  });

  it("warns about lines excluded without a reason", () => {
    const result = roi({ benefit_items: [{ annual_value: 5, include: false }, { annual_value: 5, include: false, exclude_reason: " " }] });
    expect(result.warnings).toContainEqual({ code: "EXCLUDED_WITHOUT_REASON", indexes: [0, 1] });
  });

  it("flags non-zero lines that carry no isolation, and only those", () => {
    const result = roi({ benefit_items: [{ annual_value: 5 }, { annual_value: 5, contribution_pct: 100 }, { annual_value: 0 }, { annual_value: 7 }] });
    expect(result.warnings).toContainEqual({ code: "BENEFITS_NOT_ISOLATED", indexes: [0, 3] });
  });

  it("lists the adjustments with the principle behind each", () => {
    const step = roi({ benefit_items: [{ annual_value: 10, contribution_pct: 50, confidence_pct: 60 }] }).explanation.steps[1];
    expect(step).toMatchObject({
      code: "BENEFIT_LINE",
      adjustments: [
        { kind: "contribution", pct: 50, principle: 5 },
        { kind: "confidence", pct: 60, principle: 7 },
        { kind: "extra", pct: 100, principle: 4 },
      ],
    });
  });
});

describe("control group", () => {
  it.each<["higher_is_better" | "lower_is_better", number]>([
    ["lower_is_better", 8],
    ["higher_is_better", -8],
  ])("uses the difference in differences, signed by direction (%s)", (direction, effect) => {
    const result = roi({ total_costs_given: 100, control_group: { ...controlGroup, direction } });
    expect(result.didEffectPerParticipantPerPeriod).toBe(effect);
    expect(result.totalBenefits).toBe(effect * 10 * 12 * 3);
  });

  it("adds the control-group benefit to the benefit lines", () => {
    const result = roi({ benefit_items: [{ annual_value: 40 }], control_group: { ...controlGroup, direction: "lower_is_better" } });
    expect(result.totalBenefits).toBe(40 + 8 * 10 * 12 * 3);
  });

  it("warns when the comparison shows no improvement", () => {
    const result = roi({ control_group: { ...controlGroup, direction: "higher_is_better" } });
    expect(result.warnings).toContainEqual({ code: "CONTROL_GROUP_NO_IMPROVEMENT", effectPerParticipantPerPeriod: -8 });
  });

  it("reports no effect field without a control group", () => {
    expect(roi({ benefit_items: [{ annual_value: 1 }] })).not.toHaveProperty("didEffectPerParticipantPerPeriod");
  });
});

describe("totals and ratios", () => {
  it("leaves every cost-based figure null when costs are unknown", () => {
    const result = roi({ benefit_items: [{ annual_value: 100 }] });
    expect(result).toMatchObject({ totalCosts: null, totalBenefits: 100, netBenefits: null, roiPct: null, bcr: null, paybackMonths: null });
    expect(codes(result)).toContain("COSTS_UNKNOWN");
  });

  it("gives no ROI or BCR for zero costs, and pays back at once", () => {
    const result = roi({ cost_items: [], total_benefits_given: 100 });
    expect(result).toMatchObject({ totalCosts: 0, netBenefits: 100, roiPct: null, bcr: null, paybackMonths: 0 });
    expect(codes(result)).toContain("COSTS_ZERO");
  });

  it.each([0, -500])("has no payback when benefits are %d", (benefits) => {
    const result = roi({ total_costs_given: 1000, total_benefits_given: benefits });
    expect(result.paybackMonths).toBeNull();
    expect(result.roiPct).toBe(((benefits - 1000) / 1000) * 100);
    expect(codes(result)).toContain("NO_PAYBACK");
  });

  it("counts missing benefit data as zero (principle 6), not as unknown", () => {
    const result = roi({ total_costs_given: 1000 });
    expect(result).toMatchObject({ totalBenefits: 0, netBenefits: -1000, roiPct: -100, bcr: 0, paybackMonths: null });
    expect(codes(result)).toContain("NO_BENEFIT_DATA");
  });

  it("ignores a given benefit total when lines are present", () => {
    const result = roi({ total_costs_given: 10, benefit_items: [{ annual_value: 20 }], total_benefits_given: 999 });
    expect(result.totalBenefits).toBe(20);
    expect(codes(result)).toContain("BENEFITS_TOTAL_IGNORED");
  });

  it("warns that costs and benefits given as totals cannot be checked", () => {
    expect(codes(roi({ total_costs_given: 10, total_benefits_given: 20 }))).toEqual(
      expect.arrayContaining(["COSTS_GIVEN_AS_TOTAL", "BENEFITS_GIVEN_AS_TOTAL"]),
    );
  });

  it("sums itemised costs and lists each line under principle 10", () => {
    const result = roi({ cost_items: [{ name: "fee", amount: 700 }, { name: "time", amount: 300 }], total_benefits_given: 1500 });
    expect(result).toMatchObject({ totalCosts: 1000, netBenefits: 500, roiPct: 50, bcr: 1.5, paybackMonths: 8 });
    expect(result.explanation.steps.filter((s) => s.code === "COST_ITEM")).toEqual([
      { code: "COST_ITEM", index: 0, amount: 700, principle: 10 },
      { code: "COST_ITEM", index: 1, amount: 300, principle: 10 },
    ]);
    expect(codes(result)).not.toContain("COSTS_GIVEN_AS_TOTAL");
  });

  it("warns when the costs are not recovered within the first year of benefits", () => {
    expect(roi({ total_costs_given: 2000, total_benefits_given: 1000 }).warnings).toContainEqual({
      code: "PAYBACK_BEYOND_FIRST_YEAR",
      paybackMonths: 24,
    });
  });

  it("returns null with a warning instead of Infinity when a ratio overflows", () => {
    const result = roi({ total_costs_given: 5e-324, total_benefits_given: 1e15 });
    expect(result).toMatchObject({ roiPct: null, bcr: null });
    expect(result.warnings).toContainEqual({ code: "RESULT_OUT_OF_RANGE", fields: ["roi_pct", "bcr"] });
  });
});
