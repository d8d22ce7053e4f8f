import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { steppedByPeople } from "../shared/stepped-aggregate";
import { reactionOverview, type TReactionAnswer } from "./reaction-overview";

const answerArb = fc.record({ person: fc.nat(12), at: fc.nat(10_000), satisfaction: fc.integer({ min: 1, max: 5 }), relevance: fc.integer({ min: 1, max: 5 }), intentToApply: fc.integer({ min: 1, max: 5 }) });
const historyArb = fc.array(answerArb, { maxLength: 40 }).map((rows) =>
  rows.map((r, i): TReactionAnswer => ({ id: `r${String(i).padStart(3, "0")}`, personId: `p${r.person}`, at: r.at, satisfaction: r.satisfaction, relevance: r.relevance, intentToApply: r.intentToApply })),
);

describe("reactionOverview", () => {
  it("shows nothing below one step of 3 people, then the means of the published answers", () => {
    const a = (id: string, personId: string, at: number, s: number): TReactionAnswer => ({ id, personId, at, satisfaction: s, relevance: s, intentToApply: s });
    const two = [a("1", "an", 1, 5), a("2", "bo", 2, 4)];
    expect(reactionOverview(two)).toEqual({ count: 0, satisfaction: null, relevance: null, intentToApply: null });
    // one person answering three sessions is not a step
    expect(reactionOverview([a("1", "an", 1, 5), a("2", "an", 2, 4), a("3", "an", 3, 1)]).count).toBe(0);
    expect(reactionOverview([...two, a("3", "cy", 3, 3), a("4", "di", 4, 1)])).toEqual({ count: 3, satisfaction: 4, relevance: 4, intentToApply: 4 });
    expect(reactionOverview([...two, a("3", "cy", 3, 3)], 4).count).toBe(0);
  });

  it("steppedByPeople cuts only where ≥ step different people answered since the last cut", () => {
    const c = (id: string, personId: string, at: number) => ({ id, personId, at, value: id });
    const history = [c("1", "an", 1), c("2", "an", 2), c("3", "bo", 3), c("4", "an", 4), c("5", "cy", 5), c("6", "di", 6)];
    expect(steppedByPeople(history, 3).map((x) => x.id)).toEqual(["1", "2", "3", "4", "5"]);
    expect(steppedByPeople([...history].reverse(), 2).map((x) => x.id)).toEqual(["1", "2", "3", "4", "5"]);
    expect(() => steppedByPeople(history, 0)).toThrow(/step/);
  });
});

describe("differencing the reaction overview (property, TESTING.md item 19)", () => {
  const attack = (before: ReturnType<typeof reactionOverview>, after: ReturnType<typeof reactionOverview>) =>
    after.count === before.count + 1 && after.satisfaction !== null ? (after.satisfaction * after.count - (before.satisfaction ?? 0) * before.count) : null;

  it("one more answer leaves the figures as they were, or moves them by the answers of ≥ 3 people", () => {
    fc.assert(
      fc.property(historyArb, answerArb, (history, extra) => {
        const next: TReactionAnswer = { id: "z-new", personId: `p${extra.person}`, at: 20_000, satisfaction: extra.satisfaction, relevance: extra.relevance, intentToApply: extra.intentToApply };
        const before = reactionOverview(history);
        const after = reactionOverview([...history, next]);
        if (JSON.stringify(before) === JSON.stringify(after)) return;
        const people = (list: readonly TReactionAnswer[]) => new Set(steppedByPeople(list.map((a) => ({ ...a, value: a })), 3).map((c) => c.id));
        const published = people([...history, next]);
        const earlier = people(history);
        const added = [...history, next].filter((a) => published.has(a.id) && !earlier.has(a.id));
        expect(new Set(added.map((a) => a.personId)).size).toBeGreaterThanOrEqual(3);
        // and the subtraction never isolates the newcomer's answer
        expect(attack(before, after)).toBeNull();
      }),
      { numRuns: 3_000 },
    );
  });

  it("the same attack gives the newcomer's answer back when the figures are live (the test can fail)", () => {
    const live = (list: readonly TReactionAnswer[]) => {
      const mean = list.reduce((s, a) => s + a.satisfaction, 0) / list.length;
      return { count: list.length, satisfaction: mean, relevance: null, intentToApply: null };
    };
    const history: TReactionAnswer[] = [1, 2, 3, 4, 5].map((i) => ({ id: `r${i}`, personId: `p${i}`, at: i, satisfaction: (i % 5) + 1, relevance: 3, intentToApply: 3 }));
    const next: TReactionAnswer = { id: "r6", personId: "p6", at: 6, satisfaction: 2, relevance: 3, intentToApply: 3 };
    expect(attack(live(history), live([...history, next]))).toBeCloseTo(2);
  });
});
