// What a programme evaluation reads from the rest of Sterk (issue 6): reactions (L1), challenge scans (L2),
// closed 360 campaigns and goal check-ins (L3), measure values (L4); the cached evaluations and the dashboard's
// organisation-wide counts. Every query is limited to the programme's members inside the organisation.
import { and, eq, sql, type SQL } from "drizzle-orm";
import type { TDb } from "./client";
import {
  assessments,
  developmentPlans,
  feedbackCampaigns,
  feedbackRaters,
  feedbackResponses,
  measureValues,
  mentoringCheckIns,
  mentoringEngagements,
  mentoringReactions,
  people,
  programmeCohorts,
  programmeEvaluations,
  programmeMeasures,
  programmeMembers,
} from "./schema/index";

/** The programme's members, as a subquery. */
const membersOf = (organisationId: string, programmeId: string): SQL =>
  sql`(select ${programmeMembers.personId} from ${programmeMembers} where ${programmeMembers.organisationId} = ${organisationId} and ${programmeMembers.programmeId} = ${programmeId})`;

/** Level 1: each member's mean reaction over the surveys answered in [from, to). */
export async function listReactionMeans(db: TDb, organisationId: string, programmeId: string, from: Date, to: Date) {
  return db
    .select({
      personId: mentoringReactions.personId,
      satisfaction: sql<number>`avg(${mentoringReactions.satisfaction})`.mapWith(Number),
      relevance: sql<number>`avg(${mentoringReactions.relevance})`.mapWith(Number),
      intentToApply: sql<number>`avg(${mentoringReactions.intentToApply})`.mapWith(Number),
    })
    .from(mentoringReactions)
    .where(
      and(
        eq(mentoringReactions.organisationId, organisationId),
        sql`${mentoringReactions.personId} in ${membersOf(organisationId, programmeId)}`,
        sql`${mentoringReactions.createdAt} >= ${from.toISOString()}::timestamptz`,
        sql`${mentoringReactions.createdAt} < ${to.toISOString()}::timestamptz`,
      ),
    )
    .groupBy(mentoringReactions.personId);
}

/** Level 2: the members' completed attempts of one instrument. */
export async function listCompletedAssessmentsOfMembers(db: TDb, organisationId: string, programmeId: string, instrument: string) {
  const rows = await db
    .select({ id: assessments.id, personId: assessments.personId, answers: assessments.answers, completedAt: assessments.completedAt })
    .from(assessments)
    .where(
      and(
        eq(assessments.organisationId, organisationId),
        eq(assessments.instrument, instrument),
        sql`${assessments.completedAt} is not null`,
        sql`${assessments.personId} in ${membersOf(organisationId, programmeId)}`,
      ),
    );
  return rows.map((r) => ({ ...r, answers: r.answers as Record<string, number | null>, completedAt: r.completedAt as Date }));
}

/** Level 3: closed 360 campaigns about members (an open campaign past its close date counts as closed). */
export async function listClosedCampaignsOfMembers(db: TDb, organisationId: string, programmeId: string, now: Date) {
  return db
    .select({
      id: feedbackCampaigns.id,
      personId: feedbackCampaigns.subjectPersonId,
      endedAt: sql<Date>`coalesce(${feedbackCampaigns.closedAt}, ${feedbackCampaigns.closesAt})`.mapWith((v: string | Date) => new Date(v)),
      shuffleSeed: feedbackCampaigns.shuffleSeed,
    })
    .from(feedbackCampaigns)
    .where(
      and(
        eq(feedbackCampaigns.organisationId, organisationId),
        sql`${feedbackCampaigns.subjectPersonId} in ${membersOf(organisationId, programmeId)}`,
        sql`(${feedbackCampaigns.status} = 'closed' or (${feedbackCampaigns.status} = 'open' and ${feedbackCampaigns.closesAt} <= ${now.toISOString()}::timestamptz))`,
      ),
    );
}

/** Submitted responses of the campaigns, with each rater's group (server side only: pass them through `aggregate`). */
export async function listSubmittedResponsesOf(db: TDb, organisationId: string, campaignIds: readonly string[]) {
  if (campaignIds.length === 0) return [];
  const rows = await db
    .select({ campaignId: feedbackResponses.campaignId, raterId: feedbackResponses.raterId, group: feedbackRaters.group, answers: feedbackResponses.answers })
    .from(feedbackResponses)
    .innerJoin(feedbackRaters, and(eq(feedbackRaters.organisationId, feedbackResponses.organisationId), eq(feedbackRaters.id, feedbackResponses.raterId)))
    .where(
      and(
        eq(feedbackResponses.organisationId, organisationId),
        sql`${feedbackResponses.campaignId} = any(${`{${campaignIds.join(",")}}`}::uuid[])`,
        sql`${feedbackResponses.submittedAt} is not null`,
      ),
    );
  return rows.map((r) => ({ ...r, answers: r.answers as Record<string, number | null> }));
}

