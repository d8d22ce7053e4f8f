import { describe, expect, it } from "vitest";
import { seededRandom, type TRandom } from "../shared/random";
import { assignMentors } from "./assign";
import { matchScore } from "./score";
import type { TMentee, TMentor } from "./types";

const CHALLENGES = ["setting-priorities", "cannot-delegate", "afraid-of-conflict", "strategic-thinking", "develop-empathy"];
const LANGS = ["nl", "fr", "en"] as const;

function randomPool(random: TRandom, mentorCount: number, menteeCount: number) {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)] as T;
  const mentors: TMentor[] = Array.from({ length: mentorCount }, (_, i) => ({
    id: `m${i}`,
    personId: `boss${i}`,
    department: pick(["a", "b"]),
    expertise: CHALLENGES.filter(() => random() < 0.4).map((challengeId) => ({ challengeId, level: pick([1, 2, 3] as const) })),
    languages: LANGS.filter(() => random() < 0.6).concat(random() < 0.5 ? ["nl"] : ["fr"]).filter((l, k, all) => all.indexOf(l) === k),
    industries: [pick(["retail", "care", "it"])],
    capacity: 1 + Math.floor(random() * 2),
    activeMentees: random() < 0.2 ? 1 : 0,
    available: random() < 0.9,
  }));
  const mentees: TMentee[] = Array.from({ length: menteeCount }, (_, i) => ({
    id: `p${i}`,
    lineManagerId: `boss${Math.floor(random() * mentorCount)}`,
    department: pick(["a", "b"]),
    language: pick(LANGS),
    industry: pick(["retail", "care", "it"]),
    topChallenges: CHALLENGES.filter(() => random() < 0.5).map((challengeId) => ({ challengeId, score: 3 + Math.floor(random() * 3) })),
  }));
  return { mentors, mentees };
}

/** Every assignment of mentees to an eligible mentor or nobody, within capacities: the lexicographic best (count, score). */
function bruteForce(mentors: readonly TMentor[], mentees: readonly TMentee[], excludeSameDepartment: boolean) {
  let best = { matched: 0, score: 0 };
  const free = mentors.map((m) => m.capacity - m.activeMentees);
  const walk = (i: number, matched: number, score: number) => {
    if (i === mentees.length) {
      if (matched > best.matched || (matched === best.matched && score > best.score + 1e-9)) best = { matched, score };
      return;
    }
    walk(i + 1, matched, score);
    mentors.forEach((mentor, j) => {
      const s = matchScore(mentor, mentees[i] as TMentee, { excludeSameDepartment });
      if (s.ineligible.length > 0 || (free[j] ?? 0) < 1) return;
      free[j] = (free[j] ?? 0) - 1;
      walk(i + 1, matched + 1, score + s.total);
      free[j] = (free[j] ?? 0) + 1;
    });
  };
  walk(0, 0, 0);
  return best;
}

