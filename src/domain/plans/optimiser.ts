import { invalid } from "../shared/errors";
import type { TMipModel, TMipRow, TMipSolver, TSolveOutcome } from "./mip-model";
import { checkCents } from "./money";

/** A module as the optimiser sees it. seats: per period, null = unlimited, 0 = none left. */
export type TOptimiserModule = { id: string; costCents: number; seats: number | null; hours: number };

/** A participant: the modules they may get (their menu) with the predicted impact of each, their hour limit and budget. */
export type TOptimiserParticipant = {
  id: string;
  /** Most hours of development this person can spend in the period; null = no limit. */
  maxHours: number | null;
  /**
   * Most their allocation may cost, in cents: what is left of their own budget (and of their department's) for
   * the plan the allocation becomes; null or absent = no limit of their own (decision 0016).
   */
  maxCents?: number | null;
  options: readonly { moduleId: string; impact: number }[];
};

export type TOptimiseInput = {
  budgetCents: number;
  modules: readonly TOptimiserModule[];
  participants: readonly TOptimiserParticipant[];
};

export type TOptimiseSettings = {
  /** Per solve (LP and MIP each); default 20 s. */
  timeLimitSeconds?: number;
  /** Relative gap at which the MIP may stop; default 0.001 (0.1 %). */
  relativeGap?: number;
  /**
   * Above this many columns the MIP is solved over the LP's support (the options with a positive LP value) and the greedy allocation;
   * any solution of that restricted model is feasible for the full one, and the greedy fill adds back what fits.
   * Default 5,000.
   */
  fullMipMaxColumns?: number;
};

export type TAllocation = { personId: string; moduleId: string };

export type TLeftOutReason = "no-options" | "no-seats" | "over-hours" | "over-person-budget" | "over-budget" | "outranked";

export type TOptimiseNote = {
  code:
    | "nothing-affordable"
    | "nothing-binding"
    | "lp-failed"
    | "mip-restricted"
    | "mip-no-solution"
    | "mip-invalid"
    | "mip-below-greedy"
    | "mip-stopped-early";
  detail: string;
};

export type TOptimiseResult = {
  /** mip: the solver's allocation (after filling slack); greedy: the baseline; all: nothing binds, everyone gets every option. */
  method: "mip" | "greedy" | "all" | "none";
  budgetCents: number;
  spentCents: number;
  /** Total predicted impact of the allocation. */
  objective: number;
  /** LP-relaxation bound: no allocation can beat it. null when the LP could not be solved. */
  lpBound: number | null;
  /** (lpBound − objective) / lpBound × 100; null without a bound. */
  gapPct: number | null;
  greedyObjective: number;
  greedySpentCents: number;
  /** objective / greedyObjective; null when greedy allocates nothing. */
  ratioToGreedy: number | null;
  /** Solver time the adapter measured (LP + MIP), and each part. */
  solveMs: number;
  lpMs: number;
  mipMs: number;
  allocations: TAllocation[];
  /** Participants who get nothing, with every reason that applies to their options. */
  leftOut: { personId: string; reasons: TLeftOutReason[] }[];
  /** Modules that could not be given at all because they have no seats this period. */
  modulesWithoutSeats: string[];
  notes: TOptimiseNote[];
  /** A sentence for CLI and logs when the result needs one (e.g. nothing affordable). */
  message: string | null;
};

/** One (participant, module) pair that can be chosen at all: positive impact, seats, within hours and budget alone. */
type TOption = { p: number; m: number; impact: number; cost: number; hours: number };

type TPrepared = {
  input: TOptimiseInput;
  options: TOption[];
  leftOutReasons: Map<number, Set<TLeftOutReason>>;
};

const EPS = 1e-9;

