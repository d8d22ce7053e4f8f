// The one place that loads HiGHS (WebAssembly). The domain builds 0/1 models and reads solutions through the
// TMipSolver interface; this adapter turns a model into CPLEX LP text, runs highs.solve and maps the answer back.
import loadHighs from "highs";
import { toCplexLp, type TMipModel, type TMipSolver, type TSolveOptions, type TSolveOutcome } from "../../domain/plans/mip-model";

type THighs = Awaited<ReturnType<typeof loadHighs>>;
type THighsSolution = ReturnType<THighs["solve"]>;

const WITH_SOLUTION_IF_VALUES = new Set(["Time limit reached", "Iteration limit reached", "Target for objective reached", "Bound on objective reached", "Unknown"]);

/** Maps a HiGHS result to the domain's outcome; column j is named `x${j}`. */
export function outcomeOf(solution: THighsSolution, columns: number, ms: number): TSolveOutcome {
  const status = solution.Status;
  const readValues = (): Float64Array | null => {
    const values = new Float64Array(columns);
    const cols = solution.Columns as Record<string, { Primal?: number } | undefined>;
    for (let j = 0; j < columns; j++) {
      const primal = cols[`x${j}`]?.Primal;
      if (typeof primal !== "number" || !Number.isFinite(primal)) return null;
      values[j] = primal;
    }
    return values;
  };
  if (status === "Optimal") {
    const values = readValues();
    return values
      ? { status: "optimal", objective: solution.ObjectiveValue, values, detail: status, ms }
      : { status: "error", objective: null, values: null, detail: `${status} without column values`, ms };
  }
  if (status === "Infeasible") return { status: "infeasible", objective: null, values: null, detail: status, ms };
  if (WITH_SOLUTION_IF_VALUES.has(status)) {
    const values = Number.isFinite(solution.ObjectiveValue) ? readValues() : null;
    return values
      ? { status: "feasible", objective: solution.ObjectiveValue, values, detail: status, ms }
      : { status: "no-solution", objective: null, values: null, detail: status, ms };
  }
  return { status: "error", objective: null, values: null, detail: status, ms };
}

/**
 * Loads a fresh HiGHS instance and returns it as the domain's solver. WebAssembly memory only grows, so load one
 * per large optimisation (STACK.md) and let it go afterwards. `solve` blocks the thread for up to the time limit.
 */
export async function loadHighsSolver(): Promise<TMipSolver> {
  const highs = await loadHighs();
  return {
    name: "highs",
    solve(model: TMipModel, options: TSolveOptions): TSolveOutcome {
      const started = performance.now();
      try {
        const text = toCplexLp(model, options.relax);
        const solution = highs.solve(text, {
          output_flag: false,
          time_limit: options.timeLimitSeconds,
          ...(options.relax ? {} : { mip_rel_gap: options.relativeGap }),
        });
        return outcomeOf(solution, model.objective.length, performance.now() - started);
      } catch (error) {
        return { status: "error", objective: null, values: null, detail: error instanceof Error ? error.message : String(error), ms: performance.now() - started };
      }
    },
  };
}
