// Hostile upload files, built in memory: zip bombs that lie about their sizes, deep XML, huge and wide tables.
import { createDeflateRaw, deflateRawSync } from "node:zlib";

type TZipPart = { name: string; deflated: Buffer; declaredSize: number };

/** A zip whose headers (local and central) declare `declaredSize` for each part, whatever the data inflates to. */
export function zipWithDeclaredSizes(parts: readonly TZipPart[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(part.deflated.length, 18);
    local.writeUInt32LE(part.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(part.deflated.length, 20);
    central.writeUInt32LE(part.declaredSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, part.deflated);
    centrals.push(central, name);
    offset += 30 + name.length + part.deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/** `bytes` zeros, raw-deflated at level 9 without ever holding them in memory (about 1 KB out per MB in). */
export async function deflatedZeros(bytes: number): Promise<Buffer> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on("data", (chunk: Buffer) => out.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on("end", resolve);
    deflate.on("error", reject);
  });
  const chunk = Buffer.alloc(1024 * 1024);
  for (let written = 0; written < bytes; written += chunk.length) {
    const piece = bytes - written < chunk.length ? chunk.subarray(0, bytes - written) : chunk;
    if (!deflate.write(piece)) await new Promise((resolve) => deflate.once("drain", resolve));
  }
  deflate.end();
  await done;
  return Buffer.concat(out);
}

const small = (name: string, text: string): TZipPart => {
  const deflated = deflateRawSync(Buffer.from(text, "utf8"));
  return { name, deflated, declaredSize: Buffer.byteLength(text) };
};

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="xml" ContentType="application/xml"/></Types>';

/** An .xlsx-shaped zip whose worksheet claims 1,000 bytes but inflates to `inflatedBytes` (the 1 MB → 1 GB file). */
export async function lyingZipBomb(inflatedBytes: number): Promise<Uint8Array> {
  return zipWithDeclaredSizes([
    small("[Content_Types].xml", CONTENT_TYPES),
    { name: "xl/worksheets/sheet1.xml", deflated: await deflatedZeros(inflatedBytes), declaredSize: 1000 },
  ]);
}

/** An .xlsx-shaped zip whose workbook part nests `depth` elements (small on disk, hard on a recursive reader). */
export function deepXmlWorkbook(depth: number): Uint8Array {
  const xml = `<?xml version="1.0"?><workbook>${"<a>".repeat(depth)}${"</a>".repeat(depth)}</workbook>`;
  return zipWithDeclaredSizes([small("[Content_Types].xml", CONTENT_TYPES), small("xl/workbook.xml", xml)]);
}

/** An .xlsx-shaped zip whose worksheet has `rows` (empty) rows. */
export function manyRowsWorkbook(rows: number): Uint8Array {
  const body = Array.from({ length: rows }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="n"><v>${i}</v></c></row>`).join("");
  const xml = `<?xml version="1.0"?><worksheet><sheetData>${body}</sheetData></worksheet>`;
  return zipWithDeclaredSizes([small("[Content_Types].xml", CONTENT_TYPES), small("xl/worksheets/sheet1.xml", xml)]);
}

/** A CSV of a header and `rows` short rows (a million rows is about 12 MB). */
export function manyRowsCsv(rows: number): Uint8Array {
  const header = Buffer.from("Nr,Voornaam,Naam\n");
  const line = Buffer.from("1,Jan,Peeters\n");
  const out = Buffer.alloc(header.length + line.length * rows);
  header.copy(out, 0);
  for (let i = 0; i < rows; i++) line.copy(out, header.length + i * line.length);
  return new Uint8Array(out);
}
