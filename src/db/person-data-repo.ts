// Person-level GDPR (decision 0021): everything the database holds about one person of an organisation, and its
// erasure. Every query is filtered by the organisation.
import { and, desc, eq, inArray, isNull, ne, or, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { TDb } from "./client";
import {
  apiTokens,
  assessments,
  benefitEstimates,
  developmentPlans,
  feedbackCampaigns,
  feedbackRaters,
  feedbackRaterSessions,
  feedbackResponses,
  invitations,
  measureValues,
  memberships,
  mentoringActionItems,
  mentoringCheckIns,
  mentoringClosureFeedback,
  mentoringEngagements,
  mentoringEnrolments,
  mentoringNotes,
  mentoringPreferences,
  mentoringReactions,
  mentoringSessions,
  mentorProfiles,
  outbox,
  people,
  personBudgets,
  personErasures,
  planEvents,
  planProposals,
  planVersions,
  programmeMembers,
  reportSharing,
  sessions,
  userIdentities,
  users,
} from "./schema/index";

/** The person row, or null when the organisation has no such person. */
export async function findPersonRecord(db: TDb, organisationId: string, personId: string) {
  const [row] = await db.select().from(people).where(and(eq(people.organisationId, organisationId), eq(people.id, personId)));
  return row ?? null;
}

/** The person whose employee number is `key`, else whose email is `key` (case-insensitive); null when none. */
export async function findPersonByNumberOrEmail(db: TDb, organisationId: string, key: string) {
  const rows = await db
    .select({ id: people.id, employeeNumber: people.employeeNumber })
    .from(people)
    .where(and(eq(people.organisationId, organisationId), or(eq(people.employeeNumber, key), sql`lower(${people.email}) = lower(${key})`)));
  return rows.find((r) => r.employeeNumber === key) ?? rows[0] ?? null;
}

/** The account linked to the person in the organisation (no secrets), with its membership; null when none. */
export async function findPersonAccount(db: TDb, organisationId: string, personId: string) {
  const [row] = await db
    .select({
      userId: users.id,
      email: users.email,
      displayName: users.displayName,
      locale: users.locale,
      isOperator: users.isOperator,
      createdAt: users.createdAt,
      passwordChangedAt: users.passwordChangedAt,
      hasPassword: sql<boolean>`${users.passwordHash} is not null`,
      totpEnabledAt: users.totpEnabledAt,
      roles: memberships.roles,
      memberSince: memberships.createdAt,
      deactivatedAt: memberships.deactivatedAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.personId, personId)));
  return row ?? null;
}

/** What the account holds besides itself, in the organisation: sign-in identities, API tokens (names and dates only). */
export async function listAccountExtras(db: TDb, organisationId: string, userId: string) {
  const identities = await db
    .select({ issuer: userIdentities.issuer, createdAt: userIdentities.createdAt, lastUsedAt: userIdentities.lastUsedAt })
    .from(userIdentities)
    .where(and(eq(userIdentities.organisationId, organisationId), eq(userIdentities.userId, userId)));
  const tokens = await db
    .select({ name: apiTokens.name, scope: apiTokens.scope, createdAt: apiTokens.createdAt, lastUsedAt: apiTokens.lastUsedAt, revokedAt: apiTokens.revokedAt, expiresAt: apiTokens.expiresAt })
    .from(apiTokens)
    .where(and(eq(apiTokens.organisationId, organisationId), eq(apiTokens.userId, userId)));
  const [sessionCount] = await db.select({ n: sql<number>`count(*)::int` }).from(sessions).where(eq(sessions.userId, userId));
  const [profile] = await db.select().from(mentorProfiles).where(and(eq(mentorProfiles.organisationId, organisationId), eq(mentorProfiles.userId, userId)));
  const [preferences] = await db
    .select({ nudges: mentoringPreferences.nudges, updatedAt: mentoringPreferences.updatedAt })
    .from(mentoringPreferences)
    .where(and(eq(mentoringPreferences.organisationId, organisationId), eq(mentoringPreferences.userId, userId)));
  return { identities, tokens, openSessions: sessionCount?.n ?? 0, mentorProfile: profile ?? null, mentoringPreferences: preferences ?? null };
}

