import { describe, expect, it } from "vitest";
import { strengthsProfile } from "../assessment/strengths-profile";
import { DomainError } from "../shared/errors";
import type { TDevelopmentModule } from "./catalogue";
import {
  createRecommender,
  effortFactor,
  recommend,
  SECONDARY_SHARE,
  SITUATION_BONUS,
  TALENT_MULTIPLIER,
  type TPersonNeeds,
} from "./recommend";
import { STARTER_CATALOGUE } from "./starter-catalogue";
import { talentStrengthsFromProfile } from "./talent-strengths";
import { testModule } from "./test-modules.test-helpers";

/** Strong at careful decisions and organising; "decisive-under-uncertainty" is the weak pole of the same facet. */
const person: TPersonNeeds = {
  id: "anna",
  language: "nl",
  challengeMeans: { "setting-priorities": 5, "cannot-delegate": 3, "afraid-of-conflict": 2 },
  talentStrengths: { "careful-decision-maker": 7, organised: 6, "warm-connector": 5, trusting: 4, "calm-and-composed": 3, "eager-learner": 2 },
};

const on = (challengeId: string, weight = 1) => [{ challengeId, weight }];
const ids = (modules: readonly TDevelopmentModule[], options = {}) => recommend(person, modules, { menuSize: 10, maxPerFormat: 10, ...options }).menu.map((s) => s.moduleId);

describe("talent × effort: the ranking rules", () => {
  it.each<[string, TDevelopmentModule[], string[]]>([
    [
      "a module on a strongest talent outranks one that drills the weak pole of that facet",
      [testModule("b-weak", { buildsOn: ["decisive-under-uncertainty"] }), testModule("a-strong", { buildsOn: ["careful-decision-maker"] })],
      ["a-strong", "b-weak"],
    ],
    [
      "…also when the weak-facet module fits the challenge a bit better (up to the multiplier)",
      [
        testModule("weak-but-closer", { buildsOn: ["decisive-under-uncertainty"], challenges: on("setting-priorities", 1) }),
        testModule("strong-talent", { buildsOn: ["organised"], challenges: on("setting-priorities", 0.7) }),
      ],
      ["strong-talent", "weak-but-closer"],
    ],
    [
      "a talent outside the person's five strongest earns no multiplier",
      [testModule("a-sixth-talent", { buildsOn: ["eager-learner"] }), testModule("b-top-talent", { buildsOn: ["calm-and-composed"] })],
      ["b-top-talent", "a-sixth-talent"],
    ],
    [
      "without talents involved, the bigger need wins",
      [testModule("a-delegation", { challenges: on("cannot-delegate") }), testModule("b-priorities", { challenges: on("setting-priorities") })],
      ["b-priorities", "a-delegation"],
    ],
    [
      "the multiplier does not rescue a module for a challenge that barely applies",
      [testModule("a-conflict-on-talent", { buildsOn: ["careful-decision-maker"], challenges: on("afraid-of-conflict") }), testModule("b-priorities", {})],
      ["b-priorities", "a-conflict-on-talent"],
    ],
    [
      "equal scores are ordered by id",
      [testModule("zeta"), testModule("alpha"), testModule("mid")],
      ["alpha", "mid", "zeta"],
    ],
    [
      "more effort (hours) counts, within the effort bounds",
      [testModule("a-short", { hours: 4 }), testModule("b-long", { hours: 36 })],
      ["b-long", "a-short"],
    ],
    [
      "a module for a challenge the person does not have is left out",
      [testModule("a-empathy", { challenges: on("develop-empathy") }), testModule("b-priorities")],
      ["b-priorities"],
    ],
  ])("%s", (_rule, modules, expected) => {
    expect(ids(modules)).toEqual(expected);
  });

  it("multiplies the effect by exactly TALENT_MULTIPLIER, and the parameter sets the size of the effect", () => {
    const modules = [testModule("strong", { buildsOn: ["careful-decision-maker"] }), testModule("weak", { buildsOn: ["decisive-under-uncertainty"] })];
    const [strong, weak] = recommend(person, modules).menu;
    expect(strong?.talentMultiplier).toBe(TALENT_MULTIPLIER);
    expect(weak?.talentMultiplier).toBe(1);
    expect((strong?.score ?? 0) / (weak?.score ?? 1)).toBeCloseTo(TALENT_MULTIPLIER, 12);
    const neutral = recommend(person, modules, { talentMultiplier: 1 }).menu;
    expect(neutral[0]?.score).toBeCloseTo(neutral[1]?.score ?? 0, 12);
  });

  it("computes the score as documented", () => {
    const module = testModule("m", {
      hours: 9,
      buildsOn: ["organised"],
      situations: ["hard-time"],
      challenges: [
        { challengeId: "setting-priorities", weight: 0.8 },
        { challengeId: "cannot-delegate", weight: 0.5 },
      ],
    });
    const [s] = recommend({ ...person, situations: ["hard-time"] }, [module]).menu;
    const needFit = 0.8 * 1 + SECONDARY_SHARE * 0.5 * 0.5;
    expect(s?.needFit).toBeCloseTo(needFit, 12);
    expect(s?.score).toBeCloseTo(needFit * TALENT_MULTIPLIER * Math.sqrt(9 / 16) * (1 + SITUATION_BONUS), 12);
    expect(s?.reason).toEqual({ kind: "builds-on-talent", challengeId: "setting-priorities", talentId: "organised" });
  });

  it.each([
    [1, 0.5],
    [4, 0.5],
    [16, 1],
    [25, 1.25],
    [100, 1.5],
  ])("effort factor of %d hours is %d", (hours, factor) => {
    expect(effortFactor(hours)).toBeCloseTo(factor, 12);
  });

  it("names the strongest matching talent and the main challenge in the reason", () => {
    const module = testModule("m", { buildsOn: ["organised", "careful-decision-maker"], challenges: [{ challengeId: "cannot-delegate", weight: 1 }, { challengeId: "setting-priorities", weight: 0.9 }] });
    expect(recommend(person, [module]).menu[0]?.reason).toEqual({ kind: "builds-on-talent", challengeId: "setting-priorities", talentId: "careful-decision-maker" });
    expect(recommend(person, [testModule("n")]).menu[0]?.reason).toEqual({ kind: "addresses-challenge", challengeId: "setting-priorities" });
  });
});

