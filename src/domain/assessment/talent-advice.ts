import { AGREEABLENESS_ADVICE } from "./talent-advice-agreeableness";
import { CONSCIENTIOUSNESS_ADVICE } from "./talent-advice-conscientiousness";
import { EXTRAVERSION_ADVICE } from "./talent-advice-extraversion";
import { NEUROTICISM_ADVICE } from "./talent-advice-neuroticism";
import { OPENNESS_ADVICE } from "./talent-advice-openness";
import type { TTalentAdvice } from "./talent-advice-types";

export type { TTalentAdvice } from "./talent-advice-types";

/** Narrative, manager benefit, action ideas and overuse warning for each of the 60 talents, by talent id. */
export const TALENT_ADVICE: Readonly<Record<string, TTalentAdvice>> = {
  ...NEUROTICISM_ADVICE,
  ...EXTRAVERSION_ADVICE,
  ...OPENNESS_ADVICE,
  ...AGREEABLENESS_ADVICE,
  ...CONSCIENTIOUSNESS_ADVICE,
};

/** The advice for one talent id (every talent has one; a test checks). */
export function talentAdvice(talentId: string): TTalentAdvice | undefined {
  return TALENT_ADVICE[talentId];
}
