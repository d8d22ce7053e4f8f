import type { TDevelopmentModule } from "./catalogue";
import { CAN_DO_MORE_MODULES } from "./starter-catalogue-can-do-more";
import { HARD_TIME_MODULES } from "./starter-catalogue-hard-time";
import { NEW_IN_ROLE_MODULES } from "./starter-catalogue-new-in-role";

/**
 * The starter catalogue the mentoring firm maintains, written by us: 45 modules in nl, fr and en covering all
 * 29 challenges, with Belgian prices in euro cents (excl. VAT) and hours of effort per participant.
 */
export const STARTER_CATALOGUE: readonly TDevelopmentModule[] = [...NEW_IN_ROLE_MODULES, ...HARD_TIME_MODULES, ...CAN_DO_MORE_MODULES];
