import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DomainError } from "../shared/errors";
import { IPIP_NEO_120_ITEMS, type TBigFiveDomain } from "./ipip-neo-120-items";
import { checkIpipAnswer, ipipNeo120Progress, keyedValue, scoreIpipNeo120, type TIpipAnswer, type TIpipScores } from "./score-ipip-neo-120";

const everyItem = (score: number): TIpipAnswer[] => IPIP_NEO_120_ITEMS.map((item) => ({ id: item.id, score }));
const itemWithText = (en: string) => {
  const item = IPIP_NEO_120_ITEMS.find((candidate) => candidate.text.en === en);
  if (!item) throw new Error(`no item "${en}"`);
  return item;
};
const facetScores = (scores: TIpipScores, domain: TBigFiveDomain) =>
  scores.domains.find((d) => d.domain === domain)?.facets.map((f) => f.score);
const domainScore = (scores: TIpipScores, domain: TBigFiveDomain) => scores.domains.find((d) => d.domain === domain)?.score;

function thrown(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("expected a DomainError");
}

// Hand-computed from the published key: a facet with m minus-keyed items scores 5(4 − m) + m when every
// answer is 5 ("very accurate"), and (4 − m) + 5m when every answer is 1. Minus counts per facet:
// N 0 1 1 1 3 1 · E 2 2 1 1 0 0 · O 0 2 2 3 3 2 · A 1 4 2 4 4 2 · C 0 3 2 2 2 4.
const KEY_TABLE: { answer: number; facets: Record<TBigFiveDomain, number[]>; domains: Record<TBigFiveDomain, number> }[] = [
  {
    answer: 3,
    facets: { N: [12, 12, 12, 12, 12, 12], E: [12, 12, 12, 12, 12, 12], O: [12, 12, 12, 12, 12, 12], A: [12, 12, 12, 12, 12, 12], C: [12, 12, 12, 12, 12, 12] },
    domains: { N: 72, E: 72, O: 72, A: 72, C: 72 },
  },
  {
    answer: 5,
    facets: { N: [20, 16, 16, 16, 8, 16], E: [12, 12, 16, 16, 20, 20], O: [20, 12, 12, 8, 8, 12], A: [16, 4, 12, 4, 4, 12], C: [20, 8, 12, 12, 12, 4] },
    domains: { N: 92, E: 96, O: 72, A: 52, C: 68 },
  },
  {
    answer: 1,
    facets: { N: [4, 8, 8, 8, 16, 8], E: [12, 12, 8, 8, 4, 4], O: [4, 12, 12, 16, 16, 12], A: [8, 20, 12, 20, 20, 12], C: [4, 16, 12, 12, 12, 20] },
    domains: { N: 52, E: 48, O: 72, A: 92, C: 76 },
  },
];