/** The person's own rows in the person-keyed tables. */
export async function listPersonRows(db: TDb, organisationId: string, personId: string) {
  const inOrg = <T extends { organisationId: AnyPgColumn }>(t: T) => eq(t.organisationId, organisationId);
  const plans = await db.select().from(developmentPlans).where(and(inOrg(developmentPlans), eq(developmentPlans.personId, personId)));
  const planIds = plans.map((p) => p.id);
  const forPlans = planIds.length > 0;
  return {
    assessments: await db.select().from(assessments).where(and(inOrg(assessments), eq(assessments.personId, personId))).orderBy(assessments.startedAt),
    reportSharing: (await db.select().from(reportSharing).where(and(inOrg(reportSharing), eq(reportSharing.personId, personId))))[0] ?? null,
    plans,
    planVersions: forPlans ? await db.select().from(planVersions).where(and(inOrg(planVersions), inArray(planVersions.planId, planIds))).orderBy(planVersions.version) : [],
    planEvents: forPlans ? await db.select().from(planEvents).where(and(inOrg(planEvents), inArray(planEvents.planId, planIds))).orderBy(planEvents.createdAt) : [],
    planProposals: await db.select().from(planProposals).where(and(inOrg(planProposals), eq(planProposals.personId, personId))),
    personBudget: (await db.select().from(personBudgets).where(and(inOrg(personBudgets), eq(personBudgets.personId, personId))))[0] ?? null,
    enrolments: await db.select().from(mentoringEnrolments).where(and(inOrg(mentoringEnrolments), eq(mentoringEnrolments.personId, personId))),
    reactions: await db.select().from(mentoringReactions).where(and(inOrg(mentoringReactions), eq(mentoringReactions.personId, personId))),
    programmeMemberships: await db.select().from(programmeMembers).where(and(inOrg(programmeMembers), eq(programmeMembers.personId, personId))),
    measureValues: await db.select().from(measureValues).where(and(inOrg(measureValues), eq(measureValues.personId, personId))).orderBy(measureValues.period),
    benefitEstimates: await db.select().from(benefitEstimates).where(and(inOrg(benefitEstimates), eq(benefitEstimates.personId, personId))),
  };
}

/**
 * The person's mentoring engagements as mentee with what is in them: sessions, action items, check-ins, closure
 * feedback, and the notes the mentee may read (shared ones, and their own private ones) — a mentor's private notes
 * are the mentor's and are not exported.
 */
export async function listMenteeEngagements(db: TDb, organisationId: string, personId: string, userId: string | null) {
  const engagements = await db.select().from(mentoringEngagements).where(and(eq(mentoringEngagements.organisationId, organisationId), eq(mentoringEngagements.personId, personId)));
  const ids = engagements.map((e) => e.id);
  if (ids.length === 0) return { engagements, sessions: [], actionItems: [], checkIns: [], closureFeedback: [], notes: [] };
  const of = <T extends { organisationId: AnyPgColumn; engagementId: AnyPgColumn }>(t: T) =>
    and(eq(t.organisationId, organisationId), inArray(t.engagementId, ids));
  const readable = userId ? or(eq(mentoringNotes.visibility, "shared"), eq(mentoringNotes.authorUserId, userId)) : eq(mentoringNotes.visibility, "shared");
  return {
    engagements,
    sessions: await db.select().from(mentoringSessions).where(of(mentoringSessions)),
    actionItems: await db.select().from(mentoringActionItems).where(of(mentoringActionItems)),
    checkIns: await db.select().from(mentoringCheckIns).where(of(mentoringCheckIns)),
    closureFeedback: await db.select().from(mentoringClosureFeedback).where(of(mentoringClosureFeedback)),
    notes: await db.select().from(mentoringNotes).where(and(of(mentoringNotes), readable)),
  };
}

/** Notes the account wrote in engagements where the person is not the mentee (e.g. as a mentor). */
export async function listNotesWrittenElsewhere(db: TDb, organisationId: string, personId: string, userId: string) {
  return db
    .select({ id: mentoringNotes.id, engagementId: mentoringNotes.engagementId, visibility: mentoringNotes.visibility, body: mentoringNotes.body, createdAt: mentoringNotes.createdAt, updatedAt: mentoringNotes.updatedAt })
    .from(mentoringNotes)
    .innerJoin(mentoringEngagements, and(eq(mentoringEngagements.organisationId, mentoringNotes.organisationId), eq(mentoringEngagements.id, mentoringNotes.engagementId)))
    .where(and(eq(mentoringNotes.organisationId, organisationId), eq(mentoringNotes.authorUserId, userId), ne(mentoringEngagements.personId, personId)));
}

