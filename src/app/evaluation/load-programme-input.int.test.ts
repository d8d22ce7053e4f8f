// The loader reads levels 1–3 from Sterk's own data around the programme's dates (issue 6).
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findProgramme, insertCohort, insertProgramme, replaceCohortMembers } from "../../db/evaluation-programmes-repo";
import { insertEngagement } from "../../db/mentoring-repo";
import { insertCheckIn } from "../../db/mentoring-progress-repo";
import { insertReaction } from "../../db/mentoring-surveys-repo";
import { insertPerson } from "../../db/people-repo";
import { challengeScanStatements } from "../../domain/assessment/index";
import { startTestApp } from "../../test-support/test-app";
import { testDatabaseKind } from "../../test-support/test-database";
import { saveCompletedAssessment } from "../assessments/read-assessments";
import { seedClosedCampaign, type TSeedRater } from "../feedback/report-source";
import { beforeAfter, loadProgrammeInput } from "./load-programme-input";

let t: Awaited<ReturnType<typeof startTestApp>>;
let orgId: string;
const person: Record<string, string> = {};
const SELF = challengeScanStatements("en", ["self"]).map((s) => s.id);
const RATER = challengeScanStatements("en", ["rater"]).map((s) => s.id);
const WINDOWS = { baselineFrom: "2025-10", baselineTo: "2025-12", followupFrom: "2026-07", followupTo: "2026-09", confidencePct: 90, intangibles: [] };

const scan = (score: number) => SELF.map((id) => ({ id, score }));
const peers = (n: number, score: number): TSeedRater[] =>
  Array.from({ length: n }, (_, i) => ({ group: "peer", name: `Peer ${i}`, email: `peer${i}@x.test`, language: "nl", answers: Object.fromEntries(RATER.map((id) => [id, score])), submitted: true }));

async function programmeWith(members: string[]) {
  const id = await insertProgramme(t.ctx.db, orgId, { name: "P", description: "", currency: "EUR", status: "completed", startsOn: "2026-01-01", endsOn: "2026-06-30", ...WINDOWS }, null);
  const cohortId = await insertCohort(t.ctx.db, orgId, id, { name: "c", kind: "personalised" });
  await replaceCohortMembers(t.ctx.db, orgId, id, cohortId, members);
  const row = await findProgramme(t.ctx.db, orgId, id);
  if (!row) throw new Error("no programme");
  return row;
}

beforeAll(async () => {
  t = await startTestApp({ now: () => new Date("2026-11-01T00:00:00Z") });
  orgId = (await t.createOrganisation("loader")).id;
  for (const n of ["X1", "X2", "X3"]) {
    person[n] = await insertPerson(t.ctx.db, orgId, {
      employeeNumber: n, firstName: n, lastName: "L", email: `${n}@x.test`, jobTitle: "", department: "", managerId: null, startDate: null, roleStartDate: null, language: "nl", active: true,
    });
  }
});
afterAll(() => t.close());

