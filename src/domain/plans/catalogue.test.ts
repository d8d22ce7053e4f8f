import { describe, expect, it } from "vitest";
import { validateCatalogue, validateModule } from "./catalogue";
import { fieldOf, testModule } from "./test-modules.test-helpers";

const valid = testModule("priorities", { buildsOn: ["careful-decision-maker"], situations: ["hard-time"] });

describe("validateModule", () => {
  it("accepts a valid module and returns the same content", () => {
    expect(validateModule(valid)).toEqual(valid);
  });

  it("accepts unlimited seats, zero seats and a free module", () => {
    expect(validateModule({ ...valid, seatsPerPeriod: null }).seatsPerPeriod).toBeNull();
    expect(validateModule({ ...valid, seatsPerPeriod: 0 }).seatsPerPeriod).toBe(0);
    expect(validateModule({ ...valid, cost: { cents: 0, currency: "EUR" } }).cost.cents).toBe(0);
  });

  it.each([
    ["negative cost", { cost: { cents: -100, currency: "EUR" } }, "cost.cents"],
    ["fractional cents", { cost: { cents: 100.5, currency: "EUR" } }, "cost.cents"],
    ["cost as text", { cost: { cents: "100", currency: "EUR" } }, "cost.cents"],
    ["lower-case currency", { cost: { cents: 100, currency: "eur" } }, "cost.currency"],
    ["missing cost", { cost: undefined }, "cost"],
    ["zero hours", { hours: 0 }, "hours"],
    ["negative hours", { hours: -2 }, "hours"],
    ["infinite hours", { hours: Number.POSITIVE_INFINITY }, "hours"],
    ["fractional seats", { seatsPerPeriod: 2.5 }, "seatsPerPeriod"],
    ["negative seats", { seatsPerPeriod: -1 }, "seatsPerPeriod"],
    ["German", { languages: ["nl", "de"] }, "languages[1]"],
    ["no language", { languages: [] }, "languages"],
    ["duplicate language", { languages: ["nl", "nl"] }, "languages"],
    ["unknown format", { format: "webinar" }, "format"],
    ["bad id", { id: "Bad Id!" }, "id"],
    ["missing French title", { title: { nl: "a", en: "b" } }, "title.fr"],
    ["blank English description", { description: { nl: "a", fr: "b", en: "  " } }, "description.en"],
    ["no provider", { provider: "" }, "provider"],
    ["no challenges", { challenges: [] }, "challenges"],
    ["unknown challenge", { challenges: [{ challengeId: "juggling", weight: 1 }] }, "challenges[0].challengeId"],
    ["weight above 1", { challenges: [{ challengeId: "setting-priorities", weight: 1.2 }] }, "challenges[0].weight"],
    ["negative weight", { challenges: [{ challengeId: "setting-priorities", weight: -0.1 }] }, "challenges[0].weight"],
    [
      "challenge twice",
      { challenges: [{ challengeId: "setting-priorities", weight: 1 }, { challengeId: "setting-priorities", weight: 0.5 }] },
      "challenges",
    ],
    ["unknown talent", { buildsOn: ["juggler"] }, "buildsOn[0]"],
    ["unknown situation", { situations: ["retired"] }, "situations[0]"],
  ])("rejects %s, naming the field", (_label, patch, field) => {
    expect(fieldOf(() => validateModule({ ...valid, ...patch }))).toBe(field);
  });

  it("rejects what is not an object", () => {
    expect(fieldOf(() => validateModule(null))).toBe("module");
    expect(fieldOf(() => validateModule([valid]))).toBe("module");
  });
});

describe("validateCatalogue", () => {
  it("names the module of a bad field", () => {
    expect(fieldOf(() => validateCatalogue([valid, { ...valid, id: "other", hours: 0 }]))).toBe("modules[1].hours");
  });

  it("rejects a duplicate id and a second currency", () => {
    expect(fieldOf(() => validateCatalogue([valid, valid]))).toBe("modules[1].id");
    expect(fieldOf(() => validateCatalogue([valid, { ...valid, id: "usd", cost: { cents: 1, currency: "USD" } }]))).toBe("modules[1].cost.currency");
  });
});
