import { describe, expect, it } from "vitest";
import { roiVerdict, type TRoiVerdict } from "../../../domain/evaluation/roi-verdict";
import { fixtureView, IDS } from "./exports.test-fixtures";
import { verdictSentences } from "./verdict-texts";

const ISSUE_EXAMPLE: TRoiVerdict = {
  headline: { cohortId: IDS.personalised, returned: 1.57, low: 1.11, high: 2, level: 90 },
  comparison: { level: "l2", g: 0.52, low: -0.08, high: 1.1, confidence: 90, favours: "personalised", includesNoDifference: true },
  missingLevels: ["l3"],
};

describe("the executive verdict", () => {
  it("reads as the issue's sentence, with the missing level and what it does to confidence", () => {
    const [first, ...rest] = verdictSentences(ISSUE_EXAMPLE, "en", "EUR");
    expect(first).toBe(
      "For every €1 spent, €1.57 came back within a year (90 % interval €1.11–€2.00); personalised beat standard on learning (g = 0.52), but the interval still includes no difference.",
    );
    expect(rest).toEqual([expect.stringContaining("level 3")]);
    expect(rest[0]).toContain("trust it less");
  });

  it("is written in nl and fr with the locale's numbers", () => {
    expect(verdictSentences(ISSUE_EXAMPLE, "nl", "EUR")[0]).toContain("1,57");
    const fr = verdictSentences(ISSUE_EXAMPLE, "fr", "EUR");
    expect(fr[0]).toContain("1,57");
    expect(fr.join(" ")).not.toMatch(/[^\u00a0 ][:;]\s/);
  });

  it("says so when the interval excludes no difference, or when there is no ROI", () => {
    const clear = { ...ISSUE_EXAMPLE, comparison: { ...ISSUE_EXAMPLE.comparison!, low: 0.1, includesNoDifference: false } };
    expect(verdictSentences(clear, "en", "EUR")[0]).toContain("excludes no difference");
    const none: TRoiVerdict = { headline: null, comparison: null, missingLevels: ["l1", "l2", "l3", "l4"] };
    const sentences = verdictSentences(none, "en", "EUR");
    expect(sentences[0]).toContain("no return on investment yet");
    expect(sentences).toHaveLength(4);
  });

  it("takes its figures from the evaluation as computed (no fixed numbers)", () => {
    const view = fixtureView("en");
    const verdict = roiVerdict(view);
    const personalised = view.evaluation.cohorts.find((c) => c.cohortId === IDS.personalised);
    if (!personalised || "tooSmall" in personalised || !personalised.roi || !personalised.interval?.roiPct) throw new Error("fixture");
    expect(verdict.headline).toMatchObject({ cohortId: IDS.personalised, returned: personalised.roi.bcr, level: 90 });
    expect(verdict.headline?.low).toBeCloseTo(1 + personalised.interval.roiPct.low / 100, 10);
    // the fixture has no application (L3) data: the verdict says so
    expect(verdict.missingLevels).toContain("l3");
    const g = view.evaluation.personalisedVsStandard?.l2?.value ?? Number.NaN;
    expect(verdict.comparison?.g).toBe(g);
    expect(verdictSentences(verdict, "en", "EUR")[0]).toContain(`(g = ${Math.abs(g).toFixed(2)})`);
  });
});
