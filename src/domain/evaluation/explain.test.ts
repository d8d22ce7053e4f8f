import { describe, expect, it } from "vitest";
import { LOCALES } from "../shared/locale";
import { explainEvaluationStep } from "./explain";
import type { TEvaluationStep } from "./types";

const STEPS: TEvaluationStep[] = [
  { code: "COST_PRORATED", name: "programme design", amountCents: 400_000, shareCents: 200_000, participants: 4, enrolled: 8 },
  { code: "PARTICIPANT_TIME", participants: 4, hours: 10, rateCents: 5_000, amountCents: 200_000 },
  { code: "MEASURE_COMPARISON_GROUP", measureId: "absence", responders: 3, participantImprovement: 1, comparisonImprovement: 0.25, benefitCents: 540_000 },
  { code: "MEASURE_ESTIMATES", measureId: "absence", estimates: 5, excluded: 1, benefitCents: 460_000 },
  { code: "MEASURE_ESTIMATES", measureId: "absence", estimates: 2, excluded: 0, benefitCents: 10_000 },
  { code: "MEASURE_MORE_CONSERVATIVE", measureId: "absence", chosen: "estimates", comparisonCents: 720_000, estimatesCents: 400_000 },
  { code: "MEASURE_MORE_CONSERVATIVE", measureId: "absence", chosen: "comparison-group", comparisonCents: 100_000, estimatesCents: 400_000 },
  { code: "MEASURE_NOT_ISOLATED", measureId: "absence", responders: 3 },
  { code: "NON_RESPONDERS_ZERO", measureId: "absence", nonResponders: 1 },
  { code: "ESTIMATE_EXCLUDED", measureId: "absence", personId: "e", adjustedCents: 50_000_000, limitCents: 250_000 },
];
const MEASURES = [{ id: "absence", name: "Days absent per month" }];

describe("explaining the evaluation's steps", () => {
  it.each(STEPS.map((s, i) => [`${s.code} #${i}`, s] as const))("says %s in three different languages without placeholders", (_name, step) => {
    const texts = LOCALES.map((locale) => explainEvaluationStep(step, { locale, currency: "EUR", measures: MEASURES }));
    expect(new Set(texts).size).toBe(3);
    for (const text of texts) expect(text).not.toMatch(/undefined|NaN|Infinity|\[object/);
  });

  it("shows cents as money in the reader's format and names the measure", () => {
    const en = explainEvaluationStep(STEPS[2] as TEvaluationStep, { locale: "en", currency: "EUR", measures: MEASURES });
    expect(en).toContain("Days absent per month");
    expect(en).toContain("€5,400");
    const nl = explainEvaluationStep(STEPS[2] as TEvaluationStep, { locale: "nl", currency: "EUR", measures: MEASURES });
    expect(nl).toMatch(/€\s?5\.400/);
    expect(explainEvaluationStep(STEPS[8] as TEvaluationStep, { locale: "en", currency: "EUR" })).toContain("absence");
  });

  it("mentions left-out extremes only when there were some", () => {
    expect(explainEvaluationStep(STEPS[3] as TEvaluationStep, { locale: "en", currency: "EUR" })).toContain("left out as extreme");
    expect(explainEvaluationStep(STEPS[4] as TEvaluationStep, { locale: "en", currency: "EUR" })).not.toContain("extreme");
  });
});