describe("filters and diversity", () => {
  it.each<[string, Partial<TDevelopmentModule>, object, keyof ReturnType<typeof recommend>["leftOut"]]>([
    ["language", { languages: ["fr"] }, {}, "language"],
    ["budget", { cost: { cents: 90_000, currency: "EUR" } }, { maxCostCents: 80_000 }, "budget"],
    ["time", { hours: 24 }, { maxHours: 20 }, "hours"],
    ["format", { format: "book" }, { formats: ["workshop"] }, "format"],
    ["no seats", { seatsPerPeriod: 0 }, {}, "noSeats"],
  ])("leaves out a module by %s and counts it", (_label, patch, options, counter) => {
    const result = recommend(person, [testModule("kept"), testModule("dropped", patch)], options);
    expect(result.menu.map((s) => s.moduleId)).toEqual(["kept"]);
    expect(result.leftOut[counter]).toBe(1);
  });

  it("accepts other languages when the person does", () => {
    expect(recommend(person, [testModule("fr-only", { languages: ["fr"] })], { languages: ["nl", "fr"] }).menu).toHaveLength(1);
  });

  it("puts at most maxPerFormat of one format on the menu, keeping the best of each", () => {
    const modules = [
      ...[1, 2, 3, 4, 5].map((i) => testModule(`workshop-${i}`, { hours: 40 - i })),
      testModule("book", { format: "book", hours: 2 }),
      testModule("circle", { format: "peer_circle", hours: 3 }),
    ];
    const result = recommend(person, modules, { menuSize: 4, maxPerFormat: 2 });
    expect(result.menu.map((s) => s.moduleId)).toEqual(["workshop-1", "workshop-2", "book", "circle"]);
    expect(result.menu.map((s) => s.rank)).toEqual([1, 2, 3, 4]);
    expect(result.leftOut.diversity).toBe(3);
  });

  it("is deterministic: the catalogue's order does not matter", () => {
    const reversed = [...STARTER_CATALOGUE].reverse();
    expect(recommend(person, reversed)).toEqual(recommend(person, STARTER_CATALOGUE));
  });

  it("says no-profile when no challenge was measured, and nothing-fits when the filters leave nothing", () => {
    expect(recommend({ ...person, challengeMeans: {} }, STARTER_CATALOGUE).status).toBe("no-profile");
    expect(recommend(person, STARTER_CATALOGUE, { maxCostCents: 0, formats: ["workshop"] }).status).toBe("nothing-fits");
    expect(recommend(person, STARTER_CATALOGUE).status).toBe("ok");
  });

  it.each([
    [{ ...person, challengeMeans: { "setting-priorities": 6 } }, {}, "challengeMeans.setting-priorities"],
    [{ ...person, talentStrengths: { juggler: 1 } }, {}, "talentStrengths.juggler"],
    [{ ...person, talentStrengths: { organised: -1 } }, {}, "talentStrengths.organised"],
    [person, { maxCostCents: -1 }, "maxCostCents"],
    [person, { maxCostCents: 10.5 }, "maxCostCents"],
    [person, { menuSize: 0 }, "menuSize"],
    [person, { talentMultiplier: 0.5 }, "talentMultiplier"],
  ])("rejects bad input %# with a DomainError naming the field", (who, options, field) => {
    expect(() => recommend(who, STARTER_CATALOGUE, options)).toThrow(DomainError);
    try {
      recommend(who, STARTER_CATALOGUE, options);
    } catch (error) {
      expect((error as DomainError).field).toBe(field);
    }
  });
});

describe("with a real strengths profile", () => {
  it("uses the profile's leaning poles as talents: the low pole of C6 builds on decisive-under-uncertainty", () => {
    const domains = (["N", "E", "O", "A", "C"] as const).map((domain) => ({
      domain,
      facets: ([1, 2, 3, 4, 5, 6] as const).map((facet) => ({ facet, score: domain === "C" && facet === 6 ? 4 : 12 })),
    }));
    const strengths = talentStrengthsFromProfile(strengthsProfile({ domains } as never));
    expect(strengths).toEqual({ "decisive-under-uncertainty": 8 });
    const menu = createRecommender(STARTER_CATALOGUE).recommend({ id: "x", language: "en", challengeMeans: { "decide-without-all-information": 5 }, talentStrengths: strengths }).menu;
    expect(menu[0]?.reason).toEqual({ kind: "builds-on-talent", challengeId: "decide-without-all-information", talentId: "decisive-under-uncertainty" });
  });
});
