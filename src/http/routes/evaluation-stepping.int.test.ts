// Issue 13, "aggregates that cannot be subtracted": the programme evaluation (dashboard and programme view) was
// recomputed from live data, so an executive reading it before and after one participant's follow-up estimate got
// that estimate back from the benefit figure. The shown evaluation now moves only when nobody's data changed (HR's
// own edits) or at least 5 people's did (decision 0015).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { replaceEstimates } from "../../db/evaluation-measures-repo";
import { bumpProgramme } from "../../db/evaluation-programmes-repo";
import { upsertMembership } from "../../db/organisations-repo";
import { callJson, startTestApp, type TTestClient } from "../../test-support/test-app";
import { testDatabaseKind } from "../../test-support/test-database";

let t: Awaited<ReturnType<typeof startTestApp>>;
let org = "";
let hr: TTestClient;
let executive: TTestClient;
let participant: TTestClient;
let hrUserId = "";
let programme = "";
let measure = "";
const ids: string[] = [];

type TCohortView = { kind: string; benefitsCents: number | null; costs: { totalCents: number } | null; l4: { method: string; benefitCents: number }[] };
type TFigures = { benefitsCents: number | null; costsCents: number; funnel: { l4: number } };

async function shown(reader: TTestClient) {
  const view = await callJson(reader, `/api/programmes/${programme}/evaluation?locale=en`);
  expect(view.status).toBe(200);
  const cohort = (view.body.evaluation.cohorts as TCohortView[]).find((c) => c.kind === "personalised") as TCohortView;
  const dashboard = await callJson(reader, "/api/evaluation/dashboard");
  expect(dashboard.status).toBe(200);
  const figures = (dashboard.body.programmes as { cohortsFigures: TFigures[] }[])[0]?.cohortsFigures[0] as TFigures;
  return { benefitsCents: cohort.benefitsCents, l4: cohort.l4[0], dashboard: figures };
}

/** A participant's estimate as the questionnaire stores it (people without accounts here), and the version bump it makes. */
async function estimate(personId: string, annualValueCents: number) {
  await replaceEstimates(t.ctx.db, org, programme, personId, hrUserId, [{ measureId: measure, annualValueCents, contributionPct: 50, confidencePct: 50 }], new Date());
  await bumpProgramme(t.ctx.db, org, programme, new Date());
}

beforeAll(async () => {
  t = await startTestApp();
  org = (await t.createOrganisation("evaluation-steps")).id;
  hr = await t.signedIn("hr@eval-steps.test", org, ["hr_admin"]);
  executive = await t.signedIn("exec@eval-steps.test", org, ["executive"]);
  participant = await t.signedIn("p0@eval-steps.test", org, ["manager"]);
  hrUserId = (await callJson(hr, "/api/auth/session")).body.user.id;
  for (let i = 0; i < 8; i++) {
    const person = await callJson(hr, "/api/people", "POST", { employeeNumber: `E${i}`, firstName: `E${i}`, lastName: "Stepped", email: `e${i}@eval-steps.test`, managerId: null });
    expect(person.status).toBe(201);
    ids.push(person.body.id);
  }
  await upsertMembership(t.ctx.db, { organisationId: org, userId: (await callJson(participant, "/api/auth/session")).body.user.id, roles: ["manager"], personId: ids[0] as string });
  measure = (await callJson(hr, "/api/measures", "POST", { name: "Absence days", unit: "days", direction: "lower_is_better", unitValueCents: 20_000, unitValueSource: "Finance" })).body.id;
  programme = (
    await callJson(hr, "/api/programmes", "POST", {
      name: "Stepped",
      currency: "EUR",
      status: "completed",
      startsOn: "2026-01-01",
      endsOn: "2026-06-30",
      baselineFrom: "2025-10",
      baselineTo: "2025-12",
      followupFrom: "2026-07",
      followupTo: "2026-09",
      confidencePct: 90,
      intangibles: [],
    })
  ).body.id;
  const base = `/api/programmes/${programme}`;
  const cohort = (await callJson(hr, `${base}/cohorts`, "POST", { name: "personalised", kind: "personalised" })).body.cohorts[0].id;
  expect((await callJson(hr, `${base}/cohorts/${cohort}/members`, "PUT", { personIds: ids })).status).toBe(200);
  expect((await callJson(hr, `${base}/costs`, "POST", { name: "Workshops", category: "delivery", amountCents: 1_000_000, cohortId: null })).status).toBe(201);
  expect((await callJson(hr, `${base}/measures`, "PUT", { measureIds: [measure] })).status).toBe(200);
  // five participants answered before anyone read the evaluation
  for (const [i, value] of [400_000, 800_000, 1_200_000, 1_600_000, 2_000_000].entries()) await estimate(ids[i + 1] as string, value);
}, 120_000);
afterAll(() => t.close());

describe(`the programme evaluation moves in steps (${testDatabaseKind})`, () => {
  it("reading before and after one participant's estimate does not give it back", async () => {
    const before = await shown(executive);
    // five estimates: (4,000 + 8,000 + 12,000 + 16,000 + 20,000) × 50 % × 50 % = 15,000.00
    expect(before.l4).toMatchObject({ method: "estimates", benefitCents: 1_500_000 });
    expect(before.dashboard.funnel.l4).toBe(5);
    // the participant answers through the questionnaire
    const answer = { measureId: measure, annualValueCents: 9_000_000, contributionPct: 90, confidencePct: 90 };
    expect((await callJson(participant, `/api/me/estimates/${programme}`, "PUT", { estimates: [answer] })).status).toBe(200);
    const after = await shown(executive);
    expect(after).toEqual(before);
    // HR reads the same figures: nobody learns the answer by subtraction
    expect(await shown(hr)).toEqual(before);
  });

  it("shows HR's own changes at once when no participant's data changed since the figures were published", async () => {
    const before = await shown(executive);
    // the participant takes the answer back: the published figures again rest on exactly the current data
    expect((await callJson(participant, `/api/me/estimates/${programme}`, "PUT", { estimates: [] })).status).toBe(200);
    expect((await callJson(hr, `/api/programmes/${programme}/costs`, "POST", { name: "Coaching", category: "mentor_fees", amountCents: 500_000, cohortId: null })).status).toBe(201);
    const after = await shown(executive);
    expect(after.dashboard.costsCents).toBe(before.dashboard.costsCents + 500_000);
    expect(after.benefitsCents).toBe(before.benefitsCents);
  });

  it("moves once five people's data changed, never by one person's alone", async () => {
    const before = await shown(executive);
    await estimate(ids[0] as string, 4_000_000);
    await estimate(ids[6] as string, 300_000);
    await estimate(ids[7] as string, 300_000);
    await estimate(ids[1] as string, 100_000);
    expect(await shown(executive)).toEqual(before);
    await estimate(ids[2] as string, 100_000);
    const after = await shown(executive);
    expect(after.dashboard.funnel.l4).toBe(8);
    expect(after.benefitsCents).not.toBe(before.benefitsCents);
  });
});