describe(`loadProgrammeInput (${testDatabaseKind})`, () => {
  it("reads reactions, challenge scans and closed 360s around the programme's dates", async () => {
    const x1 = person.X1 as string;
    const x2 = person.X2 as string;
    const reaction = (at: string, satisfaction: number, relevance: number, intentToApply: number) =>
      insertReaction(t.ctx.db, { organisationId: orgId, subjectKind: "session", subjectId: randomUUID(), personId: x1, satisfaction, relevance, intentToApply, createdAt: new Date(at) });
    await reaction("2026-02-01T10:00:00Z", 4, 5, 3);
    await reaction("2026-03-01T10:00:00Z", 2, 3, 5);
    await reaction("2025-12-01T10:00:00Z", 1, 1, 1); // before the programme
    await reaction("2026-10-15T10:00:00Z", 1, 1, 1); // more than 90 days after its end
    await saveCompletedAssessment(t.ctx, orgId, x1, "challenge-scan", scan(4), new Date("2025-12-15T10:00:00Z"));
    await saveCompletedAssessment(t.ctx, orgId, x1, "challenge-scan", scan(2), new Date("2026-06-20T10:00:00Z"));
    await saveCompletedAssessment(t.ctx, orgId, x2, "challenge-scan", scan(3), new Date("2026-01-10T10:00:00Z"));
    await seedClosedCampaign(t.ctx, { organisationId: orgId, subjectPersonId: x1, closesAt: new Date("2026-01-15T00:00:00Z"), raters: peers(4, 4) });
    await seedClosedCampaign(t.ctx, { organisationId: orgId, subjectPersonId: x1, closesAt: new Date("2026-09-30T00:00:00Z"), raters: peers(4, 3) });
    // two peers are below the anonymity minimum: that campaign gives no value
    await seedClosedCampaign(t.ctx, { organisationId: orgId, subjectPersonId: x2, closesAt: new Date("2026-01-15T00:00:00Z"), raters: peers(2, 5) });
    await seedClosedCampaign(t.ctx, { organisationId: orgId, subjectPersonId: x2, closesAt: new Date("2026-09-30T00:00:00Z"), raters: peers(4, 2) });

    const input = await loadProgrammeInput(t.ctx, orgId, await programmeWith([x1, x2]));
    expect(input.reactions).toEqual([{ personId: x1, satisfaction: 3, relevance: 4, intentToApply: 4 }]);
    expect(input.learning?.direction).toBe("lower_is_better");
    expect(input.learning?.values).toEqual(
      expect.arrayContaining([
        { personId: x1, before: 4, after: 2 },
        { personId: x2, before: 3, after: null },
      ]),
    );
    expect(input.application?.direction).toBe("lower_is_better");
    expect(input.application?.values).toEqual(
      expect.arrayContaining([
        { personId: x1, before: 4, after: 3 },
        { personId: x2, before: null, after: 2 },
      ]),
    );
    expect([...(input.cohorts[0]?.personIds ?? [])].sort()).toEqual([x1, x2].sort());
  });

  it("falls back to goal check-ins (first against latest) when no 360 pairs exist", async () => {
    const x3 = person.X3 as string;
    const mentor = await t.createUser("mentor@x.test", [{ organisationId: orgId, roles: ["mentor"] }]);
    const engagement = await insertEngagement(t.ctx.db, {
      organisationId: orgId, personId: x3, mentorUserId: mentor.id, status: "active", startDate: "2026-01-01", plannedEndDate: "2026-06-30", statusChangedAt: new Date("2026-01-01T00:00:00Z"),
    });
    const checkIn = (challengeId: string, progress: number, at: string) =>
      insertCheckIn(t.ctx.db, { organisationId: orgId, engagementId: engagement.id, challengeId, progress, createdAt: new Date(at) });
    await checkIn("setting-priorities", 20, "2026-02-01T10:00:00Z");
    await checkIn("setting-priorities", 40, "2026-03-01T10:00:00Z");
    await checkIn("setting-priorities", 60, "2026-05-01T10:00:00Z");
    await checkIn("delegating", 50, "2026-04-01T10:00:00Z"); // one check-in: no change to measure
    await checkIn("setting-priorities", 100, "2026-08-01T10:00:00Z"); // after the programme
    const input = await loadProgrammeInput(t.ctx, orgId, await programmeWith([x3]));
    expect(input.application).toEqual({ direction: "higher_is_better", values: [{ personId: x3, before: 20, after: 60 }] });
    expect(input.learning).toBeNull();
    expect(input.reactions).toEqual([]);
  });

  it("pairs the newest measurement before with a different, newest one after", () => {
    const at = (d: string) => new Date(`${d}T00:00:00Z`);
    const by = at("2026-01-31");
    const from = at("2026-06-01");
    expect(beforeAfter([{ id: "a", at: at("2025-12-01"), value: 1 }, { id: "b", at: at("2026-01-20"), value: 2 }, { id: "c", at: at("2026-07-01"), value: 5 }], by, from)).toEqual({ before: 2, after: 5 });
    // one measurement both before and after the windows' edges (a short programme) counts once
    expect(beforeAfter([{ id: "a", at: at("2026-01-20"), value: 2 }], at("2026-02-01"), at("2026-01-01"))).toEqual({ before: 2, after: null });
    expect(beforeAfter([], by, from)).toEqual({ before: null, after: null });
  });
});
