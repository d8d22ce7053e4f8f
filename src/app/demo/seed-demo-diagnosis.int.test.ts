import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findUserByEmail } from "../../db/auth-repo";
import { findMembership, findOrganisationBySlug } from "../../db/organisations-repo";
import { listAllPeople } from "../../db/people-repo";
import type { TActor } from "../../domain/shared/roles";
import { startTestApp } from "../../test-support/test-app";
import { testDatabaseKind } from "../../test-support/test-database";
import { getDiagnosisHeatmaps, getReliabilityReport } from "../reports/build-diagnosis";
import { getMyReport, getPersonReport } from "../reports/build-individual-report";
import { seedDemo } from "./seed-demo";
import { DEMO_NOT_ASSESSED } from "./seed-demo-diagnosis";

let t: Awaited<ReturnType<typeof startTestApp>>;
let organisationId: string;

async function actorOf(email: string): Promise<TActor> {
  const user = await findUserByEmail(t.ctx.db, email);
  if (!user) throw new Error(`${email} missing`);
  const membership = await findMembership(t.ctx.db, organisationId, user.id);
  return { userId: user.id, isOperator: user.isOperator, organisationId, roles: membership?.roles ?? [] } as TActor;
}

beforeAll(async () => {
  t = await startTestApp();
  expect(await seedDemo(t.ctx)).toBe(true);
  organisationId = (await findOrganisationBySlug(t.ctx.db, "demo"))?.id as string;
}, 120_000);
afterAll(() => t.close());

describe(`the demo's diagnosis data (${testDatabaseKind})`, () => {
  it("gives An Peeters a full report from her closed 360, with her direct reports hidden everywhere", async () => {
    const report = await getMyReport(t.ctx, await actorOf("an.peeters@brouwerij-demo.be"), "nl");
    expect(report.missing).toEqual([]);
    expect(report.strengths?.topTalents).toHaveLength(5);
    const feedback = report.challenges.feedback;
    const byGroup = Object.fromEntries((feedback?.groups ?? []).map((g) => [g.group, g]));
    expect(byGroup.direct_report).toEqual({ group: "direct_report", shown: false, minimum: 3 });
    expect(byGroup.peer).toMatchObject({ shown: true, raterCount: 4 });
    expect(byGroup.other).toMatchObject({ shown: true, raterCount: 3 });
    expect(report.challenges.shownGroups).not.toContain("direct_report");
    const text = JSON.stringify(report);
    expect(text).not.toContain("Ik zou graag meer zelf beslissen");
    expect(text).not.toContain("weinig opvolging");
    expect(report.challenges.blindSpots.map((c) => c.challengeId)).toContain("delegate-and-follow-up");
    expect(report.challenges.hiddenStrengths.map((c) => c.challengeId)).toContain("lack-self-confidence");
  });

  it("shares An's report with her mentor by default, not with HR", async () => {
    const people = await listAllPeople(t.ctx.db, organisationId);
    const an = people.find((p) => p.employeeNumber === "E004")?.id as string;
    const mentorView = await getPersonReport(t.ctx, await actorOf("mentor.geert@sterk.demo"), an, "en");
    expect(mentorView.viewer).toBe("mentor");
    await expect(getPersonReport(t.ctx, await actorOf("sophie.dubois@brouwerij-demo.be"), an, "fr")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("leaves some people without assessments and gives HR reliability figures and heatmaps", async () => {
    const pieter = await getMyReport(t.ctx, await actorOf("pieter.janssens@brouwerij-demo.be"), "nl");
    expect(DEMO_NOT_ASSESSED).toContain("E003");
    expect(pieter.missing).toEqual(expect.arrayContaining(["strengths", "challenge-scan", "feedback"]));

    const hr = await actorOf("sophie.dubois@brouwerij-demo.be");
    const reliability = await getReliabilityReport(t.ctx, hr, "fr");
    const domains = reliability.scales.filter((s) => s.kind === "domain");
    expect(domains).toHaveLength(5);
    for (const scale of domains) {
      expect(scale).toMatchObject({ status: "ok", respondents: 36 });
      expect(scale.alpha).toBeGreaterThan(0.6);
      expect(scale.alpha).toBeLessThan(1);
    }
    const heatmaps = await getDiagnosisHeatmaps(t.ctx, hr, "fr");
    const cells = heatmaps.challenges.rows.flatMap((row) => row.cells);
    expect(cells.some((cell) => cell.shown)).toBe(true);
    expect(cells.some((cell) => !cell.shown)).toBe(true);
  });
});
