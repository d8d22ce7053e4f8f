import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { sterk, tempFiles } from "../../test-support/cli";

const files = tempFiles("sterk-roi-");
afterAll(files.remove);
const writeTemp = (content: unknown, raw = false) => files.write(content, raw);

const totalsCase = {
  id: "totals",
  inputs: { currency: "USD", total_costs_given: 200_000, total_benefits_given: 350_000 },
  expected: { roi_pct: 75 },
};
const itemisedSheet = {
  currency: "EUR",
  cost_items: [
    { name: "mentor fees", amount: 30_000 },
    { name: "participants' time", amount: 10_000 },
  ],
  benefit_items: [
    { name: "overtime saved", unit_value: 50, change: 20, periods_per_year: 12, n_units: 100, contribution_pct: 50, confidence_pct: 80 },
    { name: "one manager's claim", annual_value: 5_000_000, include: false, exclude_reason: "extreme, unsupported" },
  ],
};
const controlCase = {
  id: "did",
  inputs: {
    total_costs_given: 24_000,
    control_group: {
      direction: "higher_is_better",
      experimental_pre_mean: 60,
      experimental_post_mean: 70,
      control_pre_mean: 61,
      control_post_mean: 65,
      unit_value: 100,
      periods_per_year: 4,
      n_participants: 20,
    },
  },
};
const OUTPUT_KEYS = ["id", "total_costs", "total_benefits", "net_benefits", "roi_pct", "bcr", "payback_months", "warnings"];

describe("sterk roi FILE --json", () => {
  it("prints one object with exactly the keys of the exchange format for one case object", async () => {
    const { code, stdout } = await sterk("roi", writeTemp(totalsCase), "--json");
    expect(code).toBe(0);
    const output = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(output)).toEqual(OUTPUT_KEYS);
    expect(output).toMatchObject({ id: "totals", total_costs: 200_000, total_benefits: 350_000, net_benefits: 150_000, roi_pct: 75, bcr: 1.75 });
    expect(output.payback_months).toBeCloseTo((200_000 / 350_000) * 12, 9);
    expect(output.warnings).toContain("costs given as a single total (not itemised, may not be fully loaded)");
  });

  it("prints an array, in input order, for an array input", async () => {
    const { code, stdout } = await sterk("roi", writeTemp([controlCase, itemisedSheet, totalsCase]), "--json");
    expect(code).toBe(0);
    const outputs = JSON.parse(stdout) as Record<string, unknown>[];
    expect(outputs.map((o) => o.id)).toEqual(["did", null, "totals"]);
    // 50 x 20 x 12 x 100 x 0.5 x 0.8; the excluded claim adds nothing
    expect(outputs[1]).toMatchObject({ total_costs: 40_000, total_benefits: 480_000, roi_pct: 1100, bcr: 12 });
  });

  it("adds the difference-in-differences effect only for a worksheet with a control group", async () => {
    const outputs = JSON.parse((await sterk("roi", writeTemp([controlCase, totalsCase]), "--json")).stdout) as Record<string, unknown>[];
    expect(Object.keys(outputs[0] ?? {})).toEqual([...OUTPUT_KEYS.slice(0, -1), "did_effect_per_participant_per_period", "warnings"]);
    // (70 - 60) - (65 - 61) = 6 points x 100 x 4 x 20 participants
    expect(outputs[0]).toMatchObject({ did_effect_per_participant_per_period: 6, total_benefits: 48_000, roi_pct: 100 });
    expect(outputs[1]).not.toHaveProperty("did_effect_per_participant_per_period");
  });

  it("prints null, never NaN or Infinity, where a ratio is undefined", async () => {
    const { stdout } = await sterk("roi", writeTemp({ benefit_items: [{ annual_value: 10 }] }), "--json");
    expect(JSON.parse(stdout)).toMatchObject({ id: null, total_costs: null, net_benefits: null, roi_pct: null, bcr: null, payback_months: null });
  });

  it("exits 1 and names the field when a worksheet is invalid, printing no results", async () => {
    const bad = { ...itemisedSheet, benefit_items: [{ annual_value: 1 }, { annual_value: 2 }, { unit_value: "fifty", change: 1 }] };
    const { code, stdout, stderr } = await sterk("roi", writeTemp([totalsCase, bad]), "--json");
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain("[1].benefit_items[2].unit_value");
  });

  it("names the field inside a case object's inputs", async () => {
    const { code, stderr } = await sterk("roi", writeTemp({ id: "x", inputs: { control_group: { ...controlCase.inputs.control_group, n_participants: 0 } } }), "--json");
    expect(code).toBe(1);
    expect(stderr).toContain("inputs.control_group.n_participants");
  });

  it("exits 2 for a missing file", async () => {
    const { code, stderr } = await sterk("roi", join(files.dir, "does-not-exist.json"), "--json");
    expect(code).toBe(2);
    expect(stderr).toContain("does-not-exist.json");
  });

  it("exits 2 for a file that is not JSON", async () => {
    const { code, stderr } = await sterk("roi", writeTemp("{ total_costs_given: ", true), "--json");
    expect(code).toBe(2);
    expect(stderr).toMatch(/not valid JSON/);
  });

  it("exits 2 without a file argument", async () => {
    expect((await sterk("roi")).code).toBe(2);
  });
});

describe("sterk roi FILE (table)", () => {
  it("prints a readable English table with the warnings", async () => {
    const { code, stdout } = await sterk("roi", writeTemp([totalsCase, itemisedSheet]));
    expect(code).toBe(0);
    expect(stdout).toMatch(/^totals \(USD\)\n/);
    expect(stdout).toMatch(/Total costs\s+200,000\.00\n/);
    expect(stdout).toMatch(/ROI\s+75\.00 %/);
    expect(stdout).toMatch(/Benefit-cost ratio\s+1\.75/);
    expect(stdout).toMatch(/Payback\s+6\.9 months/);
    expect(stdout).toContain("Warning: costs given as a single total");
    expect(stdout).toMatch(/Worksheet 2 \(EUR\)\n/);
    expect(stdout).toMatch(/Total benefits\s+480,000\.00\n/);
  });

  it("shows n/a where a figure is undefined", async () => {
    const { stdout } = await sterk("roi", writeTemp({ benefit_items: [{ annual_value: 10 }] }));
    expect(stdout).toMatch(/ROI\s+n\/a/);
    expect(stdout).toContain("Warning: no costs given");
  });
});
