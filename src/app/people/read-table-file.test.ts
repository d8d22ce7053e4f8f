import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { describe, expect, it, vi } from "vitest";
import { DomainError } from "../../domain/shared/errors";
import { deepXmlWorkbook, lyingZipBomb, manyRowsCsv, manyRowsWorkbook } from "../../test-support/crafted-files";
import { MAX_IMPORT_BYTES, readTableFile, TABLE_LIMITS } from "./read-table-file";

// Every read starts a worker thread; on a busy machine that takes a moment.
vi.setConfig({ testTimeout: 60_000 });

const utf8 = (text: string) => new TextEncoder().encode(text);

async function failure(bytes: Uint8Array, name = "people.csv"): Promise<DomainError> {
  const error = await readTableFile(bytes, name).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

async function workbook(fill: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  fill(book.addWorksheet("Personeel"));
  book.addWorksheet("Other").addRow(["not", "read"]);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe("readTableFile: CSV", () => {
  it("reads UTF-8 with a BOM, comma-separated, numbering rows by the line they start on", async () => {
    const text = '\uFEFFNr,Naam,Functie\r\n1,Zoë,"Head of Sales\r\nBenelux"\r\n\r\n2,"Peeters, Jan","says ""hi"""\r\n';
    const file = await readTableFile(utf8(text), "people.csv");
    expect(file).toEqual({
      headers: ["Nr", "Naam", "Functie"],
      headerLine: 1,
      rows: [
        { line: 2, cells: ["1", "Zoë", "Head of Sales\r\nBenelux"] },
        { line: 5, cells: ["2", "Peeters, Jan", 'says "hi"'] },
      ],
      format: "csv",
      encoding: "utf-8",
      delimiter: ",",
    });
  });

  it("reads Windows-1252 with semicolons, as Excel saves a Belgian CSV", async () => {
    const bytes = iconv.encode("Personeelsnummer;Prénom;Département\r\n7;Anaïs;Contrôle; de gestion\r\n", "windows-1252");
    const file = await readTableFile(new Uint8Array(bytes), "export.csv");
    expect(file.encoding).toBe("windows-1252");
    expect(file.delimiter).toBe(";");
    expect(file.headers).toEqual(["Personeelsnummer", "Prénom", "Département"]);
    expect(file.rows).toEqual([{ line: 2, cells: ["7", "Anaïs", "Contrôle", " de gestion"] }]);
  });

  it("sniffs the delimiter from the header line, ignoring quoted parts", async () => {
    const file = await readTableFile(utf8('"Naam, voluit";Afdeling\n"Jan, P";R&D,X\n'), "x.csv");
    expect(file.delimiter).toBe(";");
    expect(file.rows[0]?.cells).toEqual(["Jan, P", "R&D,X"]);
  });

  it("follows Excel's sep= line", async () => {
    const file = await readTableFile(utf8("sep=;\r\nNaam;Functie, titel\r\nJan;CFO, interim\r\n"), "x.csv");
    expect(file).toMatchObject({ delimiter: ";", headerLine: 2, headers: ["Naam", "Functie, titel"] });
    expect(file.rows).toEqual([{ line: 3, cells: ["Jan", "CFO, interim"] }]);
  });

  it("counts lines across LF, CRLF and lone CR endings, skipping empty and blank lines", async () => {
    const file = await readTableFile(utf8("\n  \nA,B\r\n1,\"x\ny\"\r2,z\n,\n3,w"), "x.csv");
    expect(file.headerLine).toBe(3);
    expect(file.rows).toEqual([
      { line: 4, cells: ["1", "x\ny"] },
      { line: 6, cells: ["2", "z"] },
      { line: 8, cells: ["3", "w"] },
    ]);
  });

  it("keeps an employee number's leading zeros and trims header names", async () => {
    const file = await readTableFile(utf8(" Nr , Naam \n00123,Jan\n"), "x.csv");
    expect(file.headers).toEqual(["Nr", "Naam"]);
    expect(file.rows[0]?.cells).toEqual(["00123", "Jan"]);
  });

  it("drops empty trailing header cells and names empty ones in between", async () => {
    const file = await readTableFile(utf8("Nr;;Naam;;\n1;x;Jan;;\n"), "x.csv");
    expect(file.headers).toEqual(["Nr", "Column 2", "Naam"]);
  });
});

describe("readTableFile: XLSX", () => {
  it("reads the first worksheet: dates as ISO, numbers as text, rich text and links as plain text", async () => {
    const bytes = await workbook((sheet) => {
      sheet.addRow([]);
      sheet.addRow(["Nr", "Padded", "Naam", "E-mail", "Startdatum", "Formule", "Actief"]);
      sheet.addRow([
        "00123",
        123,
        { richText: [{ text: "Zoë " }, { text: "Peeters", font: { bold: true } }] },
        { text: "zoe@acme.be", hyperlink: "mailto:zoe@acme.be" },
        new Date(Date.UTC(2022, 0, 3)),
        { formula: "1+1", result: 2 },
        true,
      ]);
      sheet.getCell("B3").numFmt = "00000";
      sheet.addRow([]);
      sheet.addRow(["7", 7.5, "Jan"]);
    });
    const file = await readTableFile(bytes, "people.xlsx");
    expect(file.format).toBe("xlsx");
    expect(file.headerLine).toBe(2);
    expect(file.headers).toEqual(["Nr", "Padded", "Naam", "E-mail", "Startdatum", "Formule", "Actief"]);
    expect(file.rows).toEqual([
      { line: 3, cells: ["00123", "00123", "Zoë Peeters", "zoe@acme.be", "2022-01-03", "2", "TRUE"] },
      { line: 5, cells: ["7", "7.5", "Jan"] },
    ]);
  });

  it("recognises a workbook by its bytes, whatever its name", async () => {
    const bytes = await workbook((sheet) => sheet.addRow(["Nr"]));
    expect((await readTableFile(bytes, "upload.csv")).format).toBe("xlsx");
  });
});

describe("readTableFile: refusals", () => {
  it("refuses a file over 50 MB as too large", async () => {
    const error = await failure(new Uint8Array(MAX_IMPORT_BYTES + 1));
    expect(error.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("refuses a workbook that declares more than it may unpack to", async () => {
    const bytes = new Uint8Array(30 + 46 + 22);
    const view = new DataView(bytes.buffer);
    view.setUint32(0, 0x04034b50, true);
    view.setUint32(30, 0x02014b50, true);
    view.setUint32(30 + 24, 600 * 1024 * 1024, true);
    view.setUint32(76, 0x06054b50, true);
    view.setUint16(76 + 10, 1, true);
    view.setUint32(76 + 16, 30, true);
    const error = await failure(bytes, "bomb.xlsx");
    expect(error.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it.each([
    ["an empty file", new Uint8Array(0), "people.csv", /empty/],
    ["only blank lines", utf8("\r\n ; \r\n"), "people.csv", /no header row/],
    ["a header repeated", utf8("Naam,Voornaam,Naam\nA,B,C\n"), "people.csv", /"Naam" appears twice/],
    ["data where the header belongs", utf8("1,Jan,jan@acme.be\n"), "people.csv", /holds data/],
    ["binary garbage", Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256), "people.csv", /neither a CSV/],
    ["an old .xls workbook", Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), "people.xls", /\.xls/],
    ["text named .xlsx", utf8("Naam\nJan\n"), "people.xlsx", /not one/],
    ["a zip that is no workbook", Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]), "people.xlsx", /not a valid Excel/],
    ["UTF-16 text", Uint8Array.from([0xff, 0xfe, 0x4e, 0, 0x61, 0]), "people.csv", /UTF-16/],
    ["a quote never closed", utf8('Naam,Functie\nJan,"CFO\nPiet,CEO\n'), "people.csv", /never closed/],
  ])("refuses %s as unreadable with a clear message", async (_what, bytes, name, message) => {
    const error = await failure(bytes, name);
    expect(error.code).toBe("UNREADABLE_FILE");
    expect(error.message).toMatch(message);
  });
});

describe("readTableFile: hostile files cost a bounded amount and are refused naming the file", () => {
  it("counts the bytes a zip really inflates to, not the sizes it declares (a bomb that claims 1,000 bytes)", async () => {
    const bomb = await lyingZipBomb(TABLE_LIMITS.maxInflatedBytes + 20 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const error = await failure(bomb, "people.xlsx");
    expect(error.code).toBe("PAYLOAD_TOO_LARGE");
    expect(error.field).toBe("file");
    expect(error.message).toMatch(/unpacks to more than 100 MB/);
  });

  it("refuses XML nested deeper than any spreadsheet is", async () => {
    const error = await failure(deepXmlWorkbook(100_000), "people.xlsx");
    expect(error.code).toBe("UNREADABLE_FILE");
    expect(error.field).toBe("file");
    expect(error.message).toMatch(/nested more than 64 levels/);
  });

  it("refuses a worksheet with more rows than an import may hold", async () => {
    const error = await failure(manyRowsWorkbook(TABLE_LIMITS.maxRows + 2), "people.xlsx");
    expect(error.code).toBe("PAYLOAD_TOO_LARGE");
    expect(error.message).toMatch(/more than 100,000 rows/);
  });

  it("refuses a million-row CSV without reading it all, and reads one at the limit", async () => {
    const error = await failure(manyRowsCsv(1_000_000));
    expect(error.code).toBe("PAYLOAD_TOO_LARGE");
    expect(error.field).toBe("file");
    expect(error.message).toMatch(/more than 100,000 rows/);
    const atLimit = await readTableFile(manyRowsCsv(TABLE_LIMITS.maxRows), "people.csv");
    expect(atLimit.rows).toHaveLength(TABLE_LIMITS.maxRows);
    expect(atLimit.rows.at(-1)).toEqual({ line: TABLE_LIMITS.maxRows + 1, cells: ["1", "Jan", "Peeters"] });
  });

  it.each([
    ["more than 200 columns", utf8(`${Array.from({ length: 201 }, (_, i) => `c${i}`).join(",")}\n`), /201 columns/],
    ["a value longer than 32,767 characters", utf8(`Naam,Functie\nJan,${"x".repeat(32_768)}\n`), /more than 32,767 characters/],
  ])("refuses a CSV with %s", async (_what, bytes, message) => {
    const error = await failure(bytes);
    expect(error.code).toBe("PAYLOAD_TOO_LARGE");
    expect(error.message).toMatch(message);
  });

  it("refuses a NUL character in a value, naming its line (past the part that tells text from binary)", async () => {
    const error = await failure(utf8(`Naam,Functie\n${"Jan,CFO\n".repeat(10_000)}Piet,C\u0000O\n`));
    expect(error.code).toBe("UNREADABLE_FILE");
    expect(error.message).toMatch(/Line 10002 holds a NUL/);
  });
});
