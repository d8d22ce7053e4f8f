import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DomainError } from "../shared/errors";
import { MANAGER_CHALLENGES } from "./manager-challenges";
import {
  averageChallengeMeans,
  challengeMeans,
  compareChallengeMeans,
  compareChallengeScan,
  statementMeansToChallengeMeans,
  type TChallengeMeans,
  type TScanAnswer,
} from "./score-challenge-scan";

const ALL_STATEMENTS = MANAGER_CHALLENGES.flatMap((c) => c.statements.map((s) => s.id));
const everyStatement = (score: number | null): TScanAnswer[] => ALL_STATEMENTS.map((id) => ({ id, score }));
const withAnswers = (base: TScanAnswer[], changes: Record<string, number | null>) =>
  base.map((a) => (a.id in changes ? { id: a.id, score: changes[a.id] ?? null } : a));

describe("challengeMeans", () => {
  it("scores each challenge as the mean of its answered statements", () => {
    const means = challengeMeans(withAnswers(everyStatement(1), { "cannot-delegate-1": 4, "cannot-delegate-2": 5 }));
    expect(means["cannot-delegate"]).toBe(4.5);
    expect(means["play-the-hero"]).toBe(1);
    expect(Object.keys(means)).toHaveLength(29);
  });

  it("leaves can't judge out of the mean, and scores null when nothing was answered", () => {
    const means = challengeMeans(
      withAnswers(everyStatement(2), { "cannot-delegate-1": null, "cannot-delegate-2": 5, "play-the-hero-1": null, "play-the-hero-2": null }),
    );
    expect(means["cannot-delegate"]).toBe(5);
    expect(means["play-the-hero"]).toBeNull();
  });

  it("scores null for challenges with no answer at all", () => {
    expect(challengeMeans([{ id: "develop-empathy-1", score: 3 }])).toMatchObject({ "develop-empathy": 3, "lead-on-trust": null });
  });

  it.each([
    { name: "an unknown statement", answer: { id: "no-such-statement", score: 3 } },
    { name: "a score of 0", answer: { id: "play-the-hero-1", score: 0 } },
    { name: "a score of 6", answer: { id: "play-the-hero-1", score: 6 } },
    { name: "a fractional score", answer: { id: "play-the-hero-1", score: 2.5 } },
  ])("rejects $name, naming the statement", ({ answer }) => {
    expect(() => challengeMeans([answer])).toThrow(new RegExp(answer.id));
    try {
      challengeMeans([answer]);
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).field).toBe(answer.id);
    }
  });

  it("rejects a statement answered twice", () => {
    expect(() => challengeMeans([{ id: "play-the-hero-1", score: 3 }, { id: "play-the-hero-1", score: null }])).toThrow(/more than once/);
  });
});

describe("compareChallengeScan (raw answers)", () => {
  const self = withAnswers(everyStatement(2), { "cannot-delegate-1": 2, "cannot-delegate-2": 3, "play-the-hero-1": 5, "play-the-hero-2": 5 });
  const rater = (group: string, score: number, changes: Record<string, number | null> = {}) => ({
    raterGroup: group,
    answers: withAnswers(everyStatement(score), changes),
  });

  it("flags a blind spot when others score a challenge at least 1 point above self", () => {
    const result = compareChallengeScan({ self, others: [rater("peers", 2, { "cannot-delegate-1": 4, "cannot-delegate-2": 3 })] });
    const delegate = result.challenges.find((c) => c.challengeId === "cannot-delegate");
    expect(delegate).toMatchObject({ self: 2.5, others: 3.5, gap: 1, blindSpot: true, hiddenStrength: false });
    expect(result.blindSpots).toEqual(["cannot-delegate"]);
  });

  it("does not flag a gap under 1 point", () => {
    const result = compareChallengeScan({ self, others: [rater("peers", 2, { "cannot-delegate-1": 3, "cannot-delegate-2": 3 })] });
    expect(result.challenges.find((c) => c.challengeId === "cannot-delegate")?.gap).toBe(0.5);
    expect(result.blindSpots).toEqual([]);
  });

  it("flags a hidden strength when self scores a challenge at least 1 point above others", () => {
    const result = compareChallengeScan({ self, others: [rater("direct-reports", 2, { "play-the-hero-1": 4, "play-the-hero-2": 3 })] });
    expect(result.hiddenStrengths).toEqual(["play-the-hero"]);
    expect(result.challenges.find((c) => c.challengeId === "play-the-hero")).toMatchObject({ gap: -1.5, hiddenStrength: true });
  });

  it("counts a gap of 1 as a blind spot even when floating point makes it 0.9999999999999996", () => {
    expect(4.1 - 3.1).toBeLessThan(1);
    const result = compareChallengeMeans({ self: { "cannot-delegate": 3.1 }, groups: [], others: { "cannot-delegate": 4.1 } });
    expect(result.blindSpots).toEqual(["cannot-delegate"]);
  });

  it("scores each rater group and all others, one rater one weight", () => {
    const result = compareChallengeScan({
      self,
      others: [rater("peers", 1), rater("peers", 2), rater("peers", 3), rater("line-manager", 5)],
    });
    const priorities = result.challenges.find((c) => c.challengeId === "setting-priorities");
    expect(priorities?.groups).toEqual([
      { raterGroup: "peers", score: 2 },
      { raterGroup: "line-manager", score: 5 },
    ]);
    expect(priorities?.others).toBe(2.75);
  });

  it("has no others' score, gap or flags without raters", () => {
    const result = compareChallengeScan({ self, others: [] });
    expect(result.challenges.every((c) => c.others === null && c.gap === null && !c.blindSpot && !c.hiddenStrength)).toBe(true);
  });

  it("orders blind spots by the size of the gap, largest first", () => {
    const result = compareChallengeScan({
      self: everyStatement(1),
      others: [rater("peers", 1, { "play-the-hero-1": 3, "play-the-hero-2": 3, "lead-on-trust-1": 5, "lead-on-trust-2": 5 })],
    });
    expect(result.blindSpots).toEqual(["lead-on-trust", "play-the-hero"]);
  });
});

