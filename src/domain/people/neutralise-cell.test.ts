import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FORMULA_TRIGGERS, neutraliseCell, restoreNeutralisedCell } from "./neutralise-cell";

const startsWithTrigger = (value: string) => FORMULA_TRIGGERS.some((t) => value.startsWith(t));

describe("neutraliseCell", () => {
  it.each([
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ["+1", "'+1"],
    ["-2", "'-2"],
    ["@SUM(1)", "'@SUM(1)"],
    ["\tindented", "'\tindented"],
    ["\rreturn", "'\rreturn"],
    ["'=already quoted", "''=already quoted"],
    ["Jan Peeters", "Jan Peeters"],
    ["'t Hooft", "'t Hooft"],
    ["a=b", "a=b"],
    ["", ""],
  ])("turns %j into %j", (value, expected) => {
    expect(neutraliseCell(value)).toBe(expected);
  });

  const cellText = fc.oneof(
    fc.string(),
    fc.tuple(fc.constantFrom(...FORMULA_TRIGGERS, "'", "''"), fc.string()).map(([a, b]) => a + b),
  );

  it("never returns a value that starts with a formula trigger", () => {
    fc.assert(fc.property(cellText, (value) => !startsWithTrigger(neutraliseCell(value))), { numRuns: 2000 });
  });

  it("is undone exactly by restoreNeutralisedCell", () => {
    fc.assert(fc.property(cellText, (value) => restoreNeutralisedCell(neutraliseCell(value)) === value), { numRuns: 2000 });
  });

  it("leaves alone values it did not neutralise", () => {
    expect(restoreNeutralisedCell("'t Hooft")).toBe("'t Hooft");
    expect(restoreNeutralisedCell("plain")).toBe("plain");
  });
});
