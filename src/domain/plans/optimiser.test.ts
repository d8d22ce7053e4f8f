import { describe, expect, it } from "vitest";
import { seededRandom, type TRandom } from "../shared/random";
import type { TMipModel, TMipSolver, TSolveOutcome } from "./mip-model";
import { toCplexLp } from "./mip-model";
import { buildAllocationModel, checkAllocation, optimiseAllocation, type TAllocation, type TOptimiseInput } from "./optimiser";

/** Exact for small models: tries every 0/1 vector. The "LP bound" it reports is Σ positive objective (a valid bound). */
const bruteForceSolver: TMipSolver = {
  name: "brute-force",
  solve(model: TMipModel, options): TSolveOutcome {
    const n = model.objective.length;
    if (options.relax) {
      const bound = model.objective.reduce((s, v) => s + Math.max(0, v), 0);
      return { status: "optimal", objective: bound, values: new Float64Array(n).fill(1), detail: "bound" };
    }
    let best = -1;
    let bestMask = 0;
    for (let mask = 0; mask < 1 << n; mask++) {
      const ok = model.rows.every((row) => {
        let lhs = 0;
        row.columns.forEach((c, k) => {
          if (mask & (1 << c)) lhs += row.coefficients[k] ?? 0;
        });
        return lhs <= row.upper + 1e-9;
      });
      if (!ok) continue;
      let value = 0;
      for (let j = 0; j < n; j++) if (mask & (1 << j)) value += model.objective[j] ?? 0;
      if (value > best + 1e-12) {
        best = value;
        bestMask = mask;
      }
    }
    return { status: "optimal", objective: best, values: Float64Array.from({ length: n }, (_, j) => ((bestMask >> j) & 1 ? 1 : 0)), detail: "exhaustive" };
  },
};

const fixedSolver = (values: (n: number) => Float64Array | null, status: TSolveOutcome["status"] = "optimal"): TMipSolver => ({
  name: "fixed",
  solve: (model, options) =>
    options.relax
      ? { status: "optimal", objective: model.objective.reduce((s, v) => s + v, 0), values: new Float64Array(model.objective.length), detail: "lp" }
      : { status, objective: 0, values: values(model.objective.length), detail: status },
});

function randomInstance(random: TRandom, people: number, modules: number, perPerson: number): TOptimiseInput {
  const mods = Array.from({ length: modules }, (_, i) => ({
    id: `m${i}`,
    costCents: Math.round(random() * 4) * 25_000,
    seats: random() < 0.5 ? Math.floor(random() * 3) : null,
    hours: 4 + Math.floor(random() * 20),
  }));
  return {
    budgetCents: Math.round(random() * 200_000),
    modules: mods,
    participants: Array.from({ length: people }, (_, p) => {
      const picked = [...mods].sort(() => random() - 0.5).slice(0, perPerson);
      return { id: `p${p}`, maxHours: random() < 0.2 ? null : 8 + Math.floor(random() * 30), options: picked.map((m) => ({ moduleId: m.id, impact: Math.round(random() * 100) / 100 })) };
    }),
  };
}

/** The best objective over every subset of offered pairs that checkAllocation accepts: independent of the model. */
function bruteForceOptimum(input: TOptimiseInput): number {
  const pairs: TAllocation[] = input.participants.flatMap((p) => p.options.map((o) => ({ personId: p.id, moduleId: o.moduleId })));
  let best = 0;
  for (let mask = 0; mask < 1 << pairs.length; mask++) {
    const chosen = pairs.filter((_, j) => mask & (1 << j));
    const check = checkAllocation(input, chosen);
    if (check.ok && check.objective > best) best = check.objective;
  }
  return best;
}

describe("optimiseAllocation on small random instances (checked independently of the solver)", () => {
  const random = seededRandom(4);
  const instances = Array.from({ length: 25 }, (_, i) => [i, randomInstance(random, 2 + (i % 3), 4, i % 2 === 0 ? 3 : 4)] as const);

  it.each(instances)("instance %d: within budget, seats and hours, optimal, never below greedy", (_i, input) => {
    const result = optimiseAllocation(input, bruteForceSolver);
    const check = checkAllocation(input, result.allocations);
    expect(check.violations).toEqual([]);
    expect(check.spentCents).toBe(result.spentCents);
    expect(result.spentCents).toBeLessThanOrEqual(input.budgetCents);
    expect(check.objective).toBeCloseTo(result.objective, 9);
    expect(result.objective).toBeGreaterThanOrEqual(result.greedyObjective - 1e-9);
    expect(result.objective).toBeCloseTo(bruteForceOptimum(input), 9);
    if (result.lpBound !== null) expect(result.lpBound).toBeGreaterThanOrEqual(result.objective - 1e-9);
  });
});

