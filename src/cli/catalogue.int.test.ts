import { describe, expect, it } from "vitest";
import { STARTER_CATALOGUE } from "../domain/plans/index";
import { sterk, useCliDatabase } from "../test-support/cli";
import { testDatabaseKind } from "../test-support/test-database";

useCliDatabase("sterk-catalogue-cli-");

describe(`sterk catalogue list (${testDatabaseKind})`, () => {
  it("lists a new organisation's starter modules as JSON in snake_case, titles in the chosen language", async () => {
    expect((await sterk("org", "create", "cat-cli", "--name", "Catalogue CLI")).code).toBe(0);
    const listed = await sterk("catalogue", "list", "--org", "cat-cli", "--json");
    expect(listed.code).toBe(0);
    const modules = JSON.parse(listed.stdout) as Record<string, unknown>[];
    expect(modules).toHaveLength(STARTER_CATALOGUE.length);
    const first90 = modules.find((m) => m.id === "first-90-days-mentoring");
    expect(first90).toMatchObject({ format: "mentoring_track", cost_cents: 295_000, currency: "EUR", seats: 8, hours: 18 });
    expect(first90?.title).toMatch(/first 90 days/);
    expect(first90?.challenges).toContainEqual({ challenge_id: "colleague-to-boss", weight: 1 });
    expect(modules.some((m) => m.seats === null)).toBe(true);
    const french = JSON.parse((await sterk("catalogue", "list", "--org", "cat-cli", "--json", "--lang", "fr")).stdout) as { id: string; title: string }[];
    expect(french.find((m) => m.id === "first-90-days-mentoring")?.title).toMatch(/Parcours de mentorat/);
  });

  it("prints a readable table, and refuses an unknown organisation or language", async () => {
    const table = await sterk("catalogue", "list", "--org", "cat-cli");
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^ID\s+FORMAT\s+HOURS\s+COST\s+SEATS\s+TITLE/);
    expect(table.stdout).toMatch(/first-90-days-mentoring\s+mentoring_track\s+18\s+2950\.00 EUR\s+8\s+Mentoring track/);
    expect(table.stdout).toMatch(/unlimited/);
    const unknown = await sterk("catalogue", "list", "--org", "nope", "--json");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown organisation/);
    expect((await sterk("catalogue", "list", "--org", "cat-cli", "--lang", "de")).code).toBe(2);
  });
});
