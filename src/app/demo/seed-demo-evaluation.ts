// Demo data for programme evaluation (issue 6): a completed leadership programme of Brouwerij Demo with a
// personalised cohort (à la carte plans), a standard cohort and a comparison group, fully loaded costs, three
// business measures with monthly values before and after, follow-up estimates (one extreme, which the engine
// excludes), L1 reactions and challenge scans before the programme (the scans the diagnosis seed already holds
// are the "after"). Deterministic for a given `now`; the effects are plausible: personalised improves most,
// the comparison group a little (the trend the difference in differences removes).
import { randomUUID } from "node:crypto";
import { insertEvaluationBundle, type TEvaluationBundle } from "../../db/evaluation-bulk-repo";
import { listAllPeople } from "../../db/people-repo";
import { MANAGER_CHALLENGES } from "../../domain/assessment/index";
import { seededRandom, type TRandom } from "../../domain/shared/random";
import { saveCompletedAssessment } from "../assessments/read-assessments";
import type { TAppContext } from "../shared/context";
import { demoChallengeLevels, demoScanAnswers, seedOf } from "./demo-diagnosis-answers";

export const DEMO_PROGRAMME_NAME = "Leiderschap 2026";

/** Cohorts by employee number. None under 5 (executives only see cohorts of 5 or more); no demo HR/executive account, nor An Peeters. */
export const DEMO_COHORTS = {
  // the managers with plans (E005, E006, E007, E010) and others with a strengths profile
  personalised: ["E005", "E006", "E007", "E010", "E008", "E011", "E013", "E017", "E019", "E022"],
  // Pieter Janssens (E003, a demo manager account) is here without an estimate, so his follow-up questionnaire is open
  standard: ["E003", "E009", "E012", "E014", "E015", "E016", "E018", "E020", "E021", "E023"],
  comparison: ["E024", "E025", "E026", "E027", "E028", "E029", "E038", "E040"],
} as const;
type TKind = keyof typeof DEMO_COHORTS;

/** Members whose current challenge scan (from the diagnosis seed) falls in the programme's "after" window get a scan before it. */
const NO_SCAN = new Set(["E003", "E038", "E039", "E040"]);

const DAY = 86_400_000;

type TMeasureSpec = {
  key: string;
  name: string;
  unit: string;
  unitValueCents: number;
  unitValueSource: string;
  base: number;
  personSpread: number;
  noise: number;
  step: number;
  effect: Record<TKind, number>;
  /** members without follow-up values (non-responders, counted as zero) */
  missing: readonly string[];
};

const MEASURES: readonly TMeasureSpec[] = [
  {
    key: "absence",
    name: "Ziekteverzuim",
    unit: "dagen per maand",
    unitValueCents: 32_000,
    unitValueSource: "Financiën: gemiddelde loonkost per verzuimdag, vervanging inbegrepen (2025)",
    base: 1.4,
    personSpread: 0.3,
    noise: 0.2,
    step: 0.1,
    effect: { personalised: 0.6, standard: 0.4, comparison: 0.05 },
    missing: ["E017", "E016", "E038"],
  },
  {
    key: "complaints",
    name: "Klachten van klanten",
    unit: "klachten per maand",
    unitValueCents: 18_000,
    unitValueSource: "Kwaliteitsdienst: gemiddelde behandelkost en creditnota per klacht (2025)",
    base: 2.2,
    personSpread: 0.3,
    noise: 0.4,
    step: 1,
    effect: { personalised: 0.8, standard: 0.4, comparison: 0.1 },
    missing: ["E011", "E021"],
  },
  {
    key: "overtime",
    name: "Overuren",
    unit: "uren per maand",
    unitValueCents: 4_800,
    unitValueSource: "Payroll: gemiddeld overuurtarief met toeslag en werkgeversbijdragen (2025)",
    base: 9,
    personSpread: 0.3,
    noise: 1,
    step: 0.5,
    effect: { personalised: 3.2, standard: 1.8, comparison: 0.4 },
    missing: ["E022", "E012", "E027"],
  },
];

