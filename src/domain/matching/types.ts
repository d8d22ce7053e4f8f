import type { TLocale } from "../shared/locale";

/** How well a mentor knows a challenge: 1 = has dealt with it, 2 = experienced, 3 = specialist. */
export type TExpertiseLevel = 1 | 2 | 3;

export type TMentor = {
  id: string;
  /** The mentor's person id when they work in the organisation (to exclude line managers and colleagues); null for external mentors. */
  personId: string | null;
  department: string | null;
  expertise: readonly { challengeId: string; level: TExpertiseLevel }[];
  languages: readonly TLocale[];
  industries: readonly string[];
  /** Most mentees at a time. */
  capacity: number;
  /** Mentees they already have. */
  activeMentees: number;
  available: boolean;
};

export type TMentee = {
  /** The mentee's person id. */
  id: string;
  lineManagerId: string | null;
  department: string | null;
  language: TLocale;
  /** Other languages the mentee is comfortable in. */
  otherLanguages?: readonly TLocale[];
  industry: string | null;
  /** The mentee's top challenges with their scan scores (1–5), e.g. from topChallenges. */
  topChallenges: readonly { challengeId: string; score: number }[];
};

export type TMatchPart =
  | { kind: "expertise"; points: number; max: number; challengeIds: readonly string[] }
  | { kind: "language"; points: number; max: number; language: TLocale | null }
  | { kind: "industry"; points: number; max: number; industry: string | null }
  | { kind: "capacity"; points: number; max: number; free: number; capacity: number };

/** Why a mentor cannot be matched with a mentee. */
export type TIneligibleReason = "self" | "own-line-manager" | "same-department" | "no-common-language" | "unavailable" | "at-capacity";

/** An explained score: total 0–100 and its parts; `ineligible` lists every rule that rules the pair out. */
export type TMatchScore = { mentorId: string; menteeId: string; total: number; parts: readonly TMatchPart[]; ineligible: readonly TIneligibleReason[] };
