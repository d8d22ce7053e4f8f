import { describe, expect, it } from "vitest";
import { scaleDomain, thesisRows } from "./thesis-data";
import { evaluationView } from "./test-fixtures";

describe("thesisRows", () => {
  it("puts the personalised and the standard cohort side by side: ROI with its interval, effect per level", () => {
    const rows = thesisRows(evaluationView().evaluation);
    expect(rows?.map((r) => r.key)).toEqual(["roi", "l2", "l3"]);
    const roi = rows?.[0];
    expect(roi?.personalised?.value).toBeCloseTo(126.744, 2);
    expect(roi?.personalised?.low).toBeLessThan(roi?.personalised?.value ?? 0);
    expect(roi?.standard?.value).toBeLessThan(0);
    expect(rows?.[1]?.personalised?.value).toBeGreaterThan(rows?.[1]?.standard?.value ?? Infinity);
    // no 360 data in the fixture: level 3 is missing, not zero
    expect(rows?.[2]).toEqual({ key: "l3", personalised: null, standard: null });
  });

  it("is null without both a personalised and a standard cohort", () => {
    const evaluation = evaluationView().evaluation;
    expect(thesisRows({ ...evaluation, cohorts: evaluation.cohorts.filter((c) => c.kind !== "standard") })).toBeNull();
  });
});

describe("scaleDomain", () => {
  it("covers every bound and zero, padded", () => {
    const [min, max] = scaleDomain([{ value: 50, low: 20, high: 120 }, { value: -10, low: -30, high: 5 }]);
    expect(min).toBeLessThan(-30);
    expect(max).toBeGreaterThan(120);
  });

  it("never has zero width, even without points", () => {
    const [min, max] = scaleDomain([null, null]);
    expect(max - min).toBeGreaterThan(0);
  });
});
