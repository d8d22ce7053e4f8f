import { and, asc, desc, eq, gt, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { TDb } from "./client";
import {
  catalogueModules,
  developmentPlans,
  memberships,
  mentoringActionItems,
  mentoringCheckIns,
  mentoringClosureFeedback,
  mentoringEngagements,
  mentoringEnrolments,
  mentoringNotes,
  mentoringReactions,
  mentoringSessions,
  mentorships,
  people,
  planVersions,
  users,
} from "./schema/index";

export type TEngagementRowBase = typeof mentoringEngagements.$inferSelect;
export type TSessionRowBase = typeof mentoringSessions.$inferSelect;
export type TActionItemRow = typeof mentoringActionItems.$inferSelect;
export type TNoteRow = typeof mentoringNotes.$inferSelect;
export type TCheckInRow = typeof mentoringCheckIns.$inferSelect;
export type TEnrolmentRow = typeof mentoringEnrolments.$inferSelect;

const mentee = alias(people, "mentee");
const mentor = alias(users, "mentor");
const menteeUser = alias(users, "mentee_user");

/** The user linked to a person in the organisation (the oldest membership when several). */
const linkedUser = (personId: SQL | typeof mentoringEngagements.personId | typeof mentoringEngagements.sponsorPersonId) =>
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
  values: Partial<Pick<TEngagementRowBase, "status" | "statusChangedAt" | "goals">>,
  now: Date,
): Promise<boolean> {
  const rows = await db
    .update(mentoringEngagements)
    .set({ ...values, updatedAt: now })
    .where(and(eq(mentoringEngagements.organisationId, organisationId), eq(mentoringEngagements.id, id), eq(mentoringEngagements.status, expectedStatus)))
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

// ---- sessions ----

const sessionColumns = {
  session: mentoringSessions,
  mentorUserId: mentoringEngagements.mentorUserId,
  menteeUserId: linkedUser(mentoringEngagements.personId).as("mentee_user_id"),
};

function selectSessions(db: TDb) {
  return db
    .select(sessionColumns)
    .from(mentoringSessions)
    .innerJoin(mentoringEngagements, and(eq(mentoringEngagements.organisationId, mentoringSessions.organisationId), eq(mentoringEngagements.id, mentoringSessions.engagementId)));
}
export type TSessionRow = NonNullable<Awaited<ReturnType<typeof findSession>>>;

export async function insertSession(db: TDb, values: typeof mentoringSessions.$inferInsert) {
  const [row] = await db.insert(mentoringSessions).values(values).returning();
  if (!row) throw new Error("insert mentoring_sessions returned nothing");
  return row;
}

export async function findSession(db: TDb, organisationId: string, id: string) {
  const [row] = await selectSessions(db).where(and(eq(mentoringSessions.organisationId, organisationId), eq(mentoringSessions.id, id)));
  return row;
}

export async function listSessions(db: TDb, organisationId: string, engagementIds: readonly string[]) {
  if (engagementIds.length === 0) return [];
  return selectSessions(db)
    .where(and(eq(mentoringSessions.organisationId, organisationId), inArray(mentoringSessions.engagementId, [...engagementIds])))
    .orderBy(asc(mentoringSessions.createdAt), asc(mentoringSessions.id));
}

/** Scheduled sessions that have not ended, of engagements where one of the users mentors or one of the persons is mentored. */
export async function listBusySessions(db: TDb, organisationId: string, userIds: readonly string[], personIds: readonly string[], now: Date) {
  const who: SQL[] = [inArray(mentoringEngagements.mentorUserId, [...userIds])];
  if (personIds.length) who.push(inArray(mentoringEngagements.personId, [...personIds]));
  return selectSessions(db).where(and(eq(mentoringSessions.organisationId, organisationId), eq(mentoringSessions.status, "scheduled"), gt(mentoringSessions.endAt, now), or(...who)));
}

/** Serialises bookings within an organisation for the rest of the transaction (two accepts can race). */
export async function lockBookings(db: TDb, organisationId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`mentoring-bookings:${organisationId}`}))`);
}

/** Writes a session when its status and sequence are unchanged (optimistic); false when it changed meanwhile. */
export async function updateSession(
  db: TDb,
  organisationId: string,
  id: string,
  expected: { status: string; sequence: number },
  values: Partial<Omit<TSessionRowBase, "organisationId" | "id" | "engagementId" | "createdAt">>,
  now: Date,
): Promise<boolean> {
  const rows = await db
    .update(mentoringSessions)
    .set({ ...values, updatedAt: now })
    .where(
      and(
        eq(mentoringSessions.organisationId, organisationId),
        eq(mentoringSessions.id, id),
        eq(mentoringSessions.status, expected.status),
        eq(mentoringSessions.sequence, expected.sequence),
      ),
    )
    .returning({ id: mentoringSessions.id });
  return rows.length === 1;
}

// ---- action items, notes, check-ins ----

export async function insertActionItem(db: TDb, values: typeof mentoringActionItems.$inferInsert) {
  const [row] = await db.insert(mentoringActionItems).values(values).returning();
  if (!row) throw new Error("insert mentoring_action_items returned nothing");
  return row;
}

export async function findActionItem(db: TDb, organisationId: string, id: string) {
  const [row] = await db.select().from(mentoringActionItems).where(and(eq(mentoringActionItems.organisationId, organisationId), eq(mentoringActionItems.id, id)));
  return row;
}

export async function listActionItems(db: TDb, organisationId: string, engagementIds: readonly string[]) {
  if (engagementIds.length === 0) return [];
  return db
    .select()
    .from(mentoringActionItems)
    .where(and(eq(mentoringActionItems.organisationId, organisationId), inArray(mentoringActionItems.engagementId, [...engagementIds])))
    .orderBy(asc(mentoringActionItems.dueDate), asc(mentoringActionItems.id));
}

export async function setActionItemDoneRow(db: TDb, organisationId: string, id: string, wasDone: boolean, values: { done: boolean; doneAt: Date | null }): Promise<boolean> {
  const rows = await db
    .update(mentoringActionItems)
    .set(values)
    .where(and(eq(mentoringActionItems.organisationId, organisationId), eq(mentoringActionItems.id, id), eq(mentoringActionItems.done, wasDone)))
    .returning({ id: mentoringActionItems.id });
  return rows.length === 1;
}

export async function insertNote(db: TDb, values: typeof mentoringNotes.$inferInsert) {
  const [row] = await db.insert(mentoringNotes).values(values).returning();
  if (!row) throw new Error("insert mentoring_notes returned nothing");
  return row;
}

export async function findNote(db: TDb, organisationId: string, id: string) {
  const [row] = await db.select().from(mentoringNotes).where(and(eq(mentoringNotes.organisationId, organisationId), eq(mentoringNotes.id, id)));
  return row;
}

export async function listNotes(db: TDb, organisationId: string, engagementId: string) {
  return db
    .select()
    .from(mentoringNotes)
    .where(and(eq(mentoringNotes.organisationId, organisationId), eq(mentoringNotes.engagementId, engagementId)))
    .orderBy(desc(mentoringNotes.createdAt), asc(mentoringNotes.id));
}

export async function updateNote(db: TDb, organisationId: string, id: string, values: { body: string; visibility: string }, now: Date) {
  const [row] = await db
    .update(mentoringNotes)
    .set({ ...values, updatedAt: now })
    .where(and(eq(mentoringNotes.organisationId, organisationId), eq(mentoringNotes.id, id)))
    .returning();
  return row;
}

export async function deleteNote(db: TDb, organisationId: string, id: string): Promise<void> {
  await db.delete(mentoringNotes).where(and(eq(mentoringNotes.organisationId, organisationId), eq(mentoringNotes.id, id)));
}

export async function insertCheckIn(db: TDb, values: typeof mentoringCheckIns.$inferInsert) {
  const [row] = await db.insert(mentoringCheckIns).values(values).returning();
  if (!row) throw new Error("insert mentoring_check_ins returned nothing");
  return row;
}

export async function listCheckIns(db: TDb, organisationId: string, engagementIds: readonly string[]) {
  if (engagementIds.length === 0) return [];
  return db
    .select()
    .from(mentoringCheckIns)
    .where(and(eq(mentoringCheckIns.organisationId, organisationId), inArray(mentoringCheckIns.engagementId, [...engagementIds])))
    .orderBy(asc(mentoringCheckIns.createdAt), asc(mentoringCheckIns.id));
}

// ---- enrolments ----

export async function insertEnrolment(db: TDb, values: typeof mentoringEnrolments.$inferInsert) {
  const [row] = await db.insert(mentoringEnrolments).values(values).onConflictDoNothing().returning();
  return row;
}

export async function findEnrolment(db: TDb, organisationId: string, id: string) {
  const [row] = await db.select().from(mentoringEnrolments).where(and(eq(mentoringEnrolments.organisationId, organisationId), eq(mentoringEnrolments.id, id)));
  return row;
}

export async function listEnrolments(db: TDb, organisationId: string, personIds: readonly string[]) {
  if (personIds.length === 0) return [];
  return db
    .select()
    .from(mentoringEnrolments)
    .where(and(eq(mentoringEnrolments.organisationId, organisationId), inArray(mentoringEnrolments.personId, [...personIds])))
    .orderBy(asc(mentoringEnrolments.createdAt), asc(mentoringEnrolments.id));
}

export async function updateEnrolmentStatus(db: TDb, organisationId: string, id: string, expectedStatus: string, values: { status: string; statusChangedAt: Date }): Promise<boolean> {
  const rows = await db
    .update(mentoringEnrolments)
    .set(values)
    .where(and(eq(mentoringEnrolments.organisationId, organisationId), eq(mentoringEnrolments.id, id), eq(mentoringEnrolments.status, expectedStatus)))
    .returning({ id: mentoringEnrolments.id });
  return rows.length === 1;
}

// ---- surveys ----

export async function insertReaction(db: TDb, values: typeof mentoringReactions.$inferInsert): Promise<boolean> {
  const rows = await db.insert(mentoringReactions).values(values).onConflictDoNothing().returning({ id: mentoringReactions.id });
  return rows.length === 1;
}

export async function findReaction(db: TDb, organisationId: string, subjectKind: string, subjectId: string, personId: string) {
  const [row] = await db
    .select()
    .from(mentoringReactions)
    .where(
      and(
        eq(mentoringReactions.organisationId, organisationId),
        eq(mentoringReactions.subjectKind, subjectKind),
        eq(mentoringReactions.subjectId, subjectId),
        eq(mentoringReactions.personId, personId),
      ),
    );
  return row;
}

export async function insertClosureFeedback(db: TDb, values: typeof mentoringClosureFeedback.$inferInsert): Promise<boolean> {
  const rows = await db.insert(mentoringClosureFeedback).values(values).onConflictDoNothing().returning({ side: mentoringClosureFeedback.side });
  return rows.length === 1;
}

export async function listClosureSides(db: TDb, organisationId: string, engagementId: string): Promise<string[]> {
  const rows = await db
    .select({ side: mentoringClosureFeedback.side })
    .from(mentoringClosureFeedback)
    .where(and(eq(mentoringClosureFeedback.organisationId, organisationId), eq(mentoringClosureFeedback.engagementId, engagementId)));
  return rows.map((r) => r.side);
}

/** The mentees' closure feedback on one mentor's engagements, with the mentee person (one voice per person). */
export async function listMenteeFeedbackForMentor(db: TDb, organisationId: string, mentorUserId: string) {
  return db
    .select({ feedback: mentoringClosureFeedback, personId: mentoringEngagements.personId })
    .from(mentoringClosureFeedback)
    .innerJoin(
      mentoringEngagements,
      and(eq(mentoringEngagements.organisationId, mentoringClosureFeedback.organisationId), eq(mentoringEngagements.id, mentoringClosureFeedback.engagementId)),
    )
    .where(and(eq(mentoringClosureFeedback.organisationId, organisationId), eq(mentoringClosureFeedback.side, "mentee"), eq(mentoringEngagements.mentorUserId, mentorUserId)));
}

/** Counts for HR's participation overview: reaction surveys answered and their means. */
export async function reactionStats(db: TDb, organisationId: string) {
  const [row] = await db
    .select({
      count: sql<number>`count(*)::int`,
      satisfaction: sql<number | null>`avg(${mentoringReactions.satisfaction})::float8`,
      relevance: sql<number | null>`avg(${mentoringReactions.relevance})::float8`,
      intentToApply: sql<number | null>`avg(${mentoringReactions.intentToApply})::float8`,
    })
    .from(mentoringReactions)
    .where(eq(mentoringReactions.organisationId, organisationId));
  return row ?? { count: 0, satisfaction: null, relevance: null, intentToApply: null };
}


/** True when the organisation's catalogue holds the module. */
export async function catalogueHasModule(db: TDb, organisationId: string, moduleId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: catalogueModules.id })
    .from(catalogueModules)
    .where(and(eq(catalogueModules.organisationId, organisationId), eq(catalogueModules.id, moduleId)));
  return row !== undefined;
}