describe("scoreIpipNeo120", () => {
  it.each(KEY_TABLE)("scores everyone answering $answer as the published key says", ({ answer, facets, domains }) => {
    const scores = scoreIpipNeo120(everyItem(answer));
    for (const domain of ["N", "E", "O", "A", "C"] as const) {
      expect(facetScores(scores, domain), domain).toEqual(facets[domain]);
      expect(domainScore(scores, domain), domain).toBe(domains[domain]);
    }
  });

  it("labels the result as raw, not normed, with domains in the order N E O A C and facets 1–6", () => {
    const scores = scoreIpipNeo120(everyItem(3));
    expect(scores.normed).toBe(false);
    expect(scores.domains.map((d) => d.domain)).toEqual(["N", "E", "O", "A", "C"]);
    expect(scores.domains.every((d) => d.facets.map((f) => f.facet).join() === "1,2,3,4,5,6")).toBe(true);
  });

  it.each([
    { text: "Act without thinking", answer: 5, contributes: 1 },
    { text: "Act without thinking", answer: 2, contributes: 4 },
    { text: "Worry about things", answer: 5, contributes: 5 },
    { text: "Worry about things", answer: 2, contributes: 2 },
  ])("counts answer $answer to '$text' as $contributes", ({ text, answer, contributes }) => {
    const item = itemWithText(text);
    expect(keyedValue(item, answer)).toBe(contributes);
    const answers = everyItem(3).map((a) => (a.id === item.id ? { id: a.id, score: answer } : a));
    const facet = scoreIpipNeo120(answers).domains.find((d) => d.domain === item.domain)?.facets[item.facet - 1];
    expect(facet?.score).toBe(9 + contributes);
  });

  it("moves only the item's own facet and domain, up for plus-keyed and down for minus-keyed items", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 119 }), fc.integer({ min: 1, max: 4 }), (index, answer) => {
        const item = IPIP_NEO_120_ITEMS[index];
        if (!item) return;
        const before = scoreIpipNeo120(everyItem(answer));
        const after = scoreIpipNeo120(everyItem(answer).map((a) => (a.id === item.id ? { id: a.id, score: answer + 1 } : a)));
        const step = item.keyed === "plus" ? 1 : -1;
        for (const [d, domain] of after.domains.entries()) {
          const own = domain.domain === item.domain;
          expect(domain.score - (before.domains[d]?.score ?? 0)).toBe(own ? step : 0);
          for (const [f, facet] of domain.facets.entries()) {
            const ownFacet = own && facet.facet === item.facet;
            expect(facet.score - (before.domains[d]?.facets[f]?.score ?? 0)).toBe(ownFacet ? step : 0);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it("keeps facets within 4–20 and domains within 24–120, each domain the sum of its facets", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 120, maxLength: 120 }), (answers) => {
        const scores = scoreIpipNeo120(IPIP_NEO_120_ITEMS.map((item, i) => ({ id: item.id, score: answers[i] ?? 3 })));
        for (const domain of scores.domains) {
          expect(domain.score).toBe(domain.facets.reduce((sum, f) => sum + f.score, 0));
          expect(domain.score).toBeGreaterThanOrEqual(24);
          expect(domain.score).toBeLessThanOrEqual(120);
          for (const facet of domain.facets) expect(facet.score >= 4 && facet.score <= 20).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("does not depend on the order of the answers", () => {
    const reversed = [...everyItem(4)].reverse().map((a, i) => ({ ...a, score: (i % 5) + 1 }));
    expect(scoreIpipNeo120([...reversed].reverse())).toEqual(scoreIpipNeo120(reversed));
  });

  const target = IPIP_NEO_120_ITEMS[7]?.id ?? "";
  it.each([
    { name: "a missing answer", answers: everyItem(3).filter((a) => a.id !== target), problem: "has no answer" },
    { name: "an answer of 0", answers: everyItem(3).map((a) => (a.id === target ? { id: a.id, score: 0 } : a)), problem: "from 1 to 5" },
    { name: "an answer of 6", answers: everyItem(3).map((a) => (a.id === target ? { id: a.id, score: 6 } : a)), problem: "from 1 to 5" },
    { name: "a non-integer answer", answers: everyItem(3).map((a) => (a.id === target ? { id: a.id, score: 2.5 } : a)), problem: "from 1 to 5" },
    { name: "a NaN answer", answers: everyItem(3).map((a) => (a.id === target ? { id: a.id, score: Number.NaN } : a)), problem: "from 1 to 5" },
    { name: "a second answer to the same item", answers: [...everyItem(3), { id: target, score: 4 }], problem: "more than once" },
  ])("rejects $name, naming the item", ({ answers, problem }) => {
    const error = thrown(() => scoreIpipNeo120(answers));
    expect(error.code).toBe("VALIDATION");
    expect(error.field).toBe(target);
    expect(error.message).toContain(target);
    expect(error.message).toContain(problem);
  });

  it("rejects an unknown item, naming it", () => {
    const error = thrown(() => scoreIpipNeo120([...everyItem(3), { id: "no-such-item", score: 3 }]));
    expect(error.field).toBe("no-such-item");
    expect(error.message).toContain("no-such-item");
  });

  it("reports every problem in the error's details", () => {
    const error = thrown(() => scoreIpipNeo120(everyItem(3).slice(0, 118)));
    expect(error.details).toHaveLength(2);
    expect(error.message).toContain("and 1 more problem");
  });
});

describe("checkIpipAnswer", () => {
  it("accepts a valid answer and returns its item", () => {
    expect(checkIpipAnswer({ id: IPIP_NEO_120_ITEMS[0]?.id ?? "", score: 5 }).text.en).toBe("Worry about things");
  });

  it.each([0, 6, 3.5])("rejects %s, naming the item", (score) => {
    const id = IPIP_NEO_120_ITEMS[0]?.id ?? "";
    expect(thrown(() => checkIpipAnswer({ id, score })).field).toBe(id);
  });
});

describe("ipipNeo120Progress", () => {
  it("starts at the first item", () => {
    expect(ipipNeo120Progress([])).toEqual({ answered: 0, total: 120, complete: false, nextItemId: IPIP_NEO_120_ITEMS[0]?.id });
  });

  it("counts valid answers once and points at the first gap", () => {
    const answers = [...everyItem(2).slice(0, 10), { id: IPIP_NEO_120_ITEMS[3]?.id ?? "", score: 4 }, { id: "unknown", score: 3 }];
    const withBad = answers.map((a, i) => (i === 5 ? { ...a, score: 9 } : a));
    expect(ipipNeo120Progress(withBad)).toEqual({ answered: 9, total: 120, complete: false, nextItemId: IPIP_NEO_120_ITEMS[5]?.id });
  });

  it("is complete when every item has a valid answer", () => {
    expect(ipipNeo120Progress(everyItem(1))).toEqual({ answered: 120, total: 120, complete: true, nextItemId: null });
  });
});