/** The 360° campaigns about the person: status and dates, and how many raters of each group answered. */
export async function listCampaignsAbout(db: TDb, organisationId: string, personId: string) {
  const campaigns = await db
    .select({ id: feedbackCampaigns.id, status: feedbackCampaigns.status, closesAt: feedbackCampaigns.closesAt, openedAt: feedbackCampaigns.openedAt, closedAt: feedbackCampaigns.closedAt, createdAt: feedbackCampaigns.createdAt })
    .from(feedbackCampaigns)
    .where(and(eq(feedbackCampaigns.organisationId, organisationId), eq(feedbackCampaigns.subjectPersonId, personId)))
    .orderBy(feedbackCampaigns.createdAt);
  if (campaigns.length === 0) return [];
  const counts = await db
    .select({ campaignId: feedbackRaters.campaignId, group: feedbackRaters.group, nominated: sql<number>`count(*)::int`, answered: sql<number>`count(${feedbackResponses.submittedAt})::int` })
    .from(feedbackRaters)
    .leftJoin(feedbackResponses, and(eq(feedbackResponses.organisationId, feedbackRaters.organisationId), eq(feedbackResponses.raterId, feedbackRaters.id)))
    .where(and(eq(feedbackRaters.organisationId, organisationId), inArray(feedbackRaters.campaignId, campaigns.map((c) => c.id))))
    .groupBy(feedbackRaters.campaignId, feedbackRaters.group);
  return campaigns.map((c) => ({ ...c, raterGroups: counts.filter((n) => n.campaignId === c.id).map(({ group, nominated, answered }) => ({ group, nominated, answered })) }));
}

/** The answers the person gave as a rater (their self rating, and ratings of others as a person of the directory). */
export async function listOwnRaterAnswers(db: TDb, organisationId: string, personId: string) {
  return db
    .select({ campaignId: feedbackRaters.campaignId, group: feedbackRaters.group, answers: feedbackResponses.answers, comments: feedbackResponses.comments, submittedAt: feedbackResponses.submittedAt })
    .from(feedbackRaters)
    .innerJoin(feedbackResponses, and(eq(feedbackResponses.organisationId, feedbackRaters.organisationId), eq(feedbackResponses.raterId, feedbackRaters.id)))
    .where(and(eq(feedbackRaters.organisationId, organisationId), eq(feedbackRaters.personId, personId)));
}

/** The invitations sent to the person (no token). */
export async function listPersonInvitations(db: TDb, organisationId: string, personId: string) {
  return db
    .select({ email: invitations.email, roles: invitations.roles, status: invitations.status, sendCount: invitations.sendCount, createdAt: invitations.createdAt, acceptedAt: invitations.acceptedAt, revokedAt: invitations.revokedAt })
    .from(invitations)
    .where(and(eq(invitations.organisationId, organisationId), eq(invitations.personId, personId)));
}

/** The emails of the organisation sent (or queued) to `address`: kind, subject, status and dates; no bodies (they hold links). */
export async function listEmailsTo(db: TDb, organisationId: string, address: string) {
  return db
    .select({ kind: outbox.kind, subject: outbox.subject, status: outbox.status, createdAt: outbox.createdAt, sentAt: outbox.sentAt })
    .from(outbox)
    .where(and(eq(outbox.organisationId, organisationId), sql`lower(${outbox.toAddress}) = lower(${address})`))
    .orderBy(desc(outbox.createdAt));
}

/** The erasure log of the organisation whose person hash is `personHash`, or null. */
export async function findErasure(db: TDb, organisationId: string, personHash: string) {
  const [row] = await db.select().from(personErasures).where(and(eq(personErasures.organisationId, organisationId), eq(personErasures.personHash, personHash)));
  return row ?? null;
}

/** Every erasure of every organisation (the tombstone list). */
export async function listErasures(db: TDb) {
  return db.select().from(personErasures).orderBy(personErasures.erasedAt);
}

export type TErasureRow = typeof personErasures.$inferInsert;

/** Adds an erasure to the log unless its reference is there already. */
export async function insertErasure(db: TDb, row: TErasureRow) {
  await db.insert(personErasures).values(row).onConflictDoNothing();
}

