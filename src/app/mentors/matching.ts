// Mentor matching (issue 4, part 6). HR sees a whole-pool proposal (domain assignMentors: most people matched,
// then the highest total score, under capacities, never the person's own line manager); each person chooses their
// mentor among their own top three (choice is motivation); HR may override with any eligible mentor.
//
// Mentees ("people in a programme"): active people with a completed challenge scan and no active mentorship.
// A person has at most one active mentor through these flows: choosing or assigning ends the previous one.
import type { TMatching, TMatchScore, TMentorship, TMyMentorMatch } from "../../contracts/mentors";
import { findPersonOfUser } from "../../db/assessments-repo";
import { countActiveMentees, listActiveMentorships, lockMentor, setActiveMentorship } from "../../db/mentors-repo";
import { listAllPeople } from "../../db/people-repo";
import { listPersonIdsSharingWithHr } from "../../db/reports-repo";
import { assignMentors, matchScore, showsMenteeChallenges, type TIneligibleReason, type TMentee } from "../../domain/matching/index";
import { DomainError, notFound } from "../../domain/shared/errors";
import type { TLocale } from "../../domain/shared/locale";
import { authorise } from "../../domain/policy/index";
import type { TActor } from "../../domain/shared/roles";
import type { TAppContext } from "../shared/context";
import { loadPlanningPeople } from "../plans/planning-data";
import { challengeName, loadMentors, menteeOf, namedTopChallenges, presentScore, type TPoolMentor } from "./mentor-pool";

type TCtx = Pick<TAppContext, "db" | "now">;

function mustAdminister(actor: TActor) {
  authorise(actor, "matching.manage");
}

async function loadPool(ctx: TCtx, organisationId: string) {
  const [people, planners, active] = await Promise.all([
    listAllPeople(ctx.db, organisationId),
    loadPlanningPeople(ctx, organisationId),
    listActiveMentorships(ctx.db, organisationId),
  ]);
  const departments = new Map(people.map((p) => [p.id, p.department]));
  const mentors = await loadMentors(ctx, organisationId, (id) => departments.get(id) ?? null);
  return { people, planners, active, mentors, byId: new Map(mentors.map((m) => [m.mentor.id, m])) };
}

const REASON_TEXT: Record<TIneligibleReason, string> = {
  self: "a person cannot mentor themselves",
  "own-line-manager": "this mentor is the person's own line manager",
  "same-department": "this mentor works in the person's department",
  "no-common-language": "this mentor speaks none of the person's languages",
  unavailable: "this mentor is not available",
  "at-capacity": "this mentor is at capacity",
};

/** The score without the challenges its expertise part matched (their points stay): they name the person's top challenges. */
const withoutChallenges = (score: TMatchScore): TMatchScore => ({
  ...score,
  parts: score.parts.map((part) => (part.kind === "expertise" ? { ...part, challenges: [] } : part)),
});

/**
 * HR: the whole-pool proposal over everyone with a completed scan and no active mentor. Each person's challenges
 * drive the scores, but are shown (top challenges, and the ones a mentor's expertise covers) only to an HR admin and
 * only for people who share their report with HR (domain/matching/shown-challenges.ts).
 */