describe("assignMentors", () => {
  const random = seededRandom(7);
  const pools = Array.from({ length: 20 }, (_, i) => [i, randomPool(random, 2 + (i % 3), 3 + (i % 4)), i % 2 === 0] as const);

  it.each(pools)("pool %d: as many matched as possible, then the highest total score; rules and capacities hold", (_i, pool, excludeSameDepartment) => {
    const result = assignMentors(pool.mentors, pool.mentees, { excludeSameDepartment });
    const best = bruteForce(pool.mentors, pool.mentees, excludeSameDepartment);
    expect(result.matched).toBe(best.matched);
    expect(result.totalScore).toBeCloseTo(best.score, 9);
    const load = new Map<string, number>();
    for (const match of result.matches) {
      if (!match.assigned) continue;
      expect(match.assigned.ineligible).toEqual([]);
      const mentee = pool.mentees.find((m) => m.id === match.menteeId);
      const mentor = pool.mentors.find((m) => m.id === match.assigned?.mentorId);
      expect(mentor?.personId).not.toBe(mentee?.lineManagerId);
      if (excludeSameDepartment) expect(mentor?.department).not.toBe(mentee?.department);
      load.set(match.assigned.mentorId, (load.get(match.assigned.mentorId) ?? 0) + 1);
    }
    for (const mentor of pool.mentors) {
      expect(load.get(mentor.id) ?? 0).toBeLessThanOrEqual(mentor.capacity - mentor.activeMentees);
      expect(result.placesLeft[mentor.id]).toBe(Math.max(0, mentor.capacity - mentor.activeMentees) - (load.get(mentor.id) ?? 0));
    }
  });

  const mentor = (id: string, patch: Partial<TMentor> = {}): TMentor => ({
    id,
    personId: null,
    department: null,
    expertise: [{ challengeId: "setting-priorities", level: 3 }],
    languages: ["nl"],
    industries: [],
    capacity: 1,
    activeMentees: 0,
    available: true,
    ...patch,
  });
  const mentee = (id: string, patch: Partial<TMentee> = {}): TMentee => ({
    id,
    lineManagerId: null,
    department: null,
    language: "nl",
    industry: null,
    topChallenges: [{ challengeId: "setting-priorities", score: 5 }],
    ...patch,
  });

  it("gives each mentee their top three, best first, ties by id, never an ineligible mentor", () => {
    const result = assignMentors(
      [mentor("c"), mentor("a"), mentor("b"), mentor("d", { expertise: [] }), mentor("boss", { personId: "boss" })],
      [mentee("x", { lineManagerId: "boss" })],
    );
    expect(result.matches[0]?.topThree.map((s) => s.mentorId)).toEqual(["a", "b", "c"]);
    expect(result.matches[0]?.assigned?.mentorId).toBe("a");
    expect(result.matches[0]?.excluded).toEqual({ "own-line-manager": 1 });
  });

  it("says why a mentee stays unmatched: nobody eligible, or eligible mentors full", () => {
    const result = assignMentors([mentor("a")], [mentee("x"), mentee("y"), mentee("z", { language: "fr" })]);
    const byId = Object.fromEntries(result.matches.map((m) => [m.menteeId, m.unmatchedReason]));
    expect(byId).toEqual({ x: null, y: "mentors-full", z: "no-eligible-mentor" });
    expect(assignMentors([mentor("a", { activeMentees: 1 })], [mentee("x")]).matches[0]?.unmatchedReason).toBe("no-eligible-mentor");
  });

  it("coverage first moves a mentee to a second choice so that another is matched at all; score-only does not", () => {
    const strong = mentor("strong", { languages: ["nl", "fr"] });
    const weak = mentor("weak", { expertise: [] });
    const onlyStrong = mentee("b", { language: "en", otherLanguages: ["fr"], topChallenges: [] });
    const pool = [mentee("a"), onlyStrong];
    const coverage = assignMentors([strong, weak], pool);
    expect(coverage.matches.map((m) => m.assigned?.mentorId ?? null)).toEqual(["weak", "strong"]);
    const scoreOnly = assignMentors([strong, weak], pool, { objective: "score" });
    expect(scoreOnly.matches.map((m) => m.assigned?.mentorId ?? null)).toEqual(["strong", null]);
    expect(scoreOnly.totalScore).toBeGreaterThan(coverage.totalScore);
  });

  it("is deterministic whatever the input order", () => {
    const pool = randomPool(seededRandom(3), 4, 8);
    expect(assignMentors([...pool.mentors].reverse(), [...pool.mentees].reverse())).toEqual(assignMentors(pool.mentors, pool.mentees));
  });

  it("rejects duplicate ids and bad capacities", () => {
    expect(() => assignMentors([mentor("a"), mentor("a")], [])).toThrow(expect.objectContaining({ field: "mentors" }));
    expect(() => assignMentors([mentor("a", { capacity: -1 })], [])).toThrow(expect.objectContaining({ field: "mentors[0].capacity" }));
  });
});