/** Level 3 fallback: goal check-ins of the members' mentoring engagements in [from, to). */
export async function listCheckInsOfMembers(db: TDb, organisationId: string, programmeId: string, from: Date, to: Date) {
  return db
    .select({ personId: mentoringEngagements.personId, engagementId: mentoringCheckIns.engagementId, challengeId: mentoringCheckIns.challengeId, progress: mentoringCheckIns.progress, createdAt: mentoringCheckIns.createdAt })
    .from(mentoringCheckIns)
    .innerJoin(mentoringEngagements, and(eq(mentoringEngagements.organisationId, mentoringCheckIns.organisationId), eq(mentoringEngagements.id, mentoringCheckIns.engagementId)))
    .where(
      and(
        eq(mentoringCheckIns.organisationId, organisationId),
        sql`${mentoringEngagements.personId} in ${membersOf(organisationId, programmeId)}`,
        sql`${mentoringCheckIns.createdAt} >= ${from.toISOString()}::timestamptz`,
        sql`${mentoringCheckIns.createdAt} < ${to.toISOString()}::timestamptz`,
      ),
    )
    .orderBy(mentoringCheckIns.createdAt, mentoringCheckIns.id);
}

/** Level 4: per programme measure and member, the mean value over the baseline and over the follow-up months. */
export async function listMeasureMeans(db: TDb, organisationId: string, programmeId: string, windows: { baselineFrom: string; baselineTo: string; followupFrom: string; followupTo: string }) {
  const inBaseline = sql`${measureValues.period} between ${windows.baselineFrom} and ${windows.baselineTo}`;
  const inFollowup = sql`${measureValues.period} between ${windows.followupFrom} and ${windows.followupTo}`;
  return db
    .select({
      measureId: measureValues.measureId,
      personId: measureValues.personId,
      before: sql<number | null>`avg(${measureValues.value}) filter (where ${inBaseline})`.mapWith((v: unknown) => (v === null ? null : Number(v))),
      after: sql<number | null>`avg(${measureValues.value}) filter (where ${inFollowup})`.mapWith((v: unknown) => (v === null ? null : Number(v))),
    })
    .from(measureValues)
    .where(
      and(
        eq(measureValues.organisationId, organisationId),
        sql`${measureValues.measureId} in (select ${programmeMeasures.measureId} from ${programmeMeasures} where ${programmeMeasures.organisationId} = ${organisationId} and ${programmeMeasures.programmeId} = ${programmeId})`,
        sql`${measureValues.personId} in ${membersOf(organisationId, programmeId)}`,
        sql`(${inBaseline} or ${inFollowup})`,
      ),
    )
    .groupBy(measureValues.measureId, measureValues.personId);
}

// ---- the cache

export async function findEvaluation(db: TDb, organisationId: string, programmeId: string) {
  const [row] = await db
    .select({ dataVersion: programmeEvaluations.dataVersion, result: programmeEvaluations.result, computedAt: programmeEvaluations.computedAt })
    .from(programmeEvaluations)
    .where(and(eq(programmeEvaluations.organisationId, organisationId), eq(programmeEvaluations.programmeId, programmeId)));
  return row;
}

export async function listEvaluations(db: TDb, organisationId: string) {
  return db
    .select({ programmeId: programmeEvaluations.programmeId, dataVersion: programmeEvaluations.dataVersion, result: programmeEvaluations.result, computedAt: programmeEvaluations.computedAt })
    .from(programmeEvaluations)
    .where(eq(programmeEvaluations.organisationId, organisationId));
}

export async function saveEvaluation(db: TDb, organisationId: string, programmeId: string, dataVersion: number, result: unknown, computedAt: Date) {
  await db
    .insert(programmeEvaluations)
    .values({ organisationId, programmeId, dataVersion, result, computedAt })
    .onConflictDoUpdate({ target: [programmeEvaluations.organisationId, programmeEvaluations.programmeId], set: { dataVersion, result, computedAt } });
}

// ---- organisation-wide participation (count queries)

export async function countParticipation(db: TDb, organisationId: string) {
  const n = sql<number>`count(*)`.mapWith(Number);
  const [peopleRow, programmeRow, planRow, mentoringRow] = await Promise.all([
    db.select({ n }).from(people).where(and(eq(people.organisationId, organisationId), eq(people.active, true))),
    db
      .select({ n: sql<number>`count(distinct ${programmeMembers.personId})`.mapWith(Number) })
      .from(programmeMembers)
      .innerJoin(programmeCohorts, and(eq(programmeCohorts.organisationId, programmeMembers.organisationId), eq(programmeCohorts.id, programmeMembers.cohortId)))
      .where(and(eq(programmeMembers.organisationId, organisationId), sql`${programmeCohorts.kind} <> 'comparison'`)),
    db.select({ n }).from(developmentPlans).where(and(eq(developmentPlans.organisationId, organisationId), sql`${developmentPlans.status} <> 'draft'`)),
    db
      .select({ n: sql<number>`count(distinct ${mentoringEngagements.personId})`.mapWith(Number) })
      .from(mentoringEngagements)
      .where(and(eq(mentoringEngagements.organisationId, organisationId), sql`${mentoringEngagements.status} in ('active', 'paused', 'completed')`)),
  ]);
  return { people: peopleRow[0]?.n ?? 0, inProgrammes: programmeRow[0]?.n ?? 0, withPlan: planRow[0]?.n ?? 0, inMentoring: mentoringRow[0]?.n ?? 0 };
}
