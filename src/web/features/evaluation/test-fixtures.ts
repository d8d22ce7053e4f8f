// Fixtures for the evaluation pages' tests: a real evaluation computed by the domain engine (personalised,
// standard and comparison cohorts), the programme and the dashboard that go with it.
import { dashboardFigures, hasFigures, type TDashboard, type TProgramme, type TProgrammeEvaluationView } from "../../../contracts/evaluation";
import { evaluateProgramme } from "../../../domain/evaluation/evaluate";
import { explainEvaluationStep } from "../../../domain/evaluation/explain";
import type { TProgrammeInput } from "../../../domain/evaluation/types";
import { seededRandom } from "../../../domain/shared/random";

export const PROGRAMME_ID = "1a2b3c4d-0000-4000-8000-000000000001";
export const PERSONALISED = "1a2b3c4d-0000-4000-8000-0000000000a1";
export const STANDARD = "1a2b3c4d-0000-4000-8000-0000000000b1";
export const COMPARISON = "1a2b3c4d-0000-4000-8000-0000000000c1";
export const ABSENCE = "1a2b3c4d-0000-4000-8000-0000000000d1";

const ids = (prefix: string) => Array.from({ length: 6 }, (_, i) => `${prefix}${i}`);
const P = ids("p");
const S = ids("s");
const C = ids("c");

function input(): TProgrammeInput {
  const values = (people: string[], before: number[], after: number[]) =>
    people.map((personId, i) => ({ measureId: ABSENCE, personId, before: before[i] ?? null, after: after[i] ?? null }));
  const pairs = (people: string[], before: number[], after: number[]) => people.map((personId, i) => ({ personId, before: before[i] ?? null, after: after[i] ?? null }));
  return {
    currency: "EUR",
    cohorts: [
      { id: PERSONALISED, kind: "personalised", personIds: P },
      { id: STANDARD, kind: "standard", personIds: S },
      { id: COMPARISON, kind: "comparison", personIds: C },
    ],
    costs: [
      { name: "Programme design", category: "design", amountCents: 600_000, cohortId: null },
      { name: "Mentoring", category: "mentor_fees", amountCents: 300_000, cohortId: PERSONALISED },
      { name: "Workshops", category: "delivery", amountCents: 200_000, cohortId: STANDARD },
    ],
    participantTime: [
      { cohortId: PERSONALISED, hoursPerParticipant: 12, loadedHourlyRateCents: 6_000 },
      { cohortId: STANDARD, hoursPerParticipant: 12, loadedHourlyRateCents: 6_000 },
    ],
    reactions: P.slice(0, 5).map((personId) => ({ personId, satisfaction: 4.5, relevance: 4, intentToApply: 4 })),
    learning: { direction: "lower_is_better", values: [...pairs(P, [3.5, 3.2, 3.8, 3.1, 3.6, 3.4], [2.6, 2.4, 3.0, 2.5, 2.9, 2.7]), ...pairs(S, [3.4, 3.3, 3.6, 3.2, 3.5, 3.1], [3.2, 3.2, 3.3, 3.1, 3.3, 3.0])] },
    application: null,
    measures: [{ id: ABSENCE, name: "Days absent", direction: "lower_is_better", unitValueCents: 30_000, unitValueSource: "Finance 2026", periodsPerYear: 12 }],
    measureValues: [...values(C, [2, 2, 2, 2, 2, 2], [2, 2.1, 1.9, 2, 2, 2]), ...values(P, [3, 2.5, 3, 2, 2.5, 3], [1.5, 1.5, 2, 1, 1.5, 2]), ...values(S, [3, 2.5, 3, 2, 2.5, 3], [2.5, 2.2, 2.8, 1.9, 2.3, 2.8])],
    estimates: [],
    resamples: 500,
  };
}

export function evaluationView(): TProgrammeEvaluationView {
  const evaluation = evaluateProgramme(input(), seededRandom(7));
  const measures = [{ id: ABSENCE, name: "Days absent" }];
  return {
    programmeId: PROGRAMME_ID,
    computedAt: "2026-11-27T10:00:00.000Z",
    locale: "en",
    measures: [{ id: ABSENCE, name: "Days absent", unit: "days" }],
    evaluation,
    explanations: Object.fromEntries(evaluation.cohorts.map((c) => [c.cohortId, c.steps.map((s) => explainEvaluationStep(s, { locale: "en", currency: "EUR", measures }))])),
    funnel: Object.fromEntries(evaluation.cohorts.map((c) => [c.cohortId, { participants: c.participants, l1: c.l1.responses, l2: c.l2?.pairs ?? 0, l3: 0, l4: c.l4[0]?.responders ?? 0 }])),
  };
}

const cohorts = [
  { id: PERSONALISED, name: "Leaders à la carte", kind: "personalised" as const, members: 6 },
  { id: STANDARD, name: "Leaders standard", kind: "standard" as const, members: 6 },
  { id: COMPARISON, name: "Not enrolled", kind: "comparison" as const, members: 6 },
];

export function programmeFixture(): TProgramme {
  return {
    id: PROGRAMME_ID,
    name: "Leadership 2026",
    status: "completed",
    currency: "EUR",
    startsOn: "2026-01-05",
    endsOn: "2026-06-30",
    participants: 12,
    cohorts,
    description: "",
    baselineFrom: "2025-10",
    baselineTo: "2025-12",
    followupFrom: "2026-07",
    followupTo: "2026-09",
    confidencePct: 90,
    intangibles: ["Stronger team climate"],
    costs: [],
    participantTime: [],
    measures: [],
    estimates: 0,
    dataVersion: 3,
  };
}

export function dashboardFixture(): TDashboard {
  const view = evaluationView();
  const p = programmeFixture();
  return {
    currency: "EUR",
    participation: { people: 240, inProgrammes: 12, withPlan: 80, inMentoring: 30 },
    programmes: [
      {
        id: p.id,
        name: p.name,
        status: p.status,
        currency: p.currency,
        startsOn: p.startsOn,
        endsOn: p.endsOn,
        participants: p.participants,
        cohorts: p.cohorts,
        evaluatedAt: view.computedAt,
        cohortsFigures: view.evaluation.cohorts.filter(hasFigures).map((c) => dashboardFigures(c, view.funnel)),
      },
    ],
  };
}
