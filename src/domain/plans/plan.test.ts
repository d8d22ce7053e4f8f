import { describe, expect, it } from "vitest";
import { budgetStatus, nextPlanStatus, planBudgetCheck, planTotals, validatePlan, type TPlanAction, type TPlanActor, type TPlanStatus } from "./plan";
import { STARTER_CATALOGUE } from "./starter-catalogue";
import { fieldOf } from "./test-modules.test-helpers";

const goal = { challengeId: "setting-priorities", description: "Weekly priorities agreed with the team", businessMeasure: "overtime hours" };
const eur = (cents: number) => ({ cents, currency: "EUR" });

describe("validatePlan", () => {
  it("accepts modules from the catalogue and 1–3 goals; an empty business measure becomes null", () => {
    const plan = validatePlan({ moduleIds: ["priorities-workshop"], goals: [{ ...goal, businessMeasure: " " }] }, STARTER_CATALOGUE);
    expect(plan.goals[0]?.businessMeasure).toBeNull();
  });

  it.each([
    ["no modules", { moduleIds: [], goals: [goal] }, "moduleIds"],
    ["an unknown module", { moduleIds: ["priorities-workshop", "nope"], goals: [goal] }, "moduleIds[1]"],
    ["a module twice", { moduleIds: ["priorities-workshop", "priorities-workshop"], goals: [goal] }, "moduleIds[1]"],
    ["no goals", { moduleIds: ["priorities-workshop"], goals: [] }, "goals"],
    ["four goals", { moduleIds: ["priorities-workshop"], goals: [1, 2, 3, 4].map(() => goal) }, "goals"],
    ["an unknown challenge", { moduleIds: ["priorities-workshop"], goals: [{ ...goal, challengeId: "x" }] }, "goals[0].challengeId"],
    ["two goals on one challenge", { moduleIds: ["priorities-workshop"], goals: [goal, goal] }, "goals[1].challengeId"],
    ["an empty description", { moduleIds: ["priorities-workshop"], goals: [{ ...goal, description: "" }] }, "goals[0].description"],
    ["a very long measure", { moduleIds: ["priorities-workshop"], goals: [{ ...goal, businessMeasure: "x".repeat(201) }] }, "goals[0].businessMeasure"],
  ])("rejects %s", (_label, input, field) => {
    expect(fieldOf(() => validatePlan(input, STARTER_CATALOGUE))).toBe(field);
  });
});

describe("budgets", () => {
  it("adds a plan's cost and hours in cents", () => {
    expect(planTotals(["priorities-workshop", "time-and-focus-elearning"], STARTER_CATALOGUE)).toEqual({ cost: eur(59_000 + 11_900), hours: 12 });
  });

  it.each([
    [100_000, [30_000, 20_000], { spent: 50_000, left: 50_000, overBy: 0, withinBudget: true }],
    [100_000, [60_000, 40_000], { spent: 100_000, left: 0, overBy: 0, withinBudget: true }],
    [100_000, [60_000, 40_001], { spent: 100_001, left: 0, overBy: 1, withinBudget: false }],
    [0, [], { spent: 0, left: 0, overBy: 0, withinBudget: true }],
  ])("budget %d with %j committed", (budget, committed, expected) => {
    const status = budgetStatus(eur(budget), committed.map(eur));
    expect({ spent: status.spent.cents, left: status.left.cents, overBy: status.overBy.cents, withinBudget: status.withinBudget }).toEqual(expected);
  });

  it.each([
    [eur(-1), [], "budget.cents"],
    [eur(10.5), [], "budget.cents"],
    [eur(100), [{ cents: 1, currency: "USD" }], "committed"],
  ])("rejects bad amounts %#", (budget, committed, field) => {
    expect(fieldOf(() => budgetStatus(budget, committed))).toBe(field);
  });

  it("checks a plan against both the person's and the department's budget", () => {
    const fits = planBudgetCheck(eur(50_000), { budget: eur(100_000), otherCommitted: [] }, { budget: eur(1_000_000), otherCommitted: [eur(900_000)] });
    expect(fits.fits).toBe(true);
    const tooMuchForDepartment = planBudgetCheck(eur(50_000), { budget: eur(100_000), otherCommitted: [] }, { budget: eur(1_000_000), otherCommitted: [eur(960_000)] });
    expect(tooMuchForDepartment.fits).toBe(false);
    expect(tooMuchForDepartment.department?.overBy.cents).toBe(10_000);
    expect(planBudgetCheck(eur(50_000), null, null).fits).toBe(true);
  });
});

describe("nextPlanStatus", () => {
  it.each<[TPlanStatus, TPlanAction, TPlanActor, TPlanStatus | "FORBIDDEN" | "CONFLICT"]>([
    ["draft", "submit", "owner", "submitted"],
    ["changes_requested", "submit", "owner", "submitted"],
    ["submitted", "approve", "line_manager", "approved"],
    ["submitted", "approve", "hr", "approved"],
    ["submitted", "request_changes", "line_manager", "changes_requested"],
    ["approved", "request_changes", "hr", "changes_requested"],
    ["approved", "comment", "owner", "approved"],
    ["submitted", "approve", "owner", "FORBIDDEN"],
    ["draft", "submit", "hr", "FORBIDDEN"],
    ["draft", "approve", "line_manager", "CONFLICT"],
    ["approved", "submit", "owner", "CONFLICT"],
  ])("%s + %s by %s → %s", (from, action, actor, expected) => {
    if (expected === "FORBIDDEN" || expected === "CONFLICT") {
      expect(() => nextPlanStatus(from, action, actor)).toThrow(expect.objectContaining({ code: expected }));
    } else {
      expect(nextPlanStatus(from, action, actor)).toBe(expected);
    }
  });
});
