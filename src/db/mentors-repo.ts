import { and, count, eq, isNull, ne, sql } from "drizzle-orm";
import type { TDb } from "./client";
import { memberships, mentorProfiles, mentorships, users } from "./schema/index";

export type TMentorRow = {
  userId: string;
  name: string;
  email: string;
  locale: string | null;
  membershipPersonId: string | null;
  profile: {
    personId: string | null;
    expertise: unknown;
    languages: unknown;
    industries: unknown;
    capacity: number;
    available: boolean;
    bio: string;
    updatedAt: Date;
  } | null;
};

/** Every account with the mentor role in the organisation, with their matching profile when they saved one. */
export async function listMentorRows(db: TDb, organisationId: string, userId?: string): Promise<TMentorRow[]> {
  const rows = await db
    .select({
      userId: users.id,
      name: users.displayName,
      email: users.email,
      locale: users.locale,
      membershipPersonId: memberships.personId,
      profileUserId: mentorProfiles.userId,
      personId: mentorProfiles.personId,
      expertise: mentorProfiles.expertise,
      languages: mentorProfiles.languages,
      industries: mentorProfiles.industries,
      capacity: mentorProfiles.capacity,
      available: mentorProfiles.available,
      bio: mentorProfiles.bio,
      updatedAt: mentorProfiles.updatedAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(mentorProfiles, and(eq(mentorProfiles.organisationId, memberships.organisationId), eq(mentorProfiles.userId, memberships.userId)))
    .where(
      and(
        eq(memberships.organisationId, organisationId),
        sql`'mentor' = any(${memberships.roles})`,
        userId === undefined ? undefined : eq(memberships.userId, userId),
      ),
    )
    .orderBy(users.displayName, users.id);
  return rows.map((r) => ({
    userId: r.userId,
    name: r.name,
    email: r.email,
    locale: r.locale,
    membershipPersonId: r.membershipPersonId,
    profile:
      r.profileUserId === null
        ? null
        : {
            personId: r.personId,
            expertise: r.expertise,
            languages: r.languages,
            industries: r.industries,
            capacity: r.capacity ?? 3,
            available: r.available ?? true,
            bio: r.bio ?? "",
            updatedAt: r.updatedAt ?? new Date(0),
          },
  }));
}

/** Active mentorships (not ended) of the organisation. */
export async function listActiveMentorships(db: TDb, organisationId: string): Promise<{ personId: string; mentorUserId: string; createdAt: Date }[]> {
  return db
    .select({ personId: mentorships.personId, mentorUserId: mentorships.mentorUserId, createdAt: mentorships.createdAt })
    .from(mentorships)
    .where(and(eq(mentorships.organisationId, organisationId), isNull(mentorships.endedAt)));
}

/** Locks the mentor's membership row until the transaction ends, so two assignments to one mentor queue. */
export async function lockMentor(db: TDb, organisationId: string, mentorUserId: string): Promise<void> {
  await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, mentorUserId)))
    .for("update");
}

/** How many active mentees the mentor has, not counting the given person. */
export async function countActiveMentees(db: TDb, organisationId: string, mentorUserId: string, exceptPersonId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(mentorships)
    .where(
      and(
        eq(mentorships.organisationId, organisationId),
        eq(mentorships.mentorUserId, mentorUserId),
        isNull(mentorships.endedAt),
        ne(mentorships.personId, exceptPersonId),
      ),
    );
  return row?.n ?? 0;
}

/**
 * Makes the mentor the person's one active mentor: ends any other active mentorship of the person and starts (or
 * restarts) this one. Call in a transaction.
 */
export async function setActiveMentorship(db: TDb, organisationId: string, personId: string, mentorUserId: string, now: Date): Promise<Date> {
  await db
    .update(mentorships)
    .set({ endedAt: now })
    .where(
      and(eq(mentorships.organisationId, organisationId), eq(mentorships.personId, personId), isNull(mentorships.endedAt), ne(mentorships.mentorUserId, mentorUserId)),
    );
  const [row] = await db
    .insert(mentorships)
    .values({ organisationId, personId, mentorUserId, createdAt: now, endedAt: null })
    .onConflictDoUpdate({
      target: [mentorships.organisationId, mentorships.personId, mentorships.mentorUserId],
      set: { endedAt: null, createdAt: sql`case when ${mentorships.endedAt} is null then ${mentorships.createdAt} else excluded.created_at end` },
    })
    .returning({ createdAt: mentorships.createdAt });
  return row?.createdAt ?? now;
}
