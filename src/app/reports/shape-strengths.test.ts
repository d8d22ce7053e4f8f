import { describe, expect, it } from "vitest";
import { BIG_FIVE_DOMAINS, FACET_NUMBERS, IPIP_NEO_120_ITEMS, TALENT_ADVICE, ipipNorm, scoreIpipNeo120, talentAt } from "../../domain/assessment/index";
import { ipipAnswers } from "./reports.test-helpers";
import { ipipAnswerList, storedAnswers, strengthsSection } from "./shape-strengths";

const completedAt = new Date("2026-01-15T10:00:00Z");

describe("strengthsSection", () => {
  it("norms every facet and domain against the working-age reference and puts the most distinctive talents first", () => {
    const section = strengthsSection(ipipAnswers({ C6: 5, E3: 1, N1: 4 }), completedAt, "nl");
    expect(section?.scoreKind).toBe("normed");
    expect(section?.norm.reference).toBe("working-age");
    expect(section?.norm.source).toMatch(/Johnson \(2014\)/);
    // E3 raw 4: mean (14.58+14.95+14.25+14.51)/4 = 14.5725, sd 3.5325 → z −2.993 → 0.1 %, T 20.1
    // A2 raw 12: mean 17.0925, sd 2.7075 → z −1.881 → 3.0 %, T 31.2
    expect(section?.topTalents.slice(0, 2).map((top) => [top.domain, top.facet, top.pole, top.facetScore, top.percentile, top.t])).toEqual([
      ["E", 3, "low", 4, 0.1, 20.1],
      ["A", 2, "low", 12, 3, 31.2],
    ]);
    expect(section?.topTalents[0]?.talents).toEqual([
      { id: talentAt("E", 3, "low").id, name: talentAt("E", 3, "low").name.nl, description: talentAt("E", 3, "low").description.nl },
    ]);
    expect(section?.topTalents[0]?.advice?.narrative).toBe(TALENT_ADVICE["supportive-team-player"]?.narrative.nl);
    expect(section?.topTalents[0]?.advice?.actions.length).toBeGreaterThanOrEqual(2);
    expect(section?.domains.map((d) => [d.domain, d.score])).toEqual([["N", 76], ["E", 64], ["O", 72], ["A", 72], ["C", 80]]);
    // C6 raw 20: mean 13.8075, sd 3.9625 → z 1.563 → 94.1 %, T 65.6
    expect(section?.domains[4]?.facets[5]).toMatchObject({ facet: 6, score: 20, pole: "high", percentile: 94.1, t: 65.6, isTalent: true });
  });

  it("frames neuroticism as emotional stability: the workplace percentile is reversed, the scientific name kept", () => {
    const n = strengthsSection(ipipAnswers({ C6: 5, E3: 1, N1: 4 }), completedAt, "en")?.domains[0];
    // N raw 76: mean 67.65, sd 16.195 → z 0.516 → 69.7 % on the neuroticism scale
    expect(n).toMatchObject({ domain: "N", name: "Emotional stability", scientificName: "Neuroticism", reversed: true, percentile: 69.7, workplacePercentile: 30.3, t: 55.2, workplaceT: 44.8 });
  });

  it("lists all 30 facets ranked, and only clearly non-average ones (≤ 25 or ≥ 75) as talents", () => {
    const section = strengthsSection(ipipAnswers({ C6: 5, E3: 1, N1: 4 }), completedAt, "en");
    expect(section?.ranked).toHaveLength(30);
    expect(section?.talentPercentile).toBe(25);
    for (const facet of section?.ranked ?? []) expect(facet.isTalent).toBe(facet.percentile <= 25 || facet.percentile >= 75);
    expect(section?.topTalents.every((top) => top.percentile <= 25 || top.percentile >= 75)).toBe(true);
  });

  it("shows fewer than five top talents when fewer facets stand out", () => {
    const average = Object.fromEntries(
      BIG_FIVE_DOMAINS.flatMap((d) => FACET_NUMBERS.map((f) => [`${d}${f}`, Math.round(ipipNorm().facets[`${d}${f}`].mean / 4)])),
    );
    const section = strengthsSection(ipipAnswers({ ...average, E3: 1 }), completedAt, "en");
    expect(section?.topTalents.length).toBeLessThan(5);
    expect(section?.topTalents[0]).toMatchObject({ domain: "E", facet: 3 });
  });

  it("adds the organisation's own percentile from 30 completed profiles, not before", () => {
    const me = ipipAnswers({ C6: 5, E3: 1, N1: 4 });
    const others = (n: number) => Array.from({ length: n }, (_, i) => scoreIpipNeo120(ipipAnswerList(ipipAnswers({ E3: 1 + (i % 5) }))));
    const below = strengthsSection(me, completedAt, "en", { population: others(29) });
    expect(below?.organisation).toEqual({ profiles: 29, minimum: 30, shown: false });
    expect(below?.topTalents[0]?.organisationPercentile).toBeNull();
    const enough = strengthsSection(me, completedAt, "en", { population: others(30) });
    expect(enough?.organisation.shown).toBe(true);
    // E3 of the 30: six each at 4, 8, 12, 16, 20; mine is 4 → 0 below + 6 ties / 2 → 3 / 30 = 10 %
    expect(enough?.topTalents[0]?.organisationPercentile).toBe(10);
  });

  it("links each top talent to the menu modules that build on it and the top challenges they address", () => {
    const section = strengthsSection(ipipAnswers({ C6: 5, E3: 1, N1: 4 }), completedAt, "en", {
      topChallenges: [
        { challengeId: "cannot-delegate", name: "I find it hard to delegate" },
        { challengeId: "setting-priorities", name: "I find it hard to set priorities" },
      ],
      menu: [
        { moduleId: "m1", title: "Delegating well", buildsOn: ["supportive-team-player"], challengeIds: ["cannot-delegate", "play-the-hero"] },
        { moduleId: "m2", title: "Priorities", buildsOn: ["natural-leader"], challengeIds: ["setting-priorities"] },
      ],
    });
    expect(section?.topTalents[0]).toMatchObject({
      talents: [expect.objectContaining({ id: "supportive-team-player" })],
      modules: [{ moduleId: "m1", title: "Delegating well" }],
      challenges: [{ challengeId: "cannot-delegate", name: "I find it hard to delegate" }],
    });
    expect(section?.topTalents[1]).toMatchObject({ modules: [], challenges: [] });
  });

  it("is null for a record that cannot be scored (an item unanswered)", () => {
    const answers: Record<string, number | null> = ipipAnswers({});
    answers[IPIP_NEO_120_ITEMS[3]?.id as string] = null;
    expect(strengthsSection(answers, completedAt, "en")).toBeNull();
  });
});

describe("storedAnswers", () => {
  it("reads a map or a list of {id, score}; anything else is empty", () => {
    expect(storedAnswers({ a: 1, b: null, c: "x" })).toEqual({ a: 1, b: null, c: null });
    expect(storedAnswers([{ id: "a", score: 2 }, { id: 3 }, null])).toEqual({ a: 2 });
    expect(storedAnswers("nonsense")).toEqual({});
  });
});
