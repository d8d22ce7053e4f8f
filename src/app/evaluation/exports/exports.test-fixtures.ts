// For unit tests: a programme with a personalised, a standard and a comparison cohort, evaluated by the real engine.
import type { TCohortEvaluationView, TProgramme, TProgrammeEvaluationView } from "../../../contracts/evaluation";
import { evaluateProgramme, explainEvaluationStep, type TProgrammeInput } from "../../../domain/evaluation/index";
import { explainStep, explainWarning } from "../../../domain/roi/index";
import type { TLocale } from "../../../domain/shared/locale";
import { seededRandom } from "../../../domain/shared/random";

export const IDS = {
  programme: "00000000-0000-4000-8000-0000000000a1",
  personalised: "00000000-0000-4000-8000-0000000000b1",
  standard: "00000000-0000-4000-8000-0000000000b2",
  comparison: "00000000-0000-4000-8000-0000000000b3",
  absence: "00000000-0000-4000-8000-0000000000c1",
};

const people = (prefix: string) => ["1", "2", "3", "4", "5"].map((n) => `${prefix}${n}`);
const P = people("p");
const S = people("s");
const C = people("c");

export function fixtureInput(): TProgrammeInput {
  const values = (ids: string[], before: (number | null)[], after: (number | null)[]) =>
    ids.map((personId, i) => ({ measureId: IDS.absence, personId, before: before[i] ?? null, after: after[i] ?? null }));
  return {
    currency: "EUR",
    cohorts: [
      { id: IDS.personalised, kind: "personalised", personIds: P },
      { id: IDS.standard, kind: "standard", personIds: S },
      { id: IDS.comparison, kind: "comparison", personIds: C },
    ],
    costs: [
      { name: "=HYPERLINK(\"x\") design", category: "design", amountCents: 400_000, cohortId: null },
      { name: "Mentoring à la carte", category: "mentor_fees", amountCents: 300_001, cohortId: IDS.personalised },
      { name: "Standard workshops", category: "delivery", amountCents: 100_000, cohortId: IDS.standard },
    ],
    participantTime: [
      { cohortId: IDS.personalised, hoursPerParticipant: 10, loadedHourlyRateCents: 5_000 },
      { cohortId: IDS.standard, hoursPerParticipant: 10, loadedHourlyRateCents: 5_000 },
    ],
    reactions: [
      { personId: "p1", satisfaction: 5, relevance: 5, intentToApply: 4 },
      { personId: "p2", satisfaction: 4, relevance: 5, intentToApply: 5 },
      { personId: "s1", satisfaction: 3, relevance: 2, intentToApply: 3 },
    ],
    learning: {
      direction: "lower_is_better",
      values: [...P, ...S].map((personId, i) => ({ personId, before: 3 + (i % 3) * 0.2, after: personId.startsWith("p") ? 2.1 + (i % 2) * 0.3 : 2.8 + (i % 2) * 0.2 })),
    },
    application: null,
    measures: [{ id: IDS.absence, name: "Days absent per month", direction: "lower_is_better", unitValueCents: 20_000, unitValueSource: "finance 2026", periodsPerYear: 12 }],
    measureValues: [...values(C, [2, 3, 1, 2, 2], [2, 3, 1.5, 1.5, 2]), ...values(P, [3, 2, 4, 3, 3], [2, 1, 3, null, 2.5]), ...values(S, [3, 2, 3, 2, 2], [2.5, 2, 2.5, 2, 2])],
    estimates: [{ personId: "s3", measureId: IDS.absence, annualValueCents: 50_000, contributionPct: 50, confidencePct: 80 }],
    resamples: 500,
  };
}

export function fixtureProgramme(overrides: Partial<TProgramme> = {}): TProgramme {
  return {
    id: IDS.programme,
    name: "Leiderschap 2026 – Anaïs & Zoë",
    status: "completed",
    currency: "EUR",
    startsOn: "2026-01-01",
    endsOn: "2026-06-30",
    participants: 10,
    cohorts: [
      { id: IDS.personalised, name: "À la carte", kind: "personalised", members: 5 },
      { id: IDS.standard, name: "+Standard", kind: "standard", members: 5 },
      { id: IDS.comparison, name: "Comparison", kind: "comparison", members: 5 },
    ],
    description: "",
    baselineFrom: "2025-07",
    baselineTo: "2025-12",
    followupFrom: "2026-07",
    followupTo: "2026-12",
    confidencePct: 90,
    intangibles: ["Team climate", "=cmd|' /C calc'!A0"],
    costs: [],
    participantTime: [],
    measures: [],
    estimates: 1,
    dataVersion: 3,
    ...overrides,
  };
}

export function fixtureView(locale: TLocale = "en", input: TProgrammeInput = fixtureInput()): TProgrammeEvaluationView {
  const evaluation = evaluateProgramme(input, seededRandom(7));
  const measures = input.measures.map((m) => ({ id: m.id, name: m.name, unit: "days" }));
  return {
    programmeId: IDS.programme,
    computedAt: "2027-01-15T10:00:00.000Z",
    locale,
    measures,
    evaluation,
    // as the app explains them: the evaluation's steps, then the ROI engine's steps and warnings
    explanations: Object.fromEntries(
      evaluation.cohorts.map((c) => {
        const options = { locale, currency: input.currency, measures };
        return [
          c.cohortId,
          [
            ...c.steps.map((s) => explainEvaluationStep(s, options)),
            ...(c.roi?.explanation.steps ?? []).map((s) => explainStep(s, options)),
            ...(c.roi?.warnings ?? []).map((w) => explainWarning(w, options)),
          ],
        ];
      }),
    ),
    funnel: Object.fromEntries(evaluation.cohorts.map((c) => [c.cohortId, { participants: c.participants, l1: c.l1.responses, l2: c.l2?.pairs ?? 0, l3: 0, l4: 0 }])),
    tooSmall: [],
  };
}

/** The view as an executive reads it when a cohort is too small: the cohort without figures (as the app shapes it). */
export function withheldView(view: TProgrammeEvaluationView, cohortId: string): TProgrammeEvaluationView {
  const hide = (c: TCohortEvaluationView): TCohortEvaluationView =>
    ({ cohortId: c.cohortId, kind: c.kind, participants: c.participants, tooSmall: true, l1: null, l2: null, l3: null, l4: null, costs: null, benefitsCents: null, roi: null, interval: null, steps: [] });
  return {
    ...view,
    evaluation: { ...view.evaluation, cohorts: view.evaluation.cohorts.map((c) => (c.cohortId === cohortId ? hide(c) : c)), personalisedVsStandard: null },
    explanations: { ...view.explanations, [cohortId]: [] },
    funnel: Object.fromEntries(Object.entries(view.funnel).filter(([id]) => id !== cohortId)),
    tooSmall: [cohortId],
  };
}
