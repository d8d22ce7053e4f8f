import { describe, expect, it } from "vitest";
import { compareWithStandard, planImpact } from "./compare-standard";
import { createRecommender, type TPersonNeeds } from "./recommend";
import { STARTER_CATALOGUE } from "./starter-catalogue";

const priorities: TPersonNeeds = {
  id: "a",
  language: "nl",
  challengeMeans: { "setting-priorities": 5, "cannot-delegate": 4 },
  talentStrengths: { "careful-decision-maker": 6, organised: 5 },
};
const conflict: TPersonNeeds = {
  id: "b",
  language: "fr",
  challengeMeans: { "afraid-of-conflict": 5, "avoid-difficult-conversations": 4 },
  talentStrengths: { "calm-and-composed": 6, "frank-and-forthright": 5 },
};
const standard = ["clear-communication-workshop", "strategy-elearning"];

describe("planImpact", () => {
  it("sums the modules' predicted impacts and totals cost and hours", () => {
    const impacts = createRecommender(STARTER_CATALOGUE).impacts(priorities, ["priorities-workshop", "delegation-in-practice"]);
    const plan = planImpact(priorities, ["priorities-workshop", "delegation-in-practice"], STARTER_CATALOGUE);
    expect(plan.impact).toBeCloseTo((impacts[0] ?? 0) + (impacts[1] ?? 0), 12);
    expect(plan.costCents).toBe(59_000 + 65_000);
    expect(plan.hours).toBe(14);
  });

  it("is 0 for a plan that meets none of the person's needs", () => {
    expect(planImpact(priorities, ["empathy-workshop"], STARTER_CATALOGUE).impact).toBe(0);
  });
});

describe("compareWithStandard", () => {
  const result = compareWithStandard({ people: [priorities, conflict], modules: STARTER_CATALOGUE, standardModuleIds: standard, options: { languages: ["nl", "fr", "en"] } });

  it("derives a personalised plan within the standard programme's cost and hours", () => {
    for (const row of result.people) {
      expect(row.derived).toBe(true);
      expect(row.personalised.costCents).toBeLessThanOrEqual(row.standard.costCents);
      expect(row.personalised.hours).toBeLessThanOrEqual(row.standard.hours);
    }
  });

  it("predicts more for the personalised plans than for the same modules for everyone", () => {
    expect(result.group.personalisedBetterFor).toBe(2);
    expect(result.group.personalisedImpact).toBeGreaterThan(result.group.standardImpact);
    expect(result.group.people).toBe(2);
    expect(result.group.standardCostCents).toBe(2 * (62_000 + 19_000));
  });

  it("uses a given plan as is", () => {
    const given = compareWithStandard({ people: [priorities], modules: STARTER_CATALOGUE, standardModuleIds: ["priorities-workshop"], plans: { a: ["priorities-workshop"] } });
    expect(given.people[0]?.derived).toBe(false);
    expect(given.people[0]?.difference).toBeCloseTo(0, 12);
    expect(given.group.ratio).toBeCloseTo(1, 12);
  });

  it("rejects an empty standard programme", () => {
    expect(() => compareWithStandard({ people: [priorities], modules: STARTER_CATALOGUE, standardModuleIds: [] })).toThrow(expect.objectContaining({ field: "standardModuleIds" }));
  });
});
