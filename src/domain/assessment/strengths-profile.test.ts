import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DomainError } from "../shared/errors";
import { BIG_FIVE_DOMAINS, FACET_NUMBERS, type TBigFiveDomain, type TFacetNumber } from "./ipip-neo-120-items";
import type { TIpipScores } from "./score-ipip-neo-120";
import { strengthsProfile, type TFacetKey, type TFacetNorm, type TNorms } from "./strengths-profile";

function scoresWith(overrides: Partial<Record<TFacetKey, number>>, base = 12): TIpipScores {
  return {
    instrument: "ipip-neo-120",
    normed: false,
    domains: BIG_FIVE_DOMAINS.map((domain) => {
      const facets = FACET_NUMBERS.map((facet) => ({ facet, score: overrides[`${domain}${facet}`] ?? base }));
      return { domain, score: facets.reduce((s, f) => s + f.score, 0), facets };
    }),
  };
}

function normsWith(overrides: Partial<Record<TFacetKey, TFacetNorm>>): TNorms {
  const facets = Object.fromEntries(
    BIG_FIVE_DOMAINS.flatMap((d) => FACET_NUMBERS.map((f) => [`${d}${f}`, overrides[`${d}${f}` as TFacetKey] ?? { mean: 12, sd: 2 }])),
  ) as Record<TFacetKey, TFacetNorm>;
  return { source: "test norm table", facets };
}

const key = (s: { domain: TBigFiveDomain; facet: TFacetNumber }) => `${s.domain}${s.facet}`;

describe("strengthsProfile", () => {
  it("opens with the five facets furthest from the midpoint 12, each as the talent of the pole it leans to", () => {
    const profile = strengthsProfile(scoresWith({ C6: 19, E3: 5, A1: 17, O5: 8, N1: 14, C1: 13 }));
    expect(profile.topFive.map(key)).toEqual(["E3", "C6", "A1", "O5", "N1"]);
    expect(profile.topFive.map((s) => s.distance)).toEqual([-7, 7, 5, -4, 2]);
    expect(profile.topFive[1]?.talents.map((t) => t.name.en)).toEqual(["Careful decision-maker"]);
    expect(profile.topFive[0]?.pole).toBe("low");
    expect(profile.topFive[0]?.talents.map((t) => t.id)).toEqual(["supportive-team-player"]);
  });

  it("then gives all 30 facets, the top five first", () => {
    const profile = strengthsProfile(scoresWith({ C6: 4 }));
    expect(profile.ranked).toHaveLength(30);
    expect(profile.ranked.slice(0, 5)).toEqual(profile.topFive);
  });

  it("breaks ties in the administration order N E O A C, facets 1–6", () => {
    const profile = strengthsProfile(scoresWith({ C2: 16, N4: 8, E1: 16, A6: 8 }));
    expect(profile.topFive.slice(0, 4).map(key)).toEqual(["N4", "E1", "A6", "C2"]);
  });

  it("offers both talents of a facet that sits exactly on the midpoint", () => {
    const profile = strengthsProfile(scoresWith({}));
    expect(profile.ranked.every((s) => s.pole === "balanced" && s.talents.length === 2)).toBe(true);
    expect(profile.ranked.map(key).slice(0, 3)).toEqual(["N1", "N2", "N3"]);
  });

  it("labels a profile without norms as raw points", () => {
    expect(strengthsProfile(scoresWith({}))).toMatchObject({ normed: false, normSource: null, unit: "raw-points" });
  });

  it("measures distance in SD units from the norm mean when a norm table is given", () => {
    const norms = normsWith({ E3: { mean: 14, sd: 3 }, C6: { mean: 10, sd: 4 }, A1: { mean: 12, sd: 1 } });
    const profile = strengthsProfile(scoresWith({ E3: 8, C6: 18, A1: 14 }), norms);
    expect(profile).toMatchObject({ normed: true, normSource: "test norm table", unit: "sd" });
    // In raw points C6 (+6) would lead; in SD units the three tie at 2 and keep the administration order.
    expect(profile.topFive.slice(0, 3).map((s) => [key(s), s.distance])).toEqual([
      ["E3", -2],
      ["A1", 2],
      ["C6", 2],
    ]);
  });

  it("can turn a facet's pole around when the norm mean is not the midpoint", () => {
    const profile = strengthsProfile(scoresWith({ N1: 13 }), normsWith({ N1: { mean: 15, sd: 2 } }));
    const n1 = profile.ranked.find((s) => key(s) === "N1");
    expect(n1).toMatchObject({ pole: "low", distance: -1 });
    expect(n1?.talents[0]?.id).toBe("calm-and-composed");
  });

  it.each([
    { name: "a zero SD", norm: { mean: 12, sd: 0 } },
    { name: "a negative SD", norm: { mean: 12, sd: -1 } },
    { name: "a missing mean", norm: { mean: Number.NaN, sd: 2 } },
  ])("rejects a norm table with $name", ({ norm }) => {
    expect(() => strengthsProfile(scoresWith({}), normsWith({ O2: norm }))).toThrow(DomainError);
  });

  it.each([3, 21, Number.NaN])("rejects a facet score of %s", (score) => {
    expect(() => strengthsProfile(scoresWith({ A4: score }))).toThrow(/A4/);
  });

  it("rejects scores that lack a facet", () => {
    const scores = scoresWith({});
    const partial = { domains: scores.domains.map((d) => (d.domain === "O" ? { ...d, facets: d.facets.slice(0, 5) } : d)) };
    expect(() => strengthsProfile(partial)).toThrow(/O6/);
  });

  it("always ranks every facet once, most distinctive first, each with a talent of the pole it leans to", () => {
    const facetScore = fc.integer({ min: 4, max: 20 });
    fc.assert(
      fc.property(fc.array(facetScore, { minLength: 30, maxLength: 30 }), (values) => {
        const overrides = Object.fromEntries(
          BIG_FIVE_DOMAINS.flatMap((d, di) => FACET_NUMBERS.map((f) => [`${d}${f}`, values[di * 6 + f - 1] ?? 12])),
        );
        const profile = strengthsProfile(scoresWith(overrides));
        expect(new Set(profile.ranked.map(key)).size).toBe(30);
        for (let i = 1; i < profile.ranked.length; i++) {
          expect(Math.abs(profile.ranked[i - 1]?.distance ?? 0)).toBeGreaterThanOrEqual(Math.abs(profile.ranked[i]?.distance ?? 0));
        }
        for (const strength of profile.ranked) {
          expect(strength.distance).toBe(strength.facetScore - 12);
          expect(strength.talents.length).toBeGreaterThan(0);
          if (strength.pole !== "balanced") expect(strength.talents.map((t) => t.pole)).toEqual([strength.pole]);
        }
      }),
      { numRuns: 200 },
    );
  });
});
