import { CsvError, parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { DomainError } from "../../domain/shared/errors";

/** The largest file an import accepts. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/** A workbook may unpack to at most this much: a guard against zip bombs. */
const MAX_UNZIPPED_BYTES = 500 * 1024 * 1024;

export type TTableRow = { line: number; cells: string[] };

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

const unreadable = (message: string) => new DomainError("UNREADABLE_FILE", message);

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * Reads the people table of an uploaded CSV (UTF-8 with or without BOM, or Windows-1252; comma or semicolon)
 * or XLSX file (first worksheet). The format comes from the bytes; the name only sharpens the error message.
 * Completely empty rows are skipped; the first other row holds the headers.
 */
export async function readTableFile(bytes: Uint8Array, fileName: string): Promise<TTableFile> {
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new DomainError("PAYLOAD_TOO_LARGE", `The file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; at most 50 MB can be imported.`);
  }
  const name = fileName.toLowerCase();
  if (bytes.length === 0) throw unreadable("The file is empty.");
  if (startsWith(bytes, ZIP)) return readXlsx(bytes, name);
  if (startsWith(bytes, OLE2)) throw unreadable("This is an old Excel (.xls) workbook: save it as .xlsx or CSV and import that.");
  if (/\.xls[xm]?$/.test(name)) throw unreadable(`"${fileName}" is named as an Excel workbook but is not one.`);
  return readCsv(bytes);
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

// ---------------------------------------------------------------- CSV

function decode(bytes: Uint8Array): { utf8: Buffer; encoding: "utf-8" | "windows-1252" } {
  const hasBom = startsWith(bytes, UTF8_BOM);
  const body = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(hasBom ? 3 : 0);
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    throw unreadable("The file is UTF-16 text: save it as \"CSV UTF-8\" and import that.");
  }
  let text: string;
  let encoding: "utf-8" | "windows-1252" = "utf-8";
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    if (hasBom) throw unreadable("The file says it is UTF-8 but holds bytes that are not: save it again as \"CSV UTF-8\".");
    text = iconv.decode(body, "windows-1252");
    encoding = "windows-1252";
  }
  // Text files have no NUL and hardly any other control characters; binary files have plenty.
  const sample = text.slice(0, 65536);
  const controls = sample.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  if (sample.includes("\u0000") || controls > sample.length / 200) {
    throw unreadable("The file is neither a CSV text file nor an Excel (.xlsx) workbook.");
  }
  return { utf8: encoding === "utf-8" ? body : Buffer.from(text, "utf8"), encoding };
}

/** Counts commas and semicolons outside quotes on the first line that holds anything. */
function sniffDelimiter(text: string): "," | ";" {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  let content = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) {
      if (content) break;
    } else if (!quoted && char === ",") commas += 1;
    else if (!quoted && char === ";") semicolons += 1;
    if (char.trim() !== "") content = true;
  }
  return semicolons > commas ? ";" : ",";
}

function readCsv(bytes: Uint8Array): TTableFile {
  const { utf8, encoding } = decode(bytes);
  const start = utf8.subarray(0, 65536).toString("utf8");
  // Excel writes and honours a first line "sep=;" naming the delimiter.
  const sepLine = /^sep=([,;])\r?\n/i.exec(start);
  const delimiter = sepLine?.[1] === ";" || sepLine?.[1] === "," ? sepLine[1] : sniffDelimiter(start);
  let parsed: { record: string[]; info: { bytes: number } }[];
  try {
    parsed = parse(utf8, {
      delimiter,
      record_delimiter: ["\r\n", "\n", "\r"],
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      info: true,
    }) as unknown as typeof parsed;
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = typeof error.lines === "number" ? error.lines : undefined;
    const where = line ? ` (at line ${line})` : "";
    if (error.code === "CSV_QUOTE_NOT_CLOSED") throw unreadable(`A quoted value is never closed${where}: check the quotes.`);
    throw unreadable(`The CSV file cannot be read${where}: ${error.message}`);
  }
  // csv-parse reports where each record ends (in bytes); a record starts where the previous one ended.
  const records: TTableRow[] = [];
  let line = 1;
  let offset = 0;
  for (const { record, info } of parsed) {
    records.push({ line, cells: record });
    for (; offset < info.bytes; offset++) {
      const byte = utf8[offset];
      if (byte === 0x0a || (byte === 0x0d && utf8[offset + 1] !== 0x0a)) line += 1;
    }
  }
  return { ...table(sepLine ? records.slice(1) : records, "csv"), encoding, delimiter };
}

// ---------------------------------------------------------------- XLSX

/** The unpacked size the zip's central directory declares, or null when it has none. */
function declaredUnzippedSize(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let end = bytes.length - 22; end >= Math.max(0, bytes.length - 22 - 0xffff); end--) {
    if (view.getUint32(end, true) !== 0x06054b50) continue;
    let at = view.getUint32(end + 16, true);
    let total = 0;
    for (let entry = view.getUint16(end + 10, true); entry > 0; entry--) {
      if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null;
      const size = view.getUint32(at + 24, true);
      total += size === 0xffffffff ? Number.POSITIVE_INFINITY : size;
      at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    }
    return total;
  }
  return null;
}

function isoDate(date: Date): string {
  const rounded = new Date(Math.round(date.getTime() / 1000) * 1000);
  return Number.isNaN(rounded.getTime()) ? "" : rounded.toISOString().slice(0, 10);
}

function numberText(value: number, numFmt: string | undefined): string {
  if (!Number.isInteger(value) || Math.abs(value) >= 1e21) return String(value);
  const text = value.toFixed(0);
  // An employee number typed as 123 but shown as 00123 through a "00000" format keeps its zeros.
  return numFmt && /^0+$/.test(numFmt) ? text.padStart(numFmt.length, "0") : text;
}

function cellText(value: ExcelJS.CellValue, numFmt: string | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return numberText(value, numFmt);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return isoDate(value);
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("hyperlink" in value) return cellText(value.text as ExcelJS.CellValue, numFmt);
  if ("formula" in value || "sharedFormula" in value) return cellText(value.result ?? null, numFmt);
  if ("error" in value) return value.error;
  return "";
}

async function readXlsx(bytes: Uint8Array, name: string): Promise<TTableFile> {
  const notWorkbook = name.endsWith(".ods")
    ? "OpenDocument spreadsheets cannot be imported: save it as .xlsx or CSV."
    : "The file is not a valid Excel (.xlsx) workbook.";
  const unzipped = declaredUnzippedSize(bytes);
  if (unzipped === null) throw unreadable(notWorkbook);
  if (unzipped > MAX_UNZIPPED_BYTES) throw new DomainError("PAYLOAD_TOO_LARGE", "The workbook unpacks to more than 500 MB.");
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    throw unreadable(notWorkbook);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw unreadable(notWorkbook);
  const records: TTableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column++) {
      const cell = row.getCell(column);
      cells.push(cellText(cell.value, cell.numFmt));
    }
    records.push({ line: rowNumber, cells });
  });
  return table(records, "xlsx");
}
