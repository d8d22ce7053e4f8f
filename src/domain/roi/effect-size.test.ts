import { describe, expect, it } from "vitest";
import { hedgesG, pairedChange, trendProjection } from "./effect-size";

describe("Hedges' g", () => {
  it("matches a hand computation: means 5 and 3, both SD √2.5, n 5 + 5", () => {
    const g = hedgesG([3, 4, 5, 6, 7], [1, 2, 3, 4, 5]);
    const d = 2 / Math.sqrt(2.5);
    const expected = (1 - 3 / 31) * d;
    expect(g?.value).toBeCloseTo(expected, 10);
    const se = Math.sqrt(10 / 25 + (expected * expected) / 20);
    expect(g?.low).toBeCloseTo(expected - 1.6448536269514722 * se, 10);
    expect(g?.high).toBeCloseTo(expected + 1.6448536269514722 * se, 10);
    expect(g?.n).toBe(10);
  });

  it("is antisymmetric and widens its interval at a higher level", () => {
    const a = [2, 4, 4, 5, 7, 9];
    const b = [1, 3, 3, 4, 4];
    expect(hedgesG(a, b)?.value).toBeCloseTo(-(hedgesG(b, a)?.value ?? 0), 12);
    const g90 = hedgesG(a, b, 0.9);
    const g99 = hedgesG(a, b, 0.99);
    expect((g99?.high ?? 0) - (g99?.low ?? 0)).toBeGreaterThan((g90?.high ?? 0) - (g90?.low ?? 0));
  });

  it("is null, never NaN, for groups under two or without spread", () => {
    expect(hedgesG([1], [1, 2, 3])).toBeNull();
    expect(hedgesG([2, 2, 2], [2, 2])).toBeNull();
    expect(hedgesG([], [])).toBeNull();
  });

  it("refuses an unsupported level and non-finite values, naming the field", () => {
    expect(() => hedgesG([1, 2], [3, 4], 0.5)).toThrow(/level/);
    expect(() => hedgesG([1, Number.NaN], [3, 4])).toThrow(/a\[1\]/);
  });
});

describe("paired change (d_z)", () => {
  it("divides the mean change by the spread of the changes", () => {
    const before = [2, 3, 3, 4];
    const after = [3, 5, 4, 5]; // changes 1, 2, 1, 1: mean 1.25, sd 0.5
    const r = pairedChange(before, after);
    expect(r?.value).toBeCloseTo(1.25 / 0.5, 10);
    expect(r?.n).toBe(4);
    expect(r?.low).toBeLessThan(r?.value ?? 0);
  });

  it("is null for one pair or identical changes, and refuses unequal lengths", () => {
    expect(pairedChange([1], [2])).toBeNull();
    expect(pairedChange([1, 2, 3], [2, 3, 4])).toBeNull();
    expect(() => pairedChange([1, 2], [1])).toThrow(/after/);
  });
});

describe("trend-line projection", () => {
  it("credits only what goes beyond the pre-programme trend", () => {
    // absenteeism falling by 0.5 a month before the programme: 10, 9.5, 9, 8.5 at months 1–4
    const before = [1, 2, 3, 4].map((t) => ({ t, value: 10.5 - 0.5 * t }));
    const r = trendProjection(before, 10, 4, "lower_is_better");
    expect(r?.slope).toBeCloseTo(-0.5, 12);
    expect(r?.projected).toBeCloseTo(5.5, 12);
    expect(r?.effect).toBeCloseTo(1.5, 12);
  });

  it("gives no credit (a negative effect) when the result is worse than the trend", () => {
    const before = [{ t: 0, value: 100 }, { t: 6, value: 106 }];
    expect(trendProjection(before, 12, 110, "higher_is_better")?.effect).toBeCloseTo(-2, 12);
  });

  it("is null with fewer than two distinct moments and names bad fields", () => {
    expect(trendProjection([{ t: 1, value: 3 }, { t: 1, value: 4 }], 5, 2, "higher_is_better")).toBeNull();
    expect(() => trendProjection([{ t: 1, value: Number.POSITIVE_INFINITY }], 5, 2, "higher_is_better")).toThrow(/before\[0\]\.value/);
  });
});