/** Follow-up estimates: [employee number, yearly value (EUR), contribution %, confidence %]. E019's claim is extreme. */
const ESTIMATES: { measure: string; rows: readonly [string, number, number, number][] }[] = [
  {
    measure: "overtime",
    rows: [
      ["E005", 7_500, 60, 70],
      ["E006", 6_000, 50, 80],
      ["E007", 8_000, 55, 65],
      ["E010", 5_500, 50, 75],
      ["E013", 9_000, 45, 60],
      ["E008", 7_000, 60, 70],
      ["E019", 60_000, 90, 90],
    ],
  },
  {
    measure: "complaints",
    rows: [
      ["E009", 2_400, 50, 80],
      ["E014", 3_000, 40, 70],
      ["E018", 2_000, 60, 75],
      ["E020", 2_800, 45, 80],
      ["E023", 2_500, 50, 70],
    ],
  },
];

/** Reaction means (1–5) per enrolled cohort: satisfaction, relevance, intent to apply. */
const REACTIONS: Record<Exclude<TKind, "comparison">, [number, number, number]> = { personalised: [4.4, 4.5, 4.3], standard: [3.7, 3.3, 3.5] };
/** How much harder the challenges were before (scan points, lower is better): the mean and spread per cohort. */
const SCAN_SHIFT: Record<TKind, { mean: number; sd: number }> = { personalised: { mean: 0.55, sd: 0.45 }, standard: { mean: 0.3, sd: 0.4 }, comparison: { mean: 0.1, sd: 0.35 } };

function normal(random: TRandom): number {
  const u = Math.max(random(), Number.EPSILON);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);
