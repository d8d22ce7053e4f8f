import { describe, expect, it } from "vitest";
import { seededRandom } from "../shared/random";
import { checkReactionAllowed, mentorFeedbackView, validateClosureFeedback, validateReaction, type TMentorFeedback } from "./surveys";
import { caught } from "./test-helpers";

describe("reaction survey (Kirkpatrick level 1)", () => {
  it("takes three answers from 1 to 5 and an optional comment", () => {
    expect(validateReaction({ satisfaction: 5, relevance: 4, intentToApply: 1, comment: "  Very practical  " })).toEqual({ satisfaction: 5, relevance: 4, intentToApply: 1, comment: "Very practical" });
    expect(validateReaction({ satisfaction: 3, relevance: 3, intentToApply: 3 }).comment).toBeNull();
    expect(validateReaction({ satisfaction: 3, relevance: 3, intentToApply: 3, comment: "   " }).comment).toBeNull();
  });

  it.each([
    [null, "answers"],
    [{ relevance: 4, intentToApply: 4 }, "satisfaction"],
    [{ satisfaction: 0, relevance: 4, intentToApply: 4 }, "satisfaction"],
    [{ satisfaction: 6, relevance: 4, intentToApply: 4 }, "satisfaction"],
    [{ satisfaction: 4, relevance: 2.5, intentToApply: 4 }, "relevance"],
    [{ satisfaction: 4, relevance: 4, intentToApply: "5" }, "intentToApply"],
    [{ satisfaction: 4, relevance: 4, intentToApply: 4, comment: 12 }, "comment"],
    [{ satisfaction: 4, relevance: 4, intentToApply: 4, comment: "x".repeat(1001) }, "comment"],
    [{ satisfaction: 4, relevance: 4, intentToApply: 4, userId: "u-1" }, "userId"],
  ])("rejects %j naming %s", (answers, field) => {
    expect(caught(() => validateReaction(answers))).toMatchObject({ code: "VALIDATION", field });
  });

  it("opens once the session was held or the module done, and takes one answer", () => {
    expect(() => checkReactionAllowed({ subjectDone: true, alreadyAnswered: false })).not.toThrow();
    expect(caught(() => checkReactionAllowed({ subjectDone: false, alreadyAnswered: false })).code).toBe("CONFLICT");
    expect(caught(() => checkReactionAllowed({ subjectDone: true, alreadyAnswered: true })).code).toBe("CONFLICT");
  });
});

describe("closure feedback to the mentor, aggregated over at least 3 mentees", () => {
  let clock = Date.UTC(2026, 0, 1);
  const answer = (menteeUserId: string, overall: number, comment: string | null = null, at?: string): TMentorFeedback => ({
    menteeUserId,
    submittedAt: at ? new Date(at) : new Date((clock += 86_400_000)),
    answers: { overall, goalProgress: overall, wouldRecommend: 5, comment },
  });

  it("validates like the reaction survey", () => {
    expect(validateClosureFeedback({ overall: 4, goalProgress: 3, wouldRecommend: 5 })).toEqual({ overall: 4, goalProgress: 3, wouldRecommend: 5, comment: null });
    expect(caught(() => validateClosureFeedback({ overall: 4, goalProgress: 3 })).field).toBe("wouldRecommend");
  });

  it.each([
    [[], "no feedback"],
    [[answer("a", 1, "Terrible")], "one mentee"],
    [[answer("a", 1, "Terrible"), answer("b", 5)], "two mentees"],
    [[answer("a", 1), answer("a", 2), answer("b", 5), answer("b", 4)], "four answers from two mentees"],
  ])("hides everything for %j (%s): no count, no score, no comment", (feedback) => {
    expect(mentorFeedbackView(feedback, seededRandom(1))).toEqual({ shown: false, minimum: 3 });
  });

  it("shows means over three mentees, one voice each (their first feedback), and the comments without authors", () => {
    const view = mentorFeedbackView(
      [answer("a", 1, "Too few sessions", "2026-02-01T00:00:00Z"), answer("a", 5, "Second time better", "2026-09-01T00:00:00Z"), answer("b", 4, "Very helpful"), answer("c", 5, " ")],
      seededRandom(7),
    );
    expect(view).toMatchObject({ shown: true, menteeCount: 3, means: { overall: 3.3, goalProgress: 3.3, wouldRecommend: 5 } });
    if (!view.shown) throw new Error("expected a shown view");
    expect([...view.comments].sort()).toEqual(["Too few sessions", "Very helpful"]);
    expect(JSON.stringify(view)).not.toMatch(/"a"|"b"|"c"|menteeUserId|submittedAt|2026/);
  });

  it("grows in whole batches, so two views never differ by one or two mentees", () => {
    const feedback = ["a", "b", "c", "d", "e", "f", "g"].map((m, i) => answer(m, 1 + (i % 5), `comment ${m}`, `2026-0${i + 1}-15T00:00:00Z`));
    const seen = [3, 4, 5, 6, 7].map((n) => mentorFeedbackView(feedback.slice(0, n), seededRandom(3)));
    expect(seen.map((v) => (v.shown ? v.menteeCount : 0))).toEqual([3, 3, 3, 6, 6]);
    expect(seen[1]).toEqual(seen[0]);
    expect(seen[2]).toEqual(seen[0]);
    // the 4th and 5th mentees' answers appear only together with the 6th
    expect(seen[2]?.shown && seen[2].comments.includes("comment d")).toBe(false);
    expect(seen[3]?.shown && seen[3].comments.includes("comment d")).toBe(true);
  });

  it("lets an organisation raise the minimum but not lower it", () => {
    const three = [answer("a", 4), answer("b", 4), answer("c", 4)];
    expect(mentorFeedbackView(three, seededRandom(1), 4)).toEqual({ shown: false, minimum: 4 });
    expect(mentorFeedbackView(three, seededRandom(1), 1).shown).toBe(true);
  });

  it("orders comments by the seeded shuffle alone, not by arrival or input order", () => {
    const comments = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot"];
    const feedback = comments.map((c, i) => answer(`m${i}`, 4, c));
    const view = (list: TMentorFeedback[], seed: number) => {
      const v = mentorFeedbackView(list, seededRandom(seed));
      return v.shown ? v.comments : [];
    };
    expect(view(feedback, 42)).toEqual(view([...feedback].reverse(), 42));
    expect([...view(feedback, 42)].sort()).toEqual(comments);
    expect(new Set([1, 2, 3, 4, 5, 6, 7, 8].map((seed) => view(feedback, seed).join("|"))).size).toBeGreaterThan(1);
  });
});
