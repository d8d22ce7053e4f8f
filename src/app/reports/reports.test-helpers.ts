// Test data for the reading side, written straight into the tables (the writing slices are separate).
import { eq } from "drizzle-orm";
import type { TDb } from "../../db/client";
import { upsertMembership } from "../../db/organisations-repo";
import {
  assessments,
  feedbackCampaigns,
  feedbackRaters,
  feedbackResponses,
  mentorships,
  organisations,
  people,
} from "../../db/schema/index";
import { IPIP_NEO_120_ITEMS, MANAGER_CHALLENGES, type TBigFiveDomain } from "../../domain/assessment/index";

let counter = 0;

/** Adds a person to the directory. */
export async function addPerson(
  db: TDb,
  organisationId: string,
  values: { firstName?: string; lastName?: string; department?: string; managerId?: string | null; roleStartDate?: string | null } = {},
): Promise<string> {
  counter += 1;
  const [row] = await db
    .insert(people)
    .values({
      organisationId,
      employeeNumber: `T${counter}`,
      firstName: values.firstName ?? `Person${counter}`,
      lastName: values.lastName ?? "Test",
      email: `person${counter}@reports.test`,
      department: values.department ?? "",
      managerId: values.managerId ?? null,
      roleStartDate: values.roleStartDate ?? null,
    })
    .returning({ id: people.id });
  if (!row) throw new Error("insert person failed");
  return row.id;
}

/** Links a user's membership to a person record. */
export async function linkUserToPerson(db: TDb, organisationId: string, userId: string, personId: string): Promise<void> {
  await upsertMembership(db, { organisationId, userId, roles: [], personId });
}

/** Stores a completed assessment. */
export async function completeAssessment(
  db: TDb,
  organisationId: string,
  personId: string,
  instrument: "ipip-neo-120" | "challenge-scan",
  answers: Record<string, number | null>,
  completedAt = new Date("2026-01-15T10:00:00Z"),
): Promise<void> {
  await db.insert(assessments).values({ organisationId, personId, instrument, answers, startedAt: completedAt, updatedAt: completedAt, completedAt });
}

/**
 * IPIP answers (as the person chose them) giving each facet the keyed item value `levels[facet]`
 * (default 3, so the facet sits on the midpoint 12); minus-keyed items are answered in reverse.
 */
export function ipipAnswers(levels: Partial<Record<`${TBigFiveDomain}${number}`, number>> = {}, noise?: (itemIndex: number) => number): Record<string, number> {
  return Object.fromEntries(
    IPIP_NEO_120_ITEMS.map((item, index) => {
      const keyedValue = Math.min(5, Math.max(1, (levels[`${item.domain}${item.facet}`] ?? 3) + (noise?.(index) ?? 0)));
      return [item.id, item.keyed === "minus" ? 6 - keyedValue : keyedValue];
    }),
  );
}

/** Challenge-scan answers: every statement of a challenge gets `levels[challengeId]` (default `fallback`). */
export function scanAnswers(levels: Record<string, number | null> = {}, fallback: number | null = 2): Record<string, number | null> {
  return Object.fromEntries(
    MANAGER_CHALLENGES.flatMap((challenge) => challenge.statements.map((s) => [s.id, challenge.id in levels ? (levels[challenge.id] ?? null) : fallback])),
  );
}

export type TTestRater = {
  group: "line_manager" | "peer" | "direct_report" | "other";
  answers: Record<string, number | null>;
  comments?: { itemId?: string; text: string }[];
  submitted?: boolean;
};

/** A campaign about the subject with its raters and their responses. */
export async function addCampaign(
  db: TDb,
  organisationId: string,
  subjectPersonId: string,
  values: { status?: string; closesAt?: Date; closedAt?: Date | null; shuffleSeed?: number; raters: TTestRater[] },
): Promise<string> {
  const closesAt = values.closesAt ?? new Date("2026-02-01T00:00:00Z");
  const [campaign] = await db
    .insert(feedbackCampaigns)
    .values({
      organisationId,
      subjectPersonId,
      status: values.status ?? "closed",
      closesAt,
      closedAt: values.closedAt === undefined ? closesAt : values.closedAt,
      shuffleSeed: values.shuffleSeed ?? 42,
    })
    .returning({ id: feedbackCampaigns.id });
  if (!campaign) throw new Error("insert campaign failed");
  for (const [index, rater] of values.raters.entries()) {
    const [row] = await db
      .insert(feedbackRaters)
      .values({ organisationId, campaignId: campaign.id, group: rater.group, name: `Rater ${index}`, email: `rater${index}-${campaign.id}@raters.test` })
      .returning({ id: feedbackRaters.id });
    if (!row) throw new Error("insert rater failed");
    await db.insert(feedbackResponses).values({
      organisationId,
      raterId: row.id,
      campaignId: campaign.id,
      answers: rater.answers,
      comments: rater.comments ?? [],
      submittedAt: rater.submitted === false ? null : new Date("2026-01-20T09:00:00Z"),
    });
  }
  return campaign.id;
}

/** Makes a user the person's mentor (ended when `endedAt` is given). */
export async function addMentorship(db: TDb, organisationId: string, personId: string, mentorUserId: string, endedAt: Date | null = null): Promise<void> {
  await db.insert(mentorships).values({ organisationId, personId, mentorUserId, endedAt });
}

/** Replaces the organisation's settings document. */
export async function setOrganisationSettings(db: TDb, organisationId: string, settings: unknown): Promise<void> {
  await db.update(organisations).set({ settings }).where(eq(organisations.id, organisationId));
}
