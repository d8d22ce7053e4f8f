import { z } from "zod";
import { ZLocale, ZUuid } from "./common";

export const MENTOR_CAPACITY_MAX = 50;

/** NUL and lone surrogates cannot be stored in PostgreSQL text or jsonb. */
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const storable = (schema: z.ZodString) => schema.refine((text) => !UNSTORABLE.test(text), "must not contain NUL characters or lone surrogates");
const oneLine = (schema: z.ZodString) => schema.regex(/^[^\u0000-\u001f\u007f\u2028\u2029]*$/, "must be one line without control characters");

/** A mentor's matching profile as they (or HR) write it. */
export const ZMentorProfileInput = z.strictObject({
  expertise: z
    .array(z.strictObject({ challengeId: oneLine(z.string().trim().min(1).max(80)), level: z.number().int().min(1).max(3) }))
    .max(29),
  languages: z.array(ZLocale).min(1, "a mentor speaks at least one language").max(3),
  industries: z.array(storable(oneLine(z.string().trim().min(1).max(80)))).max(20),
  capacity: z.number().int().min(1).max(MENTOR_CAPACITY_MAX),
  available: z.boolean(),
  bio: storable(z.string().max(2000)),
});
export type TMentorProfileInput = z.infer<typeof ZMentorProfileInput>;

export const ZNamedChallenge = z.object({ id: z.string(), name: z.string() });

/** A mentor of the organisation with their profile (defaults when they never saved one) and current load. */
export const ZMentorProfile = z.object({
  userId: ZUuid,
  name: z.string(),
  email: z.string(),
  personId: ZUuid.nullable(),
  hasProfile: z.boolean(),
  expertise: z.array(z.object({ challengeId: z.string(), level: z.number().int(), name: z.string() })),
  languages: z.array(ZLocale),
  industries: z.array(z.string()),
  capacity: z.number().int(),
  available: z.boolean(),
  bio: z.string(),
  activeMentees: z.number().int(),
  updatedAt: z.string().nullable(),
});
export type TMentorProfile = z.infer<typeof ZMentorProfile>;
export const ZMentorList = z.object({ items: z.array(ZMentorProfile) });

export const ZMatchPart = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("expertise"), points: z.number(), max: z.number(), challenges: z.array(ZNamedChallenge) }),
  z.object({ kind: z.literal("language"), points: z.number(), max: z.number(), language: ZLocale.nullable() }),
  z.object({ kind: z.literal("industry"), points: z.number(), max: z.number(), industry: z.string().nullable() }),
  z.object({ kind: z.literal("capacity"), points: z.number(), max: z.number(), free: z.number().int(), capacity: z.number().int() }),
]);
export type TMatchPart = z.infer<typeof ZMatchPart>;

export const ZIneligibleReason = z.enum(["self", "own-line-manager", "same-department", "no-common-language", "unavailable", "at-capacity"]);

/** An explained match score (0–100) of one mentor for one person. */
export const ZMatchScore = z.object({
  mentorUserId: ZUuid,
  mentorName: z.string(),
  mentorEmail: z.string(),
  total: z.number(),
  parts: z.array(ZMatchPart),
  ineligible: z.array(ZIneligibleReason),
});
export type TMatchScore = z.infer<typeof ZMatchScore>;

export const ZMenteeSummary = z.object({
  id: ZUuid,
  name: z.string(),
  employeeNumber: z.string(),
  department: z.string().nullable(),
  /** empty unless challengesShared */
  topChallenges: z.array(ZNamedChallenge.extend({ score: z.number() })),
  /** false: the person does not share their report with the reader, so no challenge is shown (the score still uses them) */
  challengesShared: z.boolean(),
});

/** GET /api/mentors/matching: the whole-pool proposal (HR). */
export const ZMatchingQuery = z.object({ excludeSameDepartment: z.enum(["true", "false"]).optional(), lang: ZLocale.optional() });
export const ZMatching = z.object({
  matches: z.array(
    z.object({
      person: ZMenteeSummary,
      assigned: ZMatchScore.nullable(),
      topThree: z.array(ZMatchScore),
      unmatchedReason: z.enum(["no-eligible-mentor", "mentors-full"]).nullable(),
      excluded: z.partialRecord(ZIneligibleReason, z.number().int()),
    }),
  ),
  totalScore: z.number(),
  matched: z.number().int(),
  mentors: z.number().int(),
  excludeSameDepartment: z.boolean(),
  /** A sentence (English) when the pool gives nothing to match or leaves people out; messageCode says which. */
  message: z.string().nullable(),
  messageCode: z.enum(["no-mentors", "nobody-waiting", "some-unmatched"]).nullable(),
});
export type TMatching = z.infer<typeof ZMatching>;

export const ZMentorship = z.object({ personId: ZUuid, mentorUserId: ZUuid, mentorName: z.string(), mentorEmail: z.string(), since: z.string() });
export type TMentorship = z.infer<typeof ZMentorship>;

/** GET /api/me/mentor-match: the signed-in person's three best mentors (the person chooses) and their current one. */
export const ZMyMentorMatch = z.object({
  personId: ZUuid,
  hasScan: z.boolean(),
  topChallenges: z.array(ZNamedChallenge.extend({ score: z.number() })),
  topThree: z.array(
    ZMatchScore.extend({
      languages: z.array(ZLocale),
      industries: z.array(z.string()),
      expertise: z.array(z.object({ challengeId: z.string(), level: z.number().int(), name: z.string() })),
      bio: z.string(),
    }),
  ),
  current: ZMentorship.nullable(),
});
export type TMyMentorMatch = z.infer<typeof ZMyMentorMatch>;
export const ZLangQuery = z.object({ lang: ZLocale.optional() });

export const ZChooseMentorRequest = z.strictObject({ mentorUserId: ZUuid });
export const ZMentorAssignmentRequest = z.strictObject({ personId: ZUuid, mentorUserId: ZUuid });
