import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aggregateCells, type THeatmapRow } from "../feedback360/aggregate-cells";
import { steppedState, steppedStates, type TCompletion } from "./stepped-aggregate";

const STEP = 5; // the team-cell minimum
const DEPARTMENTS = ["Brewing", "Sales", "Logistics"] as const;

type TDated = TCompletion<number> & { group: string };

/** A history of completions: people in departments, some retaking the questionnaire later. */
const historyArb = fc
  .array(
    fc.record({
      person: fc.nat(24),
      group: fc.constantFrom(...DEPARTMENTS),
      at: fc.nat(10_000),
      value: fc.double({ min: 1, max: 5, noNaN: true }),
    }),
    { maxLength: 60 },
  )
  .map((rows) => {
    // a person belongs to one department: the first row's
    const home = new Map<number, string>();
    return rows.map((row, i): TDated => {
      if (!home.has(row.person)) home.set(row.person, row.group);
      return { personId: `p${row.person}`, id: `a${String(i).padStart(3, "0")}`, at: row.at, value: row.value, group: home.get(row.person) as string };
    });
  });

/** The heatmap row a reader sees: per department, the stepped state through the ≥ 5 people rule. */
function heatmapRow(history: readonly TDated[]): THeatmapRow {
  const states = steppedStates(history, STEP);
  return aggregateCells(
    DEPARTMENTS.map((department) => {
      const members = states.get(department)?.members ?? [];
      return { key: department, personIds: members.map((m) => m.personId), values: members.map((m) => m.value) };
    }),
  );
}

const sumOf = (cell: { shown: boolean; mean?: number; personCount?: number }) => (cell.shown ? (cell.mean ?? 0) * (cell.personCount ?? 0) : null);

describe("steppedState", () => {
  it("publishes each member's newest completion among the first ⌊E/k⌋·k, ordered by time then id", () => {
    const c = (personId: string, id: string, at: number, value: number) => ({ personId, id, at, value });
    const history = [c("an", "1", 10, 1), c("bo", "2", 20, 2), c("an", "3", 30, 5), c("cy", "4", 30, 3), c("di", "5", 40, 4)];
    expect(steppedState(history, 2)).toEqual({ members: [{ personId: "an", value: 5 }, { personId: "bo", value: 2 }, { personId: "cy", value: 3 }], publishedCompletions: 4, step: 2 });
    expect(steppedState(history.slice(0, 4), 5)).toEqual({ members: [], publishedCompletions: 0, step: 5 });
    expect(steppedState([...history].reverse(), 2)).toEqual(steppedState(history, 2));
    expect(() => steppedState(history, 0)).toThrow(/step/);
  });
});

describe("differencing over time (property, TESTING.md item 19)", () => {
  it("one more completion (a first answer or a retake) leaves every published cell as it was, or moves it by ≥ k completions", () => {
    fc.assert(
      fc.property(historyArb, fc.nat(24), fc.double({ min: 1, max: 5, noNaN: true }), fc.constantFrom(...DEPARTMENTS), (history, person, value, department) => {
        const personId = `p${person}`;
        const group = history.find((h) => h.personId === personId)?.group ?? department;
        const next: TDated = { personId, id: "z-new", at: 20_000, value, group };
        const before = steppedStates(history, STEP);
        const after = steppedStates([...history, next], STEP);
        for (const key of DEPARTMENTS) {
          const b = before.get(key) ?? { members: [], publishedCompletions: 0 };
          const a = after.get(key) ?? { members: [], publishedCompletions: 0 };
          if (JSON.stringify(a.members) === JSON.stringify(b.members)) continue;
          expect(a.publishedCompletions - b.publishedCompletions).toBeGreaterThanOrEqual(STEP);
        }
        // and so the heatmap a reader sees: cells and total unchanged unless their group stepped
        const rowBefore = heatmapRow(history);
        const rowAfter = heatmapRow([...history, next]);
        const stepped = (before.get(group)?.publishedCompletions ?? 0) !== (after.get(group)?.publishedCompletions ?? 0);
        if (!stepped) expect(rowAfter).toEqual(rowBefore);
      }),
      { numRuns: 3_000 },
    );
  }, 120_000);

  it("reading a heatmap before and after one person's first answer never gives that answer back", () => {
    // the attack of issue 13: `(n+1)·after − n·before` for the person's cell and for the row total
    const firstAnswersArb = historyArb.map((history) => {
      const seen = new Set<string>();
      return history.filter((h) => !seen.has(h.personId) && seen.add(h.personId));
    });
    fc.assert(
      fc.property(firstAnswersArb, fc.double({ min: 1, max: 5, noNaN: true }), fc.constantFrom(...DEPARTMENTS), (history, value, department) => {
        const next: TDated = { personId: "newcomer", id: "z-new", at: 20_000, value, group: department };
        const before = heatmapRow(history);
        const after = heatmapRow([...history, next]);
        const pairs = [
          [before.cells.find((c) => c.key === department), after.cells.find((c) => c.key === department)],
          [before.total, after.total],
        ] as const;
        for (const [b, a] of pairs) {
          const sumBefore = b ? sumOf(b) : null;
          const sumAfter = a ? sumOf(a) : null;
          if (sumBefore === null || sumAfter === null) continue; // a hidden figure gives nothing to subtract
          // unchanged: the difference is 0; stepped: it holds ≥ k − 1 other answers of at least 1 each
          expect(Math.abs(sumAfter - sumBefore - value)).toBeGreaterThan(0.5);
        }
      }),
      { numRuns: 3_000 },
    );
  }, 120_000);

  it("a live mean (without the step) does give the answer back: the attack the rule stops", () => {
    const live = (values: number[]) => values.reduce((a, v) => a + v, 0);
    const others = [3, 4, 2, 5, 1, 4];
    expect(live([...others, 2.75]) - live(others)).toBe(2.75);
    const history = others.map((v, i): TDated => ({ personId: `p${i}`, id: `a${i}`, at: i, value: v, group: "Brewing" }));
    const b = heatmapRow(history).cells[0];
    const a = heatmapRow([...history, { personId: "n", id: "z", at: 99, value: 2.75, group: "Brewing" }]).cells[0];
    expect(a).toEqual(b); // 6 → 7 completions: still the state of the first 5
  });
});

describe("a step needs different people (issue 13)", () => {
  it("k retakes of one person are not a step: the published state keeps their earlier answer", () => {
    const c = (personId: string, id: string, at: number, value: number) => ({ personId, id, at, value });
    const first = ["a", "b", "c", "d", "e"].map((p, i) => c(p, `f${i}`, i, 3));
    const retakes = [10, 11, 12, 13, 14].map((at, i) => c("a", `r${i}`, at, 5));
    const before = steppedState(first, STEP);
    const after = steppedState([...first, ...retakes], STEP);
    expect(after).toEqual(before);
    expect(after.members.find((m) => m.personId === "a")?.value).toBe(3);
  });
});
