import { operatorActorFor } from "../../app/organisations/create-organisation";
import { runOptimiser } from "../../app/plans/optimiser-run";
import type { TOptimiserRun } from "../../contracts/optimiser";
import { DomainError } from "../../domain/shared/errors";
import type { TRuntime } from "../../runtime";
import { CliUsageError, type TCliIo, type TRegisterCommand } from "../io";
import { withRuntime } from "../with-runtime";

async function cliActor(rt: TRuntime, slug: string) {
  return operatorActorFor(rt.ctx, slug).catch(() => {
    throw new CliUsageError(`unknown organisation: ${slug}`);
  });
}

/** Parses --budget-cents: a whole number of cents, 0 or more. */
export function parseBudgetCents(value: string): number {
  if (!/^\d{1,12}$/.test(value.trim())) throw new CliUsageError(`--budget-cents must be a whole number of cents (0 or more), not ${value}`);
  return Number(value.trim());
}

/** The issue's JSON shape, snake_case: person = employee number, module = module id. */
export function optimiseJson(run: TOptimiserRun) {
  return {
    budget_cents: run.budgetCents,
    spent_cents: run.spentCents,
    objective: run.objective,
    lp_bound: run.lpBound,
    gap_pct: run.gapPct,
    greedy_objective: run.greedyObjective,
    solve_ms: Math.round(run.solveMs),
    allocations: run.allocations.flatMap((a) => a.moduleIds.map((module) => ({ person: a.employeeNumber, module }))),
    left_out: run.leftOut.map((l) => ({ person: l.employeeNumber, reasons: l.reasons })),
    message: run.message,
  };
}

const euros = (cents: number, currency: string) => new Intl.NumberFormat("en-GB", { style: "currency", currency }).format(cents / 100);
const fixed = (n: number | null, digits = 2) => (n === null ? "—" : n.toFixed(digits));

function printSummary(io: TCliIo, run: TOptimiserRun) {
  io.out(`budget ${euros(run.budgetCents, run.currency)}, spent ${euros(run.spentCents, run.currency)} (method ${run.method}, run ${run.id})`);
  io.out(`objective ${fixed(run.objective)}, LP bound ${fixed(run.lpBound)}, gap ${fixed(run.gapPct, 3)} %`);
  io.out(`greedy (impact per euro) ${fixed(run.greedyObjective)} spending ${euros(run.greedySpentCents, run.currency)}; ratio to greedy ${fixed(run.ratioToGreedy, 4)}`);
  io.out(`solve time ${Math.round(run.solveMs)} ms; ${run.allocations.length} of ${run.participants} participants get modules`);
  if (run.message) io.out(run.message);
  for (const a of run.allocations) io.out(`  ${a.employeeNumber} ${a.personName}: ${a.moduleIds.join(", ")}`);
  if (run.leftOut.length) io.out(`left out: ${run.leftOut.map((l) => `${l.employeeNumber} (${l.reasons.join(", ")})`).join("; ")}`);
  if (run.modulesWithoutSeats.length) io.out(`modules without seats: ${run.modulesWithoutSeats.map((m) => m.id).join(", ")}`);
}

/** `sterk plan optimise`: the org-wide budget optimiser (stores the run like the web page does). */
export const registerOptimiseCommand: TRegisterCommand = (program, io) => {
  // `plan` is shared with `plan suggest`: attach to the group when another command created it
  const plan = program.commands.find((c) => c.name() === "plan") ?? program.command("plan").description("development plans");
  plan
    .command("optimise")
    .description("choose modules for everyone within a total budget (MIP with HiGHS), with the LP bound, gap and greedy result")
    .requiredOption("--org <slug>", "organisation slug")
    .requiredOption("--budget-cents <n>", "total budget in cents of the organisation's currency")
    .option("--json", "print one JSON object")
    .action((options: { org: string; budgetCents: string; json?: boolean }) =>
      withRuntime(async (rt) => {
        const budgetCents = parseBudgetCents(options.budgetCents);
        const actor = await cliActor(rt, options.org);
        let run: TOptimiserRun;
        try {
          run = await runOptimiser(rt.ctx, actor, budgetCents, "en");
        } catch (error) {
          if (error instanceof DomainError) throw new CliUsageError(error.message);
          throw error;
        }
        if (options.json) io.out(JSON.stringify(optimiseJson(run)));
        else printSummary(io, run);
      }),
    );
};
