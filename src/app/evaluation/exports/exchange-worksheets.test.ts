import { describe, expect, it } from "vitest";
import { computeRoi, readWorksheetFile } from "../../../domain/roi/index";
import type { TActor } from "../../../domain/shared/roles";
import { describeRoiWarning } from "../../../domain/roi/describe-warning";
import { computeWorksheets } from "./compute-worksheets";
import { toExchangeWorksheets } from "./exchange-worksheets";
import { fixtureProgramme, fixtureView, IDS, withheldView } from "./exports.test-fixtures";

const member: TActor = { userId: "u", isOperator: false, organisationId: "o", roles: ["manager"] };

describe("toExchangeWorksheets", () => {
  it("writes each enrolled cohort as a worksheet that reads back to exactly the evaluation's ROI", () => {
    const view = fixtureView("en");
    const cases = toExchangeWorksheets(fixtureProgramme(), view);
    expect(cases.map((c) => c.cohort_id)).toEqual([IDS.personalised, IDS.standard]);
    expect(cases[0]?.id).toBe("Leiderschap 2026 – Anaïs & Zoë / À la carte");
    const entries = readWorksheetFile(JSON.parse(JSON.stringify(cases)));
    entries.forEach((entry, i) => {
      const cohort = view.evaluation.cohorts.find((c) => c.cohortId === cases[i]?.cohort_id);
      expect(entry.id).toBe(cases[i]?.id);
      expect(computeRoi(entry.worksheet)).toEqual(cohort?.roi);
    });
    // the shared design cost is prorated into both worksheets; the benefits are already isolated
    expect(cases[0]?.inputs.cost_items.find((c) => c.prorated)?.amount).toBe(2_000);
    expect(cases[0]?.inputs.benefit_items).toEqual([
      expect.objectContaining({ name: "Days absent per month", contribution_pct: 100, confidence_pct: 100, isolation: "comparison-group" }),
    ]);
  });

  it("leaves out withheld cohorts and the comparison group", () => {
    const cases = toExchangeWorksheets(fixtureProgramme(), withheldView(fixtureView("en"), IDS.standard));
    expect(cases.map((c) => c.cohort_id)).toEqual([IDS.personalised]);
  });
});

describe("computeWorksheets", () => {
  it("gives the outputs of `sterk roi --json` and explains them in the reader's language", () => {
    const view = fixtureView("fr");
    const cases = toExchangeWorksheets(fixtureProgramme(), view);
    const result = computeWorksheets(member, JSON.parse(JSON.stringify(cases)), "fr");
    const personalised = view.evaluation.cohorts.find((c) => c.cohortId === IDS.personalised);
    expect(result.outputs[0]).toMatchObject({ id: cases[0]?.id, roi_pct: personalised?.roi?.roiPct, bcr: personalised?.roi?.bcr });
    expect(Object.keys(result.outputs[0] ?? {})).toEqual(["id", "total_costs", "total_benefits", "net_benefits", "roi_pct", "bcr", "payback_months", "warnings"]);
    expect(result.explanations[0]?.steps[0]).toMatch(/^Ligne de coût 1 : /);
    expect(result.explanations[0]?.principles).toContain("Principe 10: prendre en compte l'intégralité des coûts");
    expect(result.explanations[1]?.warnings.length).toBe(result.outputs[1]?.warnings.length);
  });

  it("answers one object as an array of one, and warns in the CLI's words", () => {
    const result = computeWorksheets(member, { total_costs_given: 100, total_benefits_given: 150 }, "en");
    expect(result.outputs).toEqual([
      { id: null, total_costs: 100, total_benefits: 150, net_benefits: 50, roi_pct: 50, bcr: 1.5, payback_months: 8, warnings: [describeRoiWarning({ code: "COSTS_GIVEN_AS_TOTAL" }), describeRoiWarning({ code: "BENEFITS_GIVEN_AS_TOTAL" })] },
    ]);
  });

  it("rejects invalid input naming the field, and callers without a role in the organisation", () => {
    expect(() => computeWorksheets(member, [{ cost_items: [{ amount: -1 }] }], "en")).toThrow(expect.objectContaining({ code: "VALIDATION", field: "[0].cost_items[0].amount" }));
    expect(() => computeWorksheets(member, "nonsense", "en")).toThrow(expect.objectContaining({ code: "VALIDATION", field: "(root)" }));
    expect(() => computeWorksheets({ ...member, roles: [] }, {}, "en")).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
  });
});
