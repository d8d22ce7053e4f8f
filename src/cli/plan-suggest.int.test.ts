import { describe, expect, it } from "vitest";
import { sterk, useCliDatabase } from "../test-support/cli";
import { testDatabaseKind } from "../test-support/test-database";

useCliDatabase("sterk-plan-suggest-", { demo: true });

describe(`sterk plan suggest (${testDatabaseKind})`, () => {
  it("prints a person's ranked menu with scores and reasons in snake_case JSON", async () => {
    const run = await sterk("plan", "suggest", "--org", "demo", "--person", "E004", "--json", "--lang", "en");
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.person).toMatchObject({ employee_number: "E004", name: "An Peeters", email: "an.peeters@brouwerij-demo.be" });
    expect(out.status).toBe("ok");
    expect(out.menu.length).toBeGreaterThan(0);
    out.menu.forEach((m: Record<string, unknown>, i: number) => {
      expect(Object.keys(m)).toEqual(expect.arrayContaining(["rank", "module", "title", "score", "reason", "reason_text", "cost_cents", "hours", "format"]));
      expect(m.rank).toBe(i + 1);
      expect(m.reason_text).toMatch(/^(builds on your talent|tackles) /);
    });
    const scores = out.menu.map((m: { score: number }) => m.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(Object.keys(out.left_out)).toEqual(["language", "format", "budget", "hours", "no_seats", "no_need", "diversity"]);
    // by email, in the person's own language (Dutch) by default
    const nl = JSON.parse((await sterk("plan", "suggest", "--org", "demo", "--person", "An.Peeters@brouwerij-demo.be", "--json")).stdout);
    expect(nl.menu.map((m: { module: string }) => m.module)).toEqual(out.menu.map((m: { module: string }) => m.module));
    expect(nl.menu[0].reason_text).toMatch(/^(bouwt op uw talent|pakt)/);
  });

  it("says no-profile for a person without a challenge scan, and fails clearly for an unknown person or organisation", async () => {
    const none = JSON.parse((await sterk("plan", "suggest", "--org", "demo", "--person", "E003", "--json")).stdout);
    expect(none).toMatchObject({ status: "no-profile", menu: [] });
    const unknown = await sterk("plan", "suggest", "--org", "demo", "--person", "E999", "--json");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown person in demo: E999/);
    expect((await sterk("plan", "suggest", "--org", "nope", "--person", "E004")).code).toBe(2);
    expect((await sterk("plan", "suggest", "--org", "demo", "--person", "E004", "--lang", "de")).code).toBe(2);
  });
});
