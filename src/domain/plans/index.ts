// À la carte development plans (issue 4): catalogue, recommendation engine, plans and budgets, the standard
// programme comparison and the org-wide optimiser's model. Pure: no I/O; the MIP solver is injected.

/** Money as integer cents with an ISO 4217 currency. */
export { checkMoney, checkCents, checkCurrency, sumMoney, MAX_CENTS } from "./money";
export type { TMoney } from "./money";

/** Catalogue modules: formats, validation of one module or a whole catalogue. */
export { MODULE_FORMATS, validateModule, validateCatalogue } from "./catalogue";
export type { TDevelopmentModule, TModuleFormat, TChallengeWeight } from "./catalogue";
/** The starter catalogue the mentoring firm maintains (45 modules, nl/fr/en, all 29 challenges). */
export { STARTER_CATALOGUE } from "./starter-catalogue";

/** Talent strengths from a strengths profile, and the strongest talents. */
export { talentStrengthsFromProfile, strongestTalents } from "./talent-strengths";
export type { TTalentStrengths } from "./talent-strengths";

/** The recommendation engine (talent × effort) and its documented parameters. */
export {
  recommend,
  createRecommender,
  effortFactor,
  TALENT_MULTIPLIER,
  STRONG_TALENT_COUNT,
  SECONDARY_SHARE,
  SITUATION_BONUS,
  REFERENCE_HOURS,
  EFFORT_MIN,
  EFFORT_MAX,
  DEFAULT_MENU_SIZE,
  DEFAULT_MAX_PER_FORMAT,
} from "./recommend";
export type { TPersonNeeds, TRecommendOptions, TReason, TSuggestion, TRecommendation, TRecommender, TLeftOut } from "./recommend";
/** A suggestion's reason in nl, fr or en. */
export { reasonText } from "./reason-text";

/** Plans: validation, totals, budget arithmetic and the approval flow. */
export { validatePlan, planTotals, budgetStatus, planBudgetCheck, nextPlanStatus, PLAN_STATUSES, PLAN_TRANSITIONS, MIN_GOALS, MAX_GOALS, MAX_PLAN_MODULES } from "./plan";
export type { TPlanGoal, TPlanDraft, TBudgetStatus, TPlanStatus, TPlanAction, TPlanActor } from "./plan";

/** The one rule for committing money and hours: budgets, the hour limit, an approved plan or HR's override. */
export { decideCommitment, requireCommitment, refusalText, COMMITMENT_REFUSAL_CODES, MAX_OVERRIDE_REASON } from "./commitment";
export type { TCommitment, TCommitmentLimits, TCommitmentDecision, TCommitmentRefusal, TCommitmentRefusalCode } from "./commitment";

/** Predicted impact of a plan, and personalised plans next to the standard programme. */
export { planImpact, compareWithStandard } from "./compare-standard";
export type { TPlanImpact, TPersonComparison, TGroupComparison, TStandardComparison } from "./compare-standard";

/** The org-wide optimiser: 0/1 model, injected solver, greedy baseline and an independent checker. */
export { optimiseAllocation, buildAllocationModel, checkAllocation } from "./optimiser";
export { participantCaps } from "./optimiser-budgets";
export type {
  TOptimiseInput,
  TOptimiseResult,
  TOptimiseSettings,
  TOptimiserModule,
  TOptimiserParticipant,
  TAllocation,
  TAllocationCheck,
  TLeftOutReason,
  TOptimiseNote,
} from "./optimiser";
export { toCplexLp } from "./mip-model";
export type { TMipModel, TMipRow, TMipSolver, TSolveOptions, TSolveOutcome } from "./mip-model";
