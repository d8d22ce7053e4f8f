import { describe, expect, it } from "vitest";
import { MATCH_POINTS, matchScore, type TMatchRules } from "./score";
import type { TMentee, TMentor } from "./types";

const mentor: TMentor = {
  id: "m1",
  personId: "boss",
  department: "sales",
  expertise: [
    { challengeId: "setting-priorities", level: 3 },
    { challengeId: "cannot-delegate", level: 1 },
  ],
  languages: ["nl", "en"],
  industries: ["retail"],
  capacity: 4,
  activeMentees: 1,
  available: true,
};
const mentee: TMentee = {
  id: "anna",
  lineManagerId: "someone-else",
  department: "finance",
  language: "nl",
  industry: "retail",
  topChallenges: [
    { challengeId: "setting-priorities", score: 5 },
    { challengeId: "cannot-delegate", score: 3 },
  ],
};

const part = (score: ReturnType<typeof matchScore>, kind: string) => score.parts.find((p) => p.kind === kind)?.points;

describe("matchScore", () => {
  it("explains each part: expertise weighted by need and level, language, industry, free capacity", () => {
    const s = matchScore(mentor, mentee);
    // needs: 1 and 0.5; covered: 1·3/3 + 0.5·1/3
    expect(part(s, "expertise")).toBeCloseTo((MATCH_POINTS.expertise * (1 + 0.5 / 3)) / 1.5, 12);
    expect(part(s, "language")).toBe(20);
    expect(part(s, "industry")).toBe(15);
    expect(part(s, "capacity")).toBeCloseTo(5 * (3 / 4), 12);
    expect(s.total).toBeCloseTo(s.parts.reduce((a, p) => a + p.points, 0), 12);
    expect(s.parts[0]).toMatchObject({ kind: "expertise", challengeIds: ["setting-priorities", "cannot-delegate"] });
    expect(s.ineligible).toEqual([]);
  });

  it.each<[string, Partial<TMentor>, Partial<TMentee>, TMatchRules, string[]]>([
    ["own line manager", {}, { lineManagerId: "boss" }, {}, ["own-line-manager"]],
    ["the mentee themselves", { personId: "anna" }, {}, {}, ["self"]],
    ["same department when excluded", { department: "finance" }, {}, { excludeSameDepartment: true }, ["same-department"]],
    ["same department when allowed", { department: "finance" }, {}, {}, []],
    ["no common language", { languages: ["fr"] }, {}, {}, ["no-common-language"]],
    ["unavailable and full", { available: false, activeMentees: 4 }, {}, {}, ["unavailable", "at-capacity"]],
    ["an external mentor is never a line manager", { personId: null }, { lineManagerId: null }, {}, []],
  ])("%s", (_label, mentorPatch, menteePatch, rules, reasons) => {
    expect(matchScore({ ...mentor, ...mentorPatch }, { ...mentee, ...menteePatch }, rules).ineligible).toEqual(reasons);
  });

  it("gives half the language points for a shared second language", () => {
    expect(part(matchScore({ ...mentor, languages: ["fr"] }, { ...mentee, otherLanguages: ["fr"] }), "language")).toBe(10);
  });

  it("scores a mentee without top challenges on language, industry and capacity only", () => {
    expect(part(matchScore(mentor, { ...mentee, topChallenges: [] }), "expertise")).toBe(0);
  });
});

