import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { FORMULA_TRIGGERS, planPeopleImport, type TExistingPerson } from "../../domain/people/index";
import { readTableFile } from "./read-table-file";
import { EXPORT_HEADERS, writePeopleCsv, writePeopleXlsx, type TExportPerson } from "./write-people-file";

const NASTY = ["=cmd|' /C calc'!A0", "+1", "-2", "@SUM(1)", "\tTabbed", "a, b", 'say "hi"', "Head of Sales\nBenelux", "Zoë Ağaoğlu", "🚀 Launch", "'t Hooft", "'=quoted"];

/** Stored people carrying every nasty value somewhere; values are trimmed, as the API and import store them. */
function storedPeople(): TExistingPerson[] {
  const person = (n: number, extra: Partial<TExistingPerson>): TExistingPerson => ({
    id: `id-${n}`, employeeNumber: `E${n}`, firstName: "Jan", lastName: "Peeters", email: `p${n}@acme.be`, jobTitle: "",
    department: "", managerId: null, startDate: null, roleStartDate: null, language: "nl", active: true, ...extra,
  });
  return [
    person(0, { employeeNumber: "00123", firstName: "Zoë", lastName: "'t Hooft", startDate: "2022-01-03", language: "fr" }),
    ...NASTY.map((value, i) =>
      person(i + 1, {
        employeeNumber: i % 3 === 0 ? `-${i}` : `E${i}`,
        firstName: value.includes("\n") ? "Line" : value.trim(),
        lastName: value.includes("\n") ? "Break" : value.trim(),
        jobTitle: value.trim(),
        department: value.trim(),
        roleStartDate: "2023-06-15",
        language: ["nl", "fr", "en"][i % 3] ?? "nl",
      }),
    ),
  ];
}

function asExport(people: TExistingPerson[]): TExportPerson[] {
  const numberOf = new Map(people.map((p) => [p.id, p.employeeNumber]));
  return people.map((p) => ({ ...p, managerEmployeeNumber: p.managerId ? (numberOf.get(p.managerId) ?? null) : null }));
}

async function reimport(bytes: Uint8Array, name: string, existing: TExistingPerson[]) {
  const file = await readTableFile(bytes, name);
  return planPeopleImport({ headers: file.headers, rows: file.rows, existing, defaultLanguage: "en", newId: () => "never" });
}

describe("people export", () => {
  // Everyone reports to the person before them, so the managers form one long line.
  const people = storedPeople().map((p, i, all) => ({ ...p, managerId: i === 0 ? null : (all[i - 1]?.id ?? null) }));

  it("writes RFC 4180 CSV with a BOM, CRLF line ends and quoted special values", () => {
    const csv = writePeopleCsv(asExport(people.slice(0, 1)));
    expect(csv).toBe(`\uFEFF${EXPORT_HEADERS.join(",")}\r\n00123,Zoë,'t Hooft,p0@acme.be,,,,2022-01-03,,fr\r\n`);
    const quoted = writePeopleCsv(asExport([{ ...people[0]!, jobTitle: 'say "hi", then\nleave' }]));
    expect(quoted).toContain(`,"say ""hi"", then\nleave",`);
  });

  it.each(["csv", "xlsx"] as const)("re-imports its own %s export unchanged, nasty values included", async (format) => {
    const rows = asExport(people);
    const bytes = format === "csv" ? new TextEncoder().encode(writePeopleCsv(rows)) : await writePeopleXlsx(rows);
    const plan = await reimport(bytes, `people.${format}`, people);
    expect(plan.errors).toEqual([]);
    expect(plan.missingFields).toEqual([]);
    expect([plan.creates.length, plan.updates.length, plan.unchangedCount]).toEqual([0, 0, people.length]);
  });

  const withTriggers = (): TExportPerson[] => [{ ...asExport(people)[1]!, jobTitle: "\tTabbed", department: "\r\nReturn" }];

  it("writes no CSV cell a spreadsheet would run as a formula", async () => {
    const csv = writePeopleCsv([...asExport(people), ...withTriggers()]);
    const file = await readTableFile(new TextEncoder().encode(csv), "people.csv");
    const cells = file.rows.flatMap((r) => r.cells);
    expect(cells).toContain("'=cmd|' /C calc'!A0");
    for (const cell of cells) expect(FORMULA_TRIGGERS.some((t) => cell.startsWith(t))).toBe(false);
  });

  it("writes an XLSX whose cells are all text, none starting with a formula trigger, under a bold header", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await writePeopleXlsx([...asExport(people), ...withTriggers()])) as unknown as ExcelJS.Buffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.getRow(1).values).toEqual([undefined, ...EXPORT_HEADERS]);
    let strings = 0;
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        expect(typeof cell.value).toBe("string");
        expect(FORMULA_TRIGGERS.some((t) => String(cell.value).startsWith(t))).toBe(false);
        strings += 1;
      }),
    );
    expect(strings).toBeGreaterThan(people.length * 8);
  });
});
