import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TActor } from "../../domain/shared/roles";
import { startTestApp } from "../../test-support/test-app";
import { testDatabaseKind } from "../../test-support/test-database";
import { getMyReport } from "./build-individual-report";
import { addCampaign, addPerson, completeAssessment, linkUserToPerson, scanAnswers, setOrganisationSettings } from "./reports.test-helpers";

let t: Awaited<ReturnType<typeof startTestApp>>;
const NOW = new Date("2026-03-01T12:00:00Z");

beforeAll(async () => {
  t = await startTestApp({ now: () => NOW });
});
afterAll(() => t.close());

async function personWithAccount(slug: string): Promise<{ org: string; person: string; actor: TActor }> {
  const org = (await t.createOrganisation(slug)).id;
  const person = await addPerson(t.ctx.db, org);
  const user = await t.createUser(`${slug}@reports.test`, [{ organisationId: org, roles: ["manager"] }]);
  await linkUserToPerson(t.ctx.db, org, user.id, person);
  await completeAssessment(t.ctx.db, org, person, "challenge-scan", scanAnswers({}, 2));
  return { org, person, actor: { userId: user.id, isOperator: false, organisationId: org, roles: ["manager"] } };
}

const peers = (n: number, text = "fine") => Array.from({ length: n }, () => ({ group: "peer" as const, answers: scanAnswers({}, 3), comments: [{ text }] }));

describe(`which 360 enters the report (${testDatabaseKind})`, () => {
  it("uses no campaign that is still open or cancelled, and an open one once its close date has passed", async () => {
    const { org, person, actor } = await personWithAccount("open-campaigns");
    await addCampaign(t.ctx.db, org, person, { status: "open", closesAt: new Date("2026-04-01T00:00:00Z"), closedAt: null, raters: peers(3, "too early") });
    await addCampaign(t.ctx.db, org, person, { status: "cancelled", closesAt: new Date("2026-02-01T00:00:00Z"), closedAt: null, raters: peers(3, "cancelled") });
    const before = await getMyReport(t.ctx, actor, "en");
    expect(before.missing).toEqual(["strengths", "feedback"]);
    expect(JSON.stringify(before)).not.toMatch(/too early|cancelled/);

    await addCampaign(t.ctx.db, org, person, { status: "open", closesAt: new Date("2026-02-20T00:00:00Z"), closedAt: null, raters: peers(3, "past its date") });
    const after = await getMyReport(t.ctx, actor, "en");
    expect(after.missing).toEqual(["strengths"]);
    expect(after.challenges.feedback?.closedAt).toBe("2026-02-20T00:00:00.000Z");
    expect(JSON.stringify(after)).toContain("past its date");
    expect(JSON.stringify(after)).not.toMatch(/too early|cancelled/);
  });

  it("applies the organisation's raised thresholds, and ignores lowered or malformed ones", async () => {
    const { org, person, actor } = await personWithAccount("raised");
    await addCampaign(t.ctx.db, org, person, { raters: peers(3, "three peers") });
    await setOrganisationSettings(t.ctx.db, org, { anonymity: { peer: 4 } });
    const raised = await getMyReport(t.ctx, actor, "en");
    expect(raised.challenges.feedback?.groups.find((g) => g.group === "peer")).toEqual({ group: "peer", shown: false, minimum: 4 });
    expect(JSON.stringify(raised)).not.toContain("three peers");
    expect(raised.challenges.othersBasis).toBe("none");

    await setOrganisationSettings(t.ctx.db, org, { anonymity: { peer: 1, allRaters: "lots" } });
    const lowered = await getMyReport(t.ctx, actor, "en");
    expect(lowered.challenges.feedback?.groups.find((g) => g.group === "peer")).toMatchObject({ shown: true, raterCount: 3 });
  });
});