const modules = [
  { id: "workshop", costCents: 60_000, seats: 1, hours: 7 },
  { id: "book", costCents: 4_000, seats: null, hours: 8 },
  { id: "track", costCents: 300_000, seats: 5, hours: 18 },
];
const ANN = { id: "ann", maxHours: 20, options: [{ moduleId: "workshop", impact: 1 }, { moduleId: "book", impact: 0.4 }, { moduleId: "track", impact: 2 }] };
const BOB = { id: "bob", maxHours: 10, options: [{ moduleId: "workshop", impact: 0.9 }, { moduleId: "book", impact: 0.5 }] };
const participants = [ANN, BOB];

describe("bad input gives a clear message and a partial result, never a crash", () => {
  it("nothing affordable: empty allocation, a message and every person left out for the budget", () => {
    const result = optimiseAllocation({ budgetCents: 1_000, modules, participants }, bruteForceSolver);
    expect(result.method).toBe("none");
    expect(result.allocations).toEqual([]);
    expect(result.message).toMatch(/Nothing is affordable.*4000 cents.*1000 cents/);
    expect(result.notes.map((n) => n.code)).toEqual(["nothing-affordable"]);
    expect(result.leftOut).toEqual([
      { personId: "ann", reasons: ["over-budget"] },
      { personId: "bob", reasons: ["over-budget"] },
    ]);
  });

  it("people without a profile (no options) and modules without seats are reported", () => {
    const input = {
      budgetCents: 1_000_000,
      modules: [...modules, { id: "full", costCents: 1_000, seats: 0, hours: 2 }],
      participants: [...participants, { id: "cem", maxHours: 40, options: [] }, { id: "dee", maxHours: 40, options: [{ moduleId: "full", impact: 3 }] }],
    };
    const result = optimiseAllocation(input, bruteForceSolver);
    expect(result.modulesWithoutSeats).toEqual(["full"]);
    expect(result.leftOut).toEqual([
      { personId: "cem", reasons: ["no-options"] },
      { personId: "dee", reasons: ["no-seats"] },
    ]);
    expect(checkAllocation(input, result.allocations).ok).toBe(true);
  });

  it("a person whose options all exceed their hours is left out for hours", () => {
    const result = optimiseAllocation({ budgetCents: 1_000_000, modules, participants: [{ id: "eve", maxHours: 5, options: [{ moduleId: "book", impact: 1 }] }] }, bruteForceSolver);
    expect(result.leftOut).toEqual([{ personId: "eve", reasons: ["over-hours"] }]);
  });

  it("a person outranked for the last seat says so", () => {
    const result = optimiseAllocation({ budgetCents: 1_000_000, modules, participants: participants.map((p) => ({ ...p, options: p.options.filter((o) => o.moduleId === "workshop") })) }, bruteForceSolver);
    expect(result.allocations).toEqual([{ personId: "ann", moduleId: "workshop" }]);
    expect(result.leftOut).toEqual([{ personId: "bob", reasons: ["outranked"] }]);
  });

  it.each([
    ["negative budget", { budgetCents: -1, modules, participants }, "budgetCents"],
    ["fractional budget", { budgetCents: 10.5, modules, participants }, "budgetCents"],
    ["negative cost", { budgetCents: 10, modules: [{ ...modules[0], id: "x", costCents: -5, seats: 1, hours: 1 }], participants: [] }, "modules[0].costCents"],
    ["unknown module", { budgetCents: 10, modules, participants: [{ id: "z", maxHours: 1, options: [{ moduleId: "nope", impact: 1 }] }] }, "participants[0].options[0].moduleId"],
    ["negative impact", { budgetCents: 10, modules, participants: [{ id: "z", maxHours: 1, options: [{ moduleId: "book", impact: -1 }] }] }, "participants[0].options[0].impact"],
  ])("rejects %s with a DomainError naming the field", (_label, input, field) => {
    expect(() => optimiseAllocation(input as TOptimiseInput, bruteForceSolver)).toThrow(expect.objectContaining({ code: "VALIDATION", field }));
  });
});

