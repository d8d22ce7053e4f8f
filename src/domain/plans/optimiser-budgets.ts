// What each optimiser participant's allocation may cost (issue 13, decision 0016): the same limits apply's guard
// (`requirePlanFits`, through `decideCommitment`) checks, so the model never gives a person what they could not submit.

/** A plan as the caps see it: its owner, status and the cost of its current version. */
export type TCapPlan = { personId: string; status: string; costCents: number };

export type TCapInput = {
  /** The participants, with their department ("" = none). */
  people: readonly { id: string; department: string }[];
  /** Person budgets HR set; a person without one has the default (null = no person budget). */
  personBudgets: readonly { personId: string; budgetCents: number }[];
  defaultPersonBudgetCents: number | null;
  departmentBudgets: readonly { department: string; budgetCents: number }[];
  /** Every plan of the organisation, with each owner's department (also people who are not participants). */
  plans: readonly (TCapPlan & { department: string })[];
  /** Statuses that hold money against the department (submitted, approved). */
  committedStatuses: readonly string[];
};

/**
 * Each participant's cap in cents, or null without one: their own budget (the allocation replaces their plan, so
 * nothing else of theirs draws on it) and what their department has left after colleagues' committed plans (their
 * own plan left out: it is being replaced), whichever is lower, never below 0.
 */
export function participantCaps(input: TCapInput): Map<string, number | null> {
  const own = new Map(input.personBudgets.map((b) => [b.personId, b.budgetCents]));
  const departments = new Map(input.departmentBudgets.map((b) => [b.department, b.budgetCents]));
  const committed = new Map<string, number>();
  const committedOf = new Map<string, number>();
  for (const plan of input.plans) {
    if (!input.committedStatuses.includes(plan.status) || plan.department.trim() === "") continue;
    committed.set(plan.department, (committed.get(plan.department) ?? 0) + plan.costCents);
    committedOf.set(plan.personId, (committedOf.get(plan.personId) ?? 0) + plan.costCents);
  }
  return new Map(
    input.people.map((person) => {
      const caps: number[] = [];
      const personal = own.get(person.id) ?? input.defaultPersonBudgetCents;
      if (personal !== null && personal !== undefined) caps.push(personal);
      const department = person.department.trim() === "" ? undefined : departments.get(person.department);
      if (department !== undefined) caps.push(department - ((committed.get(person.department) ?? 0) - (committedOf.get(person.id) ?? 0)));
      return [person.id, caps.length === 0 ? null : Math.max(0, Math.min(...caps))];
    }),
  );
}