export async function getMatching(ctx: TCtx, actor: TActor, options: { excludeSameDepartment: boolean }, locale: TLocale): Promise<TMatching> {
  mustAdminister(actor);
  const [pool, sharingWithHr] = await Promise.all([loadPool(ctx, actor.organisationId), listPersonIdsSharingWithHr(ctx.db, actor.organisationId)]);
  const mentored = new Set(pool.active.map((a) => a.personId));
  const candidates = pool.planners.filter((p) => p.hasScan && !mentored.has(p.person.id));
  const mentees = candidates.map(menteeOf);
  const menteeById = new Map(mentees.map((m) => [m.id, m]));
  const plannerById = new Map(candidates.map((p) => [p.person.id, p]));
  const result = assignMentors(
    pool.mentors.map((m) => m.mentor),
    mentees,
    { excludeSameDepartment: options.excludeSameDepartment },
  );
  const matches = result.matches.map((match) => {
    const planner = plannerById.get(match.menteeId);
    const mentee = menteeById.get(match.menteeId) as TMentee;
    const shown = showsMenteeChallenges(actor, { hr: sharingWithHr.has(match.menteeId) });
    const score = (s: Parameters<typeof presentScore>[0]) => (shown ? presentScore(s, pool.byId, locale) : withoutChallenges(presentScore(s, pool.byId, locale)));
    return {
      person: {
        id: match.menteeId,
        name: planner ? `${planner.person.firstName} ${planner.person.lastName}` : match.menteeId,
        employeeNumber: planner?.person.employeeNumber ?? "",
        department: planner?.person.department ?? null,
        topChallenges: shown ? namedTopChallenges(mentee, locale) : [],
        challengesShared: shown,
      },
      assigned: match.assigned ? score(match.assigned) : null,
      topThree: match.topThree.map(score),
      unmatchedReason: match.unmatchedReason,
      excluded: { ...match.excluded },
    };
  });
  matches.sort((a, b) => a.person.name.localeCompare(b.person.name) || (a.person.id < b.person.id ? -1 : 1));
  let message: string | null = null;
  let messageCode: TMatching["messageCode"] = null;
  if (pool.mentors.length === 0) {
    message = "There are no mentors in this organisation yet: invite accounts with the mentor role.";
    messageCode = "no-mentors";
  } else if (mentees.length === 0) {
    message = "Nobody is waiting for a mentor: everyone with a completed challenge scan has one.";
    messageCode = "nobody-waiting";
  } else if (result.matched < mentees.length) {
    message = `${mentees.length - result.matched} of ${mentees.length} people could not be matched; see the reason per person.`;
    messageCode = "some-unmatched";
  }
  return {
    matches,
    totalScore: result.totalScore,
    matched: result.matched,
    mentors: pool.mentors.length,
    excludeSameDepartment: options.excludeSameDepartment,
    message,
    messageCode,
  };
}

/** The CLI's view: people by employee number, mentors by email. */
export async function matchForCli(ctx: TCtx, actor: TActor) {
  const matching = await getMatching(ctx, actor, { excludeSameDepartment: false }, "en");
  return {
    matches: matching.matches.map((m) => ({
      person: m.person.employeeNumber,
      mentor: m.assigned?.mentorEmail ?? null,
      score: m.assigned ? round(m.assigned.total) : null,
      top_three: m.topThree.map((s) => ({ mentor: s.mentorEmail, score: round(s.total) })),
      unmatched_reason: m.unmatchedReason,
    })),
    total_score: round(matching.totalScore),
    matched: matching.matched,
  };
}

const round = (n: number) => Math.round(n * 100) / 100;

/** The person's view of the pool: their current mentor counts them already, so that place is theirs. */
function mentorsFor(pool: Awaited<ReturnType<typeof loadPool>>, personId: string): TPoolMentor[] {
  const currentIds = new Set(pool.active.filter((a) => a.personId === personId).map((a) => a.mentorUserId));
  return pool.mentors.map((m) => (currentIds.has(m.mentor.id) ? { ...m, mentor: { ...m.mentor, activeMentees: Math.max(0, m.mentor.activeMentees - 1) } } : m));
}

function currentOf(pool: Awaited<ReturnType<typeof loadPool>>, personId: string): TMentorship | null {
  const active = pool.active.filter((a) => a.personId === personId).sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
  if (!active) return null;
  const m = pool.byId.get(active.mentorUserId);
  return { personId, mentorUserId: active.mentorUserId, mentorName: m?.name ?? "", mentorEmail: m?.email ?? "", since: active.createdAt.toISOString() };
}

async function personOfActor(ctx: TCtx, actor: TActor): Promise<string> {
  const linked = await findPersonOfUser(ctx.db, actor.organisationId, actor.userId);
  if (!linked) throw new DomainError("FORBIDDEN", "only people of the organisation choose a mentor");
  return linked.personId;
}

async function topThreeOf(ctx: TCtx, organisationId: string, personId: string) {
  const pool = await loadPool(ctx, organisationId);
  const planner = pool.planners.find((p) => p.person.id === personId);
  if (!planner) throw notFound("person");
  const mentee = menteeOf(planner);
  const mentors = mentorsFor(pool, personId);
  const [match] = assignMentors(
    mentors.map((m) => m.mentor),
    [mentee],
  ).matches;
  return { pool, planner, mentee, mentors, topThree: match?.topThree ?? [] };
}

