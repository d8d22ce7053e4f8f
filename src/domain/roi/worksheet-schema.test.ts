import { describe, expect, it } from "vitest";
import { DomainError } from "../shared/errors";
import { formatFieldPath, parseWorksheet, readWorksheetFile, type TWorksheetIssue } from "./index";

const unitLine = { name: "hours saved", unit_value: 65, change: 4 };

function issuesOf(json: unknown): TWorksheetIssue[] {
  try {
    readWorksheetFile(json);
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return (error as DomainError).details as TWorksheetIssue[];
  }
  throw new Error("expected the file to be rejected");
}

describe("parseWorksheet", () => {
  it("fills the documented defaults of a unit line", () => {
    const sheet = parseWorksheet({ benefit_items: [unitLine] });
    expect(sheet.benefitItems[0]).toEqual({
      name: "hours saved",
      value: { kind: "unit", unitValue: 65, change: 4, periodsPerYear: 1, nUnits: 1 },
      confidencePct: 100,
      extraAdjustmentPct: 100,
      include: true,
    });
  });

  it("keeps contribution_pct absent when not stated, so an unisolated line can be flagged", () => {
    expect(parseWorksheet({ benefit_items: [unitLine] }).benefitItems[0]).not.toHaveProperty("contributionPct");
    expect(parseWorksheet({ benefit_items: [{ ...unitLine, contribution_pct: 100 }] }).benefitItems[0]?.contributionPct).toBe(100);
  });

  it("reads costs as items, as a given total, or as unknown", () => {
    expect(parseWorksheet({ cost_items: [{ name: "fee", amount: 10 }] }).costs).toEqual({ kind: "items", items: [{ name: "fee", amount: 10 }] });
    expect(parseWorksheet({ total_costs_given: 5 }).costs).toEqual({ kind: "total", amount: 5 });
    expect(parseWorksheet({}).costs).toEqual({ kind: "unknown" });
  });

  it("ignores unknown fields and treats null as absent", () => {
    const sheet = parseWorksheet({ note: "from the source", total_costs_given: null, benefit_items: [{ annual_value: 1, exclude_reason: null, published_adjusted_value: 9 }] });
    expect(sheet.costs).toEqual({ kind: "unknown" });
    expect(sheet.benefitItems[0]?.value).toEqual({ kind: "annual", annualValue: 1 });
  });

  it("throws a VALIDATION DomainError whose field is the exact path", () => {
    const bad = { benefit_items: [{ annual_value: 1 }, { annual_value: 2 }, { ...unitLine, unit_value: "65" }] };
    expect(() => parseWorksheet(bad)).toThrow(expect.objectContaining({ code: "VALIDATION", field: "benefit_items[2].unit_value" }));
  });
});

describe("invalid worksheets name the field at fault", () => {
  it.each<[string, unknown, string]>([
    ["a wrong type", { benefit_items: [unitLine, unitLine, { ...unitLine, unit_value: "a lot" }] }, "benefit_items[2].unit_value"],
    ["a negative cost", { cost_items: [{ name: "fee", amount: -1 }] }, "cost_items[0].amount"],
    ["a missing cost amount", { cost_items: [{ name: "a", amount: 1 }, { name: "b" }] }, "cost_items[1].amount"],
    ["negative given costs", { total_costs_given: -10 }, "total_costs_given"],
    ["costs given twice", { cost_items: [], total_costs_given: 10 }, "total_costs_given"],
    ["annual value and unit value together", { benefit_items: [{ annual_value: 1, unit_value: 2, change: 1 }] }, "benefit_items[0].unit_value"],
    ["a line with no value", { benefit_items: [{ name: "vague" }] }, "benefit_items[0].unit_value"],
    ["a unit line without change", { benefit_items: [{ unit_value: 10 }] }, "benefit_items[0].change"],
    ["a contribution above 100 %", { benefit_items: [{ ...unitLine, contribution_pct: 120 }] }, "benefit_items[0].contribution_pct"],
    ["a negative confidence", { benefit_items: [{ ...unitLine, confidence_pct: -5 }] }, "benefit_items[0].confidence_pct"],
    ["zero periods per year", { benefit_items: [{ ...unitLine, periods_per_year: 0 }] }, "benefit_items[0].periods_per_year"],
    ["a non-boolean include", { benefit_items: [{ ...unitLine, include: "no" }] }, "benefit_items[0].include"],
    ["an implausibly large value", { benefit_items: [{ annual_value: 1e16 }] }, "benefit_items[0].annual_value"],
    ["a control group of size zero", { control_group: controlGroup({ n_participants: 0 }) }, "control_group.n_participants"],
    ["a fractional control group", { control_group: controlGroup({ n_participants: 2.5 }) }, "control_group.n_participants"],
    ["an unknown direction", { control_group: controlGroup({ direction: "sideways" }) }, "control_group.direction"],
    ["a control group without unit value", { control_group: controlGroup({ unit_value: undefined }) }, "control_group.unit_value"],
    ["benefit_items that are not a list", { benefit_items: { annual_value: 1 } }, "benefit_items"],
    ["a file that is not an object", 42, "(root)"],
  ])("%s", (_, json, field) => {
    expect(issuesOf(json).map((i) => i.field)).toContain(field);
  });

  it("prefixes the position in an array and the inputs of a case object", () => {
    const json = [{ total_costs_given: 1 }, { id: "c2", inputs: { cost_items: [{ amount: "x" }] } }, "nope"];
    expect(issuesOf(json).map((i) => i.field)).toEqual(["[1].inputs.cost_items[0].amount", "[2]"]);
  });

  it("rejects a case id that is not a string", () => {
    expect(issuesOf({ id: 7, inputs: {} }).map((i) => i.field)).toEqual(["id"]);
  });

  it("puts the first field in the message", () => {
    expect(() => readWorksheetFile({ cost_items: [{ amount: -1 }] })).toThrow(/^cost_items\[0\]\.amount: /);
  });
});

describe("readWorksheetFile", () => {
  it("reads one worksheet with a null id", () => {
    expect(readWorksheetFile({ total_costs_given: 1 }).map((e) => e.id)).toEqual([null]);
  });

  it("reads a case object's inputs and keeps its id", () => {
    const [entry] = readWorksheetFile({ id: "P1", inputs: { total_costs_given: 3 }, expected: {} });
    expect(entry).toEqual({ id: "P1", worksheet: expect.objectContaining({ costs: { kind: "total", amount: 3 } }) });
  });

  it("keeps the input order of a mixed array", () => {
    const entries = readWorksheetFile([{ id: "b", inputs: {} }, { total_costs_given: 2 }, { id: "a", inputs: {} }]);
    expect(entries.map((e) => e.id)).toEqual(["b", null, "a"]);
  });

  it("reads an empty array as no worksheets", () => {
    expect(readWorksheetFile([])).toEqual([]);
  });
});

describe("formatFieldPath", () => {
  it.each<[PropertyKey[], string]>([
    [[], "(root)"],
    [["benefit_items", 2, "unit_value"], "benefit_items[2].unit_value"],
    [[0, "inputs", "control_group", "direction"], "[0].inputs.control_group.direction"],
  ])("%j -> %s", (path, text) => {
    expect(formatFieldPath(path)).toBe(text);
  });
});

function controlGroup(overrides: Record<string, unknown>) {
  return {
    direction: "higher_is_better",
    experimental_pre_mean: 1,
    experimental_post_mean: 2,
    control_pre_mean: 1,
    control_post_mean: 1,
    unit_value: 10,
    periods_per_year: 12,
    n_participants: 5,
    ...overrides,
  };
}
