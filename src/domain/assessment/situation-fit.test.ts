import { describe, expect, it } from "vitest";
import { DomainError } from "../shared/errors";
import type { TSituation } from "./challenge-types";
import { MANAGER_CHALLENGES } from "./manager-challenges";
import type { TChallengeMeans } from "./score-challenge-scan";
import { situationFit, topChallenges } from "./situation-fit";

// Every challenge of a situation gets the same score: the situation's score is then that value.
function bySituation(scores: Partial<Record<TSituation, number | null>>): TChallengeMeans {
  return Object.fromEntries(MANAGER_CHALLENGES.map((c) => [c.id, scores[c.situation] ?? null]));
}

describe("situationFit", () => {
  it.each([
    { rule: "the highest situation fits", scores: { "new-in-role": 2, "hard-time": 4, "can-do-more": 3 }, months: 36, bestFit: ["hard-time"] },
    { rule: "situations within 0.25 of the best fit too", scores: { "new-in-role": 2, "hard-time": 3.5, "can-do-more": 3.25 }, months: 36, bestFit: ["hard-time", "can-do-more"] },
    { rule: "0.5 behind does not fit", scores: { "new-in-role": 2, "hard-time": 3.5, "can-do-more": 3 }, months: 36, bestFit: ["hard-time"] },
    { rule: "under 12 months in the role adds 0.5 to new in the role", scores: { "new-in-role": 3, "hard-time": 3.4, "can-do-more": 2 }, months: 6, bestFit: ["new-in-role", "hard-time"] },
    { rule: "the boost can make new in the role the only fit", scores: { "new-in-role": 3.2, "hard-time": 3.4, "can-do-more": 2 }, months: 11, bestFit: ["new-in-role"] },
    { rule: "12 months or more gets no boost", scores: { "new-in-role": 3, "hard-time": 3.4, "can-do-more": 2 }, months: 12, bestFit: ["hard-time"] },
    { rule: "unknown months get no boost", scores: { "new-in-role": 3, "hard-time": 3.4, "can-do-more": 2 }, months: null, bestFit: ["hard-time"] },
    { rule: "a situation without scores is left out", scores: { "new-in-role": null, "hard-time": 1.5, "can-do-more": null }, months: 3, bestFit: ["hard-time"] },
    { rule: "with no scores at all, under 12 months is new in the role", scores: {}, months: 3, bestFit: ["new-in-role"] },
    { rule: "with no scores at all and 12 months or more, nothing fits", scores: {}, months: 40, bestFit: [] },
  ])("$rule", ({ scores, months, bestFit }) => {
    expect(situationFit(bySituation(scores), months).bestFit).toEqual(bestFit);
  });

  it("reports each situation's mean, its adjusted score and how many challenges were scored", () => {
    const means = { ...bySituation({ "hard-time": 2 }), "play-the-hero": 4, "lack-self-confidence": 3 };
    const fit = situationFit(means, 2);
    expect(fit.situations).toEqual([
      { situation: "new-in-role", score: 3.5, adjusted: 4, scoredChallenges: 2 },
      { situation: "hard-time", score: 2, adjusted: 2, scoredChallenges: 11 },
      { situation: "can-do-more", score: null, adjusted: null, scoredChallenges: 0 },
    ]);
  });

  it("never lifts a score above 5", () => {
    expect(situationFit(bySituation({ "new-in-role": 4.8 }), 1).situations[0]?.adjusted).toBe(5);
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])("rejects %s months in the role", (months) => {
    expect(() => situationFit(bySituation({}), months)).toThrow(DomainError);
  });
});

describe("topChallenges", () => {
  const means: TChallengeMeans = { "cannot-delegate": 4.5, "play-the-hero": 3, "lead-on-trust": 4.5, "develop-empathy": 2.9, "self-awareness": 5 };

  it("lists challenges scored 3 or more, highest first, ties in the seed's order", () => {
    expect(topChallenges(means).map((t) => [t.challengeId, t.score])).toEqual([
      ["self-awareness", 5],
      ["cannot-delegate", 4.5],
      ["lead-on-trust", 4.5],
      ["play-the-hero", 3],
    ]);
  });

  it("keeps to the limit and a chosen minimum", () => {
    expect(topChallenges(means, { limit: 2 }).map((t) => t.challengeId)).toEqual(["self-awareness", "cannot-delegate"]);
    expect(topChallenges(means, { minScore: 2.5 }).map((t) => t.challengeId)).toContain("develop-empathy");
  });

  it("names each challenge's situation", () => {
    expect(topChallenges(means)[0]).toEqual({ challengeId: "self-awareness", situation: "hard-time", score: 5 });
  });
});

describe("the suggested situation and the months in the role", () => {
  const newcomerChallenges = Object.fromEntries(MANAGER_CHALLENGES.map((c) => [c.id, c.situation === "new-in-role" ? 4.5 : 1.5]));
  const hardTimeChallenges = Object.fromEntries(MANAGER_CHALLENGES.map((c) => [c.id, c.situation === "hard-time" ? 4.8 : 1.2]));

  it("says when a newcomer's challenges come from someone 92 months in the role (the issue's report)", () => {
    const fit = situationFit(newcomerChallenges, 92);
    expect(fit.bestFit).toEqual(["new-in-role"]);
    expect(fit.tenure).toBe("newcomer-challenges-despite-tenure");
  });

  it("agrees when a newcomer's challenges come from someone 5 months in the role", () => {
    expect(situationFit(newcomerChallenges, 5).tenure).toBe("agrees");
  });

  it("says when someone new in the role has another situation's challenges", () => {
    const fit = situationFit(hardTimeChallenges, 3);
    expect(fit.bestFit).toEqual(["hard-time"]);
    expect(fit.tenure).toBe("new-but-other-challenges");
  });

  it("cannot judge without a start date in the role", () => {
    expect(situationFit(newcomerChallenges, null).tenure).toBe("unknown-tenure");
  });
});
