import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DomainError } from "../shared/errors";
import { aggregateCells, type THeatmapCellInput } from "./aggregate-cells";

/** A cell of `size` people who all score `value`. */
function cell(key: string, size: number, value = 3): THeatmapCellInput {
  return {
    key,
    personIds: Array.from({ length: size }, (_, i) => `${key}-person-${i}`),
    values: Array.from({ length: size }, () => value),
  };
}

function shownKeys(row: ReturnType<typeof aggregateCells>): string[] {
  return row.cells.filter((c) => c.shown).map((c) => c.key);
}

describe("aggregateCells", () => {
  type TRow = {
    name: string;
    sizes: Record<string, number>;
    minCell?: number;
    shown: string[];
    total: number | "hidden";
  };
  it.each<TRow>([
    { name: "shows every cell of 5 or more, and the total", sizes: { A: 6, B: 7 }, shown: ["A", "B"], total: 13 },
    {
      name: "hides a cell below 5 and, so the total cannot reveal it, the next smallest cell too",
      sizes: { A: 6, B: 7, C: 2 },
      shown: ["B"],
      total: 15,
    },
    {
      name: "needs no extra hiding when the hidden cells together hold 5 people",
      sizes: { A: 4, B: 1, C: 9, D: 10 },
      shown: ["C", "D"],
      total: 24,
    },
    { name: "hides every small cell and shows a total of 5 or more", sizes: { A: 2, B: 2, C: 3 }, shown: [], total: 7 },
    { name: "hides the total when the whole row is below 5", sizes: { A: 2, B: 2 }, shown: [], total: "hidden" },
    { name: "treats an empty cell as revealing nothing", sizes: { A: 5, B: 0 }, shown: ["A"], total: 5 },
    { name: "breaks a tie between equally small cells by key", sizes: { A: 3, C: 9, B: 9 }, shown: ["C"], total: 21 },
    { name: "ignores a minimum below 5", sizes: { A: 4, B: 8, C: 9 }, minCell: 2, shown: ["C"], total: 21 },
    { name: "applies a raised minimum", sizes: { A: 6, B: 8, C: 9 }, minCell: 8, shown: ["C"], total: 23 },
  ])("$name", ({ sizes, minCell, shown, total }) => {
    const row = aggregateCells(Object.entries(sizes).map(([key, size]) => cell(key, size)), minCell);
    expect(shownKeys(row)).toEqual(shown);
    expect(row.total.shown ? row.total.personCount : "hidden").toEqual(total);
  });

  it("averages the people with a value and counts only them", () => {
    const row = aggregateCells([
      { key: "A", personIds: ["a1", "a2", "a3", "a4", "a5", "a6"], values: [1, 2, 3, 4, 5, null] },
      { key: "B", personIds: ["b1", "b2", "b3", "b4", "b5"], values: [2, 2, 2, 2, 2] },
    ]);
    expect(row.cells).toEqual([
      { key: "A", shown: true, mean: 3, personCount: 5 },
      { key: "B", shown: true, mean: 2, personCount: 5 },
    ]);
    expect(row.total).toEqual({ shown: true, mean: 2.5, personCount: 10 });
  });

  it("hides a cell of 6 people of whom only 4 have a value", () => {
    const row = aggregateCells([
      { key: "A", personIds: ["a1", "a2", "a3", "a4", "a5", "a6"], values: [1, 2, null, null, 5, 5] },
      cell("B", 5),
      cell("C", 9),
    ]);
    expect(shownKeys(row)).toEqual(["C"]);
  });

  it.each<[string, THeatmapCellInput[], string]>([
    [
      "a person in two cells",
      [cell("A", 2), { key: "B", personIds: ["A-person-0"], values: [1] }],
      "cells[1].personIds[0]",
    ],
    ["values not matching people", [{ key: "A", personIds: ["a"], values: [1, 2] }], "cells[0].values"],
    ["a duplicate key", [cell("A", 1), cell("A", 1)], "cells[1].key"],
    ["a value that is not a number", [{ key: "A", personIds: ["a"], values: [Number.NaN] }], "cells[0].values[0]"],
  ])("rejects %s", (_name, cells, field) => {
    expect(() => aggregateCells(cells)).toThrow(DomainError);
    expect(() => aggregateCells(cells)).toThrow(expect.objectContaining({ field }));
  });
});

describe("aggregateCells: invariants over generated heatmap rows", () => {
  const rowArb = fc
    .array(
      fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { freq: 5 }), { maxLength: 12 }),
      { minLength: 1, maxLength: 6 },
    )
    .map((cells) =>
      cells.map((values, c): THeatmapCellInput => ({
        key: `team-${c}`,
        personIds: values.map((_, p) => `team-${c}-person-${p}`),
        values,
      })),
    );
  const contributors = (input: THeatmapCellInput) => input.values.filter((v) => v !== null).length;

  it("shows only cells of ≥ 5 people and never a total from which fewer than 5 hidden people follow", () => {
    fc.assert(
      fc.property(rowArb, fc.integer({ min: 0, max: 8 }), (cells, minCell) => {
        const min = Math.max(5, minCell);
        const row = aggregateCells(cells, minCell);
        let hiddenPeople = 0;
        row.cells.forEach((shown, i) => {
          const size = contributors(cells[i] as THeatmapCellInput);
          if (shown.shown) expect(shown.personCount).toBe(size);
          if (shown.shown) expect(size).toBeGreaterThanOrEqual(min);
          else hiddenPeople += size;
        });
        if (row.total.shown) {
          expect(row.total.personCount).toBeGreaterThanOrEqual(min);
          expect(hiddenPeople === 0 || hiddenPeople >= min).toBe(true);
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it("shows the same cells whatever values the hidden cells hold", () => {
    fc.assert(
      fc.property(rowArb, fc.integer({ min: 1, max: 5 }), (cells, replacement) => {
        const row = aggregateCells(cells);
        const replace = (values: THeatmapCellInput["values"]) => values.map((v) => (v === null ? null : replacement));
        const replaced = cells.map((input, i) =>
          row.cells[i]?.shown ? input : { ...input, values: replace(input.values) },
        );
        expect(aggregateCells(replaced).cells).toEqual(row.cells);
      }),
      { numRuns: 2_000 },
    );
  });
});
