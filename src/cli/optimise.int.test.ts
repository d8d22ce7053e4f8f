import { describe, expect, it } from "vitest";
import { sterk, useCliDatabase } from "../test-support/cli";
import { testDatabaseKind } from "../test-support/test-database";

useCliDatabase("sterk-optimise-cli-", { demo: true });

describe(`sterk plan optimise and sterk mentors match (${testDatabaseKind})`, () => {
  it("prints the optimiser's result as JSON in snake_case: people by employee number, modules by id, within the budget", async () => {
    const run = await sterk("plan", "optimise", "--org", "demo", "--budget-cents", "1000000", "--json");
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(Object.keys(result)).toEqual(["budget_cents", "spent_cents", "objective", "lp_bound", "gap_pct", "greedy_objective", "solve_ms", "allocations", "left_out", "message"]);
    expect(result.budget_cents).toBe(1_000_000);
    expect(result.spent_cents).toBeLessThanOrEqual(1_000_000);
    expect(result.allocations.length).toBeGreaterThan(0);
    for (const a of result.allocations) expect(a).toEqual({ person: expect.stringMatching(/^E\d+$/), module: expect.stringMatching(/^[a-z0-9-]+$/) });
    expect(result.objective).toBeGreaterThanOrEqual(result.greedy_objective - 1e-9);
    expect(result.objective).toBeLessThanOrEqual(result.lp_bound + 1e-6);
    const text = await sterk("plan", "optimise", "--org", "demo", "--budget-cents", "1000000");
    expect(text.stdout).toMatch(/greedy \(impact per euro\)/);
    expect(text.stdout).toMatch(/gap \d/);
  }, 120_000);

  it("refuses a fractional or negative budget and an unknown organisation (exit 2)", async () => {
    for (const budget of ["10.5", "-1", "abc"]) {
      const run = await sterk("plan", "optimise", "--org", "demo", "--budget-cents", budget, "--json");
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/budget-cents/);
    }
    expect((await sterk("plan", "optimise", "--org", "nope", "--budget-cents", "100")).code).toBe(2);
  });

  it("prints the mentor matching as JSON: people by employee number, mentors by email, with top three", async () => {
    const run = await sterk("mentors", "match", "--org", "demo", "--json");
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(Object.keys(result)).toEqual(["matches", "total_score", "matched"]);
    expect(result.matches.length).toBeGreaterThan(0);
    for (const m of result.matches) {
      expect(Object.keys(m)).toEqual(["person", "mentor", "score", "top_three", "unmatched_reason"]);
      expect(m.person).toMatch(/^E\d+$/);
      if (m.mentor) expect(m.mentor).toMatch(/@/);
      else expect(m.unmatched_reason).not.toBeNull();
      expect(m.top_three.length).toBeLessThanOrEqual(3);
    }
    expect(result.matched).toBe(result.matches.filter((m: { mentor: string | null }) => m.mentor).length);
    expect((await sterk("mentors", "match", "--org", "demo")).stdout).toMatch(/people matched; total score/);
  }, 120_000);
});
