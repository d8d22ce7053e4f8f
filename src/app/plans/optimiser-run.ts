// The org-wide budget optimiser (issue 4, part 5): HR gives a total budget; every active person with a completed
// challenge scan is a participant whose options are their à la carte menu (the modules they may choose from, so
// they can still swap within it), with the engine's score as predicted impact. The domain model is solved with
// HiGHS; the run is stored and HR applies it per person (apply-optimiser-run.ts): a draft version or a proposal.
//
// The solve blocks the event loop for up to the time limit (twice: LP and MIP). That is accepted for now; at most
// one optimisation runs per organisation at a time (a leased guard job in the database, seen by every server process:
// a second request gets 409). Running it in a worker thread is the next step when this is used on large organisations.
import type { TOptimiserRun } from "../../contracts/optimiser";
import { findPlanSettings, listDepartmentBudgets, listPersonBudgets } from "../../db/catalogue-repo";
import { findOptimiserRun, insertOptimiserRun, listOptimiserRuns, type TOptimiserRunRow } from "../../db/optimiser-repo";
import { listAllPeople } from "../../db/people-repo";
import { listPlansWithCurrentVersion } from "../../db/plans-repo";
import {
  createRecommender,
  optimiseAllocation,
  participantCaps,
  type TMipSolver,
  type TOptimiseInput,
  type TOptimiseResult,
} from "../../domain/plans/index";
import { invalid, notFound } from "../../domain/shared/errors";
import type { TLocale } from "../../domain/shared/locale";
import { authorise } from "../../domain/policy/index";
import type { TActor } from "../../domain/shared/roles";
import { takeJobGuard } from "../jobs/guard";
import type { TAppContext } from "../shared/context";
import { loadHighsSolver } from "./highs-solver";
import { COMMITTED_STATUSES } from "./plan-common";
import { loadCatalogue, loadPlanningPeople, type TPlanningPerson } from "./planning-data";

/** Seconds per solve (the LP and the MIP each get this much). */
export const OPTIMISER_TIME_LIMIT_SECONDS = 20;

/** The run as stored in optimiser_runs.result: the domain's result plus what is needed to present and re-check it. */
export type TStoredRun = {
  version: 1;
  currency: string;
  result: TOptimiseResult;
  input: Pick<TOptimiseInput, "participants">;
  people: Record<string, { name: string; employeeNumber: string }>;
  modules: Record<string, { title: Record<TLocale, string>; costCents: number; hours: number }>;
  noProfile: string[];
};

type TCtx = Pick<TAppContext, "db" | "now" | "log">;

/** The queue whose running job is the one-optimisation-per-organisation guard, shared by every server process (src/app/jobs/guard.ts). */
export const OPTIMISER_QUEUE = "plans.optimise";

/** Only HR admins (and the operator) run, read and apply the optimiser. */
export function mustAdminister(actor: TActor) {
  authorise(actor, "optimiser.run");
}

/** Ids of real accounts (an API token or the operator may act without one). */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What each participant's allocation may cost: their own budget and what their department has left (decision 0016). */
async function capsOf(ctx: TCtx, organisationId: string, participants: readonly TPlanningPerson[], defaultPersonBudgetCents: number | null) {
  const [personBudgets, departmentBudgets, plans, everyone] = await Promise.all([
    listPersonBudgets(ctx.db, organisationId),
    listDepartmentBudgets(ctx.db, organisationId),
    listPlansWithCurrentVersion(ctx.db, organisationId),
    listAllPeople(ctx.db, organisationId),
  ]);
  const departmentOf = new Map(everyone.map((p) => [p.id, p.department]));
  return participantCaps({
    people: participants.map((p) => ({ id: p.person.id, department: p.person.department })),
    personBudgets,
    defaultPersonBudgetCents,
    departmentBudgets,
    plans: plans.map((p) => ({ personId: p.personId, status: p.status, costCents: p.current.costCents, department: departmentOf.get(p.personId) ?? "" })),
    committedStatuses: COMMITTED_STATUSES,
  });
}

