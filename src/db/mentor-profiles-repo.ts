import { sql } from "drizzle-orm";
import type { TDb } from "./client";
import { mentorProfiles } from "./schema/index";

export type TMentorProfileValues = {
  expertise: { challengeId: string; level: number }[];
  languages: string[];
  industries: string[];
  capacity: number;
  available?: boolean;
  bio?: string;
  personId?: string | null;
};

/** Creates or replaces a mentor's matching profile in an organisation (values already validated). */
export async function upsertMentorProfile(db: TDb, organisationId: string, userId: string, values: TMentorProfileValues): Promise<void> {
  const set = {
    expertise: values.expertise,
    languages: values.languages,
    industries: values.industries,
    capacity: values.capacity,
    available: values.available ?? true,
    bio: values.bio ?? "",
    personId: values.personId ?? null,
  };
  await db
    .insert(mentorProfiles)
    .values({ organisationId, userId, ...set })
    .onConflictDoUpdate({ target: [mentorProfiles.organisationId, mentorProfiles.userId], set: { ...set, updatedAt: sql`now()` } });
}
