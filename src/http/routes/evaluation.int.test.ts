// Issue 6 through the API: a programme with a personalised, a standard and a comparison cohort evaluated end to
// end with numbers checked by hand; roles; the measure values import; bad input.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { replaceEstimates } from "../../db/evaluation-measures-repo";
import { findProgramme } from "../../db/evaluation-programmes-repo";
import { findEvaluation, saveEvaluation } from "../../db/evaluation-sources-repo";
import { upsertMembership } from "../../db/organisations-repo";
import { startTestApp, type TTestClient } from "../../test-support/test-app";
import { testDatabaseKind } from "../../test-support/test-database";

let t: Awaited<ReturnType<typeof startTestApp>>;
let orgId: string;
let hr: TTestClient;
let executive: TTestClient;
let manager: TTestClient;
let mentor: TTestClient;
let participant: TTestClient;
let hrB: TTestClient;
const ids: Record<string, string> = {};
let programme = "";
let measure = "";
const cohort: Record<"personalised" | "standard" | "comparison", string> = { personalised: "", standard: "", comparison: "" };

const PROGRAMME = {
  name: "Leading with strengths",
  currency: "EUR",
  status: "completed",
  startsOn: "2026-01-01",
  endsOn: "2026-06-30",
  baselineFrom: "2025-10",
  baselineTo: "2025-12",
  followupFrom: "2026-07",
  followupTo: "2026-09",
  confidencePct: 90,
  intangibles: ["team climate"],
};

async function json(response: Response | Promise<Response>, status = 200) {
  const r = await response;
  const text = await r.text();
  expect(r.status, text).toBe(status);
  expect(text).not.toMatch(/NaN|Infinity/);
  return JSON.parse(text);
}

/** Monthly values of one person: `before` in each baseline month, `after` in each follow-up month. */
const monthly = (personId: string, before: number, after: number) => [
  ...["2025-10", "2025-11", "2025-12"].map((period) => ({ personId, period, value: before })),
  ...["2026-07", "2026-08", "2026-09"].map((period) => ({ personId, period, value: after })),
];

beforeAll(async () => {
  t = await startTestApp();
  orgId = (await t.createOrganisation("eval-a")).id;
  const orgB = (await t.createOrganisation("eval-b")).id;
  hr = await t.signedIn("hr@eval.test", orgId, ["hr_admin"]);
  executive = await t.signedIn("exec@eval.test", orgId, ["executive"]);
  manager = await t.signedIn("manager@eval.test", orgId, ["manager"]);
  mentor = await t.signedIn("mentor@eval.test", orgId, ["mentor"]);
  participant = await t.signedIn("p1@eval.test", orgId, ["manager"]);
  hrB = await t.signedIn("hr@evalb.test", orgB, ["hr_admin"]);
  // six personalised (P), four standard (S), four in the comparison group (C)
  for (const n of ["P1", "P2", "P3", "P4", "P5", "P6", "S1", "S2", "S3", "S4", "C1", "C2", "C3", "C4"]) {
    const person = await json(hr.request("/api/people", { method: "POST", json: { employeeNumber: n, firstName: n, lastName: "Person", email: `${n.toLowerCase()}@eval.test`, managerId: null } }), 201);
    ids[n] = person.id;
  }
  const userId = (await json(participant.request("/api/auth/session"))).user.id;
  await upsertMembership(t.ctx.db, { organisationId: orgId, userId, roles: ["manager"], personId: ids.P1 });
});
afterAll(() => t.close());

