// Mentor profiles (issue 4, part 6): a mentor edits their own (expertise, languages, industries, capacity,
// availability, bio); HR lists every mentor of the organisation with their load and may edit any profile.
import type { TMentorProfile, TMentorProfileInput } from "../../contracts/mentors";
import { upsertMentorProfile } from "../../db/mentor-profiles-repo";
import { listAllPeople } from "../../db/people-repo";
import { findChallenge } from "../../domain/assessment/index";
import { invalid, notFound } from "../../domain/shared/errors";
import type { TLocale } from "../../domain/shared/locale";
import { authorise } from "../../domain/policy/index";
import type { TActor } from "../../domain/shared/roles";
import type { TAppContext } from "../shared/context";
import { loadMentors, presentMentor } from "./mentor-pool";

function mustBeMentor(actor: TActor) {
  authorise(actor, "mentor.profile.edit");
}

function mustAdminister(actor: TActor) {
  authorise(actor, "mentor.manage");
}

async function departments(ctx: Pick<TAppContext, "db">, organisationId: string) {
  const people = await listAllPeople(ctx.db, organisationId);
  const byId = new Map(people.map((p) => [p.id, p.department]));
  return (personId: string) => byId.get(personId) ?? null;
}

async function mentorOf(ctx: Pick<TAppContext, "db">, organisationId: string, userId: string, locale: TLocale): Promise<TMentorProfile> {
  const [found] = await loadMentors(ctx, organisationId, await departments(ctx, organisationId), userId);
  if (!found) throw notFound("mentor");
  return presentMentor(found, locale);
}

/** Checks the challenge ids and removes duplicate languages and industries. */
export function checkMentorProfile(input: TMentorProfileInput): TMentorProfileInput {
  const seen = new Set<string>();
  input.expertise.forEach((e, i) => {
    if (!findChallenge(e.challengeId)) throw invalid(`expertise[${i}].challengeId`, `unknown challenge ${e.challengeId}`);
    if (seen.has(e.challengeId)) throw invalid(`expertise[${i}].challengeId`, `challenge ${e.challengeId} is listed twice`);
    seen.add(e.challengeId);
  });
  return { ...input, languages: [...new Set(input.languages)], industries: [...new Set(input.industries.map((s) => s.trim()))] };
}

async function save(ctx: Pick<TAppContext, "db">, organisationId: string, userId: string, input: TMentorProfileInput) {
  const checked = checkMentorProfile(input);
  // the linked person (if any) comes from the membership, never from the request
  const [current] = await loadMentors(ctx, organisationId, () => null, userId);
  if (!current) throw notFound("mentor");
  await upsertMentorProfile(ctx.db, organisationId, userId, {
    expertise: checked.expertise,
    languages: checked.languages,
    industries: checked.industries,
    capacity: checked.capacity,
    available: checked.available,
    bio: checked.bio,
    personId: current.mentor.personId,
  });
}

/** The signed-in mentor's own profile (defaults until they save one). */
export async function getMyMentorProfile(ctx: Pick<TAppContext, "db">, actor: TActor, locale: TLocale) {
  mustBeMentor(actor);
  return mentorOf(ctx, actor.organisationId, actor.userId, locale);
}

export async function saveMyMentorProfile(ctx: Pick<TAppContext, "db">, actor: TActor, input: TMentorProfileInput, locale: TLocale) {
  mustBeMentor(actor);
  await save(ctx, actor.organisationId, actor.userId, input);
  return mentorOf(ctx, actor.organisationId, actor.userId, locale);
}

/** HR: every mentor of the organisation with their profile and current number of mentees. */
export async function listMentors(ctx: Pick<TAppContext, "db">, actor: TActor, locale: TLocale) {
  mustAdminister(actor);
  const mentors = await loadMentors(ctx, actor.organisationId, await departments(ctx, actor.organisationId));
  return { items: mentors.map((m) => presentMentor(m, locale)) };
}

/** HR edits a mentor's profile; an account that is not a mentor here is "not found". */
export async function saveMentorProfile(ctx: Pick<TAppContext, "db">, actor: TActor, userId: string, input: TMentorProfileInput, locale: TLocale) {
  mustAdminister(actor);
  await save(ctx, actor.organisationId, userId, input);
  return mentorOf(ctx, actor.organisationId, userId, locale);
}
