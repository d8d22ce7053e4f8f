import { DomainError } from "../../domain/shared/errors";
import { parseTableInWorker, TABLE_FILE_LIMITS, type TParsedRow } from "../shared/table-file-parser";

/** The largest file an import accepts. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/** Rows, columns, cell length and unpacked size an import may have (see table-file-parser.ts). */
export const TABLE_LIMITS = TABLE_FILE_LIMITS;

export type TTableRow = TParsedRow;

/** A table read from a file: `line` is the line (CSV) or row number (XLSX) a person sees in an editor. */
export type TTableFile = {
  headers: string[];
  /** where the header row is: 1 unless the file starts with empty lines */
  headerLine: number;
  rows: TTableRow[];
  format: "csv" | "xlsx";
  encoding?: "utf-8" | "windows-1252";
  delimiter?: "," | ";";
};

const unreadable = (message: string) => new DomainError("UNREADABLE_FILE", message, "file");

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Reads the people table of an uploaded CSV (UTF-8 with or without BOM, or Windows-1252; comma or semicolon)
 * or XLSX file (first worksheet). The format comes from the bytes; the name only sharpens the error message.
 * Completely empty rows are skipped; the first other row holds the headers. The bytes are parsed in a worker thread
 * under TABLE_LIMITS (real unpacked bytes, rows, columns, value length, XML depth), a heap and a time limit.
 */
export async function readTableFile(bytes: Uint8Array, fileName: string): Promise<TTableFile> {
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new DomainError("PAYLOAD_TOO_LARGE", `The file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; at most 50 MB can be imported.`, "file");
  }
  const name = fileName.toLowerCase();
  if (bytes.length === 0) throw unreadable("The file is empty.");
  if (startsWith(bytes, ZIP)) return readXlsx(bytes, name);
  if (startsWith(bytes, OLE2)) throw unreadable("This is an old Excel (.xls) workbook: save it as .xlsx or CSV and import that.");
  if (/\.xls[xm]?$/.test(name)) throw unreadable(`"${fileName}" is named as an Excel workbook but is not one.`);
  const { rows, encoding, delimiter } = await parseTableInWorker(bytes, "csv");
  return { ...table(rows, "csv"), encoding, delimiter };
}

async function readXlsx(bytes: Uint8Array, name: string): Promise<TTableFile> {
  if (name.endsWith(".ods")) {
    const { rows } = await parseTableInWorker(bytes, "xlsx").catch((error: unknown) => {
      if (error instanceof DomainError && error.code === "UNREADABLE_FILE") {
        throw unreadable("OpenDocument spreadsheets cannot be imported: save it as .xlsx or CSV.");
      }
      throw error;
    });
    return table(rows, "xlsx");
  }
  return table((await parseTableInWorker(bytes, "xlsx")).rows, "xlsx");
}

function table(records: TTableRow[], format: "csv" | "xlsx"): Pick<TTableFile, "headers" | "headerLine" | "rows" | "format"> {
  const nonEmpty = records.filter((r) => r.cells.some((c) => c.trim() !== ""));
  const [header, ...rows] = nonEmpty;
  if (!header) throw unreadable("The file has no header row: it holds no values at all.");
  const cells = header.cells.map((c) => c.replace(/^\uFEFF/, "").trim());
  while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
  const headers = cells.map((c, i) => c || `Column ${i + 1}`);
  if (headers.some((h) => /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i.test(h))) {
    throw unreadable(`The first row (line ${header.line}) holds data, not column names: add a header row.`);
  }
  const seen = new Set<string>();
  for (const h of headers) {
    if (seen.has(h)) throw unreadable(`The column name "${h}" appears twice in the header row (line ${header.line}).`);
    seen.add(h);
  }
  return { headers, headerLine: header.line, rows, format };
}

