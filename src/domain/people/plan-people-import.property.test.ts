import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { TExistingPerson } from "./fields";
import { findReportingCycle } from "./org-tree";
import { apply, plan } from "./plan-people-import.test-helpers";

// Small pools make collisions (duplicates, matches, cycles, unknown managers) frequent.
const NUMBERS = Array.from({ length: 12 }, (_, i) => `E${i + 1}`);
const EMAILS = NUMBERS.map((n) => `${n.toLowerCase()}@acme.be`);

const existingArb = fc.array(fc.record({ number: fc.constantFrom(...NUMBERS), email: fc.constantFrom(...EMAILS), manager: fc.nat(), active: fc.boolean() }), { maxLength: 6 })
  .map((drafts) => {
    const numbers = new Set<string>();
    const emails = new Set<string>();
    const people: TExistingPerson[] = [];
    for (const d of drafts) {
      if (numbers.has(d.number) || emails.has(d.email)) continue;
      numbers.add(d.number);
      emails.add(d.email);
      // a manager only among earlier people keeps the stored data acyclic
      const managerId = people.length > 0 && d.manager % 3 !== 0 ? (people[d.manager % people.length]?.id ?? null) : null;
      people.push({
        id: `id-${people.length}`, employeeNumber: d.number, firstName: "F", lastName: d.number, email: d.email,
        jobTitle: "", department: "", managerId, startDate: null, roleStartDate: null, language: "nl", active: d.active,
      });
    }
    return people;
  });

const often = <T>(usual: fc.Arbitrary<T>, rare: fc.Arbitrary<T>) => fc.oneof({ arbitrary: usual, weight: 9 }, { arbitrary: rare, weight: 1 });
const rowArb = fc.record({
  number: often(fc.constantFrom(...NUMBERS), fc.constant("")),
  ownEmail: often(fc.constant(true), fc.constant(false)),
  email: fc.constantFrom(...EMAILS, "E1@ACME.BE", "bad@", ""),
  // a number or email of another row (most managers are in the file), of the pool, none, or unknown
  manager: fc.oneof(
    { arbitrary: fc.record({ row: fc.nat(), byEmail: fc.boolean() }), weight: 6 },
    { arbitrary: fc.constantFrom(...NUMBERS, ...EMAILS), weight: 2 },
    { arbitrary: fc.constant(""), weight: 2 },
    { arbitrary: fc.constantFrom("E99", "nobody@acme.be"), weight: 1 },
  ),
  date: often(fc.constantFrom("", "03/01/2022", "2021-12-31"), fc.constant("31/02/2023")),
  language: often(fc.constantFrom("", "nl", "Frans", "en-GB"), fc.constant("Klingon")),
  job: fc.constantFrom("", "CFO"),
});
const rowsArb = fc.array(rowArb, { maxLength: 10 }).map((drafts) => {
  const emails = drafts.map((d) => (d.ownEmail && d.number ? `${d.number.toLowerCase()}@acme.be` : d.email));
  return drafts.map((d, i) => {
    const m = d.manager;
    const manager = typeof m === "string" ? m : m.byEmail ? (emails[m.row % drafts.length] ?? "") : (drafts[m.row % drafts.length]?.number ?? "");
    return { line: i + 2, cells: [d.number, "F", d.number || "X", emails[i] ?? "", manager, d.date, "", d.language, d.job, ""] };
  });
});

export const scenario = fc.record({ existing: existingArb, rows: rowsArb });

describe("planPeopleImport invariants", () => {
  it("counts every row exactly once as created, updated, unchanged or rejected", () => {
    fc.assert(
      fc.property(scenario, ({ existing, rows }) => {
        const result = plan(rows, existing);
        const rejectedLines = new Set(result.errors.map((e) => e.row));
        expect(result.rejectedCount).toBe(rejectedLines.size);
        expect(result.creates.length + result.updates.length + result.unchangedCount + result.rejectedCount).toBe(rows.length);
        expect(result.rowCount).toBe(rows.length);
      }),
      { numRuns: 500 },
    );
  });

  it("never leaves a reporting cycle, a dangling manager, or two people sharing an email or number", () => {
    fc.assert(
      fc.property(scenario, ({ existing, rows }) => {
        const after = apply(existing, plan(rows, existing));
        const ids = new Set(after.map((p) => p.id));
        expect(findReportingCycle(new Map(after.map((p) => [p.id, p.managerId])))).toBeNull();
        for (const p of after) if (p.managerId !== null) expect(ids.has(p.managerId)).toBe(true);
        expect(new Set(after.map((p) => p.email.toLowerCase())).size).toBe(after.length);
        expect(new Set(after.map((p) => p.employeeNumber)).size).toBe(after.length);
      }),
      { numRuns: 500 },
    );
  });

  it("creates each manager before the people who report to them", () => {
    fc.assert(
      fc.property(scenario, ({ existing, rows }) => {
        const { creates } = plan(rows, existing);
        const position = new Map(creates.map((p, i) => [p.id, i]));
        creates.forEach((p, i) => {
          const managerAt = p.managerId === null ? undefined : position.get(p.managerId);
          if (managerAt !== undefined) expect(managerAt).toBeLessThan(i);
        });
      }),
      { numRuns: 500 },
    );
  });

  it("reaches a fixed point: the same file against the imported result changes nothing", () => {
    fc.assert(
      fc.property(scenario, ({ existing, rows }) => {
        const first = plan(rows, existing);
        const second = plan(rows, apply(existing, first));
        const accepted = first.creates.length + first.updates.length + first.unchangedCount;
        // The one exception: an email freed by another row of the file can only be taken by a second import.
        fc.pre(!first.errors.some((e) => e.code === "EMAIL_BELONGS_TO_OTHER_PERSON"));
        expect([second.creates.length, second.updates.length, second.unchangedCount]).toEqual([0, 0, accepted]);
      }),
      { numRuns: 1000 },
    );
  });
});
