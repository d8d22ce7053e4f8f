import { describe, expect, it } from "vitest";
import { cohortExplanation } from "./explain-view";
import { COMPARISON, evaluationView, PERSONALISED } from "./test-fixtures";

describe("cohortExplanation", () => {
  it("gathers the isolation method, the evaluation's steps, the ROI steps and the bootstrap in the reader's language", () => {
    const view = evaluationView();
    const en = cohortExplanation(view, PERSONALISED, "en");
    expect(en?.methods).toEqual([{ measure: "Days absent", method: "comparison-group", responders: 6 }]);
    expect(en?.steps).toEqual(view.explanations[PERSONALISED]);
    expect(en?.steps.length).toBeGreaterThan(0);
    expect(en?.steps.some((s) => s.includes("comparison group"))).toBe(true);
    expect(en?.roiSteps.some((s) => s.startsWith("Cost line 1"))).toBe(true);
    expect(en?.bootstrap).toEqual({ resamples: 500, participants: 6, confidencePct: 90 });
    const nl = cohortExplanation(view, PERSONALISED, "nl");
    expect(nl?.roiSteps.some((s) => s.startsWith("Kostenlijn 1"))).toBe(true);
  });

  it("shows the ROI steps once when the server's sentences already include them", () => {
    const view = evaluationView();
    const own = view.explanations[PERSONALISED] ?? [];
    const withRoi = cohortExplanation(view, PERSONALISED, "en");
    view.explanations[PERSONALISED] = [...own, ...(withRoi?.roiSteps ?? []), ...(withRoi?.warnings ?? [])];
    const again = cohortExplanation(view, PERSONALISED, "en");
    expect(again?.steps).toEqual(own);
    expect(again?.roiSteps).toEqual(withRoi?.roiSteps);
  });

  it("has no ROI steps for the comparison group and nothing for an unknown cohort", () => {
    const view = evaluationView();
    expect(cohortExplanation(view, COMPARISON, "en")?.roiSteps).toEqual([]);
    expect(cohortExplanation(view, "00000000-0000-4000-8000-000000000000", "en")).toBeNull();
  });
});
