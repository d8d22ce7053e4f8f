import { describe, expect, it } from "vitest";
import { LOCALES } from "../shared/locale";
import { BIG_FIVE_DOMAINS, FACET_NUMBERS } from "./ipip-neo-120-items";
import { DOMAIN_NAMES, FACET_TALENTS, TALENTS, talentAt } from "./talents";

describe("the talent catalogue", () => {
  it("has two talents, one per pole, for each of the 30 facets: 60 in all", () => {
    expect(TALENTS).toHaveLength(60);
    for (const domain of BIG_FIVE_DOMAINS) {
      for (const facet of FACET_NUMBERS) {
        const poles = TALENTS.filter((t) => t.domain === domain && t.facet === facet).map((t) => t.pole);
        expect(poles.sort(), `${domain}${facet}`).toEqual(["high", "low"]);
      }
    }
  });

  it("lists the facets in domain order N E O A C, facets 1–6", () => {
    expect(FACET_TALENTS.map((f) => `${f.domain}${f.facet}`)).toEqual(
      BIG_FIVE_DOMAINS.flatMap((d) => FACET_NUMBERS.map((f) => `${d}${f}`)),
    );
  });

  it("gives every talent a unique kebab-case id", () => {
    const ids = TALENTS.map((t) => t.id);
    expect(new Set(ids).size).toBe(60);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it.each(LOCALES)("has a non-empty name and one-sentence description for every talent in %s", (locale) => {
    for (const talent of TALENTS) {
      expect(talent.name[locale].trim(), talent.id).not.toBe("");
      expect(talent.description[locale], talent.id).toMatch(/^\S.*[.]$/);
      expect(talent.description[locale].split(/[.!?](\s|$)/).filter((part) => part.trim().length > 0), talent.id).toHaveLength(1);
    }
  });

  it.each(LOCALES)("never gives two talents the same name in %s", (locale) => {
    expect(new Set(TALENTS.map((t) => t.name[locale])).size).toBe(60);
  });

  it.each(LOCALES)("names every facet and domain in %s", (locale) => {
    for (const facet of FACET_TALENTS) expect(facet.name[locale].trim()).not.toBe("");
    for (const domain of BIG_FIVE_DOMAINS) expect(DOMAIN_NAMES[domain][locale].trim()).not.toBe("");
  });

  it("frames Cautiousness as the issue does: careful decision-maker and decisive under uncertainty", () => {
    expect(talentAt("C", 6, "high").name.en).toBe("Careful decision-maker");
    expect(talentAt("C", 6, "low").name.en).toBe("Decisive under uncertainty");
  });

  it.each([
    { locale: "en" as const, weakness: /\b(lack|poor|weak|bad|unable|fail)/i },
    { locale: "nl" as const, weakness: /\b(gebrek|zwak|slecht|onvermogen|faal)/i },
    { locale: "fr" as const, weakness: /\b(manque|faible|mauvais|incapable|échec)/i },
  ])("frames every talent as a strength, without deficit words, in $locale", ({ locale, weakness }) => {
    for (const talent of TALENTS) {
      expect(`${talent.name[locale]} ${talent.description[locale]}`, talent.id).not.toMatch(weakness);
    }
  });
});
