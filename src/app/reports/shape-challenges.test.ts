import { describe, expect, it } from "vitest";
import { MANAGER_CHALLENGES, challengeInFirstPerson } from "../../domain/assessment/index";
import type { TRaterResponse } from "../../domain/feedback360/index";
import { challengesSection, monthsBetween, raterResponses, scanAnswers } from "./shape-challenges";
import type { TStoredAnswers } from "./shape-strengths";

const [FIRST, SECOND] = MANAGER_CHALLENGES as [(typeof MANAGER_CHALLENGES)[number], (typeof MANAGER_CHALLENGES)[number]];
const all = (value: number | null, overrides: Record<string, number | null> = {}): Record<string, number | null> => ({
  ...Object.fromEntries(MANAGER_CHALLENGES.flatMap((c) => c.statements.map((s) => [s.id, value]))),
  ...overrides,
});
const rater = (raterId: string, group: TRaterResponse["group"], answers: Record<string, number | null>, comment?: string): TRaterResponse => ({
  raterId,
  group,
  answers,
  comments: comment ? [{ text: comment }] : [],
});
const base = { locale: "en" as const, thresholds: {}, monthsInRole: 24 };
const feedback = (responses: TRaterResponse[]) => ({ closedAt: new Date("2026-02-01T00:00:00Z"), shuffleSeed: 7, responses });

describe("challengesSection", () => {
  it("builds 'others' from the shown groups when 'all raters' cannot be shown, leaving hidden groups out", () => {
    const section = challengesSection({
      ...base,
      self: { answers: all(2), completedAt: new Date("2026-01-01T00:00:00Z") },
      feedback: feedback([
        rater("lm", "line_manager", all(4)),
        rater("p1", "peer", all(2)),
        rater("p2", "peer", all(2)),
        rater("p3", "peer", all(2)),
        rater("d1", "direct_report", all(5), "hidden remark"),
      ]),
    });
    // peers alone (3) are below "all raters" (4); the line manager never counts in it
    expect(section.feedback?.allRaters).toEqual({ shown: false, minimum: 4 });
    expect(section.othersBasis).toBe("shown-groups");
    expect(section.shownGroups).toEqual(["line_manager", "peer"]);
    expect(section.profile[0]).toMatchObject({ self: 2, others: 3, groups: [{ group: "line_manager", score: 4 }, { group: "peer", score: 2 }] });
    expect(section.feedback?.groups.find((g) => g.group === "direct_report")).toEqual({ group: "direct_report", shown: false, minimum: 3 });
    expect(JSON.stringify(section)).not.toContain("hidden remark");
    expect(section.blindSpots.map((b) => b.challengeId)).toHaveLength(29);
  });

  it("uses only the item means a group shows: an item two of three peers answered stays out", () => {
    const [one, two] = FIRST.statements.map((s) => s.id) as [string, string];
    const section = challengesSection({
      ...base,
      self: null,
      feedback: feedback([
        rater("p1", "peer", all(3, { [one]: 5, [two]: 1 })),
        rater("p2", "peer", all(3, { [one]: 5, [two]: 1 })),
        rater("p3", "peer", all(3, { [one]: null, [two]: 1 })),
      ]),
    });
    // statement one has 2 answers (< 3): suppressed, so the challenge is statement two's mean alone
    expect(section.profile[0]?.groups).toEqual([{ group: "peer", score: 1 }]);
    expect(section.topChallengesBasis).toBe("others");
    expect(section.topChallenges.map((c) => c.challengeId)).not.toContain(FIRST.id);
  });

  it("shows self only, top challenges from the self scan, when there is no closed 360", () => {
    const section = challengesSection({
      ...base,
      monthsInRole: 3,
      self: { answers: all(1, Object.fromEntries(SECOND.statements.map((s) => [s.id, 5]))), completedAt: new Date("2026-01-01T00:00:00Z") },
      feedback: null,
    });
    expect(section.feedback).toBeNull();
    expect(section.othersBasis).toBe("none");
    expect(section.blindSpots).toEqual([]);
    expect(section.topChallengesBasis).toBe("self");
    expect(section.topChallenges).toEqual([{ challengeId: SECOND.id, name: challengeInFirstPerson(SECOND.id, "en"), situation: SECOND.situation, score: 5 }]);
    expect(section.situationFit.bestFit.map((s) => s.situation)).toEqual(["new-in-role"]);
  });

  it("names challenges, groups' comment challenges and situations in the reader's language", () => {
    const statement = FIRST.statements[0]?.id as string;
    const responses = ["p1", "p2", "p3"].map((id) => ({ ...rater(id, "peer", all(3)), comments: [{ itemId: statement, text: `remark ${id}` }] }));
    const section = challengesSection({ ...base, locale: "fr", self: null, feedback: feedback(responses) });
    expect(section.profile[0]?.name).toBe(challengeInFirstPerson(FIRST.id, "fr"));
    const peers = section.feedback?.groups.find((g) => g.group === "peer");
    expect(peers?.shown && peers.comments.map((c) => c.challengeName)).toEqual([challengeInFirstPerson(FIRST.id, "fr"), challengeInFirstPerson(FIRST.id, "fr"), challengeInFirstPerson(FIRST.id, "fr")]);
  });
});

describe("stored data", () => {
  it("keeps known statements with answers 1-5 and turns anything else into 'can't judge'", () => {
    const statement = FIRST.statements[0]?.id as string;
    expect(scanAnswers({ [statement]: 7, unknown: 3 } as TStoredAnswers)).toEqual({ [statement]: null });
    expect(scanAnswers({ [statement]: 4 })).toEqual({ [statement]: 4 });
  });

  it("drops self rows and unknown groups from rater responses, and comments on unknown items lose the item", () => {
    const rows = [
      { raterId: "a", group: "peer", answers: {}, comments: [{ itemId: "nope", text: "x" }, { text: 3 }] },
      { raterId: "b", group: "self", answers: {}, comments: [] },
      { raterId: "c", group: "boss", answers: {}, comments: [] },
    ];
    expect(raterResponses(rows, (v) => v as TStoredAnswers)).toEqual([{ raterId: "a", group: "peer", answers: {}, comments: [{ text: "x" }] }]);
  });
});

describe("monthsBetween", () => {
  it.each([
    [null, "2026-03-01", null],
    ["2025-09-10", "2026-03-01", 5],
    ["2025-09-01", "2026-03-01", 6],
    ["2026-03-01", "2026-03-01", 0],
    ["2027-01-01", "2026-03-01", 0],
    ["garbage", "2026-03-01", null],
  ])("from %s to %s is %s", (start, now, months) => {
    expect(monthsBetween(start, new Date(`${now}T12:00:00Z`))).toBe(months);
  });
  it("writes challenges in the first person and says when a newcomer's situation does not match 92 months in the role", () => {
    const newcomer = MANAGER_CHALLENGES.filter((c) => c.situation === "new-in-role").flatMap((c) => c.statements.map((st) => [st.id, 5] as const));
    const section = challengesSection({ ...base, monthsInRole: 92, self: { answers: all(1, Object.fromEntries(newcomer)), completedAt: new Date("2026-01-01T00:00:00Z") }, feedback: null });
    expect(section.profile.find((row) => row.challengeId === "setting-priorities")?.name).toBe("I find it hard to set priorities");
    expect(section.profile.every((row) => row.name.startsWith("I "))).toBe(true);
    expect(section.situationFit.bestFit.map((s) => s.situation)).toEqual(["new-in-role"]);
    expect(section.situationFit.tenure).toBe("newcomer-challenges-despite-tenure");
  });
});