function validate(input: TOptimiseInput): Map<string, number> {
  checkCents("budgetCents", input.budgetCents);
  const moduleIndex = new Map<string, number>();
  input.modules.forEach((m, i) => {
    if (moduleIndex.has(m.id)) throw invalid(`modules[${i}].id`, `module ${m.id} is listed twice`);
    moduleIndex.set(m.id, i);
    checkCents(`modules[${i}].costCents`, m.costCents);
    if (m.seats !== null && (!Number.isInteger(m.seats) || m.seats < 0)) throw invalid(`modules[${i}].seats`, "seats must be a whole number of 0 or more, or null");
    if (!Number.isFinite(m.hours) || m.hours <= 0) throw invalid(`modules[${i}].hours`, "hours must be above 0");
  });
  const people = new Set<string>();
  input.participants.forEach((p, i) => {
    if (people.has(p.id)) throw invalid(`participants[${i}].id`, `participant ${p.id} is listed twice`);
    people.add(p.id);
    if (p.maxHours !== null && (!Number.isFinite(p.maxHours) || p.maxHours < 0)) throw invalid(`participants[${i}].maxHours`, "maxHours must be 0 or more, or null");
    if (p.maxCents !== undefined && p.maxCents !== null) checkCents(`participants[${i}].maxCents`, p.maxCents);
    const seen = new Set<string>();
    p.options.forEach((o, k) => {
      const field = `participants[${i}].options[${k}]`;
      if (!moduleIndex.has(o.moduleId)) throw invalid(`${field}.moduleId`, `module ${o.moduleId} is not among the modules`);
      if (seen.has(o.moduleId)) throw invalid(`${field}.moduleId`, `module ${o.moduleId} is offered twice to ${p.id}`);
      seen.add(o.moduleId);
      if (!Number.isFinite(o.impact) || o.impact < 0) throw invalid(`${field}.impact`, "impact must be 0 or more");
    });
  });
  return moduleIndex;
}

function prepare(input: TOptimiseInput): TPrepared {
  const moduleIndex = validate(input);
  const options: TOption[] = [];
  const leftOutReasons = new Map<number, Set<TLeftOutReason>>();
  input.participants.forEach((person, p) => {
    const reasons = new Set<TLeftOutReason>();
    for (const o of person.options) {
      const m = moduleIndex.get(o.moduleId) ?? 0;
      const module = input.modules[m];
      if (!module) continue;
      if (o.impact <= 0) reasons.add("no-options");
      else if (module.seats === 0) reasons.add("no-seats");
      else if (person.maxHours !== null && module.hours > person.maxHours) reasons.add("over-hours");
      else if (typeof person.maxCents === "number" && module.costCents > person.maxCents) reasons.add("over-person-budget");
      else if (module.costCents > input.budgetCents) reasons.add("over-budget");
      else options.push({ p, m, impact: o.impact, cost: module.costCents, hours: module.hours });
    }
    if (person.options.length === 0) reasons.add("no-options");
    leftOutReasons.set(p, reasons);
  });
  return { input, options, leftOutReasons };
}

/** Greedy baseline: highest impact per euro first (free options first, by impact), ties by impact, person, module. */
function greedy(prep: TPrepared, chosen: readonly TOption[] = []): TOption[] {
  const { input } = prep;
  const ratio = (o: TOption) => (o.cost === 0 ? Number.POSITIVE_INFINITY : o.impact / o.cost);
  const sorted = [...prep.options].sort((a, b) => {
    const ra = ratio(a);
    const rb = ratio(b);
    if (ra !== rb) return rb > ra ? 1 : -1;
    return b.impact - a.impact || a.p - b.p || a.m - b.m;
  });
  let budget = input.budgetCents;
  const seats = input.modules.map((m) => m.seats);
  const hours = input.participants.map((p) => p.maxHours);
  const money = input.participants.map((p) => p.maxCents ?? null);
  const taken = new Set<string>();
  const result: TOption[] = [];
  const take = (o: TOption) => {
    budget -= o.cost;
    const s = seats[o.m];
    if (s !== null && s !== undefined) seats[o.m] = s - 1;
    const h = hours[o.p];
    if (h !== null && h !== undefined) hours[o.p] = h - o.hours;
    const c = money[o.p];
    if (c !== null && c !== undefined) money[o.p] = c - o.cost;
    taken.add(`${o.p}:${o.m}`);
    result.push(o);
  };
  for (const o of chosen) take(o);
  for (const o of sorted) {
    if (taken.has(`${o.p}:${o.m}`) || o.cost > budget) continue;
    const s = seats[o.m];
    if (s !== null && s !== undefined && s < 1) continue;
    const h = hours[o.p];
    if (h !== null && h !== undefined && o.hours > h + EPS) continue;
    const c = money[o.p];
    if (c !== null && c !== undefined && o.cost > c) continue;
    take(o);
  }
  return result;
}

