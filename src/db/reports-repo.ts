import { and, desc, eq, gt, isNotNull, isNull, lte, or, sql } from "drizzle-orm";
import { findLatestCompleted } from "./assessments-repo";
import type { TDb } from "./client";
import {
  assessments,
  feedbackCampaigns,
  feedbackRaters,
  feedbackResponses,
  memberships,
  mentorships,
  organisations,
  people,
  reportSharing,
} from "./schema/index";

// The reading side of the diagnosis: reports and HR aggregates. Every query names the organisation.

export type TReportPerson = {
  id: string;
  firstName: string;
  lastName: string;
  department: string;
  managerId: string | null;
  roleStartDate: string | null;
};

/** One person of the organisation, or undefined (also for another organisation's id). */
export async function findReportPerson(db: TDb, organisationId: string, personId: string): Promise<TReportPerson | undefined> {
  const [row] = await db
    .select({
      id: people.id,
      firstName: people.firstName,
      lastName: people.lastName,
      department: people.department,
      managerId: people.managerId,
      roleStartDate: people.roleStartDate,
    })
    .from(people)
    .where(and(eq(people.organisationId, organisationId), eq(people.id, personId)));
  return row;
}

export const DEFAULT_SHARING = { mentor: true, lineManager: false, hr: false } as const;
export type TSharingRow = { mentor: boolean; lineManager: boolean; hr: boolean };

/** Who the person shares their report with; the defaults when they never chose. */
export async function findReportSharing(db: TDb, organisationId: string, personId: string): Promise<TSharingRow> {
  const [row] = await db
    .select({ mentor: reportSharing.mentor, lineManager: reportSharing.lineManager, hr: reportSharing.hr })
    .from(reportSharing)
    .where(and(eq(reportSharing.organisationId, organisationId), eq(reportSharing.personId, personId)));
  return row ?? { ...DEFAULT_SHARING };
}

/** The people of the organisation who share their report with HR (the default shares with nobody but the mentor). */
export async function listPersonIdsSharingWithHr(db: TDb, organisationId: string): Promise<Set<string>> {
  const rows = await db
    .select({ personId: reportSharing.personId })
    .from(reportSharing)
    .where(and(eq(reportSharing.organisationId, organisationId), eq(reportSharing.hr, true)));
  return new Set(rows.map((row) => row.personId));
}

/** Stores the person's sharing choice. */
export async function saveReportSharing(db: TDb, organisationId: string, personId: string, values: TSharingRow, now: Date): Promise<void> {
  await db
    .insert(reportSharing)
    .values({ organisationId, personId, ...values, updatedAt: now })
    .onConflictDoUpdate({ target: [reportSharing.organisationId, reportSharing.personId], set: { ...values, updatedAt: now } });
}

/** True when the user is a current (not ended) mentor of the person. */
export async function isActiveMentor(db: TDb, organisationId: string, personId: string, mentorUserId: string, now: Date): Promise<boolean> {
  const [row] = await db
    .select({ one: sql<number>`1` })
    .from(mentorships)
    .where(
      and(
        eq(mentorships.organisationId, organisationId),
        eq(mentorships.personId, personId),
        eq(mentorships.mentorUserId, mentorUserId),
        or(isNull(mentorships.endedAt), gt(mentorships.endedAt, now)),
      ),
    );
  return row !== undefined;
}

export type TCompletedAssessment = { personId: string; answers: unknown; completedAt: Date };

/** The person's newest completed attempt at an instrument. */
export async function findLatestCompletedAssessment(
  db: TDb,
  organisationId: string,
  personId: string,
  instrument: string,
): Promise<TCompletedAssessment | undefined> {
  const row = await findLatestCompleted(db, organisationId, personId, instrument);
  return row?.completedAt ? { personId: row.personId, answers: row.answers, completedAt: row.completedAt } : undefined;
}

/** Every active person's newest completed attempt at an instrument, with their department. */
export async function listLatestCompletedAssessments(
  db: TDb,
  organisationId: string,
  instrument: string,
): Promise<(TCompletedAssessment & { department: string })[]> {
  const rows = await db
    .selectDistinctOn([assessments.personId], {
      personId: assessments.personId,
      answers: assessments.answers,
      completedAt: assessments.completedAt,
      department: people.department,
    })
    .from(assessments)
    .innerJoin(people, and(eq(people.organisationId, assessments.organisationId), eq(people.id, assessments.personId)))
    .where(
      and(
        eq(assessments.organisationId, organisationId),
        eq(assessments.instrument, instrument),
        isNotNull(assessments.completedAt),
        eq(people.active, true),
      ),
    )
    .orderBy(assessments.personId, desc(assessments.completedAt));
  return rows.flatMap((row) => (row.completedAt ? [{ ...row, completedAt: row.completedAt }] : []));
}

