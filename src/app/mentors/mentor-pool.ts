// What every mentor use case reads: the organisation's mentors (accounts with the mentor role, with their profile
// or defaults, and their current load) as domain TMentor values, and people as domain TMentee values.
// No actor checks here: the calling use case decides who may see what.
import type { TMatchPart, TMatchScore, TMentorProfile } from "../../contracts/mentors";
import { listActiveMentorships, listMentorRows, type TMentorRow } from "../../db/mentors-repo";
import { findOrganisationById } from "../../db/organisations-repo";
import { findChallenge, topChallenges } from "../../domain/assessment/index";
import type { TExpertiseLevel, TMatchScore as TDomainScore, TMentee, TMentor } from "../../domain/matching/index";
import { isLocale, type TLocale } from "../../domain/shared/locale";
import type { TAppContext } from "../shared/context";
import type { TPlanningPerson } from "../plans/planning-data";

/** A mentor as loaded: the domain's view plus what is shown about them. */
export type TPoolMentor = {
  mentor: TMentor;
  name: string;
  email: string;
  hasProfile: boolean;
  bio: string;
  updatedAt: Date | null;
};

export const DEFAULT_MENTOR_CAPACITY = 3;

export const challengeName = (id: string, locale: TLocale) => findChallenge(id)?.wording[locale] ?? id;

function expertiseOf(value: unknown): { challengeId: string; level: TExpertiseLevel }[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((e: unknown) => {
    if (typeof e !== "object" || e === null) return [];
    const { challengeId, level } = e as { challengeId?: unknown; level?: unknown };
    return typeof challengeId === "string" && (level === 1 || level === 2 || level === 3) ? [{ challengeId, level }] : [];
  });
}
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []);

/** The organisation's mentors; `departmentOf` gives the department of a linked person. */
export async function loadMentors(
  ctx: Pick<TAppContext, "db">,
  organisationId: string,
  departmentOf: (personId: string) => string | null,
  userId?: string,
): Promise<TPoolMentor[]> {
  const [rows, active, organisation] = await Promise.all([
    listMentorRows(ctx.db, organisationId, userId),
    listActiveMentorships(ctx.db, organisationId),
    findOrganisationById(ctx.db, organisationId),
  ]);
  const load = new Map<string, number>();
  for (const m of active) load.set(m.mentorUserId, (load.get(m.mentorUserId) ?? 0) + 1);
  const fallbackLocale: TLocale = isLocale(organisation?.defaultLocale) ? organisation.defaultLocale : "nl";
  return rows.map((row) => toPoolMentor(row, load.get(row.userId) ?? 0, fallbackLocale, departmentOf));
}

function toPoolMentor(row: TMentorRow, activeMentees: number, fallbackLocale: TLocale, departmentOf: (personId: string) => string | null): TPoolMentor {
  const p = row.profile;
  const personId = p?.personId ?? row.membershipPersonId;
  const languages = strings(p?.languages).filter(isLocale);
  return {
    mentor: {
      id: row.userId,
      personId,
      department: personId ? departmentOf(personId) : null,
      expertise: expertiseOf(p?.expertise),
      // a mentor without a profile (or a hand-edited one without languages) is taken to speak their own language
      languages: languages.length > 0 ? languages : [isLocale(row.locale) ? row.locale : fallbackLocale],
      industries: strings(p?.industries),
      capacity: p?.capacity ?? DEFAULT_MENTOR_CAPACITY,
      activeMentees,
      available: p?.available ?? true,
    },
    name: row.name,
    email: row.email,
    hasProfile: p !== null,
    bio: p?.bio ?? "",
    updatedAt: p?.updatedAt ?? null,
  };
}

/** A mentor's profile for the API, expertise named in the reader's language. */
export function presentMentor(m: TPoolMentor, locale: TLocale): TMentorProfile {
  return {
    userId: m.mentor.id,
    name: m.name,
    email: m.email,
    personId: m.mentor.personId,
    hasProfile: m.hasProfile,
    expertise: m.mentor.expertise.map((e) => ({ challengeId: e.challengeId, level: e.level, name: challengeName(e.challengeId, locale) })),
    languages: [...m.mentor.languages],
    industries: [...m.mentor.industries],
    capacity: m.mentor.capacity,
    available: m.mentor.available,
    bio: m.bio,
    activeMentees: m.mentor.activeMentees,
    updatedAt: m.updatedAt ? m.updatedAt.toISOString() : null,
  };
}

/** A person as a mentee: their top challenges (scan means ≥ 3, at most five) drive the expertise part of the score. */
export function menteeOf(planner: TPlanningPerson): TMentee {
  return {
    id: planner.person.id,
    lineManagerId: planner.person.managerId,
    department: planner.person.department,
    language: planner.needs.language,
    // Sterk keeps no industry per person: the industry part only counts for profiles that name one (never here).
    industry: null,
    topChallenges: topChallenges(planner.needs.challengeMeans).map((c) => ({ challengeId: c.challengeId, score: c.score })),
  };
}

export function namedTopChallenges(mentee: TMentee, locale: TLocale) {
  return mentee.topChallenges.map((c) => ({ id: c.challengeId, name: challengeName(c.challengeId, locale), score: c.score }));
}

/** An explained score for the API: the mentor named, the matched challenges named in the reader's language. */
export function presentScore(score: TDomainScore, mentors: ReadonlyMap<string, TPoolMentor>, locale: TLocale): TMatchScore {
  const m = mentors.get(score.mentorId);
  const parts = score.parts.map((part): TMatchPart => {
    switch (part.kind) {
      case "expertise":
        return { kind: "expertise", points: part.points, max: part.max, challenges: part.challengeIds.map((id) => ({ id, name: challengeName(id, locale) })) };
      case "language":
        return { kind: "language", points: part.points, max: part.max, language: part.language };
      case "industry":
        return { kind: "industry", points: part.points, max: part.max, industry: part.industry };
      case "capacity":
        return { kind: "capacity", points: part.points, max: part.max, free: part.free, capacity: part.capacity };
    }
  });
  return { mentorUserId: score.mentorId, mentorName: m?.name ?? "", mentorEmail: m?.email ?? "", total: score.total, parts, ineligible: [...score.ineligible] };
}