/** The 0/1 model: x per option; a budget row, a seats row per module, an hours and a money row per person, each only if it can bind. */
export function buildAllocationModel(prep: { input: TOptimiseInput; options: readonly TOption[] }): TMipModel {
  const { input, options } = prep;
  const rows: TMipRow[] = [];
  const totalCost = options.reduce((s, o) => s + o.cost, 0);
  if (totalCost > input.budgetCents) {
    const cols = options.map((_, j) => j).filter((j) => (options[j]?.cost ?? 0) > 0);
    rows.push({ name: "budget", columns: Int32Array.from(cols), coefficients: Float64Array.from(cols.map((j) => options[j]?.cost ?? 0)), upper: input.budgetCents });
  }
  const byModule = new Map<number, number[]>();
  const byPerson = new Map<number, number[]>();
  options.forEach((o, j) => {
    const forModule = byModule.get(o.m);
    if (forModule) forModule.push(j);
    else byModule.set(o.m, [j]);
    const forPerson = byPerson.get(o.p);
    if (forPerson) forPerson.push(j);
    else byPerson.set(o.p, [j]);
  });
  for (const [m, cols] of [...byModule].sort((a, b) => a[0] - b[0])) {
    const seats = input.modules[m]?.seats ?? null;
    if (seats !== null && cols.length > seats) {
      rows.push({ name: `seats:${input.modules[m]?.id ?? m}`, columns: Int32Array.from(cols), coefficients: new Float64Array(cols.length).fill(1), upper: seats });
    }
  }
  for (const [p, cols] of [...byPerson].sort((a, b) => a[0] - b[0])) {
    const maxHours = input.participants[p]?.maxHours ?? null;
    const hours = cols.map((j) => options[j]?.hours ?? 0);
    if (maxHours !== null && hours.reduce((a, b) => a + b, 0) > maxHours) {
      rows.push({ name: `hours:${input.participants[p]?.id ?? p}`, columns: Int32Array.from(cols), coefficients: Float64Array.from(hours), upper: maxHours });
    }
    const maxCents = input.participants[p]?.maxCents ?? null;
    const costs = cols.map((j) => options[j]?.cost ?? 0);
    if (maxCents !== null && costs.reduce((a, b) => a + b, 0) > maxCents) {
      rows.push({ name: `money:${input.participants[p]?.id ?? p}`, columns: Int32Array.from(cols), coefficients: Float64Array.from(costs), upper: maxCents });
    }
  }
  return { objective: Float64Array.from(options.map((o) => o.impact)), rows };
}

export type TAllocationCheck = {
  ok: boolean;
  violations: { kind: "unknown-person" | "unknown-module" | "not-offered" | "duplicate" | "budget" | "seats" | "hours" | "person-budget"; detail: string }[];
  spentCents: number;
  objective: number;
};

/** Checks an allocation against budget, seats, each person's hours, budget and options, from the input alone (not the model). */
export function checkAllocation(input: TOptimiseInput, allocations: readonly TAllocation[]): TAllocationCheck {
  const violations: TAllocationCheck["violations"] = [];
  const modules = new Map(input.modules.map((m) => [m.id, m]));
  const people = new Map(input.participants.map((p) => [p.id, p]));
  const seatsUsed = new Map<string, number>();
  const hoursUsed = new Map<string, number>();
  const centsUsed = new Map<string, number>();
  const seen = new Set<string>();
  let spentCents = 0;
  let objective = 0;
  for (const a of allocations) {
    const person = people.get(a.personId);
    const module = modules.get(a.moduleId);
    if (!person) violations.push({ kind: "unknown-person", detail: a.personId });
    if (!module) violations.push({ kind: "unknown-module", detail: a.moduleId });
    if (!person || !module) continue;
    const key = JSON.stringify([a.personId, a.moduleId]);
    if (seen.has(key)) violations.push({ kind: "duplicate", detail: `${a.personId} gets ${a.moduleId} twice` });
    seen.add(key);
    const option = person.options.find((o) => o.moduleId === a.moduleId);
    if (!option) violations.push({ kind: "not-offered", detail: `${a.moduleId} is not among ${a.personId}'s options` });
    objective += option?.impact ?? 0;
    spentCents += module.costCents;
    seatsUsed.set(module.id, (seatsUsed.get(module.id) ?? 0) + 1);
    hoursUsed.set(person.id, (hoursUsed.get(person.id) ?? 0) + module.hours);
    centsUsed.set(person.id, (centsUsed.get(person.id) ?? 0) + module.costCents);
  }
  if (spentCents > input.budgetCents) violations.push({ kind: "budget", detail: `spends ${spentCents} of ${input.budgetCents} cents` });
  for (const [id, used] of seatsUsed) {
    const seats = modules.get(id)?.seats ?? null;
    if (seats !== null && used > seats) violations.push({ kind: "seats", detail: `${id}: ${used} of ${seats} seats` });
  }
  for (const [id, used] of hoursUsed) {
    const max = people.get(id)?.maxHours ?? null;
    if (max !== null && used > max + EPS) violations.push({ kind: "hours", detail: `${id}: ${used} of ${max} hours` });
  }
  for (const [id, used] of centsUsed) {
    const max = people.get(id)?.maxCents ?? null;
    if (max !== null && used > max) violations.push({ kind: "person-budget", detail: `${id}: ${used} of ${max} cents` });
  }
  return { ok: violations.length === 0, violations, spentCents, objective };
}

