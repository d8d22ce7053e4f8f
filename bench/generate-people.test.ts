// Not in `npm test` (vitest's projects include src/ and scripts/ only): run with `npx vitest run --root bench`.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { recogniseHeader } from "../src/domain/people/index";
import { isValidEmail, parseDate, parseLanguage } from "../src/domain/people/index";
import { generatePeopleCsv, generatePeopleRows } from "./generate-people";

describe("generatePeopleRows", () => {
  it("gives the same organisation for the same seed and another for another seed", () => {
    expect(generatePeopleRows(500, 7)).toEqual(generatePeopleRows(500, 7));
    expect(generatePeopleRows(500, 8)).not.toEqual(generatePeopleRows(500, 7));
  });

  it("builds one tree: a single CEO, every manager in the file, no one their own (indirect) manager", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3_000 }), fc.integer({ min: 0, max: 2 ** 31 }), (n, seed) => {
        const rows = generatePeopleRows(n, seed);
        const byNumber = new Map(rows.map((p) => [p.employeeNumber, p]));
        expect(rows.filter((p) => p.managerNumber === null)).toHaveLength(1);
        // Walking up from anyone reaches the CEO in exactly `level` steps, one level at a time.
        const broken = rows.filter((person) => {
          let at = person;
          for (let steps = 0; steps < person.level; steps++) {
            const manager = at.managerNumber === null ? undefined : byNumber.get(at.managerNumber);
            if (!manager || manager.level !== at.level - 1) return true;
            at = manager;
          }
          return at.managerNumber !== null;
        });
        expect(broken.map((p) => p.employeeNumber)).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });

  it("spreads 50,000 people over several levels with about 7 reports per manager", () => {
    const rows = generatePeopleRows(50_000, 1);
    const reports = new Map<string, number>();
    for (const p of rows) if (p.managerNumber) reports.set(p.managerNumber, (reports.get(p.managerNumber) ?? 0) + 1);
    const span = (rows.length - 1) / reports.size;
    expect(span).toBeGreaterThan(6);
    expect(span).toBeLessThan(8);
    expect(Math.max(...rows.map((p) => p.level))).toBeGreaterThanOrEqual(5);
    expect(new Set(rows.map((p) => p.department)).size).toBeGreaterThanOrEqual(5);
  });

  it("gives unique employee numbers and unique valid emails in any letter case", () => {
    const rows = generatePeopleRows(20_000, 3);
    expect(new Set(rows.map((p) => p.employeeNumber)).size).toBe(rows.length);
    expect(new Set(rows.map((p) => p.email.toLowerCase())).size).toBe(rows.length);
    expect(rows.filter((p) => !isValidEmail(p.email))).toEqual([]);
  });

  it("speaks all three languages, with Dutch the most common", () => {
    const rows = generatePeopleRows(5_000, 2);
    const count = (language: string) => rows.filter((p) => p.language === language).length;
    expect(count("nl")).toBeGreaterThan(count("fr"));
    expect(count("fr")).toBeGreaterThan(count("en"));
    expect(count("en")).toBeGreaterThan(0);
  });

  it("never starts a current role before the person joined", () => {
    const rows = generatePeopleRows(5_000, 4);
    expect(rows.filter((p) => p.roleStartDate < p.startDate)).toEqual([]);
  });
});

describe("generatePeopleCsv", () => {
  const split = (line: string, delimiter: string) => line.split(delimiter);

  it.each([
    ["nl", ";"],
    ["en", ","],
  ] as const)("writes %s headers the importer recognises, one line per person", (dialect, delimiter) => {
    const lines = generatePeopleCsv(300, 5, dialect).trimEnd().split("\r\n");
    const headers = split(lines[0] ?? "", delimiter);
    expect(headers.map(recogniseHeader)).toEqual([
      "employeeNumber", "firstName", "lastName", "email", "jobTitle", "department", "managerRef", "startDate", "roleStartDate", "language",
    ]);
    expect(lines).toHaveLength(301);
  });

  it("writes dates and languages the importer reads back as the generated values", () => {
    const rows = generatePeopleRows(200, 6);
    const lines = generatePeopleCsv(200, 6, "nl").trimEnd().split("\r\n").slice(1);
    lines.forEach((line, i) => {
      const cells = split(line, ";");
      const person = rows[i];
      expect(cells[0]).toBe(person?.employeeNumber);
      expect(cells[6]).toBe(person?.managerNumber ?? "");
      expect(parseDate(cells[7] ?? "")).toEqual({ ok: true, value: person?.startDate });
      expect(parseDate(cells[8] ?? "")).toEqual({ ok: true, value: person?.roleStartDate });
      expect(parseLanguage(cells[9] ?? "")).toEqual({ ok: true, value: person?.language });
    });
  });
});