/** Whether the account mentors engagements in the organisation of people other than `personId`. */
export async function mentorsOthers(db: TDb, organisationId: string, userId: string, personId: string): Promise<boolean> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(mentoringEngagements)
    .where(and(eq(mentoringEngagements.organisationId, organisationId), eq(mentoringEngagements.mentorUserId, userId), ne(mentoringEngagements.personId, personId)));
  return (row?.n ?? 0) > 0;
}

/** How many memberships the account has in other organisations. */
async function otherMemberships(db: TDb, organisationId: string, userId: string): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(memberships).where(and(eq(memberships.userId, userId), ne(memberships.organisationId, organisationId)));
  return row?.n ?? 0;
}

/**
 * Erases the person and what they own; call inside a transaction. The rater rows of the person's ratings of others
 * lose every link to them (name, email, person, link token) and keep the answers for the report they belong to.
 * The account goes when it has no other organisation and is not the operator's; else only its membership here.
 */
export async function erasePersonRows(db: TDb, organisationId: string, person: { id: string; email: string }) {
  const inOrg = <T extends { organisationId: AnyPgColumn }>(t: T) => eq(t.organisationId, organisationId);
  const account = await findPersonAccount(db, organisationId, person.id);
  const raterIds = (
    await db
      .select({ id: feedbackRaters.id })
      .from(feedbackRaters)
      .where(and(inOrg(feedbackRaters), or(eq(feedbackRaters.personId, person.id), sql`lower(${feedbackRaters.email}) = lower(${person.email})`)))
  ).map((r) => r.id);
  if (raterIds.length > 0) {
    await db.delete(feedbackRaterSessions).where(and(inOrg(feedbackRaterSessions), inArray(feedbackRaterSessions.raterId, raterIds)));
    await db.update(feedbackRaters).set({ personId: null, name: "", email: "", tokenHash: null }).where(and(inOrg(feedbackRaters), inArray(feedbackRaters.id, raterIds)));
  }
  await db.update(people).set({ managerId: null }).where(and(inOrg(people), eq(people.managerId, person.id)));
  await db.update(mentoringEngagements).set({ sponsorPersonId: null }).where(and(inOrg(mentoringEngagements), eq(mentoringEngagements.sponsorPersonId, person.id)));
  await db.update(mentorProfiles).set({ personId: null }).where(and(inOrg(mentorProfiles), eq(mentorProfiles.personId, person.id)));
  await db.delete(invitations).where(and(inOrg(invitations), eq(invitations.personId, person.id)));
  await db.delete(outbox).where(and(inOrg(outbox), sql`lower(${outbox.toAddress}) = lower(${person.email})`));
  if (account) await eraseAccountIn(db, organisationId, account);
  await db.delete(people).where(and(inOrg(people), eq(people.id, person.id)));
}

async function eraseAccountIn(db: TDb, organisationId: string, account: { userId: string; email: string; isOperator: boolean }) {
  const inOrg = <T extends { organisationId: AnyPgColumn }>(t: T) => eq(t.organisationId, organisationId);
  const { userId } = account;
  await db.delete(mentoringNotes).where(and(inOrg(mentoringNotes), eq(mentoringNotes.authorUserId, userId)));
  await db.delete(mentoringPreferences).where(and(inOrg(mentoringPreferences), eq(mentoringPreferences.userId, userId)));
  await db.delete(mentorProfiles).where(and(inOrg(mentorProfiles), eq(mentorProfiles.userId, userId)));
  await db.delete(apiTokens).where(and(inOrg(apiTokens), eq(apiTokens.userId, userId)));
  await db.delete(invitations).where(and(inOrg(invitations), eq(invitations.userId, userId)));
  await db.delete(userIdentities).where(and(inOrg(userIdentities), eq(userIdentities.userId, userId)));
  await db.delete(memberships).where(and(inOrg(memberships), eq(memberships.userId, userId)));
  await db.delete(sessions).where(eq(sessions.userId, userId));
  if (account.isOperator || (await otherMemberships(db, organisationId, userId)) > 0) return;
  await db.delete(outbox).where(and(isNull(outbox.organisationId), sql`lower(${outbox.toAddress}) = lower(${account.email})`));
  await db.delete(users).where(eq(users.id, userId));
}

/** Id, employee number and email of every person of the organisation (to match tombstones). */
export async function listPersonKeys(db: TDb, organisationId: string) {
  return db.select({ id: people.id, employeeNumber: people.employeeNumber, email: people.email }).from(people).where(eq(people.organisationId, organisationId));
}
