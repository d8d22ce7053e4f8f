// Demo data for à la carte planning (issue 4): the starter catalogue, budgets, a standard programme, mentor
// profiles and a few plans of other managers, so HR's lists, the comparison and the optimiser have something
// to show. An Peeters (E004) has no plan: the browser test has her build one.
import { findUserByEmail } from "../../db/auth-repo";
import { savePlanSettings, setDepartmentBudget } from "../../db/catalogue-repo";
import { upsertMentorProfile } from "../../db/mentor-profiles-repo";
import { insertPlanEvent, writePlanVersion } from "../../db/plans-repo";
import { topChallenges } from "../../domain/assessment/index";
import { createRecommender, planTotals } from "../../domain/plans/index";
import type { TAppContext } from "../shared/context";
import { DEMO_PEOPLE } from "./demo-people";
import { addStarterCatalogue, loadCatalogue, loadPlanningPeople } from "../plans/planning-data";

/** The standard programme the demo organisation used before Sterk: the same three modules for everyone. */
export const DEMO_STANDARD_PROGRAMME = ["feedback-skills-workshop", "time-and-focus-elearning", "leadership-reading-package"] as const;
export const DEMO_PERSON_BUDGET_CENTS = 300_000;
export const DEMO_DEPARTMENT_BUDGET_PER_PERSON_CENTS = 250_000;
export const DEMO_MAX_HOURS = 60;

/** Managers with a plan in the demo: employee number → status of their plan. */
export const DEMO_PLANS: Readonly<Record<string, "submitted" | "approved">> = { E005: "approved", E006: "approved", E010: "submitted", E007: "submitted" };

const MENTOR_PROFILES = [
  {
    email: "mentor.geert@sterk.demo",
    languages: ["nl", "en"],
    industries: ["food-and-beverage", "manufacturing"],
    capacity: 5,
    expertise: ["delegate-and-follow-up", "colleague-to-boss", "setting-priorities", "afraid-of-conflict", "strategic-thinking", "too-involved-in-execution"],
    bio: "Former plant director; mentors production and sales managers.",
  },
  {
    email: "mentor.claire@sterk.demo",
    languages: ["fr", "en", "nl"],
    industries: ["retail", "food-and-beverage"],
    capacity: 4,
    expertise: ["constructive-feedback", "emotional-resilience", "lack-self-confidence", "clear-communication", "political-antennae", "pressure-to-perform"],
    bio: "HR director turned business mentor; people, feedback and resilience.",
  },
] as const;

export async function seedDemoPlanning(ctx: Pick<TAppContext, "db" | "now">, organisationId: string, userIdOf: (employeeNumber: string) => string | null): Promise<void> {
  await addStarterCatalogue(ctx, organisationId);
  await savePlanSettings(ctx.db, organisationId, {
    currency: "EUR",
    defaultPersonBudgetCents: DEMO_PERSON_BUDGET_CENTS,
    maxHoursPerPerson: DEMO_MAX_HOURS,
    standardModuleIds: [...DEMO_STANDARD_PROGRAMME],
  });
  const perDepartment = new Map<string, number>();
  for (const person of DEMO_PEOPLE) perDepartment.set(person.department, (perDepartment.get(person.department) ?? 0) + 1);
  for (const [department, n] of perDepartment) await setDepartmentBudget(ctx.db, organisationId, department, n * DEMO_DEPARTMENT_BUDGET_PER_PERSON_CENTS);

  for (const profile of MENTOR_PROFILES) {
    const user = await findUserByEmail(ctx.db, profile.email);
    if (!user) continue;
    await upsertMentorProfile(ctx.db, organisationId, user.id, {
      expertise: profile.expertise.map((challengeId, i) => ({ challengeId, level: i < 2 ? 3 : 2 })),
      languages: [...profile.languages],
      industries: [...profile.industries],
      capacity: profile.capacity,
      bio: profile.bio,
    });
  }

  const catalogue = await loadCatalogue(ctx, organisationId);
  const recommender = createRecommender(catalogue);
  const planners = await loadPlanningPeople(ctx, organisationId);
  for (const [employeeNumber, status] of Object.entries(DEMO_PLANS)) {
    const planner = planners.find((p) => p.person.employeeNumber === employeeNumber);
    if (!planner?.hasScan) continue;
    // the two best menu modules that fit the person's budget and hours together
    const moduleIds: string[] = [];
    let cost = 0;
    let hours = 0;
    for (const s of recommender.recommend(planner.needs).menu) {
      if (moduleIds.length === 2 || cost + s.costCents > DEMO_PERSON_BUDGET_CENTS || hours + s.hours > DEMO_MAX_HOURS) continue;
      moduleIds.push(s.moduleId);
      cost += s.costCents;
      hours += s.hours;
    }
    const top = topChallenges(planner.needs.challengeMeans, { limit: 1, minScore: 1 })[0];
    if (moduleIds.length === 0 || !top) continue;
    const totals = planTotals(moduleIds, catalogue);
    const userId = userIdOf(employeeNumber);
    const goal = { challengeId: top.challengeId, description: "Concrete progress within six months, reviewed with my mentor.", businessMeasure: null };
    const written = await writePlanVersion(ctx.db, organisationId, planner.person.id, status, {
      moduleIds,
      goals: [goal],
      costCents: totals.cost.cents,
      hours: totals.hours,
      source: "person",
      userId,
    });
    await insertPlanEvent(ctx.db, organisationId, { planId: written.planId, version: written.version, action: "submit", actorRole: "owner", comment: null, actorUserId: userId });
    if (status === "approved") {
      await insertPlanEvent(ctx.db, organisationId, { planId: written.planId, version: written.version, action: "approve", actorRole: "hr", comment: "Goed plan — veel succes.", actorUserId: null });
    }
  }
}
