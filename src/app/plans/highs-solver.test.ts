import { beforeAll, describe, expect, it } from "vitest";
import type { TMipSolver } from "../../domain/plans/mip-model";
import { checkAllocation, optimiseAllocation, type TOptimiseInput } from "../../domain/plans/optimiser";
import { seededRandom, type TRandom } from "../../domain/shared/random";
import { loadHighsSolver } from "./highs-solver";

let solver: TMipSolver;
beforeAll(async () => {
  solver = await loadHighsSolver();
});

function instance(random: TRandom, people: number, modules: number, perPerson: number, budgetShare: number): TOptimiseInput {
  const mods = Array.from({ length: modules }, (_, i) => ({
    id: `m${i}`,
    costCents: Math.round(20 + random() * 2_000) * 100,
    seats: random() < 0.6 ? Math.floor(random() * (people / 2)) : null,
    hours: 2 + Math.floor(random() * 24),
  }));
  const participants = Array.from({ length: people }, (_, p) => {
    const picked = [...mods].sort(() => random() - 0.5).slice(0, perPerson);
    return { id: `p${p}`, maxHours: 16 + Math.floor(random() * 40), options: picked.map((m) => ({ moduleId: m.id, impact: Math.round(random() * 1_000) / 1_000 })) };
  });
  const total = participants.reduce((s, p) => s + p.options.reduce((t, o) => t + (mods.find((m) => m.id === o.moduleId)?.costCents ?? 0), 0), 0);
  return { budgetCents: Math.round(total * budgetShare), modules: mods, participants };
}

/** Best objective over all subsets of offered pairs, checked by checkAllocation alone. */
function exhaustive(input: TOptimiseInput): number {
  const pairs = input.participants.flatMap((p) => p.options.map((o) => ({ personId: p.id, moduleId: o.moduleId })));
  let best = 0;
  for (let mask = 0; mask < 1 << pairs.length; mask++) {
    const check = checkAllocation(input, pairs.filter((_, j) => mask & (1 << j)));
    if (check.ok && check.objective > best) best = check.objective;
  }
  return best;
}

describe("HiGHS through the domain's solver interface", () => {
  const random = seededRandom(11);
  const small = Array.from({ length: 8 }, (_, i) => [i, instance(random, 3, 5, 4, 0.2 + (i % 4) * 0.15)] as const);
  const larger = Array.from({ length: 6 }, (_, i) => [i, instance(random, 60, 25, 6, 0.1 + i * 0.05)] as const);

  it.each(small)("small instance %d: the exact optimum, within every constraint", (_i, input) => {
    const result = optimiseAllocation(input, solver, { relativeGap: 0 });
    expect(checkAllocation(input, result.allocations).violations).toEqual([]);
    expect(result.objective).toBeCloseTo(exhaustive(input), 6);
    expect(result.objective).toBeGreaterThanOrEqual(result.greedyObjective - 1e-9);
  });

  it.each(larger)("larger instance %d: feasible, between greedy and the LP bound", (_i, input) => {
    const result = optimiseAllocation(input, solver);
    const check = checkAllocation(input, result.allocations);
    expect(check.violations).toEqual([]);
    expect(check.spentCents).toBeLessThanOrEqual(input.budgetCents);
    expect(result.method).toBe("mip");
    expect(result.lpBound).not.toBeNull();
    expect(result.objective).toBeLessThanOrEqual((result.lpBound ?? 0) + 1e-6);
    expect(result.objective).toBeGreaterThanOrEqual(result.greedyObjective - 1e-9);
    expect(result.gapPct).toBeGreaterThanOrEqual(0);
  });

  it.each(larger.slice(0, 3))("larger instance %d, MIP restricted to the LP's support: still feasible and never below greedy", (_i, input) => {
    const result = optimiseAllocation(input, solver, { fullMipMaxColumns: 0 });
    expect(result.notes.map((n) => n.code)).toContain("mip-restricted");
    expect(checkAllocation(input, result.allocations).violations).toEqual([]);
    expect(result.objective).toBeGreaterThanOrEqual(result.greedyObjective - 1e-9);
    expect(result.objective).toBeLessThanOrEqual((result.lpBound ?? 0) + 1e-6);
  });

  it.each(small.slice(0, 4))("small instance %d with each person's budget: the exact optimum, nobody over their budget", (_i, input) => {
    const capped: TOptimiseInput = { ...input, budgetCents: input.budgetCents * 3, participants: input.participants.map((p, k) => ({ ...p, maxCents: [50_000, 120_000, null][k % 3] ?? null })) };
    const result = optimiseAllocation(capped, solver, { relativeGap: 0 });
    expect(checkAllocation(capped, result.allocations).violations).toEqual([]);
    expect(result.objective).toBeCloseTo(exhaustive(capped), 6);
  });

  it("maps an infeasible model to infeasible, not to an exception", () => {
    const outcome = solver.solve({ objective: Float64Array.from([1]), rows: [{ name: "r", columns: Int32Array.from([0]), coefficients: Float64Array.from([1]), upper: -1 }] }, { relax: false, timeLimitSeconds: 5, relativeGap: 0 });
    expect(outcome.status).toBe("infeasible");
    expect(outcome.values).toBeNull();
  });
});