describe("the result is never below greedy", () => {
  const input = { budgetCents: 400_000, modules, participants };

  it.each([
    ["stops at a poor allocation (bob's workshop only)", fixedSolver((n) => Float64Array.from({ length: n }, (_, j) => (j === 3 ? 1 : 0)), "feasible"), "mip-below-greedy"],
    ["breaks the constraints", fixedSolver((n) => new Float64Array(n).fill(1)), "mip-invalid"],
    ["stops without a solution", fixedSolver(() => null, "no-solution"), "mip-no-solution"],
    ["fails", fixedSolver(() => null, "error"), "mip-no-solution"],
  ])("when the solver %s, greedy is returned with a note", (_label, solver, code) => {
    const result = optimiseAllocation(input, solver);
    expect(result.method).toBe("greedy");
    expect(result.notes.map((n) => n.code)).toContain(code);
    expect(result.objective).toBeCloseTo(result.greedyObjective, 12);
    expect(checkAllocation(input, result.allocations).ok).toBe(true);
    expect(result.message).toMatch(/greedy/);
  });

  it("a solver allocation that leaves slack is filled greedily, and kept when it beats greedy", () => {
    const result = optimiseAllocation(input, fixedSolver((n) => Float64Array.from({ length: n }, (_, j) => (j === 2 ? 1 : 0))));
    expect(result.method).toBe("mip");
    expect(result.allocations).toEqual([
      { personId: "ann", moduleId: "track" },
      { personId: "bob", moduleId: "book" },
    ]);
    expect(result.objective).toBeCloseTo(2.5, 12);
    expect(result.greedyObjective).toBeCloseTo(1.9, 12);
    expect(result.ratioToGreedy).toBeCloseTo(2.5 / 1.9, 12);
  });

  it("when nothing binds, everyone gets every option without a solver", () => {
    const never: TMipSolver = { name: "never", solve: () => { throw new Error("not called"); } };
    const result = optimiseAllocation({ budgetCents: 10_000_000, modules: modules.map((m) => ({ ...m, seats: null })), participants: participants.map((p) => ({ ...p, maxHours: null })) }, never);
    expect(result.method).toBe("all");
    expect(result.allocations).toHaveLength(5);
    expect(result.gapPct).toBe(0);
  });
});

describe("the model", () => {
  it("has a budget row, seat rows and hour rows only where they can bind", () => {
    const input = { budgetCents: 100_000, modules, participants };
    const options = [
      { p: 0, m: 0, impact: 1, cost: 60_000, hours: 7 },
      { p: 0, m: 1, impact: 0.4, cost: 4_000, hours: 8 },
      { p: 1, m: 0, impact: 0.9, cost: 60_000, hours: 7 },
      { p: 1, m: 1, impact: 0.5, cost: 4_000, hours: 8 },
    ];
    const model = buildAllocationModel({ input, options });
    expect(model.rows.map((r) => r.name)).toEqual(["budget", "seats:workshop", "hours:bob"]);
    expect([...(model.rows[2]?.coefficients ?? [])]).toEqual([7, 8]);
    const text = toCplexLp(model, false);
    expect(text).toContain("Maximize\n obj: 1 x0 + 0.4 x1 + 0.9 x2 + 0.5 x3");
    expect(text).toContain(" r0: 60000 x0 + 4000 x1 + 60000 x2 + 4000 x3 <= 100000");
    expect(text).toContain("Binary\n x0 x1 x2 x3\nEnd");
    expect(toCplexLp(model, true)).not.toContain("Binary");
  });
});

describe("checkAllocation", () => {
  const input = { budgetCents: 100_000, modules, participants };
  it.each<[string, TAllocation[], string[]]>([
    ["a valid allocation", [{ personId: "ann", moduleId: "workshop" }, { personId: "bob", moduleId: "book" }], []],
    ["over budget", [{ personId: "ann", moduleId: "workshop" }, { personId: "ann", moduleId: "book" }, { personId: "bob", moduleId: "book" }, { personId: "ann", moduleId: "track" }], ["budget", "hours"]],
    ["a seat too many", [{ personId: "ann", moduleId: "workshop" }, { personId: "bob", moduleId: "workshop" }], ["budget", "seats"]],
    ["over hours", [{ personId: "bob", moduleId: "workshop" }, { personId: "bob", moduleId: "book" }], ["hours"]],
    ["a module not on the menu", [{ personId: "bob", moduleId: "track" }], ["not-offered", "budget", "hours"]],
    ["twice the same", [{ personId: "bob", moduleId: "book" }, { personId: "bob", moduleId: "book" }], ["duplicate", "hours"]],
    ["unknown ids", [{ personId: "zed", moduleId: "book" }, { personId: "bob", moduleId: "zzz" }], ["unknown-person", "unknown-module"]],
  ])("%s", (_label, allocations, kinds) => {
    expect(checkAllocation(input, allocations).violations.map((v) => v.kind).sort()).toEqual([...kinds].sort());
  });
});

