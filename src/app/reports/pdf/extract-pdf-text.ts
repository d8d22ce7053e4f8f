import { inflateSync } from "node:zlib";

// For tests: reads back the text pdfkit wrote with the standard fonts (hex strings in TJ arrays,
// WinAnsi-encoded), from compressed (FlateDecode) or uncompressed content streams.

const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

function decodeWinAnsi(bytes: Buffer): string {
  let text = "";
  for (const byte of bytes) text += byte >= 0x80 && byte < 0xa0 ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  return text;
}

function streams(pdf: Buffer): string[] {
  const found: string[] = [];
  let at = 0;
  for (;;) {
    const start = pdf.indexOf("stream", at, "latin1");
    if (start < 0) break;
    let bodyStart = start + "stream".length;
    if (pdf[bodyStart] === 0x0d) bodyStart++;
    if (pdf[bodyStart] === 0x0a) bodyStart++;
    const end = pdf.indexOf("endstream", bodyStart, "latin1");
    if (end < 0) break;
    const body = pdf.subarray(bodyStart, end);
    try {
      found.push(inflateSync(body).toString("latin1"));
    } catch {
      found.push(body.toString("latin1"));
    }
    at = end + "endstream".length;
  }
  return found;
}

/** The PDF's text, one line per text-showing operation, in drawing order. */
export function extractPdfText(pdf: Uint8Array): string {
  const lines: string[] = [];
  for (const content of streams(Buffer.from(pdf))) {
    for (const match of content.matchAll(/\[((?:<[0-9a-fA-F]*>|[^\]])*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g)) {
      const hexParts = match[1] !== undefined ? [...match[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => m[1] ?? "") : [match[2] ?? ""];
      lines.push(decodeWinAnsi(Buffer.from(hexParts.join(""), "hex")));
    }
  }
  return lines.join("\n");
}
