import { describe, expect, it } from "vitest";
import { cronbachAlpha, RELIABILITY_MIN_RESPONDENTS, scaleReliability } from "./reliability";

// Worked by hand (sample variances, n − 1 = 3):
//   item 1: 2 4 3 5 → mean 3.5,  SS 5     → var 5/3
//   item 2: 3 4 5 4 → mean 4,    SS 2     → var 2/3
//   item 3: 3 5 4 5 → mean 4.25, SS 2.75  → var 2.75/3          Σ var(items) = 9.75/3
//   totals: 8 13 12 14 → mean 11.75, SS 20.75 → var 20.75/3
//   α = 3/2 · (1 − 9.75/20.75) = 1.5 · 11/20.75 = 66/83 ≈ 0.7952
const HAND_WORKED = [
  [2, 3, 3],
  [4, 4, 5],
  [3, 5, 4],
  [5, 4, 5],
];

describe("cronbachAlpha", () => {
  it("matches the hand-worked example: 66/83", () => {
    expect(cronbachAlpha(HAND_WORKED)).toBeCloseTo(66 / 83, 12);
  });

  it("is 1 for two identical items and 0 for two uncorrelated ones", () => {
    expect(cronbachAlpha([[1, 1], [2, 2], [3, 3], [5, 5]])).toBeCloseTo(1, 12);
    // item 1: 1 1 5 5, item 2: 1 5 1 5 → covariance 0 → var(total) = Σ var(items) → α = 0
    expect(cronbachAlpha([[1, 1], [1, 5], [5, 1], [5, 5]])).toBeCloseTo(0, 12);
  });

  it("goes negative when items disagree (a minus-keyed item left unreversed)", () => {
    // item vars 2.5 and 2.5, totals 5 7 5 7 6 → var 1 → α = 2 · (1 − 5/1) = −8
    expect(cronbachAlpha([[1, 4], [2, 5], [4, 1], [5, 2], [3, 3]])).toBeCloseTo(-8, 12);
  });

  it.each([
    ["everyone gives the same totals", [[3, 3], [3, 3], [3, 3]]],
    ["a single respondent", [[1, 2, 3]]],
    ["a single item", [[1], [2], [3]]],
    ["no respondents", []],
    ["rows of unequal length", [[1, 2], [1, 2, 3]]],
    ["a non-finite value", [[1, Number.NaN], [2, 3], [3, 4]]],
  ])("is null, never NaN, when %s", (_label, rows) => {
    expect(cronbachAlpha(rows)).toBeNull();
  });
});

describe("scaleReliability", () => {
  const repeat = (rows: number[][], times: number) => Array.from({ length: times }, (_, i) => rows[i % rows.length] as number[]);

  it("reports α only from 30 complete respondents on", () => {
    expect(RELIABILITY_MIN_RESPONDENTS).toBe(30);
    const rows = repeat(HAND_WORKED, 29);
    expect(scaleReliability(rows)).toEqual({ respondents: 29, alpha: null, status: "not-enough-data" });
    const enough = scaleReliability(repeat(HAND_WORKED, 32));
    expect(enough.status).toBe("ok");
    expect(enough.respondents).toBe(32);
    // 8 copies of the 4 rows: the same means; variances scale alike, so α equals the 4-row α · (same ratio)
    expect(enough.alpha).toBeCloseTo(66 / 83, 12);
  });

  it("leaves out respondents with a missing answer and counts only the complete ones", () => {
    const rows: (number | null)[][] = [...repeat(HAND_WORKED, 30), [1, null, 2], [null, null, null]];
    expect(scaleReliability(rows)).toMatchObject({ respondents: 30, status: "ok" });
    expect(scaleReliability(rows.slice(1))).toMatchObject({ respondents: 29, alpha: null, status: "not-enough-data" });
  });

  it("says 'no variance' instead of NaN when 30 people answer identically", () => {
    expect(scaleReliability(repeat([[4, 4, 4]], 30))).toEqual({ respondents: 30, alpha: null, status: "no-variance" });
  });
});