/** The signed-in person's three best mentors with explained scores, and their current mentor. */
export async function getMyMentorMatch(ctx: TCtx, actor: TActor, locale: TLocale): Promise<TMyMentorMatch> {
  const personId = await personOfActor(ctx, actor);
  const { pool, planner, mentee, topThree } = await topThreeOf(ctx, actor.organisationId, personId);
  return {
    personId,
    hasScan: planner.hasScan,
    topChallenges: namedTopChallenges(mentee, locale),
    topThree: topThree.map((s) => {
      const m = pool.byId.get(s.mentorId);
      return {
        ...presentScore(s, pool.byId, locale),
        languages: [...(m?.mentor.languages ?? [])],
        industries: [...(m?.mentor.industries ?? [])],
        expertise: (m?.mentor.expertise ?? []).map((e) => ({ challengeId: e.challengeId, level: e.level, name: challengeName(e.challengeId, locale) })),
        bio: m?.bio ?? "",
      };
    }),
    current: currentOf(pool, personId),
  };
}

/** Writes the mentorship after re-checking the mentor's capacity under a lock on the mentor. */
async function writeMentorship(ctx: TCtx, organisationId: string, personId: string, mentor: TPoolMentor): Promise<TMentorship> {
  const since = await ctx.db.transaction(async (tx) => {
    await lockMentor(tx, organisationId, mentor.mentor.id);
    const load = await countActiveMentees(tx, organisationId, mentor.mentor.id, personId);
    if (load >= mentor.mentor.capacity) throw new DomainError("CONFLICT", `${REASON_TEXT["at-capacity"]} (${load} of ${mentor.mentor.capacity})`, "mentorUserId");
    return setActiveMentorship(tx, organisationId, personId, mentor.mentor.id, ctx.now());
  });
  return { personId, mentorUserId: mentor.mentor.id, mentorName: mentor.name, mentorEmail: mentor.email, since: since.toISOString() };
}

/** The person chooses one of their top three; their previous mentor (if any) is ended. */
export async function chooseMyMentor(ctx: TCtx, actor: TActor, mentorUserId: string): Promise<TMentorship> {
  const personId = await personOfActor(ctx, actor);
  const { pool, topThree, mentors } = await topThreeOf(ctx, actor.organisationId, personId);
  const current = currentOf(pool, personId);
  if (current?.mentorUserId === mentorUserId) return current;
  if (!topThree.some((s) => s.mentorId === mentorUserId)) {
    const mentor = mentors.find((m) => m.mentor.id === mentorUserId);
    const full = mentor && mentor.mentor.activeMentees >= mentor.mentor.capacity;
    throw new DomainError("CONFLICT", full ? REASON_TEXT["at-capacity"] : "choose one of your three best-matching mentors", "mentorUserId");
  }
  const mentor = pool.byId.get(mentorUserId) as TPoolMentor;
  return writeMentorship(ctx, actor.organisationId, personId, mentor);
}

/**
 * HR assigns any eligible mentor (also outside the person's top three): never the person themselves or their own
 * line manager, never a mentor at capacity, unavailable or without a common language (409 naming mentorUserId).
 */
export async function assignMentor(ctx: TCtx, actor: TActor, personId: string, mentorUserId: string): Promise<TMentorship> {
  mustAdminister(actor);
  const pool = await loadPool(ctx, actor.organisationId);
  const planner = pool.planners.find((p) => p.person.id === personId);
  if (!planner) throw notFound("person");
  const mentor = mentorsFor(pool, personId).find((m) => m.mentor.id === mentorUserId);
  if (!mentor) throw notFound("mentor");
  const current = currentOf(pool, personId);
  if (current?.mentorUserId === mentorUserId) return current;
  const score = matchScore(mentor.mentor, menteeOf(planner));
  const reason = score.ineligible[0];
  if (reason) throw new DomainError("CONFLICT", REASON_TEXT[reason], "mentorUserId", { ineligible: score.ineligible });
  return writeMentorship(ctx, actor.organisationId, personId, mentor);
}
