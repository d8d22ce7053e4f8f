// Issue 12: the operator's organisations list counted nobody (peopleCount 0 for the demo's 44): the
// count's subquery compared people with themselves. Each organisation counts its own active people.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyPeopleChanges, type TPersonValues } from "../../db/people-repo";
import { startTestApp } from "../../test-support/test-app";
import { testDatabaseKind } from "../../test-support/test-database";
import { DEMO_PEOPLE, demoEmail } from "../demo/demo-people";
import { createOrganisation, listOrganisationsForOperator } from "./create-organisation";

let t: Awaited<ReturnType<typeof startTestApp>>;

function person(n: number, values: Partial<TPersonValues> = {}): TPersonValues {
  return {
    id: randomUUID(),
    employeeNumber: `E${n}`,
    firstName: `First${n}`,
    lastName: `Last${n}`,
    email: `p${n}@small.test`,
    jobTitle: "",
    department: "",
    managerId: null,
    startDate: null,
    roleStartDate: null,
    language: "nl",
    active: true,
    ...values,
  };
}

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe(`the operator's organisations list (${testDatabaseKind})`, () => {
  it("counts each organisation's active people: the demo's 44, not 0", async () => {
    const demo = await createOrganisation(t.ctx, { isOperator: true }, { slug: "demo-like", name: "Brouwerij", defaultLocale: "nl" });
    expect(demo.peopleCount).toBe(0);
    const small = await createOrganisation(t.ctx, { isOperator: true }, { slug: "small", name: "Small", defaultLocale: "fr" });
    // the demo's directory and a few more: 44 active people, one inactive
    const demoPeople = DEMO_PEOPLE.map((p, i) => person(i, { email: demoEmail(p), firstName: p.firstName, lastName: p.lastName }));
    const more = [101, 102, 103, 104].slice(0, 44 - demoPeople.length).map((n) => person(n));
    await applyPeopleChanges(t.ctx.db, demo.id, [...demoPeople, ...more, person(99, { email: "gone@demo.test", active: false })], [], new Date());
    await applyPeopleChanges(t.ctx.db, small.id, [person(1), person(2), person(3, { active: false })], [], new Date());

    const list = await listOrganisationsForOperator(t.ctx, { isOperator: true });
    expect(list.find((o) => o.id === demo.id)?.peopleCount).toBe(44);
    expect(list.find((o) => o.id === small.id)?.peopleCount).toBe(2);
  });

  it("is the operator's alone", async () => {
    await expect(listOrganisationsForOperator(t.ctx, { isOperator: false })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