const objectiveOf = (chosen: readonly TOption[]) => chosen.reduce((s, o) => s + o.impact, 0);

function toAllocations(input: TOptimiseInput, chosen: readonly TOption[]): TAllocation[] {
  return [...chosen]
    .sort((a, b) => a.p - b.p || a.m - b.m)
    .map((o) => ({ personId: input.participants[o.p]?.id ?? "", moduleId: input.modules[o.m]?.id ?? "" }));
}

function solvedOptions(options: readonly TOption[], outcome: TSolveOutcome): TOption[] | null {
  if (!outcome.values || (outcome.status !== "optimal" && outcome.status !== "feasible")) return null;
  const values = outcome.values;
  return options.filter((_, j) => (values[j] ?? 0) > 0.5);
}

/**
 * Chooses modules for all participants to maximise total predicted impact within the budget, seats, and each
 * person's hours and budget:
 * the LP relaxation gives the bound, the MIP the allocation, greedy (impact per euro) the baseline. The result is
 * never below greedy: a MIP that stops worse (or with an invalid solution) gives way to greedy, with a note.
 */
export function optimiseAllocation(input: TOptimiseInput, solver: TMipSolver, settings: TOptimiseSettings = {}): TOptimiseResult {
  const prep = prepare(input);
  const timeLimitSeconds = settings.timeLimitSeconds ?? 20;
  const relativeGap = settings.relativeGap ?? 0.001;
  const fullMipMaxColumns = settings.fullMipMaxColumns ?? 5_000;
  const notes: TOptimiseNote[] = [];
  const greedyChosen = greedy(prep);
  const greedyObjective = objectiveOf(greedyChosen);
  const modulesWithoutSeats = input.modules.filter((m) => m.seats === 0).map((m) => m.id);
  let lpMs = 0;
  let mipMs = 0;

  const finish = (method: TOptimiseResult["method"], chosen: readonly TOption[], lpBound: number | null, message: string | null): TOptimiseResult => {
    const allocations = toAllocations(input, chosen);
    const objective = objectiveOf(chosen);
    const served = new Set(chosen.map((o) => o.p));
    const hadOptions = new Set(prep.options.map((o) => o.p));
    const leftOut = input.participants.flatMap((person, p) => {
      if (served.has(p)) return [];
      const reasons = new Set(prep.leftOutReasons.get(p));
      if (hadOptions.has(p)) reasons.add("outranked");
      return [{ personId: person.id, reasons: [...reasons].sort() }];
    });
    return {
      method,
      budgetCents: input.budgetCents,
      spentCents: chosen.reduce((s, o) => s + o.cost, 0),
      objective,
      lpBound,
      gapPct: lpBound === null ? null : lpBound <= EPS ? 0 : Math.max(0, ((lpBound - objective) / lpBound) * 100),
      greedyObjective,
      greedySpentCents: greedyChosen.reduce((s, o) => s + o.cost, 0),
      ratioToGreedy: greedyObjective > EPS ? objective / greedyObjective : null,
      solveMs: lpMs + mipMs,
      lpMs,
      mipMs,
      allocations,
      leftOut,
      modulesWithoutSeats,
      notes,
      message,
    };
  };

  if (prep.options.length === 0) {
    const anyOffered = input.participants.some((p) => p.options.length > 0);
    const costs = new Map(input.modules.map((m) => [m.id, m.costCents]));
    const cheapest = input.participants.reduce((min, p) => p.options.reduce((mm, o) => Math.min(mm, costs.get(o.moduleId) ?? Infinity), min), Infinity);
    const affordability = anyOffered && Number.isFinite(cheapest) && cheapest > input.budgetCents;
    if (affordability) notes.push({ code: "nothing-affordable", detail: `the cheapest option costs ${cheapest} cents; the budget is ${input.budgetCents}` });
    const message = affordability
      ? `Nothing is affordable: the cheapest module on anyone's menu costs ${cheapest} cents and the budget is ${input.budgetCents} cents.`
      : "No participant has a module that can be given (no menus, no seats, or over their hour limits or their own budgets).";
    return finish("none", [], 0, message);
  }

  const model = buildAllocationModel(prep);
  if (model.rows.length === 0) {
    notes.push({ code: "nothing-binding", detail: "budget, seats and hours allow every option: everyone gets their whole menu" });
    return finish("all", prep.options, objectiveOf(prep.options), null);
  }

  const lp = solver.solve(model, { relax: true, timeLimitSeconds, relativeGap });
  lpMs = lp.ms ?? 0;
  let lpBound: number | null = lp.status === "optimal" && lp.objective !== null ? lp.objective : null;
  if (lpBound === null) notes.push({ code: "lp-failed", detail: lp.detail });

  // A large model is solved over the LP's support plus the greedy allocation (so greedy stays reachable): the rows
  // it no longer needs drop out and HiGHS closes the gap quickly. Its solutions are feasible for the full model;
  // the greedy fill adds back what still fits.
  let mipOptions: readonly TOption[] = prep.options;
  let mipModel = model;
  if (prep.options.length > fullMipMaxColumns && lpBound !== null && lp.values) {
    const values = lp.values;
    const greedyPicks = new Set(greedyChosen);
    mipOptions = prep.options.filter((o, j) => (values[j] ?? 0) > 1e-6 || greedyPicks.has(o));
    mipModel = buildAllocationModel({ input, options: mipOptions });
    notes.push({ code: "mip-restricted", detail: `MIP over ${mipOptions.length} of ${prep.options.length} options: those the LP uses and the greedy allocation` });
  }
  const mip = mipModel.rows.length === 0 ? null : solver.solve(mipModel, { relax: false, timeLimitSeconds, relativeGap });
  mipMs = mip?.ms ?? 0;
  const mipChosen = mip ? solvedOptions(mipOptions, mip) : [...mipOptions];
  if (!mipChosen) {
    notes.push({ code: "mip-no-solution", detail: mip?.detail ?? "" });
    return finish("greedy", greedyChosen, lpBound, "The solver found no allocation in time; this is the greedy allocation.");
  }
  if (mip?.status === "feasible") notes.push({ code: "mip-stopped-early", detail: mip.detail });
  // Fill whatever slack the solver left within its gap, greedily: it can only add impact.
  const filled = greedy(prep, mipChosen);
  const check = checkAllocation(input, toAllocations(input, filled));
  if (!check.ok) {
    notes.push({ code: "mip-invalid", detail: check.violations.map((v) => v.detail).join("; ") });
    return finish("greedy", greedyChosen, lpBound, "The solver's allocation broke a constraint; this is the greedy allocation.");
  }
  const objective = objectiveOf(filled);
  if (lpBound !== null && objective > lpBound) lpBound = objective; // numerical tolerance of the LP
  if (objective + EPS < greedyObjective) {
    notes.push({ code: "mip-below-greedy", detail: `solver ${objective.toFixed(4)} < greedy ${greedyObjective.toFixed(4)}` });
    return finish("greedy", greedyChosen, lpBound, "The solver stopped below the greedy allocation; this is the greedy allocation.");
  }
  return finish("mip", filled, lpBound, null);
}
