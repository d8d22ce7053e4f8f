import { findChallenge } from "../../../domain/assessment/manager-challenges";
import { currentLocale } from "../../i18n";

/** A manager challenge's wording in the reader's language; the id when unknown. */
export function challengeLabel(challengeId: string): string {
  return findChallenge(challengeId)?.wording[currentLocale()] ?? challengeId;
}
