import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TDatabase } from "../../db/client";
import { findJob } from "../../db/jobs-repo";
import { insertOrganisation } from "../../db/organisations-repo";
import { DomainError } from "../../domain/shared/errors";
import { openTestDatabase, testDatabaseKind } from "../../test-support/test-database";
import { takeJobGuard } from "./guard";

let database: TDatabase;
let organisationId: string;
let otherOrganisationId: string;
let clock = new Date("2026-03-02T09:00:00Z");

beforeAll(async () => {
  database = await openTestDatabase();
  organisationId = (await insertOrganisation(database.db, { slug: "guard", name: "Guard", defaultLocale: "nl" })).id;
  otherOrganisationId = (await insertOrganisation(database.db, { slug: "guard-2", name: "Guard 2", defaultLocale: "nl" })).id;
});
afterAll(() => database.close());

const ctx = () => ({ db: database.db, now: () => clock });
const take = (org: string) => takeJobGuard(ctx(), { queue: "test.guard", organisationId: org, leaseMs: 60_000, busy: "already running", field: "budgetCents" });

describe(`the one-at-a-time job guard (${testDatabaseKind})`, () => {
  it("refuses a second holder for the organisation with a conflict naming the field, not another organisation's", async () => {
    const first = await take(organisationId);
    const refused = await take(organisationId).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DomainError);
    expect(refused).toMatchObject({ code: "CONFLICT", field: "budgetCents" });
    const other = await take(otherOrganisationId);
    await other.release();
    await first.release();
    expect(await findJob(database.db, first.job.id, organisationId)).toMatchObject({ status: "done" });
    const again = await take(organisationId);
    await again.release(new Error("solver crashed"));
    expect(await findJob(database.db, again.job.id, organisationId)).toMatchObject({ status: "failed", lastError: "solver crashed" });
  });

  it("frees the guard of a holder that died once its lease ran out", async () => {
    const dead = await take(organisationId);
    await expect(take(organisationId)).rejects.toMatchObject({ code: "CONFLICT" });
    clock = new Date(clock.getTime() + 61_000);
    const next = await take(organisationId);
    expect(await findJob(database.db, dead.job.id, organisationId)).toMatchObject({ status: "failed", lastError: expect.stringContaining("lease expired") });
    // the late holder's release changes nothing: the guard is no longer its
    await dead.release();
    expect(await findJob(database.db, dead.job.id, organisationId)).toMatchObject({ status: "failed" });
    await next.release();
  });
});
