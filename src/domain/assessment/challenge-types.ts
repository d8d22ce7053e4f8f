import type { TLocalised } from "./localised";

/** The seed's three manager situations. */
export const SITUATIONS = ["new-in-role", "hard-time", "can-do-more"] as const;
export type TSituation = (typeof SITUATIONS)[number];

/** One behaviour that shows a challenge, asked of the person ("I …") and of raters ("This manager …"). */
export type TChallengeStatement = {
  id: string;
  self: TLocalised;
  rater: TLocalised;
};

/** One of the seed's 29 challenges: canonical wording per language and the statements that measure it. */
export type TChallenge = {
  id: string;
  situation: TSituation;
  /** The seed's wording, completing "Managers who … " (nl: "Managers die …"). */
  wording: TLocalised;
  statements: readonly TChallengeStatement[];
};
