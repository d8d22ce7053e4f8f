import { describe, expect, it } from "vitest";
import { MANAGER_CHALLENGES } from "../assessment/manager-challenges";
import { MODULE_FORMATS, validateCatalogue } from "./catalogue";
import { STARTER_CATALOGUE } from "./starter-catalogue";

describe("the starter catalogue", () => {
  it("has at least 40 valid modules in EUR", () => {
    expect(STARTER_CATALOGUE.length).toBeGreaterThanOrEqual(40);
    expect(validateCatalogue(STARTER_CATALOGUE)).toEqual(STARTER_CATALOGUE);
    expect(new Set(STARTER_CATALOGUE.map((m) => m.cost.currency))).toEqual(new Set(["EUR"]));
  });

  it.each(MANAGER_CHALLENGES.map((c) => [c.id]))("has a module whose main purpose (weight ≥ 0.8) is %s", (challengeId) => {
    const modules = STARTER_CATALOGUE.filter((m) => m.challenges.some((c) => c.challengeId === challengeId && c.weight >= 0.8));
    expect(modules.length).toBeGreaterThanOrEqual(1);
  });

  it("uses every format", () => {
    expect(new Set(STARTER_CATALOGUE.map((m) => m.format))).toEqual(new Set(MODULE_FORMATS));
  });

  it("has plausible Belgian prices and hours: books under €60, tracks above €1,000, nothing above €5,000", () => {
    for (const m of STARTER_CATALOGUE) {
      expect(m.cost.cents).toBeLessThanOrEqual(500_000);
      expect(m.hours).toBeGreaterThan(0);
      expect(m.hours).toBeLessThanOrEqual(40);
      if (m.format === "book") expect(m.cost.cents).toBeLessThan(6_000);
      if (m.format === "mentoring_track") expect(m.cost.cents).toBeGreaterThan(100_000);
      if (m.format === "book" || m.format === "elearning") expect(m.seatsPerPeriod).toBeNull();
    }
  });

  it("addresses the reader formally: Dutch u, French vous", () => {
    const informalNl = /\b(je|jij|jou|jouw|jullie)\b/i;
    const informalFr = /\b(tu|toi|ton|ta|tes|t')\b/i;
    for (const m of STARTER_CATALOGUE) {
      for (const text of [m.title.nl, m.description.nl]) expect(text, m.id).not.toMatch(informalNl);
      for (const text of [m.title.fr, m.description.fr]) expect(text, m.id).not.toMatch(informalFr);
    }
  });

  it("builds every module on at least one talent and gives distinct titles per language", () => {
    for (const m of STARTER_CATALOGUE) expect(m.buildsOn.length, m.id).toBeGreaterThan(0);
    for (const locale of ["nl", "fr", "en"] as const) {
      expect(new Set(STARTER_CATALOGUE.map((m) => m.title[locale])).size).toBe(STARTER_CATALOGUE.length);
    }
  });
});