/**
 * Every completed attempt of an instrument by the organisation's active people (retakes included), oldest
 * first, with the person's department: the history the stepped HR aggregates are derived from.
 */
export async function listCompletedAssessmentHistory(
  db: TDb,
  organisationId: string,
  instrument: string,
): Promise<(TCompletedAssessment & { id: string; department: string })[]> {
  const rows = await db
    .select({ id: assessments.id, personId: assessments.personId, answers: assessments.answers, completedAt: assessments.completedAt, department: people.department })
    .from(assessments)
    .innerJoin(people, and(eq(people.organisationId, assessments.organisationId), eq(people.id, assessments.personId)))
    .where(and(eq(assessments.organisationId, organisationId), eq(assessments.instrument, instrument), isNotNull(assessments.completedAt), eq(people.active, true)))
    .orderBy(assessments.completedAt, assessments.id);
  return rows.flatMap((row) => (row.completedAt ? [{ ...row, completedAt: row.completedAt }] : []));
}

export type TClosedCampaign = { id: string; shuffleSeed: number; closedAt: Date };

/**
 * The newest closed 360 campaign about the person: closed by HR, or open past its close date
 * (its links are dead, so its responses are final).
 */
export async function findLatestClosedCampaign(db: TDb, organisationId: string, personId: string, now: Date): Promise<TClosedCampaign | undefined> {
  const closedAt = sql<Date>`coalesce(${feedbackCampaigns.closedAt}, ${feedbackCampaigns.closesAt})`;
  const [row] = await db
    .select({ id: feedbackCampaigns.id, shuffleSeed: feedbackCampaigns.shuffleSeed, closedAt: feedbackCampaigns.closedAt, closesAt: feedbackCampaigns.closesAt })
    .from(feedbackCampaigns)
    .where(
      and(
        eq(feedbackCampaigns.organisationId, organisationId),
        eq(feedbackCampaigns.subjectPersonId, personId),
        or(eq(feedbackCampaigns.status, "closed"), and(eq(feedbackCampaigns.status, "open"), lte(feedbackCampaigns.closesAt, now))),
      ),
    )
    .orderBy(desc(closedAt))
    .limit(1);
  if (!row) return undefined;
  return { id: row.id, shuffleSeed: row.shuffleSeed, closedAt: row.closedAt ?? row.closesAt };
}

export type TSubmittedResponse = { raterId: string; group: string; answers: unknown; comments: unknown };

/** A campaign's submitted responses (drafts never), each with its rater's group — and nothing else of the rater. */
export async function listSubmittedResponses(db: TDb, organisationId: string, campaignId: string): Promise<TSubmittedResponse[]> {
  return db
    .select({
      raterId: feedbackResponses.raterId,
      group: feedbackRaters.group,
      answers: feedbackResponses.answers,
      comments: feedbackResponses.comments,
    })
    .from(feedbackResponses)
    .innerJoin(
      feedbackRaters,
      and(eq(feedbackRaters.organisationId, feedbackResponses.organisationId), eq(feedbackRaters.id, feedbackResponses.raterId)),
    )
    .where(
      and(
        eq(feedbackResponses.organisationId, organisationId),
        eq(feedbackResponses.campaignId, campaignId),
        eq(feedbackRaters.campaignId, campaignId),
        isNotNull(feedbackResponses.submittedAt),
      ),
    );
}

/** The organisation's settings document (anonymity overrides live under `anonymity`). */
export async function findOrganisationSettings(db: TDb, organisationId: string): Promise<unknown> {
  const [row] = await db.select({ settings: organisations.settings }).from(organisations).where(eq(organisations.id, organisationId));
  return row?.settings ?? {};
}

/** Makes a user the mentor of a person (demo data and, later, matching); a second call changes nothing. */
export async function insertMentorship(db: TDb, organisationId: string, personId: string, mentorUserId: string, at: Date) {
  await db.insert(mentorships).values({ organisationId, personId, mentorUserId, createdAt: at }).onConflictDoNothing();
}