describe("each person's own budget (issue 13, decision 0016)", () => {
  const rich = 1_000_000;

  it("a person with a small budget gets only what fits it, though the total budget allows more", () => {
    const small = [{ ...ANN, maxCents: 62_000 }] as TOptimiseInput["participants"];
    const result = optimiseAllocation({ budgetCents: rich, modules, participants: small }, bruteForceSolver);
    // track (300,000) alone is over; workshop + book (64,000) is over too: the workshop has more impact
    expect(result.allocations).toEqual([{ personId: "ann", moduleId: "workshop" }]);
    expect(result.spentCents).toBe(60_000);
    expect(result.method).toBe("mip");
    // without the person's budget the same input gives them the track
    const unlimited = optimiseAllocation({ budgetCents: rich, modules, participants: [{ ...small[0], maxCents: null }] as TOptimiseInput["participants"] }, bruteForceSolver);
    expect(unlimited.allocations.map((a) => a.moduleId)).toContain("track");
  });

  it("puts a money row per person in the model only when their options can go over it", () => {
    const input: TOptimiseInput = { budgetCents: rich, modules, participants: [{ ...ANN, maxCents: 64_000 }, { ...BOB, maxCents: 1_000_000 }] as TOptimiseInput["participants"] };
    const prepared = { input, options: input.participants.flatMap((p, pi) => p.options.map((o) => { const m = modules.findIndex((x) => x.id === o.moduleId); return { p: pi, m, impact: o.impact, cost: modules[m]?.costCents ?? 0, hours: modules[m]?.hours ?? 0 }; })) };
    const rows = buildAllocationModel(prepared).rows.map((r) => [r.name, r.upper]);
    expect(rows).toContainEqual(["money:ann", 64_000]);
    expect(rows.map(([name]) => name)).not.toContain("money:bob");
  });

  it("a person whose every option is over their budget is left out for it, and greedy respects it too", () => {
    const input: TOptimiseInput = { budgetCents: rich, modules, participants: [{ id: "eve", maxHours: null, maxCents: 3_000, options: [{ moduleId: "book", impact: 1 }] }, { ...BOB, maxCents: 4_000 }] };
    const result = optimiseAllocation(input, bruteForceSolver);
    expect(result.allocations).toEqual([{ personId: "bob", moduleId: "book" }]);
    expect(result.leftOut).toEqual([{ personId: "eve", reasons: ["over-person-budget"] }]);
    expect(result.greedyObjective).toBeCloseTo(0.5);
  });

  it("the checker names a person over their budget", () => {
    const input: TOptimiseInput = { budgetCents: rich, modules, participants: [{ ...BOB, maxCents: 10_000 }] };
    const check = checkAllocation(input, [{ personId: "bob", moduleId: "workshop" }]);
    expect(check.violations).toEqual([{ kind: "person-budget", detail: "bob: 60000 of 10000 cents" }]);
  });

  it("refuses a person's budget that is not whole cents of 0 or more, naming it", () => {
    expect(() => optimiseAllocation({ budgetCents: rich, modules, participants: [{ ...BOB, maxCents: -1 }] }, bruteForceSolver)).toThrow(/maxCents/);
  });

  it("with random budgets, seats and hours, every allocation respects every person's budget and hour limit", () => {
    const random = seededRandom(7);
    for (let round = 0; round < 40; round++) {
      const people = [0, 1, 2].map((i) => ({
        id: `p${i}`,
        maxHours: random() < 0.3 ? null : 5 + Math.floor(random() * 25),
        maxCents: random() < 0.3 ? null : Math.floor(random() * 120_000),
        options: modules.filter(() => random() < 0.8).map((m) => ({ moduleId: m.id, impact: Math.round(random() * 100) / 100 })),
      }));
      const input: TOptimiseInput = { budgetCents: Math.floor(random() * 700_000), modules, participants: people };
      const result = optimiseAllocation(input, bruteForceSolver);
      expect(checkAllocation(input, result.allocations).violations).toEqual([]);
    }
  });
});
