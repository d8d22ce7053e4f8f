// Issue 13, "aggregates that cannot be subtracted": HR's and the executive's mentoring participation overview showed
// the live means of every reaction survey, so reading it before and after one mentee's answer gave that answer back:
// `(n+1)·after − n·before`. The figures now rest on the answers up to the last step of ≥ 3 people (decision 0015).
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addPerson } from "../../app/reports/reports.test-helpers";
import { mentoringReactions } from "../../db/schema/index";
import { startTestApp, type TTestClient } from "../../test-support/test-app";
import { testDatabaseKind } from "../../test-support/test-database";

let t: Awaited<ReturnType<typeof startTestApp>>;
let org = "";
let hr: TTestClient;
let executive: TTestClient;
const people: string[] = [];
let minute = 0;

type TReactions = { count: number; satisfaction: number | null; relevance: number | null; intentToApply: number | null };

/** One mentee answers a reaction survey (after a held session), as the survey route stores it. */
async function answer(personId: string, score: number) {
  minute += 1;
  await t.ctx.db.insert(mentoringReactions).values({
    organisationId: org,
    subjectKind: "session",
    subjectId: randomUUID(),
    personId,
    satisfaction: score,
    relevance: score,
    intentToApply: score,
    createdAt: new Date(Date.UTC(2026, 2, 1, 9, minute)),
  });
}

async function read(client: TTestClient): Promise<TReactions> {
  const response = await client.request("/api/mentoring/participation");
  expect(response.status).toBe(200);
  return (await response.json()).reactions;
}

/** The differencing attack on the satisfaction mean: what a reader learns about the one newcomer. */
const subtract = (before: TReactions, after: TReactions) => (after.satisfaction ?? 0) * after.count - (before.satisfaction ?? 0) * before.count;

beforeAll(async () => {
  t = await startTestApp();
  org = (await t.createOrganisation("participation-steps")).id;
  for (let i = 0; i < 8; i++) people.push(await addPerson(t.ctx.db, org, { firstName: `Mentee${i}`, lastName: "Stepped", department: "Sales" }));
  hr = await t.signedIn("hr@steps.test", org, ["hr_admin"]);
  executive = await t.signedIn("exec@steps.test", org, ["executive"]);
}, 120_000);
afterAll(() => t.close());

describe(`mentoring participation reactions move in steps (${testDatabaseKind})`, () => {
  it("shows nothing until 3 people answered, then the means of that step", async () => {
    await answer(people[0] as string, 4);
    await answer(people[1] as string, 2);
    expect(await read(hr)).toEqual({ count: 0, satisfaction: null, relevance: null, intentToApply: null });
    await answer(people[2] as string, 3);
    expect(await read(hr)).toEqual({ count: 3, satisfaction: 3, relevance: 3, intentToApply: 3 });
  });

  it("reading before and after one mentee's answer does not give that answer back", async () => {
    const before = await read(executive);
    await answer(people[3] as string, 5);
    const after = await read(executive);
    expect(after).toEqual(before);
    expect(subtract(before, after)).toBe(0);
    // the same mentee answering two more sessions is still one person: no step
    await answer(people[3] as string, 5);
    await answer(people[3] as string, 5);
    expect(await read(hr)).toEqual(before);
  });

  it("moves once answers of 3 different people arrived, never by one person's answer alone", async () => {
    const before = await read(hr);
    await answer(people[4] as string, 1);
    expect(await read(hr)).toEqual(before);
    await answer(people[5] as string, 1);
    const after = await read(hr);
    // p3's three answers, p4's and p5's joined together: 8 answers, (3·3 + 5·3 + 1 + 1) / 8
    expect(after).toEqual({ count: 8, satisfaction: 3.25, relevance: 3.25, intentToApply: 3.25 });
    expect(subtract(before, after)).not.toBe(5);
    expect(subtract(before, after)).not.toBe(1);
  });
});
