/**
 * A 0/1 maximisation model with ≤ rows, the only shape the plans optimiser and mentor matching need, and the
 * injected solver interface. The domain builds models and reads solutions; loading and running a solver is the
 * adapter's job (src/app/plans/highs-solver.ts), so this stays pure.
 */

/** maximise Σ objective[j]·x[j] subject to, per row, Σ coefficient·x ≤ upper, with x[j] ∈ {0, 1}. */
export type TMipModel = {
  /** Objective coefficient per column; column j is named `x${j}` in LP text. */
  objective: Float64Array;
  rows: readonly TMipRow[];
};

export type TMipRow = { name: string; columns: Int32Array; coefficients: Float64Array; upper: number };

export type TSolveOptions = {
  /** true: solve the LP relaxation (0 ≤ x ≤ 1) instead of the 0/1 problem. */
  relax: boolean;
  timeLimitSeconds: number;
  /** Relative MIP gap at which the solver may stop (0.001 = 0.1 %). */
  relativeGap: number;
};

export type TSolveOutcome = {
  /** optimal: proven (within relativeGap); feasible: a solution but stopped early; no-solution: stopped without one. */
  status: "optimal" | "feasible" | "infeasible" | "no-solution" | "error";
  objective: number | null;
  /** Column values in column order, or null without a solution. */
  values: Float64Array | null;
  /** The solver's own words (status text, error message), for logs and notes. */
  detail: string;
  /** Wall time the adapter measured; the domain has no clock. */
  ms?: number;
};

/** The injected solver. Synchronous: an adapter loads its engine before handing this over. */
export type TMipSolver = { name: string; solve(model: TMipModel, options: TSolveOptions): TSolveOutcome };

const TERMS_PER_LINE = 24;

function number(value: number): string {
  // LP text needs plain decimal numbers; 12 significant digits keep cents exact and impacts precise enough.
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(12)));
}

function terms(columns: ArrayLike<number>, coefficients: ArrayLike<number>): string {
  const lines: string[] = [];
  let line: string[] = [];
  let first = true;
  for (let k = 0; k < columns.length; k++) {
    const c = coefficients[k] ?? 0;
    if (c === 0) continue;
    const sign = c < 0 ? (first ? "-" : "- ") : first ? "" : "+ ";
    line.push(`${sign}${number(Math.abs(c))} x${columns[k] ?? 0}`);
    first = false;
    if (line.length === TERMS_PER_LINE) {
      lines.push(line.join(" "));
      line = [];
    }
  }
  if (line.length > 0) lines.push(line.join(" "));
  return lines.length === 0 ? "0 x0" : lines.join("\n  ");
}

/** The model as CPLEX LP text (what highs.solve reads). With relax, no Binary section: 0 ≤ x ≤ 1 continuous. */
export function toCplexLp(model: TMipModel, relax: boolean): string {
  const n = model.objective.length;
  const all = Int32Array.from({ length: n }, (_, j) => j);
  const out: string[] = ["Maximize", ` obj: ${terms(all, model.objective)}`, "Subject To"];
  model.rows.forEach((row, i) => {
    out.push(` r${i}: ${terms(row.columns, row.coefficients)} <= ${number(row.upper)}`);
  });
  out.push("Bounds");
  for (let j = 0; j < n; j++) out.push(` 0 <= x${j} <= 1`);
  if (!relax && n > 0) {
    out.push("Binary");
    for (let j = 0; j < n; j += TERMS_PER_LINE) {
      out.push(` ${Array.from({ length: Math.min(TERMS_PER_LINE, n - j) }, (_, k) => `x${j + k}`).join(" ")}`);
    }
  }
  out.push("End", "");
  return out.join("\n");
}
