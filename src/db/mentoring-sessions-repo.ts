import { and, asc, eq, gt, inArray, or, sql, type SQL } from "drizzle-orm";
import type { TDb } from "./client";
import { linkedUser } from "./mentoring-repo";
import { mentoringEngagements, mentoringSessions } from "./schema/index";

// Mentoring sessions (issue 5): proposals, bookings under a per-organisation lock, optimistic updates.

export type TSessionRowBase = typeof mentoringSessions.$inferSelect;

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
