import { invalid } from "../shared/errors";
import type { TDevelopmentModule } from "./catalogue";
import { planTotals } from "./plan";
import { createRecommender, type TPersonNeeds, type TRecommendOptions } from "./recommend";

/** One plan's predicted effect: the sum of its modules' predicted impacts (impact points), cost and hours. */
export type TPlanImpact = { moduleIds: readonly string[]; impact: number; costCents: number; hours: number };

export type TPersonComparison = {
  personId: string;
  personalised: TPlanImpact;
  standard: TPlanImpact;
  /** personalised − standard impact. */
  difference: number;
  /** true when the personalised plan was not given and was derived from the menu at the standard's cost and hours. */
  derived: boolean;
};

export type TGroupComparison = {
  people: number;
  personalisedImpact: number;
  standardImpact: number;
  personalisedMean: number;
  standardMean: number;
  /** personalised / standard total impact; null when the standard programme predicts no impact. */
  ratio: number | null;
  /** People for whom the personalised plan predicts more than the standard programme. */
  personalisedBetterFor: number;
  personalisedCostCents: number;
  standardCostCents: number;
};

export type TStandardComparison = { people: TPersonComparison[]; group: TGroupComparison };

/**
 * Predicted impact of a plan for one person: the sum of the modules' scores (see recommend), without filters.
 * Additive on purpose: the optimiser maximises the same sum, so the two numbers can be compared.
 */
export function planImpact(person: TPersonNeeds, moduleIds: readonly string[], modules: readonly TDevelopmentModule[], options: Pick<TRecommendOptions, "talentMultiplier"> = {}): TPlanImpact {
  const impacts = createRecommender(modules).impacts(person, moduleIds, options);
  const totals = planTotals(moduleIds, modules, modules[0]?.cost.currency ?? "EUR");
  return { moduleIds, impact: impacts.reduce((a, b) => a + b, 0), costCents: totals.cost.cents, hours: totals.hours };
}

/**
 * The personalised plans next to the standard programme (the same modules for everyone), per person and for
 * the group. A person without a given plan gets the best of their ranked menu that fits within the standard
 * programme's cost and hours, so both sides spend the same.
 */
export function compareWithStandard(input: {
  people: readonly TPersonNeeds[];
  modules: readonly TDevelopmentModule[];
  standardModuleIds: readonly string[];
  plans?: Readonly<Record<string, readonly string[]>>;
  options?: TRecommendOptions;
}): TStandardComparison {
  const { people, modules, standardModuleIds, plans = {}, options = {} } = input;
  if (standardModuleIds.length === 0) throw invalid("standardModuleIds", "the standard programme needs at least one module");
  const recommender = createRecommender(modules);
  const currency = modules[0]?.cost.currency ?? "EUR";
  const standardTotals = planTotals(standardModuleIds, modules, currency);
  const rows = people.map((person): TPersonComparison => {
    const standardImpact = recommender.impacts(person, standardModuleIds, options).reduce((a, b) => a + b, 0);
    const standard = { moduleIds: standardModuleIds, impact: standardImpact, costCents: standardTotals.cost.cents, hours: standardTotals.hours };
    const given = plans[person.id];
    let moduleIds: readonly string[];
    if (given) moduleIds = given;
    else {
      const picked: string[] = [];
      let cost = 0;
      let hours = 0;
      for (const s of recommender.rank(person, options)) {
        if (cost + s.costCents > standard.costCents || hours + s.hours > standard.hours) continue;
        picked.push(s.moduleId);
        cost += s.costCents;
        hours += s.hours;
      }
      moduleIds = picked;
    }
    const impact = recommender.impacts(person, moduleIds, options).reduce((a, b) => a + b, 0);
    const totals = planTotals(moduleIds, modules, currency);
    const personalised = { moduleIds, impact, costCents: totals.cost.cents, hours: totals.hours };
    return { personId: person.id, personalised, standard, difference: impact - standardImpact, derived: !given };
  });
  const sum = (f: (r: TPersonComparison) => number) => rows.reduce((a, r) => a + f(r), 0);
  const personalisedImpact = sum((r) => r.personalised.impact);
  const standardImpact = sum((r) => r.standard.impact);
  const n = rows.length;
  return {
    people: rows,
    group: {
      people: n,
      personalisedImpact,
      standardImpact,
      personalisedMean: n === 0 ? 0 : personalisedImpact / n,
      standardMean: n === 0 ? 0 : standardImpact / n,
      ratio: standardImpact > 0 ? personalisedImpact / standardImpact : null,
      personalisedBetterFor: rows.filter((r) => r.difference > 1e-12).length,
      personalisedCostCents: sum((r) => r.personalised.costCents),
      standardCostCents: sum((r) => r.standard.costCents),
    },
  };
}
