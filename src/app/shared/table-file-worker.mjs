// @ts-check
// Parses one uploaded table (CSV or XLSX) in a worker thread, so that a large or crafted file costs this thread
// (bounded by resourceLimits and a time limit set by table-file-parser.ts), never the server's event loop.
// Plain JavaScript on purpose: it runs the same under vitest, tsx and plain node, without a TypeScript loader.
// Protocol: workerData { bytes: Uint8Array, format: "csv" | "xlsx", limits }; messages { type: "rows", rows },
// then { type: "done", encoding?, delimiter? } or { type: "refused", code, message }.
import { parentPort, workerData } from "node:worker_threads";
import { crc32, inflateRawSync } from "node:zlib";
import { CsvError, parse } from "csv-parse/sync";
import iconv from "iconv-lite";

/**
 * @typedef {{ maxRows: number; maxColumns: number; maxCellChars: number; maxInflatedBytes: number;
 *   maxZipEntries: number; maxXmlDepth: number }} TLimits
 * @typedef {{ line: number; cells: string[] }} TRow
 */

class Refusal extends Error {
  /** @param {"PAYLOAD_TOO_LARGE" | "UNREADABLE_FILE"} code @param {string} message */
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}
/** @param {string} message */
const tooLarge = (message) => new Refusal("PAYLOAD_TOO_LARGE", message);
/** @param {string} message */
const unreadable = (message) => new Refusal("UNREADABLE_FILE", message);
const thousands = (/** @type {number} */ n) => n.toLocaleString("en");

/** @param {Uint8Array} bytes @param {readonly number[]} prefix */
const startsWith = (bytes, prefix) => prefix.every((b, i) => bytes[i] === b);

/** @param {TRow} row @param {TLimits} limits */
function checkRow(row, limits) {
  if (row.cells.length > limits.maxColumns) {
    throw tooLarge(`Line ${row.line} has ${thousands(row.cells.length)} columns; at most ${limits.maxColumns} can be imported.`);
  }
  for (const cell of row.cells) {
    if (cell.includes("\u0000")) throw unreadable(`Line ${row.line} holds a NUL character, which no value may contain.`);
    if (cell.length > limits.maxCellChars) {
      throw tooLarge(`Line ${row.line} holds a value of more than ${thousands(limits.maxCellChars)} characters.`);
    }
  }
}

// ---------------------------------------------------------------- CSV

/** @param {Uint8Array} bytes @returns {{ utf8: Buffer; encoding: "utf-8" | "windows-1252" }} */
function decode(bytes) {
  const hasBom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  const body = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(hasBom ? 3 : 0);
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    throw unreadable('The file is UTF-16 text: save it as "CSV UTF-8" and import that.');
  }
  let text;
  /** @type {"utf-8" | "windows-1252"} */
  let encoding = "utf-8";
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    if (hasBom) throw unreadable('The file says it is UTF-8 but holds bytes that are not: save it again as "CSV UTF-8".');
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