describe("compareChallengeMeans (pre-aggregated)", () => {
  it("takes the visible groups and the total as given, without recomputing the total from the groups", () => {
    const result = compareChallengeMeans({
      self: { "afraid-of-conflict": 1.5 },
      groups: [{ raterGroup: "line-manager", means: { "afraid-of-conflict": 4 } }],
      others: { "afraid-of-conflict": 3 },
    });
    const conflict = result.challenges.find((c) => c.challengeId === "afraid-of-conflict");
    expect(conflict).toMatchObject({ self: 1.5, others: 3, gap: 1.5, blindSpot: true, groups: [{ raterGroup: "line-manager", score: 4 }] });
  });

  it("accepts a report without a self assessment", () => {
    const result = compareChallengeMeans({ self: null, groups: [], others: { "afraid-of-conflict": 3 } });
    expect(result.challenges.find((c) => c.challengeId === "afraid-of-conflict")).toMatchObject({ self: null, gap: null });
  });

  it.each([
    { name: "a mean above 5", means: { "afraid-of-conflict": 5.5 } },
    { name: "a mean below 1", means: { "afraid-of-conflict": 0.5 } },
    { name: "an unknown challenge", means: { "not-a-challenge": 3 } },
  ])("rejects $name", ({ means }) => {
    expect(() => compareChallengeMeans({ self: null, groups: [], others: means })).toThrow(DomainError);
  });

  it("mirrors: swapping self and others swaps blind spots and hidden strengths", () => {
    const mean = fc.option(fc.double({ min: 1, max: 5, noNaN: true }), { nil: null });
    const means = fc.array(mean, { minLength: 29, maxLength: 29 }).map(
      (values): TChallengeMeans => Object.fromEntries(MANAGER_CHALLENGES.map((c, i) => [c.id, values[i] ?? null])),
    );
    fc.assert(
      fc.property(means, means, (a, b) => {
        const forward = compareChallengeMeans({ self: a, groups: [], others: b });
        const backward = compareChallengeMeans({ self: b, groups: [], others: a });
        expect([...backward.hiddenStrengths].sort()).toEqual([...forward.blindSpots].sort());
        expect([...backward.blindSpots].sort()).toEqual([...forward.hiddenStrengths].sort());
        for (const c of forward.challenges) expect(c.blindSpot && c.hiddenStrength).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe("statementMeansToChallengeMeans and averageChallengeMeans", () => {
  it("turns aggregated statement means into challenge means", () => {
    const means = statementMeansToChallengeMeans({ "cannot-delegate-1": 3.5, "cannot-delegate-2": 4.5, "play-the-hero-1": null });
    expect(means).toMatchObject({ "cannot-delegate": 4, "play-the-hero": null });
  });

  it("rejects unknown statements and impossible means", () => {
    expect(() => statementMeansToChallengeMeans({ nope: 3 })).toThrow(/nope/);
    expect(() => statementMeansToChallengeMeans({ "play-the-hero-1": 7 })).toThrow(DomainError);
  });

  it("averages respondents, leaving out those who could not judge", () => {
    const means = averageChallengeMeans([{ "lead-on-trust": 2 }, { "lead-on-trust": null }, { "lead-on-trust": 5 }]);
    expect(means["lead-on-trust"]).toBe(3.5);
    expect(means["develop-empathy"]).toBeNull();
  });
});
