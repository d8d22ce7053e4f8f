import { z } from "zod";
import { ZUuid } from "./common";
import { ZPlanStatus } from "./plans";

/** The largest amount in cents (as the domain's MAX_CENTS: one billion in the currency). */
const MAX_BUDGET_CENTS = 100_000_000_000;

/** POST /api/optimiser/runs: the total budget in integer cents of the organisation's currency. */
export const ZOptimiserRunRequest = z.strictObject({
  budgetCents: z.number().int("budgetCents must be whole cents").min(0, "budgetCents cannot be negative").max(MAX_BUDGET_CENTS),
});
export type TOptimiserRunRequest = z.infer<typeof ZOptimiserRunRequest>;

/** Why a person gets nothing: the domain's reasons plus "no-profile" (no completed challenge scan). */
export const ZOptimiserLeftOutReason = z.enum(["no-profile", "no-options", "no-seats", "over-hours", "over-person-budget", "over-budget", "outranked"]);

export const ZOptimiserAllocation = z.object({
  personId: ZUuid,
  personName: z.string(),
  employeeNumber: z.string(),
  moduleIds: z.array(z.string()),
  modules: z.array(z.object({ id: z.string(), title: z.string(), costCents: z.number(), hours: z.number() })),
  costCents: z.number(),
  hours: z.number(),
  impact: z.number(),
});
export type TOptimiserAllocation = z.infer<typeof ZOptimiserAllocation>;

export const ZOptimiserRun = z.object({
  id: ZUuid,
  createdAt: z.string(),
  appliedAt: z.string().nullable(),
  currency: z.string(),
  budgetCents: z.number(),
  spentCents: z.number(),
  method: z.enum(["mip", "greedy", "all", "none"]),
  objective: z.number(),
  lpBound: z.number().nullable(),
  gapPct: z.number().nullable(),
  greedyObjective: z.number(),
  greedySpentCents: z.number(),
  ratioToGreedy: z.number().nullable(),
  solveMs: z.number(),
  participants: z.number().int(),
  /** One row per person who gets at least one module (titles in the reader's language). */
  allocations: z.array(ZOptimiserAllocation),
  leftOut: z.array(z.object({ personId: ZUuid, personName: z.string(), employeeNumber: z.string(), reasons: z.array(ZOptimiserLeftOutReason) })),
  modulesWithoutSeats: z.array(z.object({ id: z.string(), title: z.string() })),
  notes: z.array(z.object({ code: z.string(), detail: z.string() })),
  /** A sentence (English) when the result needs one (nothing affordable, solver fell back to greedy); messageCode says which. */
  message: z.string().nullable(),
  messageCode: z.enum(["nothing-affordable", "no-participants", "nothing-to-give", "greedy-fallback"]).nullable(),
  /** With nothing-affordable: the cheapest module on anyone's menu. */
  cheapestCents: z.number().nullable(),
});
export type TOptimiserRun = z.infer<typeof ZOptimiserRun>;

export const ZOptimiserRunSummary = ZOptimiserRun.pick({
  id: true,
  createdAt: true,
  appliedAt: true,
  currency: true,
  budgetCents: true,
  spentCents: true,
  method: true,
  objective: true,
  gapPct: true,
  participants: true,
}).extend({ allocatedPeople: z.number().int() });
export const ZOptimiserRunList = z.object({ items: z.array(ZOptimiserRunSummary) });

export const ZOptimiserRunQuery = z.object({ lang: z.enum(["nl", "fr", "en"]).optional() });

/**
 * POST /api/optimiser/runs/{id}/apply: only these people (default: everyone with an allocation), after HR confirmed
 * the impact list: `confirm` is the `confirm` of GET .../impact.
 */
export const ZOptimiserApplyRequest = z.strictObject({
  personIds: z.array(ZUuid).max(10_000).optional(),
  confirm: z.string().min(1, "confirm the impact list first (GET .../impact)").max(200),
});
export type TOptimiserApplyRequest = z.infer<typeof ZOptimiserApplyRequest>;
/** applied = direct + proposed; unchanged people are counted apart. */
export const ZOptimiserApplyResult = z.object({ applied: z.number().int(), direct: z.number().int(), proposed: z.number().int(), unchanged: z.number().int() });
export type TOptimiserApplyResult = z.infer<typeof ZOptimiserApplyResult>;

/** What applying the run would do to one person's plan (titles in the reader's language). */
export const ZOptimiserImpactLine = z.object({
  personId: ZUuid,
  personName: z.string(),
  employeeNumber: z.string(),
  /** direct: written as a draft version (no plan yet, or a draft); proposal: offered to the owner to accept or decline; unchanged: nothing to do */
  kind: z.enum(["direct", "proposal", "unchanged"]),
  planStatus: ZPlanStatus.nullable(),
  oldModules: z.array(z.object({ id: z.string(), title: z.string() })),
  newModules: z.array(z.object({ id: z.string(), title: z.string() })),
  /** the person has a pending proposal from an earlier run that this one withdraws */
  replacesProposal: z.boolean(),
});
export type TOptimiserImpactLine = z.infer<typeof ZOptimiserImpactLine>;

/** GET /api/optimiser/runs/{id}/impact: who is affected and how; `confirm` goes back with the apply request. */
export const ZOptimiserImpact = z.object({
  runId: ZUuid,
  items: z.array(ZOptimiserImpactLine),
  counts: z.object({ direct: z.number().int(), proposal: z.number().int(), unchanged: z.number().int() }),
  /** a hash of this list: apply refuses (409, field confirm) when the impact has changed since */
  confirm: z.string(),
});
export type TOptimiserImpact = z.infer<typeof ZOptimiserImpact>;
