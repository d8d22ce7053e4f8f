import { describe, expect, it } from "vitest";
import { participantCaps, type TCapInput } from "./optimiser-budgets";

const base: TCapInput = {
  people: [
    { id: "an", department: "Sales" },
    { id: "bo", department: "Sales" },
    { id: "cy", department: "" },
  ],
  personBudgets: [{ personId: "an", budgetCents: 300_000 }],
  defaultPersonBudgetCents: null,
  departmentBudgets: [{ department: "Sales", budgetCents: 1_000_000 }],
  plans: [],
  committedStatuses: ["submitted", "approved"],
};

describe("participantCaps: what each optimiser participant's allocation may cost", () => {
  it("is the person's own budget, or the default, or none", () => {
    expect(participantCaps({ ...base, departmentBudgets: [] })).toEqual(new Map([["an", 300_000], ["bo", null], ["cy", null]]));
    expect(participantCaps({ ...base, departmentBudgets: [], defaultPersonBudgetCents: 200_000 }).get("bo")).toBe(200_000);
  });

  it("is at most what the department has left after colleagues' committed plans, their own plan left out", () => {
    const plans = [
      { personId: "an", status: "approved", costCents: 250_000, department: "Sales" },
      { personId: "bo", status: "submitted", costCents: 600_000, department: "Sales" },
      { personId: "dee", status: "approved", costCents: 100_000, department: "Sales" },
      { personId: "eli", status: "draft", costCents: 900_000, department: "Sales" },
    ];
    const caps = participantCaps({ ...base, plans });
    // an: own 300,000; Sales 1,000,000 − bo 600,000 − dee 100,000 = 300,000
    expect(caps.get("an")).toBe(300_000);
    // bo: no own budget; Sales 1,000,000 − an 250,000 − dee 100,000 = 650,000
    expect(caps.get("bo")).toBe(650_000);
    expect(caps.get("cy")).toBeNull();
  });

  it("never goes below 0 when colleagues already hold more than the department's budget", () => {
    const plans = [{ personId: "dee", status: "approved", costCents: 1_500_000, department: "Sales" }];
    expect(participantCaps({ ...base, plans }).get("bo")).toBe(0);
  });
});
