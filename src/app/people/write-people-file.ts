import ExcelJS from "exceljs";
import { neutraliseCell, type TPersonRecord } from "../../domain/people/index";

/** A person as exported: the manager by employee number, so that the file re-imports as it is. */
export type TExportPerson = Omit<TPersonRecord, "id" | "managerId" | "language" | "active"> & {
  managerEmployeeNumber: string | null;
  language: string;
};

/** English headers the import recognises, in the order of the columns. */
export const EXPORT_HEADERS = [
  "Employee number",
  "First name",
  "Last name",
  "Email",
  "Job title",
  "Department",
  "Manager employee number",
  "Start date",
  "Role start date",
  "Language",
] as const;

/** Every cell as text, neutralised so that no spreadsheet runs it as a formula. */
function exportCells(person: TExportPerson): string[] {
  return [
    person.employeeNumber,
    person.firstName,
    person.lastName,
    person.email,
    person.jobTitle,
    person.department,
    person.managerEmployeeNumber ?? "",
    person.startDate ?? "",
    person.roleStartDate ?? "",
    person.language,
  ].map(neutraliseCell);
}

function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The people as RFC 4180 CSV: UTF-8 with a BOM (so Excel reads the accents), comma-separated, CRLF line ends. */
export function writePeopleCsv(people: readonly TExportPerson[]): string {
  const lines = [[...EXPORT_HEADERS], ...people.map(exportCells)].map((cells) => cells.map(csvField).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

/** The people as an Excel workbook: one sheet, a bold frozen header row, every value a text cell. */
export async function writePeopleXlsx(people: readonly TExportPerson[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("People", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = EXPORT_HEADERS.map((header) => ({ header, width: Math.max(14, header.length + 2) }));
  sheet.getRow(1).font = { bold: true };
  for (const person of people) sheet.addRow(exportCells(person));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
