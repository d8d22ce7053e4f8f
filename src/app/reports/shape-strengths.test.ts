import { describe, expect, it } from "vitest";
import { IPIP_NEO_120_ITEMS, talentAt } from "../../domain/assessment/index";
import { ipipAnswers } from "./reports.test-helpers";
import { storedAnswers, strengthsSection } from "./shape-strengths";

const completedAt = new Date("2026-01-15T10:00:00Z");

describe("strengthsSection", () => {
  it("puts the five most distinctive talents first, then every domain and facet as raw sums", () => {
    const section = strengthsSection(ipipAnswers({ C6: 5, E3: 1, N1: 4 }), completedAt, "nl");
    expect(section?.scoreKind).toBe("raw");
    expect(section?.topTalents.slice(0, 3).map((top) => [top.domain, top.facet, top.pole, top.facetScore])).toEqual([
      ["E", 3, "low", 4],
      ["C", 6, "high", 20],
      ["N", 1, "high", 16],
    ]);
    expect(section?.topTalents[1]?.talents).toEqual([
      { id: talentAt("C", 6, "high").id, name: talentAt("C", 6, "high").name.nl, description: talentAt("C", 6, "high").description.nl },
    ]);
    // a facet on the midpoint is balanced: both of its talents are available
    expect(section?.topTalents[3]?.pole).toBe("balanced");
    expect(section?.topTalents[3]?.talents).toHaveLength(2);
    expect(section?.domains.map((d) => [d.domain, d.score])).toEqual([["N", 76], ["E", 64], ["O", 72], ["A", 72], ["C", 80]]);
    expect(section?.domains[4]?.facets[5]).toMatchObject({ facet: 6, score: 20, pole: "high" });
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