/** Builds the optimiser's input from the organisation's people, catalogue, budgets and settings. */
export async function buildOptimiserInput(ctx: TCtx, organisationId: string, budgetCents: number) {
  const [catalogue, planners, settings] = await Promise.all([
    loadCatalogue(ctx, organisationId),
    loadPlanningPeople(ctx, organisationId),
    findPlanSettings(ctx.db, organisationId),
  ]);
  const recommender = createRecommender(catalogue);
  const noProfile: string[] = [];
  const participants: TOptimiseInput["participants"][number][] = [];
  const caps = await capsOf(ctx, organisationId, planners.filter((p) => p.hasScan), settings.defaultPersonBudgetCents);
  for (const planner of planners) {
    if (!planner.hasScan) {
      noProfile.push(planner.person.id);
      continue;
    }
    const menu = recommender.recommend(planner.needs).menu;
    participants.push({
      id: planner.person.id,
      maxHours: settings.maxHoursPerPerson,
      maxCents: caps.get(planner.person.id) ?? null,
      options: menu.map((s) => ({ moduleId: s.moduleId, impact: s.score })),
    });
  }
  const input: TOptimiseInput = {
    budgetCents,
    modules: catalogue.map((m) => ({ id: m.id, costCents: m.cost.cents, seats: m.seatsPerPeriod, hours: m.hours })),
    participants,
  };
  return { input, catalogue, planners, noProfile, currency: settings.currency };
}

/** Runs the optimiser for the actor's organisation, stores the run and returns it in the reader's language. */
export async function runOptimiser(
  ctx: TCtx,
  actor: TActor,
  budgetCents: number,
  locale: TLocale,
  options: { solver?: () => Promise<TMipSolver>; timeLimitSeconds?: number } = {},
): Promise<TOptimiserRun> {
  mustAdminister(actor);
  if (!Number.isInteger(budgetCents) || budgetCents < 0) throw invalid("budgetCents", "budgetCents must be whole cents of 0 or more");
  const organisationId = actor.organisationId;
  const timeLimitSeconds = options.timeLimitSeconds ?? OPTIMISER_TIME_LIMIT_SECONDS;
  // the solve blocks this process's event loop (no lease heartbeat): the lease outlasts both solves with room to spare
  const guard = await takeJobGuard(ctx, {
    queue: OPTIMISER_QUEUE,
    organisationId,
    leaseMs: Math.max(5 * 60_000, 6 * timeLimitSeconds * 1000),
    payload: { budgetCents },
    busy: "an optimisation is already running for this organisation; try again when it has finished",
    field: "budgetCents",
  });
  let failure: unknown;
  try {
    const { input, catalogue, planners, noProfile, currency } = await buildOptimiserInput(ctx, organisationId, budgetCents);
    const solver = await (options.solver ?? loadHighsSolver)();
    const result = optimiseAllocation(input, solver, { timeLimitSeconds });
    const people: TStoredRun["people"] = {};
    for (const p of planners) people[p.person.id] = { name: `${p.person.firstName} ${p.person.lastName}`, employeeNumber: p.person.employeeNumber };
    const modules: TStoredRun["modules"] = {};
    for (const m of catalogue) modules[m.id] = { title: { nl: m.title.nl, fr: m.title.fr, en: m.title.en }, costCents: m.cost.cents, hours: m.hours };
    const stored: TStoredRun = { version: 1, currency, result, input: { participants: input.participants }, people, modules, noProfile };
    const row = await insertOptimiserRun(ctx.db, organisationId, {
      budgetCents,
      result: stored,
      createdByUserId: UUID.test(actor.userId) ? actor.userId : null,
    });
    ctx.log.info({ organisationId, runId: row.id, method: result.method, solveMs: Math.round(result.solveMs) }, "optimiser run stored");
    return present({ id: row.id, budgetCents, result: stored, createdByUserId: null, createdAt: row.createdAt, appliedAt: null }, locale);
  } catch (error) {
    failure = error;
    throw error;
  } finally {
    await guard.release(failure);
  }
}

/** The stored run of a row; throws on a format this code does not know. */
export function storedOf(row: TOptimiserRunRow): TStoredRun {
  const value = row.result as Partial<TStoredRun> | null;
  if (!value || value.version !== 1 || !value.result) throw new Error(`optimiser run ${row.id} has an unknown result format`);
  return value as TStoredRun;
}

/** The run's message and what it is about (the web shows its own translation of each code). */
function messageOf(stored: TStoredRun): Pick<TOptimiserRun, "message" | "messageCode" | "cheapestCents"> {
  const { result, noProfile } = stored;
  if (stored.input.participants.length === 0) {
    const message = noProfile.length > 0 ? "Nobody can take part: no active person has completed the challenge scan yet." : "There are no active people to plan for.";
    return { message, messageCode: "no-participants", cheapestCents: null };
  }
  if (result.method === "none") {
    const affordable = result.notes.find((n) => n.code === "nothing-affordable");
    const costs = stored.input.participants.flatMap((p) => p.options.map((o) => stored.modules[o.moduleId]?.costCents ?? Number.POSITIVE_INFINITY));
    const cheapest = Math.min(...costs);
    return {
      message: result.message,
      messageCode: affordable ? "nothing-affordable" : "nothing-to-give",
      cheapestCents: Number.isFinite(cheapest) ? cheapest : null,
    };
  }
  if (result.method === "greedy" && result.message) return { message: result.message, messageCode: "greedy-fallback", cheapestCents: null };
  return { message: result.message, messageCode: null, cheapestCents: null };
}

