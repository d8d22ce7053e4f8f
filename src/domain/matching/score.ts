import { invalid } from "../shared/errors";
import type { TIneligibleReason, TMatchPart, TMatchScore, TMentee, TMentor } from "./types";

/** Points of each part of the match score (they add up to 100). */
export const MATCH_POINTS = { expertise: 60, language: 20, industry: 15, capacity: 5 } as const;
/** A shared language that is not the mentee's first one earns this share of the language points. */
export const SECOND_LANGUAGE_SHARE = 0.5;

export type TMatchRules = { excludeSameDepartment?: boolean };

/** Validates a mentor's numbers; a DomainError names the field. */
export function checkMentor(mentor: TMentor, field = "mentor"): void {
  if (!Number.isInteger(mentor.capacity) || mentor.capacity < 0) throw invalid(`${field}.capacity`, "capacity must be a whole number of 0 or more");
  if (!Number.isInteger(mentor.activeMentees) || mentor.activeMentees < 0) throw invalid(`${field}.activeMentees`, "activeMentees must be a whole number of 0 or more");
  if (mentor.languages.length === 0) throw invalid(`${field}.languages`, "a mentor speaks at least one language");
}

/**
 * The explained score of a mentor for a mentee (0–100):
 * expertise 60 × (Σ over the mentee's top challenges of need × level/3) / Σ need, where need = (score − 1) / 4;
 * language 20 for the mentee's own language, 10 for one of their other languages; industry 15 when it is the same;
 * capacity 5 × the share of the mentor's places still free. Rules that exclude the pair are listed in `ineligible`.
 */
export function matchScore(mentor: TMentor, mentee: TMentee, rules: TMatchRules = {}): TMatchScore {
  const levels = new Map(mentor.expertise.map((e) => [e.challengeId, e.level]));
  let needSum = 0;
  let covered = 0;
  const matched: string[] = [];
  for (const c of mentee.topChallenges) {
    const need = Math.max(0, (c.score - 1) / 4);
    needSum += need;
    const level = levels.get(c.challengeId);
    if (level !== undefined) {
      covered += (need * level) / 3;
      matched.push(c.challengeId);
    }
  }
  const expertise = needSum > 0 ? (MATCH_POINTS.expertise * covered) / needSum : 0;
  const language = mentor.languages.includes(mentee.language)
    ? mentee.language
    : ((mentee.otherLanguages ?? []).find((l) => mentor.languages.includes(l)) ?? null);
  const languagePoints = language === null ? 0 : language === mentee.language ? MATCH_POINTS.language : MATCH_POINTS.language * SECOND_LANGUAGE_SHARE;
  const sameIndustry = mentee.industry !== null && mentor.industries.includes(mentee.industry);
  const free = Math.max(0, mentor.capacity - mentor.activeMentees);
  const capacityPoints = mentor.capacity > 0 ? (MATCH_POINTS.capacity * free) / mentor.capacity : 0;
  const parts: TMatchPart[] = [
    { kind: "expertise", points: expertise, max: MATCH_POINTS.expertise, challengeIds: matched },
    { kind: "language", points: languagePoints, max: MATCH_POINTS.language, language },
    { kind: "industry", points: sameIndustry ? MATCH_POINTS.industry : 0, max: MATCH_POINTS.industry, industry: sameIndustry ? mentee.industry : null },
    { kind: "capacity", points: capacityPoints, max: MATCH_POINTS.capacity, free, capacity: mentor.capacity },
  ];
  const ineligible: TIneligibleReason[] = [];
  if (mentor.personId !== null && mentor.personId === mentee.id) ineligible.push("self");
  if (mentor.personId !== null && mentor.personId === mentee.lineManagerId) ineligible.push("own-line-manager");
  if (rules.excludeSameDepartment && mentor.department !== null && mentor.department === mentee.department) ineligible.push("same-department");
  if (language === null) ineligible.push("no-common-language");
  if (!mentor.available) ineligible.push("unavailable");
  if (free === 0) ineligible.push("at-capacity");
  const total = parts.reduce((s, p) => s + p.points, 0);
  return { mentorId: mentor.id, menteeId: mentee.id, total, parts, ineligible };
}
