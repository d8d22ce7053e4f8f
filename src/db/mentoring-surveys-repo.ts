import { and, eq } from "drizzle-orm";
import type { TDb } from "./client";
import { mentoringClosureFeedback, mentoringEngagements, mentoringReactions } from "./schema/index";

// Mentoring surveys (issue 5): reaction surveys (Kirkpatrick level 1) and closure feedback.

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

/** Every reaction survey answer of the organisation (no comments): the participation overview steps over them. */
export async function listReactionAnswers(db: TDb, organisationId: string) {
  return db
    .select({
      id: mentoringReactions.id,
      personId: mentoringReactions.personId,
      createdAt: mentoringReactions.createdAt,
      satisfaction: mentoringReactions.satisfaction,
      relevance: mentoringReactions.relevance,
      intentToApply: mentoringReactions.intentToApply,
    })
    .from(mentoringReactions)
    .where(eq(mentoringReactions.organisationId, organisationId));
}
