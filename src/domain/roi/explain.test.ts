import { describe, expect, it } from "vitest";
import { LOCALES } from "../shared/locale";
import { computeRoi } from "./compute-roi";
import { explainStep, explainWarning, principleText } from "./explain";
import type { TRoiStep, TRoiWarning, TWorksheet } from "./types";

const STEPS: TRoiStep[] = [
  { code: "COST_ITEM", index: 0, amount: 12_500, principle: 10 },
  { code: "COSTS_GIVEN_AS_TOTAL", amount: 40_000, principle: 10 },
  { code: "COSTS_UNKNOWN" },
  {
    code: "BENEFIT_LINE",
    index: 1,
    annualValue: 100_000,
    adjustments: [
      { kind: "contribution", pct: 60, principle: 5 },
      { kind: "confidence", pct: 80, principle: 7 },
    ],
    adjustedValue: 48_000,
  },
  { code: "BENEFIT_LINE_EXCLUDED", index: 2, annualValue: 900_000, excludeReason: "one claim far above the others", principle: 8 },
  { code: "BENEFIT_LINE_EXCLUDED", index: 3, annualValue: 5_000, excludeReason: null, principle: 8 },
  {
    code: "CONTROL_GROUP_DID",
    direction: "lower_is_better",
    experimentalChange: -3,
    controlChange: -1,
    effectPerParticipantPerPeriod: 2,
    unitValue: 250,
    periodsPerYear: 12,
    nParticipants: 20,
    benefit: 120_000,
    principle: 5,
  },
  { code: "BENEFITS_GIVEN_AS_TOTAL", amount: 70_000 },
  { code: "BENEFITS_TOTAL_IGNORED", amount: 70_000 },
  { code: "NO_BENEFIT_DATA", principle: 6 },
];

const WARNINGS: TRoiWarning[] = [
  { code: "COSTS_GIVEN_AS_TOTAL" },
  { code: "COSTS_UNKNOWN" },
  { code: "COSTS_ZERO" },
  { code: "BENEFITS_GIVEN_AS_TOTAL" },
  { code: "BENEFITS_TOTAL_IGNORED" },
  { code: "NO_BENEFIT_DATA" },
  { code: "BENEFITS_NOT_ISOLATED", indexes: [0, 2] },
  { code: "EXCLUDED_WITHOUT_REASON", indexes: [3] },
  { code: "CONTROL_GROUP_NO_IMPROVEMENT", effectPerParticipantPerPeriod: -0.5 },
  { code: "NO_PAYBACK" },
  { code: "PAYBACK_BEYOND_FIRST_YEAR", paybackMonths: 18.5 },
  { code: "RESULT_OUT_OF_RANGE", fields: ["roi_pct"] },
];

const digits = (text: string) => text.replace(/[^\d]/g, "");

describe("explaining ROI steps and warnings in the reader's language", () => {
  it.each(STEPS.map((step) => [step.code, step] as const))("says %s differently in nl, fr and en, never leaving a placeholder", (_code, step) => {
    const texts = LOCALES.map((locale) => explainStep(step, { locale, currency: "EUR" }));
    expect(new Set(texts).size).toBe(3);
    for (const text of texts) {
      expect(text.length).toBeGreaterThan(20);
      expect(text).not.toMatch(/undefined|NaN|Infinity|\[object/);
    }
  });

  it.each(WARNINGS.map((w) => [w.code, w] as const))("says warning %s in three languages", (_code, warning) => {
    const texts = LOCALES.map((locale) => explainWarning(warning, { locale }));
    expect(new Set(texts).size).toBe(3);
    for (const text of texts) expect(text).not.toMatch(/undefined|NaN|Infinity/);
  });

  it("shows each adjustment of a benefit line as a percentage, and the line number counted from 1", () => {
    const step = STEPS[3] as TRoiStep;
    const en = explainStep(step, { locale: "en", currency: "EUR" });
    expect(en).toContain("Benefit line 2");
    expect(en).toContain("× 60 % contribution of the programme");
    expect(en).toContain("× 80 % confidence in the estimate");
    expect(digits(en)).toContain("48000");
    const nl = explainStep(step, { locale: "nl", currency: "EUR" });
    expect(nl).toContain("Batenlijn 2");
    expect(nl).toMatch(/48\.000/);
  });

  it("gives the reason and the principle for a line left out, and says when no reason was given", () => {
    expect(explainStep(STEPS[4] as TRoiStep, { locale: "en" })).toContain("one claim far above the others");
    expect(explainStep(STEPS[4] as TRoiStep, { locale: "en" })).toContain(principleText(8, "en"));
    expect(explainStep(STEPS[5] as TRoiStep, { locale: "fr" })).toContain("aucune raison donnée");
  });

  it("explains every step and warning of a computed worksheet", () => {
    const sheet: TWorksheet = {
      currency: "EUR",
      costs: { kind: "items", items: [{ amount: 30_000 }, { amount: 10_000 }] },
      benefitItems: [
        { value: { kind: "annual", annualValue: 80_000 }, contributionPct: 50, confidencePct: 75, extraAdjustmentPct: 100, include: true },
        { value: { kind: "annual", annualValue: 1_000_000 }, confidencePct: 100, extraAdjustmentPct: 100, include: false },
      ],
    };
    const result = computeRoi(sheet);
    const texts = [...result.explanation.steps.map((s) => explainStep(s, { locale: "nl", currency: "EUR" })), ...result.warnings.map((w) => explainWarning(w, { locale: "nl" }))];
    expect(texts.length).toBe(result.explanation.steps.length + result.warnings.length);
    expect(texts.some((t) => t.includes("Kostenlijn 1"))).toBe(true);
    expect(texts.some((t) => t.includes("zonder reden weggelaten"))).toBe(true);
  });
});
