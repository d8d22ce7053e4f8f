import type { TLocale } from "../shared/locale";
import { CAN_DO_MORE_CHALLENGES } from "./challenges-can-do-more";
import { HARD_TIME_CHALLENGES } from "./challenges-hard-time";
import { NEW_IN_ROLE_CHALLENGES } from "./challenges-new-in-role";
import type { TChallenge, TChallengeStatement, TSituation } from "./challenge-types";
import type { TLocalised } from "./localised";

/** The 29 challenges of the seed, in the seed's order. */
export const MANAGER_CHALLENGES: readonly TChallenge[] = [
  ...NEW_IN_ROLE_CHALLENGES,
  ...HARD_TIME_CHALLENGES,
  ...CAN_DO_MORE_CHALLENGES,
];

/** The seed's situation headings; nl is the seed's own wording. */
export const SITUATION_NAMES: Readonly<Record<TSituation, TLocalised>> = {
  "new-in-role": { nl: "Nieuw in deze rol", fr: "Récemment en fonction", en: "New in the role" },
  "hard-time": { nl: "Heeft het moeilijk", fr: "En difficulté", en: "Having a hard time" },
  "can-do-more": { nl: "Kan meer", fr: "Peut aller plus loin", en: "Can do more" },
};

/** Labels of the 5-point frequency scale, index 0 = answer 1 (never). */
export const FREQUENCY_LABELS: Readonly<Record<TLocale, readonly [string, string, string, string, string]>> = {
  nl: ["Nooit", "Zelden", "Soms", "Vaak", "Altijd"],
  fr: ["Jamais", "Rarement", "Parfois", "Souvent", "Toujours"],
  en: ["Never", "Rarely", "Sometimes", "Often", "Always"],
};

/** Label of the "can't judge" answer, stored as null. */
export const CANNOT_JUDGE_LABEL: TLocalised = { nl: "Kan ik niet beoordelen", fr: "Je ne peux pas juger", en: "Can't judge" };

export type TScanForm = "self" | "rater";

/** One statement as shown in one language and form (the shape `sterk assess items --instrument challenge-scan` prints). */
export type TScanStatementInLocale = {
  id: string;
  challengeId: string;
  situation: TSituation;
  form: TScanForm;
  text: string;
};

const STATEMENTS: ReadonlyMap<string, { challenge: TChallenge; statement: TChallengeStatement }> = new Map(
  MANAGER_CHALLENGES.flatMap((challenge) => challenge.statements.map((statement) => [statement.id, { challenge, statement }] as const)),
);

/** The challenge with this id, or undefined. */
export function findChallenge(id: string): TChallenge | undefined {
  return MANAGER_CHALLENGES.find((challenge) => challenge.id === id);
}

/** The challenge a statement belongs to, or undefined for an unknown statement id. */
export function challengeOfStatement(statementId: string): TChallenge | undefined {
  return STATEMENTS.get(statementId)?.challenge;
}

/** The statements in one language, for one form or both (self first), in the seed's order. */
export function challengeScanStatements(locale: TLocale, forms: readonly TScanForm[] = ["self", "rater"]): TScanStatementInLocale[] {
  return forms.flatMap((form) =>
    MANAGER_CHALLENGES.flatMap((challenge) =>
      challenge.statements.map((statement) => ({
        id: statement.id,
        challengeId: challenge.id,
        situation: challenge.situation,
        form,
        text: statement[form][locale],
      })),
    ),
  );
}
