import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { computeRoi, readWorksheetFile, toWorksheetOutput, type TWorksheetOutput } from "./index";

type TCase = {
  id: string;
  inputs: unknown;
  published?: Record<string, unknown>;
  expected: Record<string, number | null>;
  discrepancies: string[];
};

/** The vectors are kept in the repository beside this test (provenance in vectors/README.md). */
function casesPath(): string {
  return fileURLToPath(new URL("./vectors/cases.json", import.meta.url));
}

// Read at collection time but never thrown there: a missing file must fail a test, not skip the suite.
function loadCases(): { cases: TCase[]; error?: string } {
  try {
    return { cases: JSON.parse(readFileSync(casesPath(), "utf8")) as TCase[] };
  } catch (error) {
    return { cases: [], error: `cannot read ${casesPath()}: ${String(error)}` };
  }
}

const { cases, error } = loadCases();
const TOLERANCE = 1e-4;

function outputOf(json: unknown): TWorksheetOutput[] {
  return readWorksheetFile(json).map(({ id, worksheet }) => toWorksheetOutput(id, computeRoi(worksheet), (w) => w.code));
}

function expectClose(actual: unknown, expected: number | null, field: string) {
  if (expected === null) {
    expect(actual, field).toBeNull();
    return;
  }
  expect(typeof actual, field).toBe("number");
  const diff = Math.abs((actual as number) - expected);
  expect(diff, `${field}: ${String(actual)} vs expected ${expected}`).toBeLessThanOrEqual(TOLERANCE * Math.max(Math.abs(expected), 1e-9));
}

describe("the ROI test vectors", () => {
  it("are found in the repository and are not empty", () => {
    expect(error).toBeUndefined();
    expect(cases.length).toBeGreaterThan(0);
  });

  describe.each(cases.map((c) => [c.id, c] as const))("%s", (id, roiCase) => {
    const [output] = outputOf(roiCase);

    it("reproduces every expected figure within a relative 1e-4", () => {
      expect(output?.id).toBe(id);
      for (const [field, expected] of Object.entries(roiCase.expected)) {
        expectClose(output?.[field as keyof TWorksheetOutput], expected, field);
      }
    });

    it("does not reproduce a published error", () => {
      for (const discrepancy of roiCase.discrepancies) {
        const field = discrepancy.split(":")[0]?.trim() ?? "";
        const published = roiCase.published?.[field];
        expect(typeof published, `published ${field}`).toBe("number");
        const actual = output?.[field as keyof TWorksheetOutput] as number;
        expect(Math.abs(actual - (published as number))).toBeGreaterThan(TOLERANCE * Math.abs(published as number));
      }
    });

    it("gives null ratios exactly when costs are unknown or zero", () => {
      const costsKnown = output?.total_costs !== null && output?.total_costs !== 0;
      expect(output?.roi_pct === null).toBe(!costsKnown);
      expect(output?.bcr === null).toBe(!costsKnown);
    });
  });

  it("reads the whole file as an array, one result per case in input order", () => {
    expect(outputOf(cases).map((o) => o.id)).toEqual(cases.map((c) => c.id));
  });
});
