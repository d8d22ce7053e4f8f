import { describe, expect, it } from "vitest";
import { cohortLabel, finite, formatInterval, formatMoney, formatNumber, formatPct, formatRatio, formatShare, nullReason } from "./format";

const NBSP = /[\u00a0\u202f]/g;
const plain = (text: string | null) => text?.replace(NBSP, " ") ?? null;

describe("figures are never shown as NaN or Infinity", () => {
  it.each([null, undefined, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])("%s is undefined for every formatter", (value) => {
    expect(finite(value)).toBeNull();
    expect(formatMoney(value, "EUR", "en")).toBeNull();
    expect(formatNumber(value, "en")).toBeNull();
    expect(formatPct(value, "en")).toBeNull();
    expect(formatShare(value, "en")).toBeNull();
    expect(formatRatio(value, "en")).toBeNull();
  });

  it("keeps zero and negative figures (a loss is a figure, not a missing one)", () => {
    expect(formatPct(0, "en")).toBe("0 %");
    expect(formatPct(-42.06, "en")).toBe("-42 %");
    expect(plain(formatMoney(-150_000, "EUR", "en"))).toBe("-€1,500");
  });
});

describe("formatting in the reader's language", () => {
  it("writes money from cents without decimals", () => {
    expect(plain(formatMoney(2_340_000, "EUR", "en"))).toBe("€23,400");
    expect(plain(formatMoney(2_340_000, "EUR", "nl"))).toBe("€ 23.400");
    expect(plain(formatMoney(2_340_000, "EUR", "fr"))).toBe("23 400 €");
  });

  it("falls back to the code when the currency is unknown to Intl", () => {
    expect(plain(formatMoney(100_00, "X1", "en"))).toBe("100 X1");
  });

  it("writes a BCR with two decimals and a share as a percentage", () => {
    expect(formatRatio(2.2674, "nl")).toBe("2,27");
    expect(formatShare(0.833, "en")).toBe("83 %");
  });
});

describe("formatInterval", () => {
  const pct = (v: number) => formatPct(v, "en");
  it("shows both bounds and the level in percent, whether given as 90 or 0.9", () => {
    expect(formatInterval({ low: 109.3, high: 161.6, level: 90 }, pct, "en")).toEqual({ low: "109 %", high: "162 %", level: "90" });
    expect(formatInterval({ low: 0.1, high: 0.8, level: 0.9 }, (v) => formatNumber(v, "en"), "en")).toEqual({ low: "0.1", high: "0.8", level: "90" });
  });

  it("is null when there is no interval or a bound is undefined", () => {
    expect(formatInterval(null, pct, "en")).toBeNull();
    expect(formatInterval({ low: null, high: 3, level: 90 }, pct, "en")).toBeNull();
    expect(formatInterval({ low: 1, high: Number.POSITIVE_INFINITY, level: 90 }, pct, "en")).toBeNull();
  });
});

describe("nullReason", () => {
  const cohort = { kind: "personalised" as const, participants: 12, costsCents: 100_000, benefitsCents: 50_000 };
  it("says a comparison group has no ROI", () => {
    expect(nullReason({ ...cohort, kind: "comparison" }, "roi")).toBe("comparison");
  });
  it("reports cohorts under five participants as too small", () => {
    expect(nullReason({ ...cohort, participants: 4 }, "roi")).toBe("tooSmall");
  });
  it("explains a ratio without costs and a payback without benefits", () => {
    expect(nullReason({ ...cohort, costsCents: 0 }, "roi")).toBe("noCosts");
    expect(nullReason({ ...cohort, costsCents: 0 }, "bcr")).toBe("noCosts");
    expect(nullReason({ ...cohort, benefitsCents: 0 }, "payback")).toBe("noBenefits");
    expect(nullReason({ ...cohort, benefitsCents: -5 }, "payback")).toBe("noBenefits");
  });
  it("explains a missing interval by the missing per-person data", () => {
    expect(nullReason(cohort, "interval")).toBe("noInterval");
  });
});

describe("cohortLabel", () => {
  it("names the kind once when the cohort's name already says it", () => {
    expect(cohortLabel("Vergelijkingsgroep", "Vergelijkingsgroep", " ")).toBe("Vergelijkingsgroep");
    expect(cohortLabel("Standaard", "Standaardprogramma")).toBe("Standaardprogramma");
    expect(cohortLabel("Groupe de comparaison", "groupe de comparaison Nord", " ")).toBe("groupe de comparaison Nord");
    expect(cohortLabel("Gepersonaliseerd", "Persoonlijk traject (à la carte)")).toBe("Gepersonaliseerd: Persoonlijk traject (à la carte)");
  });
});
