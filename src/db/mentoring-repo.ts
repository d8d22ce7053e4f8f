import { and, asc, desc, eq, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { TDb } from "./client";
import { developmentPlans, memberships, mentoringEngagements, mentorships, people, planVersions, users } from "./schema/index";

// Mentoring (issue 5): engagements, mentorships, members and the plan goals they start from.
// Sessions, notes, progress (action items, check-ins, enrolments) and surveys have their own files:
// mentoring-sessions-repo, mentoring-notes-repo, mentoring-progress-repo, mentoring-surveys-repo.

export type TEngagementRowBase = typeof mentoringEngagements.$inferSelect;

const mentee = alias(people, "mentee");
const mentor = alias(users, "mentor");
const menteeUser = alias(users, "mentee_user");

/** The user linked to a person in the organisation (the oldest membership when several), for a column of the engagement row. */
export const linkedUser = (personId: SQL | typeof mentoringEngagements.personId | typeof mentoringEngagements.sponsorPersonId) =>
  sql<string | null>`(select m.user_id from ${memberships} m where m.organisation_id = ${mentoringEngagements.organisationId} and m.person_id = ${personId} order by m.created_at, m.user_id limit 1)`;

const engagementColumns = {
  engagement: mentoringEngagements,
  menteeUserId: linkedUser(mentoringEngagements.personId).as("mentee_user_id"),
  sponsorUserId: linkedUser(mentoringEngagements.sponsorPersonId).as("sponsor_user_id"),
  menteeFirstName: mentee.firstName,
  menteeLastName: mentee.lastName,
  menteeEmail: mentee.email,
  menteeLanguage: mentee.language,
  mentorName: mentor.displayName,
  mentorEmail: mentor.email,
  mentorLocale: mentor.locale,
};

function selectEngagements(db: TDb) {
  return db
    .select(engagementColumns)
    .from(mentoringEngagements)
    .innerJoin(mentee, and(eq(mentee.organisationId, mentoringEngagements.organisationId), eq(mentee.id, mentoringEngagements.personId)))
    .innerJoin(mentor, eq(mentor.id, mentoringEngagements.mentorUserId));
}
export type TEngagementRow = NonNullable<Awaited<ReturnType<typeof findEngagement>>>;

export async function insertEngagement(db: TDb, values: typeof mentoringEngagements.$inferInsert) {
  const [row] = await db.insert(mentoringEngagements).values(values).returning();
  if (!row) throw new Error("insert mentoring_engagements returned nothing");
  return row;
}

export async function findEngagement(db: TDb, organisationId: string, id: string) {
  const [row] = await selectEngagements(db).where(and(eq(mentoringEngagements.organisationId, organisationId), eq(mentoringEngagements.id, id)));
  return row;
}

/** Engagements of the organisation: all (HR), or those the user mentors, is the mentee of, or sponsors. */
export async function listEngagements(db: TDb, organisationId: string, filter: { all: boolean; userId: string; personId: string | null }) {
  const mine: SQL[] = [eq(mentoringEngagements.mentorUserId, filter.userId)];
  if (filter.personId) mine.push(eq(mentoringEngagements.personId, filter.personId), eq(mentoringEngagements.sponsorPersonId, filter.personId));
  return selectEngagements(db)
    .where(and(eq(mentoringEngagements.organisationId, organisationId), filter.all ? undefined : or(...mine)))
    .orderBy(desc(mentoringEngagements.createdAt), asc(mentoringEngagements.id));
}

/** Every engagement of the organisation with one of the statuses (the nudge planner, HR's overview). */
export async function listEngagementsByStatus(db: TDb, organisationId: string, statuses: readonly string[]) {
  return selectEngagements(db).where(and(eq(mentoringEngagements.organisationId, organisationId), inArray(mentoringEngagements.status, [...statuses])));
}

/** Organisations with at least one active engagement (the nudge planner's work list). */
export async function organisationsWithActiveEngagements(db: TDb): Promise<string[]> {
  const rows = await db.selectDistinct({ id: mentoringEngagements.organisationId }).from(mentoringEngagements).where(eq(mentoringEngagements.status, "active"));
  return rows.map((r) => r.id);
}

/** Updates an engagement when its status is still `expectedStatus` (optimistic); false when it changed meanwhile. */
export async function updateEngagement(
  db: TDb,
  organisationId: string,
  id: string,
  expectedStatus: string,
  values: Partial<Pick<TEngagementRowBase, "status" | "statusChangedAt" | "goals" | "menteeConsent" | "hrConsent">>,
  now: Date,
  expectedConsent?: { menteeConsent: string; hrConsent: string },
): Promise<boolean> {
  const rows = await db
    .update(mentoringEngagements)
    .set({ ...values, updatedAt: now })
    .where(
      and(
        eq(mentoringEngagements.organisationId, organisationId),
        eq(mentoringEngagements.id, id),
        eq(mentoringEngagements.status, expectedStatus),
        // two answers at once (the mentee and HR): the second finds the consent changed and is refused
        expectedConsent ? eq(mentoringEngagements.menteeConsent, expectedConsent.menteeConsent) : undefined,
        expectedConsent ? eq(mentoringEngagements.hrConsent, expectedConsent.hrConsent) : undefined,
      ),
    )
    .returning({ id: mentoringEngagements.id });
  return rows.length === 1;
}

/** True when the user mentors the person (an open `mentorships` row). */
export async function isMentorOf(db: TDb, organisationId: string, personId: string, mentorUserId: string): Promise<boolean> {
  const [row] = await db
    .select({ personId: mentorships.personId })
    .from(mentorships)
    .where(and(eq(mentorships.organisationId, organisationId), eq(mentorships.personId, personId), eq(mentorships.mentorUserId, mentorUserId), isNull(mentorships.endedAt)));
  return row !== undefined;
}

/** Makes sure the user mentors the person (re-opens an ended mentorship). */
export async function ensureMentorship(db: TDb, organisationId: string, personId: string, mentorUserId: string, at: Date): Promise<void> {
  await db
    .insert(mentorships)
    .values({ organisationId, personId, mentorUserId, createdAt: at })
    .onConflictDoUpdate({ target: [mentorships.organisationId, mentorships.personId, mentorships.mentorUserId], set: { endedAt: null } });
}

/** The goals and module ids of the person's current plan version, if they have a plan. */
export async function currentPlan(db: TDb, organisationId: string, personId: string): Promise<{ goals: unknown; moduleIds: unknown } | undefined> {
  const [row] = await db
    .select({ goals: planVersions.goals, moduleIds: planVersions.moduleIds })
    .from(developmentPlans)
    .innerJoin(
      planVersions,
      and(eq(planVersions.organisationId, developmentPlans.organisationId), eq(planVersions.planId, developmentPlans.id), eq(planVersions.version, developmentPlans.currentVersion)),
    )
    .where(and(eq(developmentPlans.organisationId, organisationId), eq(developmentPlans.personId, personId)));
  return row;
}

/** A user of the organisation with their roles and linked person, or undefined. */
export async function findMember(db: TDb, organisationId: string, userId: string) {
  const [row] = await db
    .select({ userId: users.id, displayName: users.displayName, email: users.email, locale: users.locale, roles: memberships.roles, personId: memberships.personId })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)));
  return row;
}

/** A person of the directory with their line manager and linked account (for names, emails, languages). */
export async function findPersonWithUser(db: TDb, organisationId: string, personId: string) {
  const [row] = await db
    .select({
      id: people.id,
      firstName: people.firstName,
      lastName: people.lastName,
      email: people.email,
      language: people.language,
      managerId: people.managerId,
      active: people.active,
      userId: menteeUser.id,
      userEmail: menteeUser.email,
      userLocale: menteeUser.locale,
    })
    .from(people)
    .leftJoin(memberships, and(eq(memberships.organisationId, people.organisationId), eq(memberships.personId, people.id)))
    .leftJoin(menteeUser, eq(menteeUser.id, memberships.userId))
    .where(and(eq(people.organisationId, organisationId), eq(people.id, personId)))
    .orderBy(asc(memberships.createdAt))
    .limit(1);
  return row;
}
