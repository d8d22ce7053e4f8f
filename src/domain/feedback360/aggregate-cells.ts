import { invalid } from "../shared/errors";
import { compareCodeUnits, mean } from "./order-independent";
import { resolveThresholds } from "./thresholds";

/**
 * One cell of a team or department heatmap row (one measure, one team): `values[i]` belongs to
 * `personIds[i]`, null when that person has no value. Cells of one row must not share people.
 */
export type THeatmapCellInput = {
  key: string;
  personIds: readonly string[];
  values: readonly (number | null)[];
};

/** A heatmap cell as shown: its mean and the number of people behind it, or nothing at all. */
export type THeatmapCell =
  | { key: string; shown: true; mean: number; personCount: number }
  | { key: string; shown: false };

/** The row total: over every person in the row, shown only when no small group can be derived from it. */
export type THeatmapTotal = { shown: true; mean: number; personCount: number } | { shown: false };

export type THeatmapRow = { minCell: number; cells: THeatmapCell[]; total: THeatmapTotal };

type TSizedCell = { key: string; values: number[] };

/**
 * Applies the ≥ `minCell` people rule to one heatmap row, with complementary suppression: the row
 * total covers everyone (so it agrees with organisation-wide figures shown elsewhere), hence the
 * hidden cells together must hold 0 or ≥ `minCell` people — else the next smallest shown cells are
 * hidden too, until they do. `minCell` below the default (5) is ignored.
 */
export function aggregateCells(cells: readonly THeatmapCellInput[], minCell?: number): THeatmapRow {
  const min = resolveThresholds({ teamCell: minCell }).teamCell;
  const sized = checkCells(cells);
  const hidden = new Set(sized.filter((cell) => cell.values.length < min).map((cell) => cell.key));
  let hiddenPeople = sized.filter((cell) => hidden.has(cell.key)).reduce((n, c) => n + c.values.length, 0);

  const bySize = [...sized].sort((a, b) => a.values.length - b.values.length || compareCodeUnits(a.key, b.key));
  for (const cell of bySize) {
    if (hiddenPeople === 0 || hiddenPeople >= min) break;
    if (hidden.has(cell.key)) continue;
    hidden.add(cell.key);
    hiddenPeople += cell.values.length;
  }

  const shownCells = sized.map((cell): THeatmapCell =>
    hidden.has(cell.key)
      ? { key: cell.key, shown: false }
      : { key: cell.key, shown: true, mean: mean(cell.values), personCount: cell.values.length },
  );
  const everyone = sized.flatMap((cell) => cell.values);
  const total: THeatmapTotal =
    everyone.length >= min && (hiddenPeople === 0 || hiddenPeople >= min)
      ? { shown: true, mean: mean(everyone), personCount: everyone.length }
      : { shown: false };
  return { minCell: min, cells: shownCells, total };
}

function checkCells(cells: readonly THeatmapCellInput[]): TSizedCell[] {
  const keys = new Set<string>();
  const people = new Set<string>();
  return cells.map((cell, index) => {
    const at = `cells[${index}]`;
    if (typeof cell.key !== "string" || cell.key === "") throw invalid(`${at}.key`, "cell key is empty");
    if (keys.has(cell.key)) throw invalid(`${at}.key`, "cell key appears twice");
    keys.add(cell.key);
    if (cell.personIds.length !== cell.values.length) {
      throw invalid(`${at}.values`, "values and personIds must have the same length");
    }
    const values: number[] = [];
    cell.personIds.forEach((personId, i) => {
      if (people.has(personId)) throw invalid(`${at}.personIds[${i}]`, "a person appears in two cells");
      people.add(personId);
      const value = cell.values[i];
      if (value === null || value === undefined) return;
      if (!Number.isFinite(value)) throw invalid(`${at}.values[${i}]`, "value must be a number or null");
      values.push(value);
    });
    return { key: cell.key, values };
  });
}