describe(`programme evaluation API (${testDatabaseKind})`, () => {
  it("builds a programme with cohorts, members, costs, participants' time and a measure", async () => {
    measure = (
      await json(
        hr.request("/api/measures", { method: "POST", json: { name: "Absence days", unit: "days", direction: "lower_is_better", unitValueCents: 20_000, unitValueSource: "Finance 2025: loaded day rate" } }),
        201,
      )
    ).id;
    const created = await json(hr.request("/api/programmes", { method: "POST", json: PROGRAMME }), 201);
    programme = created.id;
    expect(created).toMatchObject({ name: PROGRAMME.name, currency: "EUR", participants: 0, cohorts: [], intangibles: ["team climate"] });
    const base = `/api/programmes/${programme}`;
    for (const kind of ["personalised", "standard", "comparison"] as const) {
      const body = await json(hr.request(`${base}/cohorts`, { method: "POST", json: { name: kind, kind } }), 201);
      cohort[kind] = body.cohorts.find((c: { kind: string }) => c.kind === kind).id;
    }
    const members = { personalised: ["P1", "P2", "P3", "P4", "P5", "P6"], standard: ["S1", "S2", "S3", "S4"], comparison: ["C1", "C2", "C3", "C4"] };
    for (const [kind, names] of Object.entries(members)) {
      await json(hr.request(`${base}/cohorts/${cohort[kind as keyof typeof cohort]}/members`, { method: "PUT", json: { personIds: names.map((n) => ids[n]) } }));
    }
    await json(hr.request(`${base}/costs`, { method: "POST", json: { name: "Workshops", category: "delivery", amountCents: 1_000_000, cohortId: null } }), 201);
    await json(hr.request(`${base}/costs`, { method: "POST", json: { name: "Mentors", category: "mentor_fees", amountCents: 200_000, cohortId: cohort.personalised } }), 201);
    await json(hr.request(`${base}/cohorts/${cohort.personalised}/participant-time`, { method: "PUT", json: { hoursPerParticipant: 2, loadedHourlyRateCents: 5_000 } }));
    const withMeasure = await json(hr.request(`${base}/measures`, { method: "PUT", json: { measureIds: [measure] } }));
    expect(withMeasure.participants).toBe(10);
    expect(withMeasure.cohorts.map((c: { kind: string; members: number }) => [c.kind, c.members])).toEqual([
      ["personalised", 6],
      ["standard", 4],
      ["comparison", 4],
    ]);
    expect(withMeasure.measures.map((m: { id: string }) => m.id)).toEqual([measure]);
    expect(withMeasure.costs).toHaveLength(2);
    expect(withMeasure.participantTime).toEqual([{ cohortId: cohort.personalised, hoursPerParticipant: 2, loadedHourlyRateCents: 5_000 }]);

    const names = await json(hr.request(`${base}/cohorts/${cohort.standard}/members`));
    expect(names.people.map((p: { name: string }) => p.name)).toEqual(["S1 Person", "S2 Person", "S3 Person", "S4 Person"]);
  });

  it("refuses a person already in another cohort (409 naming personIds[i]) and people of another organisation", async () => {
    const base = `/api/programmes/${programme}`;
    const clash = await json(hr.request(`${base}/cohorts/${cohort.standard}/members`, { method: "PUT", json: { personIds: [ids.S1, ids.P2] } }), 409);
    expect(clash.field).toBe("personIds[1]");
    const foreign = await json(hr.request(`${base}/cohorts/${cohort.standard}/members`, { method: "PUT", json: { personIds: [ids.S1, "00000000-0000-4000-8000-000000000000"] } }), 400);
    expect(foreign.field).toBe("personIds[1]");
    const after = await json(hr.request(base));
    expect(after.cohorts.find((c: { id: string }) => c.id === cohort.standard).members).toBe(4);
  });

  it("imports measure values: a file with a row error writes nothing; a clean file writes every row", async () => {
    const form = (csv: string, dryRun: string) => {
      const body = new FormData();
      body.set("file", new File([csv], "values.csv", { type: "text/csv" }));
      body.set("dryRun", dryRun);
      return body;
    };
    const bad = "Personeelsnummer;Maatstaf;Periode;Waarde\nP1;Absence days;2025-10;3\nP2;Absence days;2025-13;3\nNOBODY;Absence days;2025-10;-1\n";
    const report = await json(hr.request("/api/measures/values/import", { method: "POST", body: form(bad, "false") }));
    expect(report).toMatchObject({ rows: 3, accepted: 1, rejected: 2, committed: false });
    expect(report.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ line: 3, field: "period" }),
        expect.objectContaining({ line: 4, field: "employeeNumber" }),
        expect.objectContaining({ line: 4, field: "value" }),
      ]),
    );
    expect((await json(hr.request(`/api/measures/${measure}/values`))).values).toEqual([]);

    // personalised P1–P4 from 3 to 1 day a month; P5 and P6 unmeasured; standard S1, S2 from 3 to 2; comparison 3 to 2.5
    const rows = [
      ...["P1", "P2", "P3", "P4"].flatMap((n) => monthly(n, 3, 1)),
      ...["S1", "S2"].flatMap((n) => monthly(n, 3, 2)),
      ...["C1", "C2", "C3", "C4"].flatMap((n) => monthly(n, 3, 2.5)),
    ];
    const csv = `employee_number,measure,period,value\n${rows.map((r) => `${r.personId},absence days,${r.period},${r.value}`).join("\n")}\n`;
    const dry = await json(hr.request("/api/measures/values/import", { method: "POST", body: form(csv, "true") }));
    expect(dry).toMatchObject({ rows: rows.length, accepted: rows.length, rejected: 0, committed: false, errors: [] });
    expect((await json(hr.request(`/api/measures/${measure}/values`))).values).toEqual([]);
    const before = (await json(hr.request(`/api/programmes/${programme}`))).dataVersion;
    const done = await json(hr.request("/api/measures/values/import", { method: "POST", body: form(csv, "false") }));
    expect(done).toMatchObject({ accepted: rows.length, committed: true });
    const stored = await json(hr.request(`/api/measures/${measure}/values?from=2026-07&to=2026-07`));
    expect(stored.values).toHaveLength(10);
    expect(stored.values.find((v: { personId: string }) => v.personId === ids.C1).value).toBe(2.5);
    expect((await json(hr.request(`/api/programmes/${programme}`))).dataVersion).toBeGreaterThan(before);
  });

  it("collects a participant's own follow-up questionnaire and nobody else's", async () => {
    const mine = await json(participant.request("/api/me/estimates"));
    expect(mine.programmes).toEqual([{ programmeId: programme, name: PROGRAMME.name, currency: "EUR", measures: [{ id: measure, name: "Absence days", unit: "days" }], answers: [] }]);
    const answer = { measureId: measure, annualValueCents: 4_000_000, contributionPct: 60, confidencePct: 50, comment: "fewer sick days in my team" };
    const saved = await json(participant.request(`/api/me/estimates/${programme}`, { method: "PUT", json: { estimates: [answer] } }));
    expect(saved.programmes[0].answers).toEqual([answer]);
    expect((await json(manager.request("/api/me/estimates"))).programmes).toEqual([]);
    await json(manager.request(`/api/me/estimates/${programme}`, { method: "PUT", json: { estimates: [answer] } }), 404);
    const wrongMeasure = await json(participant.request(`/api/me/estimates/${programme}`, { method: "PUT", json: { estimates: [{ ...answer, measureId: programme }] } }), 400);
    expect(wrongMeasure.field).toBe("estimates[0].measureId");
    // the other answers as stored by the questionnaire (people without accounts here)
    await replaceEstimates(t.ctx.db, orgId, programme, ids.P2 as string, (await json(hr.request("/api/auth/session"))).user.id, [{ measureId: measure, annualValueCents: 2_000_000, contributionPct: 50, confidencePct: 80 }], new Date());
    await replaceEstimates(t.ctx.db, orgId, programme, ids.S1 as string, (await json(hr.request("/api/auth/session"))).user.id, [{ measureId: measure, annualValueCents: 100_000, contributionPct: 50, confidencePct: 50 }], new Date());
    // a direct write bypasses the use case, so the cache would not know: ask for a fresh evaluation below
  });

  it("evaluates the programme with numbers that check by hand", async () => {
    const view = await json(hr.request(`/api/programmes/${programme}/evaluation?locale=en&fresh=1`));
    const by = (kind: string) => view.evaluation.cohorts.find((c: { kind: string }) => c.kind === kind);
    const personalised = by("personalised");
    const standard = by("standard");
    const comparison = by("comparison");
    // costs: the shared 10,000.00 prorated 6:4 → 6,000.00 and 4,000.00; + mentors 2,000.00; + 6 × 2 h × 50.00 = 600.00
    expect(personalised.costs.totalCents).toBe(600_000 + 200_000 + 60_000);
    expect(personalised.costs.lines).toEqual(
      expect.arrayContaining([
        { name: "Workshops", category: "delivery", amountCents: 600_000, prorated: true },
        { name: "Mentors", category: "mentor_fees", amountCents: 200_000, prorated: false },
      ]),
    );
    expect(standard.costs.totalCents).toBe(400_000);
    // DiD: personalised improve 2 days/month, comparison 0.5 → 1.5 × 200.00 × 12 = 3,600.00 per responder × 4 = 14,400.00;
    // estimates: 40,000 × 60 % × 50 % + 20,000 × 50 % × 80 % = 20,000.00 → the comparison group is more conservative
    expect(personalised.l4[0]).toMatchObject({ responders: 4, method: "comparison-group", benefitCents: 1_440_000 });
    expect(personalised.benefitsCents).toBe(1_440_000);
    expect(personalised.roi.roiPct).toBeCloseTo(((14_400 - 8_600) / 8_600) * 100, 6);
    expect(personalised.roi.bcr).toBeCloseTo(14_400 / 8_600, 6);
    expect(personalised.steps).toEqual(expect.arrayContaining([expect.objectContaining({ code: "NON_RESPONDERS_ZERO", nonResponders: 2 })]));
    // standard: DiD (1 − 0.5) × 2,400.00 × 2 = 2,400.00; estimate 1,000 × 50 % × 50 % = 250.00 → the estimates
    expect(standard.l4[0]).toMatchObject({ responders: 2, method: "estimates", benefitCents: 25_000 });
    expect(standard.roi.roiPct).toBeCloseTo(((250 - 4_000) / 4_000) * 100, 6);
    expect(comparison.roi).toBeNull();
    expect(comparison.costs.totalCents).toBe(0);
    // the interval is shown next to every ROI, and is reproducible for the same data
    expect(personalised.interval.confidencePct).toBe(90);
    expect(personalised.interval.roiPct.low).toBeLessThanOrEqual(personalised.interval.roiPct.high);
    const again = await json(hr.request(`/api/programmes/${programme}/evaluation?locale=en&fresh=1`));
    expect(again.evaluation.cohorts[0].interval).toEqual(view.evaluation.cohorts[0].interval);
    expect(view.evaluation.personalisedVsStandard.roiPct.personalised).toBeCloseTo(((14_400 - 8_600) / 8_600) * 100, 6);
    expect(view.funnel[cohort.personalised]).toEqual({ participants: 6, l1: 0, l2: 0, l3: 0, l4: 4 });
    expect(view.explanations[cohort.personalised].join(" ")).toMatch(/Absence days/);
    const french = await json(hr.request(`/api/programmes/${programme}/evaluation?locale=fr`));
    expect(french.explanations[cohort.personalised].join(" ")).not.toEqual(view.explanations[cohort.personalised].join(" "));
    expect(JSON.stringify(view)).not.toContain(ids.P1);
  });

  it("shows executives the figures without names, and cohorts under 5 participants as too small", async () => {
    const view = await json(executive.request(`/api/programmes/${programme}/evaluation?locale=nl`));
    expect(view.tooSmall).toEqual([cohort.standard, cohort.comparison]);
    const small = view.evaluation.cohorts.find((c: { cohortId: string }) => c.cohortId === cohort.standard);
    expect(small).toEqual({ cohortId: cohort.standard, kind: "standard", participants: 4, tooSmall: true, l1: null, l2: null, l3: null, l4: null, costs: null, benefitsCents: null, roi: null, interval: null, steps: [] });
    expect(view.explanations[cohort.standard]).toEqual([]);
    expect(view.evaluation.cohorts.find((c: { cohortId: string }) => c.cohortId === cohort.personalised).benefitsCents).toBe(1_440_000);
    expect(view.evaluation.personalisedVsStandard).toBeNull();
    expect(Object.keys(view.funnel)).toEqual([cohort.personalised]);
    const dashboard = await json(executive.request("/api/evaluation/dashboard"));
    const row = dashboard.programmes.find((p: { id: string }) => p.id === programme);
    expect(row.cohortsFigures.map((c: { kind: string }) => c.kind)).toEqual(["personalised"]);
    expect(row.tooSmall).toEqual([cohort.standard, cohort.comparison]);
    expect(row.cohortsFigures[0]).toMatchObject({ participants: 6, costsCents: 860_000, benefitsCents: 1_440_000 });
    expect(row.cohortsFigures[0].roiInterval.level).toBe(90);
    expect(dashboard.participation).toMatchObject({ people: 14, inProgrammes: 10 });
    await json(executive.request(`/api/programmes/${programme}`));
    await json(executive.request(`/api/programmes/${programme}/cohorts/${cohort.standard}/members`), 403);
    const hrDashboard = await json(hr.request("/api/evaluation/dashboard"));
    expect(hrDashboard.programmes[0].cohortsFigures).toHaveLength(3);
    expect(hrDashboard.currency).toBe("EUR");
  });

  it("keeps managers, mentors and anonymous callers out, and another organisation's ids answer 404", async () => {
    for (const who of [manager, mentor]) {
      for (const path of [`/api/programmes/${programme}/evaluation`, "/api/evaluation/dashboard", `/api/programmes/${programme}`, "/api/programmes", "/api/measures"]) {
        await json(who.request(path), 403);
      }
      await json(who.request("/api/programmes", { method: "POST", json: PROGRAMME }), 403);
    }
    await json(executive.request("/api/programmes", { method: "POST", json: PROGRAMME }), 403);
    await json(executive.request(`/api/measures/${measure}/values`, { method: "PUT", json: { values: [{ personId: ids.P1, period: "2026-01", value: 1 }] } }), 403);
    const anonymous = t.client();
    await json(anonymous.request("/api/evaluation/dashboard"), 401);
    await json(anonymous.request(`/api/programmes/${programme}/evaluation`), 401);
    for (const path of [`/api/programmes/${programme}`, `/api/programmes/${programme}/evaluation`, `/api/measures/${measure}/values`, `/api/programmes/${programme}/cohorts/${cohort.standard}/members`]) {
      await json(hrB.request(path), 404);
    }
    await json(hrB.request(`/api/programmes/${programme}`, { method: "PUT", json: { ...PROGRAMME, name: "Stolen" } }), 404);
    const own = await json(hrB.request("/api/programmes", { method: "POST", json: PROGRAMME }), 201);
    const withCohort = await json(hrB.request(`/api/programmes/${own.id}/cohorts`, { method: "POST", json: { name: "b", kind: "standard" } }), 201);
    const stolen = await json(hrB.request(`/api/programmes/${own.id}/cohorts/${withCohort.cohorts[0].id}/members`, { method: "PUT", json: { personIds: [ids.P1] } }), 400);
    expect(stolen.field).toBe("personIds[0]");
    expect((await json(hrB.request("/api/evaluation/dashboard"))).participation.people).toBe(0);
  });

  it("refuses a currency change while costs exist (409 naming currency)", async () => {
    const response = await json(hr.request(`/api/programmes/${programme}`, { method: "PUT", json: { ...PROGRAMME, currency: "USD" } }), 409);
    expect(response.field).toBe("currency");
    expect((await json(hr.request(`/api/programmes/${programme}`))).currency).toBe("EUR");
    const bad = await json(hr.request(`/api/programmes/${programme}`, { method: "PUT", json: { ...PROGRAMME, endsOn: "2025-12-31" } }), 400);
    expect(bad.field).toBe("endsOn");
    const nul = await json(hr.request("/api/programmes", { method: "POST", json: { ...PROGRAMME, name: "a\u0000b" } }), 400);
    expect(nul.field).toBe("name");
  });

  it("answers null where a ratio is undefined: no costs, no responders, an empty comparison group", async () => {
    const created = await json(hr.request("/api/programmes", { method: "POST", json: { ...PROGRAMME, name: "Empty" } }), 201);
    const base = `/api/programmes/${created.id}`;
    const one = await json(hr.request(`${base}/cohorts`, { method: "POST", json: { name: "p", kind: "personalised" } }), 201);
    const personalisedId = one.cohorts[0].id;
    await json(hr.request(`${base}/cohorts`, { method: "POST", json: { name: "c", kind: "comparison" } }), 201);
    await json(hr.request(`${base}/measures`, { method: "PUT", json: { measureIds: [measure] } }));
    const empty = await json(hr.request(`${base}/evaluation`));
    const cohortEmpty = empty.evaluation.cohorts[0];
    expect(cohortEmpty).toMatchObject({ participants: 0, benefitsCents: 0, interval: null });
    expect(cohortEmpty.roi).toMatchObject({ roiPct: null, bcr: null, paybackMonths: null });
    // members with values but an empty comparison group and no estimates: not isolated, no benefit claimed
    await json(hr.request(`${base}/cohorts/${personalisedId}/members`, { method: "PUT", json: { personIds: [ids.P1, ids.P2] } }));
    // two people joined since the figures were published: they stay as they were until 5 people's data changed (decision 0015)
    expect((await json(hr.request(`${base}/evaluation`))).evaluation.cohorts[0].participants).toBe(0);
    // the same in a programme first evaluated with its members
    const second = await json(hr.request("/api/programmes", { method: "POST", json: { ...PROGRAMME, name: "Unisolated" } }), 201);
    const secondBase = `/api/programmes/${second.id}`;
    const secondCohort = (await json(hr.request(`${secondBase}/cohorts`, { method: "POST", json: { name: "p", kind: "personalised" } }), 201)).cohorts[0].id;
    await json(hr.request(`${secondBase}/cohorts`, { method: "POST", json: { name: "c", kind: "comparison" } }), 201);
    await json(hr.request(`${secondBase}/measures`, { method: "PUT", json: { measureIds: [measure] } }));
    await json(hr.request(`${secondBase}/cohorts/${secondCohort}/members`, { method: "PUT", json: { personIds: [ids.P1, ids.P2] } }));
    const unisolated = await json(hr.request(`${secondBase}/evaluation`));
    expect(unisolated.evaluation.cohorts[0].l4[0]).toMatchObject({ responders: 2, method: "none", benefitCents: 0 });
    expect(unisolated.evaluation.cohorts[0].steps).toEqual([expect.objectContaining({ code: "MEASURE_NOT_ISOLATED" })]);
    expect(unisolated.evaluation.cohorts[0].roi.roiPct).toBeNull();
    // a comparison group carries no costs
    const refused = await json(hr.request(`${base}/costs`, { method: "POST", json: { name: "x", category: "delivery", amountCents: 1, cohortId: empty.evaluation.cohorts[1].cohortId } }), 400);
    expect(refused.field).toBe("cohortId");
    const negative = await json(hr.request(`/api/measures/${measure}/values`, { method: "PUT", json: { values: [{ personId: ids.P1, period: "2026-01", value: -2 }] } }), 400);
    expect(negative.field).toBe("values[0].value");
    await json(hr.request(base, { method: "DELETE" }));
    await json(hr.request(base), 404);
    await json(hr.request(secondBase, { method: "DELETE" }));
  });
  it("never names a person: an extreme estimate left out reaches HR and the executive without whose it was", async () => {
    const hrUser = (await json(hr.request("/api/auth/session"))).user.id;
    // five estimates in the personalised cohort, P5's far above Q3 + 3 × IQR: left out (Phillips principle 8)
    const estimate = (annualValueCents: number, contributionPct = 100, confidencePct = 100) => [{ measureId: measure, annualValueCents, contributionPct, confidencePct }];
    await replaceEstimates(t.ctx.db, orgId, programme, ids.P3 as string, hrUser, estimate(1_000_000, 50, 50), new Date());
    await replaceEstimates(t.ctx.db, orgId, programme, ids.P4 as string, hrUser, estimate(1_000_000), new Date());
    await replaceEstimates(t.ctx.db, orgId, programme, ids.P5 as string, hrUser, estimate(1_000_000_000), new Date());
    // five people's answers since the figures were last published, so the new figures are shown (decision 0015)
    await replaceEstimates(t.ctx.db, orgId, programme, ids.P6 as string, hrUser, estimate(1_000_000), new Date());
    await replaceEstimates(t.ctx.db, orgId, programme, ids.S2 as string, hrUser, estimate(100_000, 50, 50), new Date());
    const people = Object.values(ids);
    for (const reader of [hr, executive]) {
      const text = await (await reader.request(`/api/programmes/${programme}/evaluation?locale=en&fresh=1`)).text();
      const view = JSON.parse(text);
      const personalised = view.evaluation.cohorts.find((c: { kind: string }) => c.kind === "personalised");
      const excluded = personalised.steps.filter((s: { code: string }) => s.code === "ESTIMATE_EXCLUDED");
      expect(excluded).toEqual([{ code: "ESTIMATE_EXCLUDED", measureId: measure, adjustedCents: 1_000_000_000, limitCents: expect.any(Number) }]);
      for (const id of people) expect(text).not.toContain(id);
    }
    for (const reader of [hr, executive]) {
      const dashboard = await (await reader.request("/api/evaluation/dashboard")).text();
      for (const id of people) expect(dashboard).not.toContain(id);
    }
  });

  it("recomputes a cached evaluation that does not have the contract's shape (an older cache holding a person id)", async () => {
    const row = await findProgramme(t.ctx.db, orgId, programme);
    const cached = await findEvaluation(t.ctx.db, orgId, programme);
    if (!row || !cached) throw new Error("the programme was evaluated above");
    const stale = structuredClone(cached.result) as { evaluation: { cohorts: { steps: Record<string, unknown>[] }[] } };
    for (const c of stale.evaluation.cohorts) for (const step of c.steps) if (step.code === "ESTIMATE_EXCLUDED") step.personId = ids.P5;
    expect(JSON.stringify(stale)).toContain(ids.P5);
    await saveEvaluation(t.ctx.db, orgId, programme, row.dataVersion, stale, new Date());
    for (const path of [`/api/programmes/${programme}/evaluation?locale=en`, "/api/evaluation/dashboard"]) {
      const text = await (await executive.request(path)).text();
      expect(text).not.toContain(ids.P5);
    }
    const recomputed = await findEvaluation(t.ctx.db, orgId, programme);
    expect(JSON.stringify(recomputed?.result)).not.toContain(ids.P5);
  });
});
