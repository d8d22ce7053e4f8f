import { describe, expect, it } from "vitest";
import { DomainError } from "../shared/errors";
import { decideCommitment, refusalText, requireCommitment, type TCommitment, type TCommitmentLimits } from "./commitment";

const plan = (costCents: number, hours = 10, currency = "EUR"): TCommitment => ({ costCents, hours, currency, basis: { kind: "plan" } });
const module = (costCents: number, inApprovedPlan: boolean, reason: string | null = null, hours = 10): TCommitment => ({
  costCents,
  hours,
  currency: "EUR",
  basis: { kind: "module", moduleId: "successor-mentoring-track", inApprovedPlan, override: reason === null ? null : { reason } },
});
const limits = (patch: Partial<TCommitmentLimits> = {}): TCommitmentLimits => ({
  currency: "EUR",
  person: { budgetCents: 300_000, committedCents: 0 },
  department: { name: "Verkoop", budgetCents: 1_000_000, committedCents: 0 },
  limitHours: 60,
  ...patch,
});
const codes = (commitment: TCommitment, l: TCommitmentLimits) => {
  const decision = decideCommitment(commitment, l);
  return decision.ok ? [] : decision.refusals.map((r) => r.code);
};

describe("decideCommitment", () => {
  it.each([
    ["a plan well within every limit", plan(100_000, 20), limits(), []],
    ["a plan exactly at the person's budget and the hour limit", plan(300_000, 60), limits(), []],
    ["a plan one cent over the person's budget", plan(300_001), limits(), ["over_person_budget"]],
    ["a 63-hour plan against a limit of 60", plan(100_000, 63), limits(), ["over_hour_limit"]],
    ["hours that sum to the limit in decimals (0.1 steps)", plan(0, 0.1 + 0.2 + 59.7), limits(), []],
    ["no hour limit set", plan(100_000, 500), limits({ limitHours: null }), []],
    ["a zero budget and a free plan", plan(0), limits({ person: { budgetCents: 0, committedCents: 0 } }), []],
    ["a zero budget and a paid plan", plan(1), limits({ person: { budgetCents: 0, committedCents: 0 } }), ["over_person_budget"]],
    ["no person budget set", plan(5_000_000), limits({ person: null, department: null }), []],
    ["a department budget exhausted by others", plan(1), limits({ department: { name: "Verkoop", budgetCents: 500_000, committedCents: 500_000 } }), ["over_department_budget"]],
    ["a department budget exactly used up with this plan", plan(200_000), limits({ department: { name: "Verkoop", budgetCents: 500_000, committedCents: 300_000 } }), []],
    ["over both budgets and the hours", plan(400_000, 70), limits({ department: { name: "Verkoop", budgetCents: 100_000, committedCents: 0 } }), ["over_hour_limit", "over_person_budget", "over_department_budget"]],
    ["a module of the approved plan", module(0, true), limits(), []],
    ["a module outside the approved plan", module(420_000, false), limits(), ["not_in_approved_plan", "over_person_budget"]],
    ["a module outside the plan that HR approves, within budget", module(250_000, false, "Succession, agreed with the board"), limits(), []],
    ["HR's override does not lift the budget", module(420_000, false, "Succession"), limits(), ["over_person_budget"]],
  ])("%s", (_name, commitment, l, expected) => {
    expect(codes(commitment, l)).toEqual(expected);
  });

  it("reports the facts of a budget refusal: budget, spent (this included), over by, hours and the limit", () => {
    const decision = decideCommitment(plan(1_192_000, 63), limits({ person: { budgetCents: 300_000, committedCents: 0 } }));
    expect(decision.ok).toBe(false);
    if (decision.ok) return;
    expect(decision.refusals).toEqual([
      { code: "over_hour_limit", currency: "EUR", budgetCents: null, spentCents: 1_192_000, overByCents: 0, hours: 63, limitHours: 60, overByHours: 3, department: null, moduleId: null },
      { code: "over_person_budget", currency: "EUR", budgetCents: 300_000, spentCents: 1_192_000, overByCents: 892_000, hours: 63, limitHours: 60, overByHours: 0, department: null, moduleId: null },
      { code: "over_department_budget", currency: "EUR", budgetCents: 1_000_000, spentCents: 1_192_000, overByCents: 192_000, hours: 63, limitHours: 60, overByHours: 0, department: "Verkoop", moduleId: null },
    ]);
  });

  it("counts what the department's other people hold, and the person's other commitments", () => {
    const decision = decideCommitment(plan(100_000), limits({ person: { budgetCents: 300_000, committedCents: 250_000 }, department: { name: "HR", budgetCents: 900_000, committedCents: 850_000 } }));
    expect(decision.ok ? [] : decision.refusals.map((r) => [r.code, r.spentCents, r.overByCents])).toEqual([
      ["over_person_budget", 350_000, 50_000],
      ["over_department_budget", 950_000, 50_000],
    ]);
  });

  it("names the module asked for outside the approved plan", () => {
    const decision = decideCommitment(module(0, false), limits());
    expect(decision.ok ? null : decision.refusals[0]).toMatchObject({ code: "not_in_approved_plan", moduleId: "successor-mentoring-track" });
  });

  it("refuses an override without a reason, and a commitment in another currency than the budgets", () => {
    expect(() => decideCommitment(module(100, false, "   "), limits())).toThrow(expect.objectContaining({ code: "VALIDATION", field: "override.reason" }));
    expect(() => decideCommitment(module(100, false, "x".repeat(1_001)), limits())).toThrow(expect.objectContaining({ field: "override.reason" }));
    expect(() => decideCommitment(plan(100, 1, "USD"), limits())).toThrow(expect.objectContaining({ code: "VALIDATION", field: "currency" }));
    expect(() => decideCommitment(plan(-1), limits())).toThrow(expect.objectContaining({ field: "costCents" }));
    expect(() => decideCommitment(plan(1.5), limits())).toThrow(expect.objectContaining({ field: "costCents" }));
    expect(() => decideCommitment(plan(1, Number.NaN), limits())).toThrow(expect.objectContaining({ field: "hours" }));
  });
});

describe("requireCommitment", () => {
  it("passes silently when the commitment fits", () => {
    expect(() => requireCommitment(plan(1), limits(), "moduleIds")).not.toThrow();
  });

  it("throws a CONFLICT naming the field, with the refusals as details and an English detail", () => {
    try {
      requireCommitment(plan(1_192_000), limits({ department: null }), "moduleIds");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      const e = error as DomainError;
      expect(e).toMatchObject({ code: "CONFLICT", field: "moduleIds" });
      expect(e.message).toBe("refused: it goes over the person's budget (3000.00 EUR) by 8920.00 EUR");
      expect((e.details as { refusals: unknown[] }).refusals).toHaveLength(1);
    }
  });

  it("words every refusal code in English", () => {
    const decision = decideCommitment(module(1_000_000, false, null, 80), limits({ department: { name: "Verkoop", budgetCents: 0, committedCents: 0 } }));
    expect(decision.ok ? [] : decision.refusals.map(refusalText)).toEqual([
      "module successor-mentoring-track is not in the person's approved plan (HR may approve it with a reason)",
      "80 hours go over the limit of 60 hours by 20",
      "it goes over the person's budget (3000.00 EUR) by 7000.00 EUR",
      "it goes over the department budget of Verkoop (0.00 EUR) by 10000.00 EUR",
    ]);
  });
});
