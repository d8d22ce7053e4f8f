import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasFigures } from "../../contracts/evaluation";
import { findLatestCompleted } from "../../db/assessments-repo";
import { findUserByEmail } from "../../db/auth-repo";
import { listAllPeople } from "../../db/people-repo";
import { findOrganisationBySlug } from "../../db/organisations-repo";
import type { TActor } from "../../domain/shared/roles";
import { startTestApp } from "../../test-support/test-app";
import { testDatabaseKind } from "../../test-support/test-database";
import { getDashboard } from "../evaluation/dashboard";
import { getProgrammeEvaluation } from "../evaluation/evaluate-programme";
import { getMyEstimates } from "../evaluation/my-estimates";
import { listProgrammeSummaries } from "../evaluation/read-programme";
import { seedDemo } from "./seed-demo";
import { DEMO_NOT_ASSESSED } from "./seed-demo-diagnosis";
import { DEMO_COHORTS, DEMO_PROGRAMME_NAME } from "./seed-demo-evaluation";

let t: Awaited<ReturnType<typeof startTestApp>>;
let hr: TActor;
let executive: TActor;
let programmeId: string;

beforeAll(async () => {
  t = await startTestApp();
  expect(await seedDemo(t.ctx)).toBe(true);
  const organisationId = (await findOrganisationBySlug(t.ctx.db, "demo"))?.id as string;
  hr = { userId: "00000000-0000-4000-8000-000000000001", isOperator: false, organisationId, roles: ["hr_admin"] };
  executive = { ...hr, roles: ["executive"] };
  const { programmes } = await listProgrammeSummaries(t.ctx, hr);
  programmeId = programmes.find((p) => p.name === DEMO_PROGRAMME_NAME)?.id as string;
}, 180_000);
afterAll(() => t.close());

const finite = (x: number | null | undefined): x is number => typeof x === "number" && Number.isFinite(x);

describe(`the demo's evaluated programme (${testDatabaseKind})`, () => {
  it("is a completed programme with a personalised, a standard and a comparison cohort of at least 5", async () => {
    const { programmes } = await listProgrammeSummaries(t.ctx, executive);
    const programme = programmes.find((p) => p.id === programmeId);
    expect(programme?.status).toBe("completed");
    expect(programme?.cohorts.map((c) => c.kind).sort()).toEqual(["comparison", "personalised", "standard"]);
    for (const cohort of programme?.cohorts ?? []) expect(cohort.members).toBeGreaterThanOrEqual(5);
  });

  it("gives both enrolled cohorts a finite ROI with an interval, personalised above standard, the extreme estimate excluded", async () => {
    const view = await getProgrammeEvaluation(t.ctx, hr, programmeId, "en", { fresh: true });
    const cohorts = view.evaluation.cohorts.filter(hasFigures);
    expect(cohorts).toHaveLength(3);
    const personalised = cohorts.find((c) => c.kind === "personalised");
    const standard = cohorts.find((c) => c.kind === "standard");
    const comparison = cohorts.find((c) => c.kind === "comparison");
    for (const cohort of [personalised, standard]) {
      expect(finite(cohort?.roi?.roiPct)).toBe(true);
      expect(finite(cohort?.roi?.bcr)).toBe(true);
      expect(cohort?.costs.totalCents).toBeGreaterThan(0);
      expect(cohort?.costs.lines.some((l) => l.prorated)).toBe(true);
      expect(cohort?.costs.lines.some((l) => l.category === "participant_time")).toBe(true);
      const interval = cohort?.interval?.roiPct;
      expect(finite(interval?.low) && finite(interval?.high)).toBe(true);
      expect(interval?.low).toBeLessThanOrEqual(cohort?.roi?.roiPct as number);
      expect(interval?.high).toBeGreaterThanOrEqual(cohort?.roi?.roiPct as number);
      // L1 from reactions, L2 from the challenge scans before and after, L4 from the measures
      expect(cohort?.l1.responses).toBeGreaterThan(0);
      expect(cohort?.l2?.pairs).toBeGreaterThanOrEqual(5);
      expect(cohort?.l4.every((m) => m.responders > 0)).toBe(true);
    }
    expect(personalised?.roi?.roiPct).toBeGreaterThan(standard?.roi?.roiPct as number);
    expect(view.evaluation.personalisedVsStandard?.roiPct.personalised).toBeGreaterThan(view.evaluation.personalisedVsStandard?.roiPct.standard as number);
    // learning improved most in the personalised cohort, least in the comparison group
    expect(personalised?.l2?.meanImprovement).toBeGreaterThan(standard?.l2?.meanImprovement as number);
    expect(standard?.l2?.meanImprovement).toBeGreaterThan(comparison?.l2?.meanImprovement as number);
    expect(comparison?.roi).toBeNull();

    const excluded = personalised?.steps.filter((s) => s.code === "ESTIMATE_EXCLUDED") ?? [];
    expect(excluded).toHaveLength(1);
    expect(JSON.stringify(view)).not.toContain(DEMO_COHORTS.personalised[0]);
    const people = await listAllPeople(t.ctx.db, hr.organisationId);
    for (const person of people) expect(JSON.stringify(view)).not.toContain(person.id);
    expect(view.explanations[personalised?.cohortId as string]?.length).toBeGreaterThan(0);
  });

  it("shows the executive dashboard every demo cohort with figures", async () => {
    const dashboard = await getDashboard(t.ctx, executive);
    const programme = dashboard.programmes.find((p) => p.id === programmeId);
    const enrolled = programme?.cohortsFigures.filter((c) => c.kind !== "comparison") ?? [];
    expect(enrolled).toHaveLength(2);
    for (const cohort of enrolled) {
      expect(finite(cohort.roiPct)).toBe(true);
      expect(finite(cohort.roiInterval?.low) && finite(cohort.roiInterval?.high)).toBe(true);
    }
  });

  it("leaves Pieter Janssens (a demo manager in the standard cohort) an open follow-up questionnaire", async () => {
    const user = await findUserByEmail(t.ctx.db, "pieter.janssens@brouwerij-demo.be");
    const mine = await getMyEstimates(t.ctx, { userId: user?.id as string, isOperator: false, organisationId: hr.organisationId, roles: ["manager"] });
    const open = mine.programmes.find((p) => p.programmeId === programmeId);
    expect(open?.measures).toHaveLength(3);
    expect(open?.answers).toEqual([]);
  });

  it("gives no scans to the people the diagnosis leaves unassessed, and leaves everyone's current scan the diagnosis one", async () => {
    const people = await listAllPeople(t.ctx.db, hr.organisationId);
    for (const number of DEMO_NOT_ASSESSED) {
      const person = people.find((p) => p.employeeNumber === number);
      expect(await findLatestCompleted(t.ctx.db, hr.organisationId, person?.id as string, "challenge-scan")).toBeUndefined();
    }
    const now = t.ctx.now().getTime();
    for (const number of [...DEMO_COHORTS.personalised, ...DEMO_COHORTS.standard, ...DEMO_COHORTS.comparison]) {
      if ((DEMO_NOT_ASSESSED as readonly string[]).includes(number)) continue;
      const person = people.find((p) => p.employeeNumber === number);
      const latest = await findLatestCompleted(t.ctx.db, hr.organisationId, person?.id as string, "challenge-scan");
      // the diagnosis seed completed it 30–70 days ago; the programme's "before" scans are some 9 months old
      expect(now - (latest?.completedAt?.getTime() ?? 0)).toBeLessThan(71 * 86_400_000);
    }
  });
});