/** Counts commas and semicolons outside quotes on the first line that holds anything. @param {string} text */
function sniffDelimiter(text) {
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

/** @param {unknown} error */
function csvRefusal(error) {
  if (!(error instanceof CsvError)) return error;
  const line = typeof error.lines === "number" ? error.lines : undefined;
  const where = line ? ` (at line ${line})` : "";
  if (error.code === "CSV_QUOTE_NOT_CLOSED") return unreadable(`A quoted value is never closed${where}: check the quotes.`);
  if (error.code === "CSV_MAX_RECORD_SIZE") return tooLarge(`A value${where} is longer than can be imported: check the quotes.`);
  return unreadable(`The CSV file cannot be read${where}: ${error.message}`);
}

/** @param {Uint8Array} bytes @param {TLimits} limits @param {(rows: TRow[]) => void} emit */
function readCsv(bytes, limits, emit) {
  const { utf8, encoding } = decode(bytes);
  const start = utf8.subarray(0, 65536).toString("utf8");
  // Excel writes and honours a first line "sep=;" naming the delimiter.
  const sepLine = /^sep=([,;])\r?\n/i.exec(start);
  /** @type {"," | ";"} */
  const delimiter = sepLine?.[1] === ";" || sepLine?.[1] === "," ? sepLine[1] : sniffDelimiter(start);
  // Stop reading one record past the cap: a million-line file costs no more than the cap.
  const maxRecords = limits.maxRows + 1 + (sepLine ? 1 : 0);
  /** @type {{ record: string[]; info: { bytes: number } }[]} */
  let parsed;
  try {
    parsed = /** @type {any} */ (
      parse(utf8, {
        delimiter,
        record_delimiter: ["\r\n", "\n", "\r"],
        relax_column_count: true,
        relax_quotes: true,
        skip_empty_lines: false,
        info: true,
        to: maxRecords + 1,
        max_record_size: limits.maxCellChars * limits.maxColumns,
      })
    );
  } catch (error) {
    throw csvRefusal(error);
  }
  if (parsed.length > maxRecords) throw tooLarge(`The file has more than ${thousands(limits.maxRows)} rows; at most ${thousands(limits.maxRows)} can be imported at once.`);
  // csv-parse reports where each record ends (in bytes); a record starts where the previous one ended.
  /** @type {TRow[]} */
  let batch = [];
  let line = 1;
  let offset = 0;
  for (const [index, { record, info }] of parsed.entries()) {
    const row = { line, cells: record };
    checkRow(row, limits);
    if (!(sepLine && index === 0)) batch.push(row);
    if (batch.length >= 2000) {
      emit(batch);
      batch = [];
    }
    for (; offset < info.bytes; offset++) {
      const byte = utf8[offset];
      if (byte === 0x0a || (byte === 0x0d && utf8[offset + 1] !== 0x0a)) line += 1;
    }
  }
  emit(batch);
  return { encoding, delimiter };
}

// ---------------------------------------------------------------- XLSX: the zip, inflated for real

const NOT_WORKBOOK = "The file is not a valid Excel (.xlsx) workbook.";

/**
 * @typedef {{ name: string; method: number; flags: number; data: Uint8Array; size: number; crc: number }} TZipEntry
 */

/** The central directory's entries with their compressed data; refuses what a workbook never is. @param {Uint8Array} bytes @param {TLimits} limits */
function zipEntries(bytes, limits) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) throw unreadable(NOT_WORKBOOK);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (count === 0xffff || at === 0xffffffff) throw unreadable(NOT_WORKBOOK); // ZIP64: no spreadsheet needs it
  if (count > limits.maxZipEntries) throw tooLarge(`The workbook holds ${thousands(count)} parts; a spreadsheet has far fewer.`);
  /** @type {TZipEntry[]} */
  const entries = [];
  const names = new Set();
  let declared = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) throw unreadable(NOT_WORKBOOK);
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    const name = Buffer.from(bytes.subarray(at + 46, at + 46 + nameLength)).toString("utf8");
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    declared += size;
    if (declared > limits.maxInflatedBytes) throw tooLarge(`The workbook unpacks to more than ${limits.maxInflatedBytes / 1024 / 1024} MB.`);
    if (flags & 1 || (method !== 0 && method !== 8) || names.has(name)) throw unreadable(NOT_WORKBOOK);
    names.add(name);
    if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) throw unreadable(NOT_WORKBOOK);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (start + compressed > bytes.length) throw unreadable(NOT_WORKBOOK);
    entries.push({ name, method, flags, data: bytes.subarray(start, start + compressed), size, crc: 0 });
  }
  return entries;
}

/**
 * Inflates each entry for real, counting the bytes it produces and stopping at the cap (the sizes the archive
 * declares are only a claim), and checks every XML part's nesting depth and the worksheets' row and cell counts.
 * @param {TZipEntry[]} entries @param {TLimits} limits
 */