const monthIndex = (d: Date) => d.getUTCFullYear() * 12 + d.getUTCMonth();
const monthName = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`;
const roundTo = (x: number, step: number) => Math.round(x / step) * step;
const clamp5 = (x: number) => Math.min(5, Math.max(1, Math.round(x)));

export type TDemoEvaluationPlan = {
  bundle: TEvaluationBundle;
  programmeId: string;
  /** challenge scans before the programme: person id, statement answers, completion time */
  scans: { personId: string; answers: Record<string, number | null>; completedAt: Date }[];
};

/** The demo evaluation's rows for the organisation, given its people (employee number → id). Pure but for random ids. */
export function planDemoEvaluation(now: Date, organisationId: string, idOf: ReadonlyMap<string, string>): TDemoEvaluationPlan {
  const startsOn = new Date(now.getTime() - 270 * DAY);
  const endsOn = new Date(now.getTime() - 30 * DAY);
  const startMonth = monthIndex(startsOn);
  const endMonth = monthIndex(endsOn);
  const baseline = { from: startMonth - 6, to: startMonth - 1 };
  const followup = { from: endMonth - 3, to: endMonth };
  const programmeId = randomUUID();
  const at = (d: Date) => ({ createdAt: d });
  const person = (employeeNumber: string) => {
    const id = idOf.get(employeeNumber);
    if (!id) throw new Error(`demo person ${employeeNumber} missing`);
    return id;
  };

  const bundle: TEvaluationBundle = { measures: [], programmes: [], cohorts: [], members: [], costs: [], participantTime: [], programmeMeasures: [], measureValues: [], estimates: [], reactions: [] };
  bundle.programmes.push({
    organisationId,
    id: programmeId,
    name: DEMO_PROGRAMME_NAME,
    description:
      "Ontwikkelprogramma voor leidinggevenden: een persoonlijk traject op maat (à la carte, met mentor) naast het standaardprogramma, met een vergelijkingsgroep die niet deelnam.",
    currency: "EUR",
    status: "completed",
    startsOn: isoDate(startsOn),
    endsOn: isoDate(endsOn),
    baselineFrom: monthName(baseline.from),
    baselineTo: monthName(baseline.to),
    followupFrom: monthName(followup.from),
    followupTo: monthName(followup.to),
    confidencePct: 90,
    intangibles: ["Meer vertrouwen tussen leidinggevenden en hun teams", "Betere samenwerking tussen productie en verkoop", "Sterker werkgeversimago"],
    dataVersion: 1,
    ...at(new Date(startsOn.getTime() - 30 * DAY)),
    updatedAt: endsOn,
  });

  const cohortIds: Record<TKind, string> = { personalised: randomUUID(), standard: randomUUID(), comparison: randomUUID() };
  const cohortNames: Record<TKind, string> = { personalised: "Persoonlijk traject (à la carte)", standard: "Standaardprogramma", comparison: "Vergelijkingsgroep" };
  const kindOf = new Map<string, TKind>();
  for (const kind of ["personalised", "standard", "comparison"] as const) {
    bundle.cohorts.push({ organisationId, id: cohortIds[kind], programmeId, name: cohortNames[kind], kind, ...at(startsOn) });
    for (const number of DEMO_COHORTS[kind]) {
      kindOf.set(number, kind);
      bundle.members.push({ organisationId, programmeId, cohortId: cohortIds[kind], personId: person(number) });
    }
  }

  // fully loaded costs (EUR): shared lines are prorated over the enrolled participants
  const cost = (cohort: TKind | null, name: string, category: string, euros: number) =>
    bundle.costs.push({ organisationId, id: randomUUID(), programmeId, cohortId: cohort ? cohortIds[cohort] : null, name, category, amountCents: euros * 100, ...at(startsOn) });
  cost(null, "Behoefteanalyse en challenge scans", "needs_assessment", 3_000);
  cost(null, "Evaluatie en opvolgings-360's", "evaluation", 2_000);
  cost(null, "Coördinatie L&D (overhead)", "overhead", 2_400);
  cost("personalised", "Persoonlijke ontwikkelplannen op maat", "design", 2_500);
  cost("personalised", "Modules à la carte", "delivery", 6_000);
  cost("personalised", "Mentorgesprekken (externe mentoren)", "mentor_fees", 4_800);
  cost("personalised", "Boeken en werkmateriaal", "materials", 600);
  cost("personalised", "Verplaatsingen en zalen", "travel_facilities", 800);
  cost("standard", "Standaardprogramma: drie modules (aankoop)", "delivery", 4_500);
  cost("standard", "Cursusmateriaal", "materials", 400);
  cost("standard", "Verplaatsingen en zalen", "travel_facilities", 1_200);
  bundle.participantTime.push(
    { organisationId, programmeId, cohortId: cohortIds.personalised, hoursPerParticipant: 20, loadedHourlyRateCents: 5_500 },
    { organisationId, programmeId, cohortId: cohortIds.standard, hoursPerParticipant: 14, loadedHourlyRateCents: 5_500 },
  );

  // business measures and each member's monthly values, baseline through follow-up
  const measureIds = new Map<string, string>();
  for (const spec of MEASURES) {
    const measureId = randomUUID();
    measureIds.set(spec.key, measureId);
    bundle.measures.push({
      organisationId,
      id: measureId,
      name: spec.name,
      unit: spec.unit,
      direction: "lower_is_better",
      unitValueCents: spec.unitValueCents,
      unitValueSource: spec.unitValueSource,
      periodsPerYear: 12,
      ...at(new Date(startsOn.getTime() - 60 * DAY)),
    });
    bundle.programmeMeasures.push({ organisationId, programmeId, measureId });
    for (const [number, kind] of kindOf) {
      const random = seededRandom(seedOf(`measure:${spec.key}:${number}`));
      const level = spec.base * (1 + spec.personSpread * normal(random));
      const gain = Math.max(0, spec.effect[kind] * (1 + 0.35 * normal(random)));
      const lastMonth = spec.missing.includes(number) ? followup.from - 1 : followup.to;
      for (let m = baseline.from; m <= lastMonth; m++) {
        const ramp = Math.min(1, Math.max(0, (m - startMonth) / Math.max(1, endMonth - startMonth)));
        const value = Math.max(0, roundTo(level - gain * ramp + spec.noise * normal(random), spec.step));
        bundle.measureValues.push({ organisationId, measureId, personId: person(number), period: monthName(m), value: Math.round(value * 10) / 10, updatedAt: now });
      }
    }
  }

  for (const { measure, rows } of ESTIMATES) {
    const measureId = measureIds.get(measure) as string;
    for (const [number, euros, contributionPct, confidencePct] of rows) {
      bundle.estimates.push({
        organisationId,
        programmeId,
        personId: person(number),
        measureId,
        annualValueCents: euros * 100,
        contributionPct,
        confidencePct,
        submittedAt: new Date(endsOn.getTime() + 14 * DAY),
      });
    }
  }

  // L1: a reaction survey after each of two modules, most members answering
  for (const kind of ["personalised", "standard"] as const) {
    const [satisfaction, relevance, intent] = REACTIONS[kind];
    for (const number of DEMO_COHORTS[kind]) {
      const random = seededRandom(seedOf(`reaction:${number}`));
      for (const offset of [75, 190]) {
        if (random() < 0.15) continue;
        bundle.reactions.push({
          organisationId,
          id: randomUUID(),
          subjectKind: "module",
          subjectId: randomUUID(),
          personId: person(number),
          satisfaction: clamp5(satisfaction + 0.6 * normal(random)),
          relevance: clamp5(relevance + 0.6 * normal(random)),
          intentToApply: clamp5(intent + 0.6 * normal(random)),
          createdAt: new Date(startsOn.getTime() + offset * DAY),
        });
      }
    }
  }

  // L2: the challenge scan before the programme (higher = the challenge weighs more); the current scan is the after.
  // Each person's change is a draw standardised within the cohort, so each cohort's mean and spread are as planned.
  const scans: TDemoEvaluationPlan["scans"] = [];
  const draws = new Map<string, number>();
  for (const kind of ["personalised", "standard", "comparison"] as const) {
    const own = DEMO_COHORTS[kind].filter((n) => !NO_SCAN.has(n)).map((n) => [n, normal(seededRandom(seedOf(`scan-before:${n}`)))] as const);
    const m = own.reduce((a, [, x]) => a + x, 0) / own.length;
    const sd = Math.sqrt(own.reduce((a, [, x]) => a + (x - m) ** 2, 0) / Math.max(1, own.length - 1)) || 1;
    for (const [n, x] of own) draws.set(n, SCAN_SHIFT[kind].mean + SCAN_SHIFT[kind].sd * ((x - m) / sd));
  }
  for (const [number] of kindOf) {
    const shift = draws.get(number);
    if (shift === undefined) continue;
    const random = seededRandom(seedOf(`scan-date:${number}`));
    const levels = demoChallengeLevels(number);
    const before = Object.fromEntries(MANAGER_CHALLENGES.map((c) => [c.id, (levels[c.id] ?? 3) + shift]));
    scans.push({ personId: person(number), answers: demoScanAnswers(`before:${number}`, before), completedAt: new Date(startsOn.getTime() - (5 + Math.floor(random() * 10)) * DAY) });
  }
  return { bundle, programmeId, scans };
}

/** Seeds the demo evaluation into the demo organisation (inside seedDemo's transaction). Returns the programme id. */
export async function seedDemoEvaluation(ctx: Pick<TAppContext, "db" | "now">, organisationId: string): Promise<string> {
  const people = await listAllPeople(ctx.db, organisationId);
  const plan = planDemoEvaluation(ctx.now(), organisationId, new Map(people.map((p) => [p.employeeNumber, p.id])));
  await insertEvaluationBundle(ctx.db, plan.bundle);
  for (const scan of plan.scans) {
    const answers = Object.entries(scan.answers).map(([id, score]) => ({ id, score }));
    await saveCompletedAssessment(ctx, organisationId, scan.personId, "challenge-scan", answers, scan.completedAt);
  }
  return plan.programmeId;
}
