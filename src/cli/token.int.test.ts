import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { resolveApiToken } from "../app/auth/resolve-api-token";
import { hashSecret } from "../app/shared/secrets";
import { insertUser } from "../db/auth-repo";
import { findOrganisationBySlug, upsertMembership } from "../db/organisations-repo";
import { apiTokens } from "../db/schema/index";
import { sterk, useCliDatabase } from "../test-support/cli";
import { testDatabaseKind } from "../test-support/test-database";
import { withRuntime } from "./with-runtime";

useCliDatabase("sterk-token-");

beforeAll(async () => {
  expect((await sterk("org", "create", "tokco", "--name", "Token Co")).code).toBe(0);
  await withRuntime(async (rt) => {
    const organisation = await findOrganisationBySlug(rt.ctx.db, "tokco");
    for (const [email, roles] of [["hr@tokco.be", ["hr_admin"]], ["manager@tokco.be", ["manager"]]] as const) {
      const user = await insertUser(rt.ctx.db, { email, displayName: email, passwordHash: null });
      await upsertMembership(rt.ctx.db, { organisationId: organisation?.id ?? "", userId: user.id, roles: [...roles] });
    }
  });
}, 120_000);

async function tokenRow(token: string) {
  return withRuntime(async (rt) => {
    const [row] = await rt.ctx.db.select().from(apiTokens).where(eq(apiTokens.tokenHash, hashSecret(token)));
    return { row, bearer: await resolveApiToken(rt.ctx, token) };
  });
}

describe(`sterk token create (${testDatabaseKind})`, () => {
  it("prints a SCIM provisioning token with --scim, for an HR admin, with --days as its life", async () => {
    const created = await sterk("token", "create", "--org", "tokco", "--user", "hr@tokco.be", "--scim", "--days", "30", "--name", "entra");
    expect(created.code).toBe(0);
    const token = created.stdout.trim();
    expect(token).toMatch(/^sterk_[A-Za-z0-9_-]{43}$/);
    const { row, bearer } = await tokenRow(token);
    expect(row).toMatchObject({ scope: "scim", name: "entra" });
    const days = ((row?.expiresAt.getTime() ?? 0) - (row?.createdAt.getTime() ?? 0)) / 86_400_000;
    expect(days).toBeCloseTo(30, 3);
    expect(bearer).toMatchObject({ scope: "scim" });
  });

  it("prints an api token without --scim, lasting 90 days", async () => {
    const created = await sterk("token", "create", "--org", "tokco", "--user", "manager@tokco.be");
    expect(created.code).toBe(0);
    const { row } = await tokenRow(created.stdout.trim());
    expect(row?.scope).toBe("api");
    expect(((row?.expiresAt.getTime() ?? 0) - (row?.createdAt.getTime() ?? 0)) / 86_400_000).toBeCloseTo(90, 3);
  });

  it("refuses --scim for someone who is not an HR admin, and a --days outside 1–365", async () => {
    const refused = await sterk("token", "create", "--org", "tokco", "--user", "manager@tokco.be", "--scim");
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/HR admins/);
    expect(refused.stdout).toBe("");
    for (const days of ["0", "366", "1.5", "x"]) expect((await sterk("token", "create", "--org", "tokco", "--user", "hr@tokco.be", "--days", days)).code).toBe(2);
  });
});