function inspectEntries(entries, limits) {
  let budget = limits.maxInflatedBytes;
  for (const entry of entries) {
    let content;
    if (entry.method === 0) content = entry.data;
    else {
      try {
        content = inflateRawSync(entry.data, { maxOutputLength: Math.max(1, budget) });
      } catch (error) {
        if (/** @type {{ code?: string }} */ (error).code === "ERR_BUFFER_TOO_LARGE") {
          throw tooLarge(`The workbook unpacks to more than ${limits.maxInflatedBytes / 1024 / 1024} MB.`);
        }
        throw unreadable(NOT_WORKBOOK);
      }
    }
    if (content.length > budget) throw tooLarge(`The workbook unpacks to more than ${limits.maxInflatedBytes / 1024 / 1024} MB.`);
    budget -= content.length;
    entry.size = content.length;
    entry.crc = crc32(content);
    if (/\.(xml|rels)$/i.test(entry.name)) scanXml(content, /^xl\/worksheets\/[^/]+\.xml$/i.test(entry.name), limits);
  }
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;

/** The local name of the tag starting at `at` (after "<"), without its namespace prefix. @param {Uint8Array} xml @param {number} at */
function localName(xml, at) {
  let end = at;
  while (end < xml.length && end - at < 64) {
    const byte = xml[end];
    if (byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d || byte === SLASH || byte === GT) break;
    end += 1;
  }
  const name = Buffer.from(xml.subarray(at, end)).toString("latin1");
  return name.slice(name.indexOf(":") + 1);
}

/** A cheap pass over one XML part: nesting depth, and for a worksheet its rows and cells per row. @param {Uint8Array} xml @param {boolean} isSheet @param {TLimits} limits */
function scanXml(xml, isSheet, limits) {
  let depth = 0;
  let rows = 0;
  let cells = 0;
  for (let at = xml.indexOf(LT); at >= 0 && at < xml.length; at = xml.indexOf(LT, at + 1)) {
    const next = xml[at + 1];
    if (next === SLASH) {
      depth -= 1;
      continue;
    }
    if (next === 0x3f || next === 0x21) continue; // <? and <!
    const end = xml.indexOf(GT, at);
    if (end < 0) break;
    if (xml[end - 1] !== SLASH && ++depth > limits.maxXmlDepth) {
      throw unreadable(`The workbook's XML is nested more than ${limits.maxXmlDepth} levels deep; no spreadsheet is.`);
    }
    if (isSheet) {
      const name = localName(xml, at + 1);
      if (name === "row") {
        cells = 0;
        if (++rows > limits.maxRows + 1) throw tooLarge(`A worksheet has more than ${thousands(limits.maxRows)} rows; at most ${thousands(limits.maxRows)} can be imported at once.`);
      } else if (name === "c" && ++cells > limits.maxColumns) {
        throw tooLarge(`A worksheet row has more than ${limits.maxColumns} columns; at most ${limits.maxColumns} can be imported.`);
      }
    }
    at = end;
  }
}

/** A fresh zip holding exactly the inspected entries, with their true sizes: the reader sees nothing else. @param {TZipEntry[]} entries */
function rebuildZip(entries) {
  /** @type {Buffer[]} */
  const locals = [];
  /** @type {Buffer[]} */
  const centrals = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0800, 6); // UTF-8 names, no data descriptor
    header.writeUInt16LE(entry.method, 8);
    header.writeUInt32LE(entry.crc, 14);
    header.writeUInt32LE(entry.data.length, 18);
    header.writeUInt32LE(entry.size, 22);
    header.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(entry.method, 10);
    central.writeUInt32LE(entry.crc, 16);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(entry.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(header, name, Buffer.from(entry.data.buffer, entry.data.byteOffset, entry.data.byteLength));
    centrals.push(central, name);
    offset += 30 + name.length + entry.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

// ---------------------------------------------------------------- XLSX: the first worksheet's values

/** @param {Date} date */
function isoDate(date) {
  const rounded = new Date(Math.round(date.getTime() / 1000) * 1000);
  return Number.isNaN(rounded.getTime()) ? "" : rounded.toISOString().slice(0, 10);
}

/** @param {number} value @param {string | undefined} numFmt */
function numberText(value, numFmt) {
  if (!Number.isInteger(value) || Math.abs(value) >= 1e21) return String(value);
  const text = value.toFixed(0);
  // An employee number typed as 123 but shown as 00123 through a "00000" format keeps its zeros.
  return numFmt && /^0+$/.test(numFmt) ? text.padStart(numFmt.length, "0") : text;
}

/** @param {any} value @param {string | undefined} numFmt @returns {string} */
function cellText(value, numFmt) {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return numberText(value, numFmt);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return isoDate(value);
  if ("richText" in value) return value.richText.map((/** @type {{ text: string }} */ part) => part.text).join("");
  if ("hyperlink" in value) return cellText(value.text, numFmt);
  if ("formula" in value || "sharedFormula" in value) return cellText(value.result ?? null, numFmt);
  if ("error" in value) return value.error;
  return "";
}

/** @param {Uint8Array} bytes @param {TLimits} limits @param {(rows: TRow[]) => void} emit */
async function readXlsx(bytes, limits, emit) {
  const entries = zipEntries(bytes, limits);
  inspectEntries(entries, limits);
  // loaded only for workbooks: it is the slow part of a worker's start
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(/** @type {any} */ (rebuildZip(entries)));
  } catch {
    throw unreadable(NOT_WORKBOOK);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw unreadable(NOT_WORKBOOK);
  /** @type {TRow[]} */
  let batch = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (row.cellCount > limits.maxColumns) throw tooLarge(`Row ${rowNumber} has ${thousands(row.cellCount)} columns; at most ${limits.maxColumns} can be imported.`);
    const cells = [];
    for (let column = 1; column <= row.cellCount; column++) {
      const cell = row.getCell(column);
      cells.push(cellText(cell.value, cell.numFmt));
    }
    const record = { line: rowNumber, cells };
    checkRow(record, limits);
    batch.push(record);
    if (batch.length >= 2000) {
      emit(batch);
      batch = [];
    }
  });
  emit(batch);
  return {};
}

// ---------------------------------------------------------------- run

async function run() {
  const port = parentPort;
  if (!port) return;
  const { bytes, format, limits } = /** @type {{ bytes: Uint8Array; format: "csv" | "xlsx"; limits: TLimits }} */ (workerData);
  const emit = (/** @type {TRow[]} */ rows) => {
    if (rows.length > 0) port.postMessage({ type: "rows", rows });
  };
  try {
    const meta = format === "xlsx" ? await readXlsx(bytes, limits, emit) : readCsv(bytes, limits, emit);
    port.postMessage({ type: "done", ...meta });
  } catch (error) {
    if (error instanceof Refusal) port.postMessage({ type: "refused", code: error.code, message: error.message });
    else throw error;
  }
}

await run();