/** A stored run in the reader's language. */
function present(row: TOptimiserRunRow, locale: TLocale): TOptimiserRun {
  const stored = storedOf(row);
  const { result } = stored;
  const personOf = (id: string) => stored.people[id] ?? { name: id, employeeNumber: "" };
  const moduleOf = (id: string) => stored.modules[id];
  const impacts = new Map(stored.input.participants.map((p) => [p.id, new Map(p.options.map((o) => [o.moduleId, o.impact]))]));
  const byPerson = new Map<string, string[]>();
  for (const a of result.allocations) {
    const list = byPerson.get(a.personId);
    if (list) list.push(a.moduleId);
    else byPerson.set(a.personId, [a.moduleId]);
  }
  const allocations = [...byPerson].map(([personId, moduleIds]) => {
    const modules = moduleIds.map((id) => {
      const m = moduleOf(id);
      return { id, title: m?.title[locale] ?? id, costCents: m?.costCents ?? 0, hours: m?.hours ?? 0 };
    });
    const person = personOf(personId);
    return {
      personId,
      personName: person.name,
      employeeNumber: person.employeeNumber,
      moduleIds,
      modules,
      costCents: modules.reduce((s, m) => s + m.costCents, 0),
      hours: modules.reduce((s, m) => s + m.hours, 0),
      impact: moduleIds.reduce((s, id) => s + (impacts.get(personId)?.get(id) ?? 0), 0),
    };
  });
  allocations.sort((a, b) => a.personName.localeCompare(b.personName) || (a.personId < b.personId ? -1 : 1));
  const leftOut = [
    ...stored.noProfile.map((personId) => ({ personId, reasons: ["no-profile" as const] })),
    ...result.leftOut.map((l) => ({ personId: l.personId, reasons: l.reasons })),
  ].map((l) => ({ ...l, personName: personOf(l.personId).name, employeeNumber: personOf(l.personId).employeeNumber }));
  leftOut.sort((a, b) => a.personName.localeCompare(b.personName) || (a.personId < b.personId ? -1 : 1));
  return {
    id: row.id,
    createdAt: row.createdAt.toISOString(),
    appliedAt: row.appliedAt ? row.appliedAt.toISOString() : null,
    currency: stored.currency,
    budgetCents: result.budgetCents,
    spentCents: result.spentCents,
    method: result.method,
    objective: result.objective,
    lpBound: result.lpBound,
    gapPct: result.gapPct,
    greedyObjective: result.greedyObjective,
    greedySpentCents: result.greedySpentCents,
    ratioToGreedy: result.ratioToGreedy,
    solveMs: result.solveMs,
    participants: stored.input.participants.length,
    allocations,
    leftOut,
    modulesWithoutSeats: result.modulesWithoutSeats.map((id) => ({ id, title: moduleOf(id)?.title[locale] ?? id })),
    notes: result.notes.map((n) => ({ code: n.code, detail: n.detail })),
    ...messageOf(stored),
  };
}

/** The organisation's runs, newest first. */
export async function listOptimiserRunsOf(ctx: Pick<TAppContext, "db">, actor: TActor) {
  mustAdminister(actor);
  const rows = await listOptimiserRuns(ctx.db, actor.organisationId);
  return {
    items: rows.flatMap((row) => {
      try {
        const run = present(row, "en");
        const { id, createdAt, appliedAt, currency, budgetCents, spentCents, method, objective, gapPct, participants } = run;
        return [{ id, createdAt, appliedAt, currency, budgetCents, spentCents, method, objective, gapPct, participants, allocatedPeople: run.allocations.length }];
      } catch {
        return [];
      }
    }),
  };
}

export async function getOptimiserRun(ctx: Pick<TAppContext, "db">, actor: TActor, id: string, locale: TLocale): Promise<TOptimiserRun> {
  mustAdminister(actor);
  const row = await findOptimiserRun(ctx.db, actor.organisationId, id);
  if (!row) throw notFound("optimiser run");
  return present(row, locale);
}

// Applying a run (impact preview, confirmation, proposals): apply-optimiser-run.ts.
