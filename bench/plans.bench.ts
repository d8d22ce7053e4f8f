import { loadHighsSolver } from "../src/app/plans/highs-solver";
import { checkAllocation, optimiseAllocation, type TOptimiseInput } from "../src/domain/plans/optimiser";
import { createRecommender } from "../src/domain/plans/recommend";
import { generateModules, generatePeople } from "./generate-plans";
import type { TBenchResult } from "./bench-result";

const SUGGEST_PEOPLE = 10_000;
const SUGGEST_MODULES = 500;
const SUGGEST_TARGET_MS = 2_000;

/** Menus for 10,000 people from 500 modules: filters, scores, diversity, reasons (issue 4, part 8: < 2 s). */
export async function benchPlanSuggestions(): Promise<TBenchResult> {
  const modules = generateModules(SUGGEST_MODULES, 41);
  const people = generatePeople(SUGGEST_PEOPLE, 42);
  const recommender = createRecommender(modules);
  for (const person of people.slice(0, 200)) recommender.recommend(person); // warm-up, as in a running server
  const started = performance.now();
  let suggestions = 0;
  for (const person of people) suggestions += recommender.recommend(person).menu.length;
  const ms = performance.now() - started;
  return {
    name: `plan suggestions: ${SUGGEST_PEOPLE} people x ${SUGGEST_MODULES} modules`,
    ms,
    target_ms: SUGGEST_TARGET_MS,
    ok: ms < SUGGEST_TARGET_MS,
    extra: { suggestions, per_person_us: Math.round((ms / SUGGEST_PEOPLE) * 1_000) },
  };
}

const OPT_PEOPLE = 5_000;
const OPT_MODULES = 300;
const OPT_TARGET_MS = 30_000;
const OPT_MAX_GAP_PCT = 0.5;
const MENU = 10;
const BUDGET_PER_PERSON_CENTS = 25_000;

/** The optimiser: 5,000 people choosing from their 10-module menus out of 300 modules (< 30 s, ≤ 0.5 % from the LP bound, never below greedy). */
export async function benchPlanOptimiser(): Promise<TBenchResult> {
  return optimiserBench(null);
}

/** The same with each person's own budget (€150, €250 or €400 in turn; issue 13): a money row per person in the model. */
export async function benchPlanOptimiserPersonBudgets(): Promise<TBenchResult> {
  return optimiserBench([15_000, 25_000, 40_000]);
}

async function optimiserBench(personBudgets: readonly number[] | null): Promise<TBenchResult> {
  const modules = generateModules(OPT_MODULES, 51);
  const people = generatePeople(OPT_PEOPLE, 52);
  const recommender = createRecommender(modules);
  const input: TOptimiseInput = {
    budgetCents: OPT_PEOPLE * BUDGET_PER_PERSON_CENTS,
    modules: modules.map((m) => ({ id: m.id, costCents: m.cost.cents, seats: m.seatsPerPeriod, hours: m.hours })),
    participants: people.map((person, i) => ({
      id: person.id,
      maxHours: [40, 60, 80][i % 3] ?? 40,
      maxCents: personBudgets ? (personBudgets[i % personBudgets.length] ?? null) : null,
      options: recommender.recommend(person, { menuSize: MENU, maxPerFormat: 3 }).menu.map((s) => ({ moduleId: s.moduleId, impact: s.score })),
    })),
  };
  const solver = await loadHighsSolver();
  const started = performance.now();
  const result = optimiseAllocation(input, solver, { timeLimitSeconds: 12, relativeGap: 0.001 });
  const ms = performance.now() - started;
  const check = checkAllocation(input, result.allocations);
  const gap = result.gapPct ?? Number.POSITIVE_INFINITY;
  const notBelowGreedy = result.objective >= result.greedyObjective - 1e-9;
  const round = (x: number | null, d = 4) => (x === null ? "null" : Math.round(x * 10 ** d) / 10 ** d);
  return {
    name: `plan optimiser: ${OPT_PEOPLE} people x ${OPT_MODULES} modules (menus of ${MENU})${personBudgets ? ", person budgets" : ""}`,
    ms,
    target_ms: OPT_TARGET_MS,
    ok: ms < OPT_TARGET_MS && gap <= OPT_MAX_GAP_PCT && notBelowGreedy && check.ok,
    extra: {
      method: result.method,
      objective: round(result.objective),
      lp_bound: round(result.lpBound),
      gap_pct: round(result.gapPct, 3),
      greedy_objective: round(result.greedyObjective),
      ratio_to_greedy: round(result.ratioToGreedy),
      solve_ms: Math.round(result.solveMs),
      lp_ms: Math.round(result.lpMs),
      mip_ms: Math.round(result.mipMs),
      allocations: result.allocations.length,
      spent_cents: result.spentCents,
      budget_cents: result.budgetCents,
      constraints_ok: String(check.ok),
      notes: result.notes.map((n) => n.code).join(",") || "-",
    },
  };
}
