import { describe, expect, it } from "vitest";
import { DomainError } from "../shared/errors";
import { BIG_FIVE_DOMAINS, FACET_NUMBERS } from "./ipip-neo-120-items";
import { ipipNorm, normalCdf, normedScore, normIpipScores, ownPercentile, type TAgeBand } from "./norms";
import type { TIpipScores } from "./score-ipip-neo-120";
import { strengthsProfile } from "./strengths-profile";

describe("normalCdf (Φ)", () => {
  it.each([
    [0, 0.5],
    [1, 0.841345],
    [-1, 0.158655],
    [1.96, 0.975002],
    [-2.326348, 0.01],
    [0.674490, 0.75],
    [3, 0.998650],
  ])("Φ(%s) = %s", (z, expected) => {
    expect(normalCdf(z)).toBeCloseTo(expected, 5);
  });
});

// The expected numbers below were worked out by hand from norms/ipip-neo-120.json:
// working-age = simple average of the means and of the SDs of M 21-40, M 41-60, F 21-40, F 41-60.
describe("scores against the norms file", () => {
  it("neuroticism raw 60, working age: mean (66.97+64.11+72.14+67.38)/4 = 67.65, sd (16.48+16.04+16.16+16.10)/4 = 16.195", () => {
    const norm = ipipNorm();
    expect(norm.domains.N.mean).toBeCloseTo(67.65, 6);
    expect(norm.domains.N.sd).toBeCloseTo(16.195, 6);
    // z = (60 − 67.65) / 16.195 = −0.4724; Φ(z) = 0.3184; T = 45.28
    expect(normedScore(60, norm.domains.N)).toMatchObject({ percentile: 31.8, t: 45.3 });
  });

  it("facet C6 (cautiousness) raw 17, working age: mean 13.8075, sd 3.9625 → percentile 79.0, T 58.1", () => {
    const norm = ipipNorm();
    expect(norm.facets.C6).toEqual({ mean: expect.closeTo(13.8075, 6), sd: expect.closeTo(3.9625, 6) });
    expect(normedScore(17, norm.facets.C6)).toMatchObject({ percentile: 79, t: 58.1 });
  });

  it("facet E3 (assertiveness) raw 9, working age: mean 14.5725, sd 3.5325 → percentile 5.7, T 34.2", () => {
    expect(normedScore(9, ipipNorm().facets.E3)).toMatchObject({ percentile: 5.7, t: 34.2 });
  });

  it("an age band switches to that band's M/F average: agreeableness raw 100 at 41–60 → mean 92.03, sd 10.80 → 77.0, T 57.4", () => {
    const norm = ipipNorm("41-60");
    expect(norm.reference).toBe("41-60");
    expect(norm.domains.A.mean).toBeCloseTo(92.03, 6);
    expect(norm.domains.A.sd).toBeCloseTo(10.8, 6);
    expect(normedScore(100, norm.domains.A)).toMatchObject({ percentile: 77, t: 57.4 });
  });

  it("over 60: facet O1 raw 16 → mean (14.06+13.15)/2, sd (3.13+3.71)/2 → percentile 75.8, T 57.0", () => {
    expect(normedScore(16, ipipNorm("over-60").facets.O1)).toMatchObject({ percentile: 75.8, t: 57 });
  });

  it("gives a percentile and T to every domain and facet", () => {
    const scores: TIpipScores = {
      instrument: "ipip-neo-120",
      normed: false,
      domains: BIG_FIVE_DOMAINS.map((domain) => ({ domain, score: 72, facets: FACET_NUMBERS.map((facet) => ({ facet, score: 12 })) })),
    };
    const normed = normIpipScores(scores, ipipNorm());
    expect(normed).toHaveLength(5);
    for (const domain of normed) {
      expect(domain.percentile).toBeGreaterThan(0);
      expect(domain.percentile).toBeLessThan(100);
      expect(domain.facets).toHaveLength(6);
      for (const facet of domain.facets) expect(Number.isFinite(facet.t)).toBe(true);
    }
    const { percentile, t } = normedScore(12, ipipNorm().facets.N1);
    expect(normed.find((d) => d.domain === "N")?.facets[0]).toEqual({ facet: 1, score: 12, percentile, t });
  });

  it("rejects an unknown age band", () => {
    expect(() => ipipNorm("30-35" as TAgeBand)).toThrow(DomainError);
  });
});

describe("normed talents", () => {
  const scoresWith = (overrides: Record<string, number>): TIpipScores => ({
    instrument: "ipip-neo-120",
    normed: false,
    domains: BIG_FIVE_DOMAINS.map((domain) => {
      const facets = FACET_NUMBERS.map((facet) => ({ facet, score: overrides[`${domain}${facet}`] ?? Math.round(ipipNorm().facets[`${domain}${facet}`].mean) }));
      return { domain, score: facets.reduce((s, f) => s + f.score, 0), facets };
    }),
  });

  it("only a clearly non-average facet (percentile ≤ 25 or ≥ 75) is a talent, and the top holds no others", () => {
    // C6 17 → 79.0 (talent), E3 9 → 5.7 (talent, low pole), everything else at its rounded mean (between 25 and 75)
    const profile = strengthsProfile(scoresWith({ C6: 17, E3: 9 }), ipipNorm());
    expect(profile.topFive.map((s) => [`${s.domain}${s.facet}`, s.pole, s.percentile])).toEqual([
      ["E3", "low", 5.7],
      ["C6", "high", 79],
    ]);
    expect(profile.ranked).toHaveLength(30);
    expect(profile.ranked.filter((s) => s.isTalent)).toHaveLength(2);
    expect(profile.ranked.find((s) => s.domain === "C" && s.facet === 6)?.t).toBe(58.1);
  });
});

describe("ownPercentile", () => {
  it("is null below the minimum number of profiles", () => {
    expect(ownPercentile(10, Array.from({ length: 29 }, () => 10), 30)).toBeNull();
  });

  it("counts those below plus half the ties", () => {
    const population = Array.from({ length: 40 }, (_, i) => i); // 0..39
    expect(ownPercentile(10, population, 30)).toBe(26.3); // (10 + 0.5) / 40
  });
});
