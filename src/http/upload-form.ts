import type { Context } from "hono";
import { invalid } from "../domain/shared/errors";

const CRLF_CRLF = Buffer.from("\r\n\r\n");

/** A parameter of a Content-Disposition header (name="…", filename="…"). */
function dispositionParameter(headers: string, key: string): string | undefined {
  const match = new RegExp(`;\\s*${key}="((?:[^"\\\\]|\\\\.)*)"`, "i").exec(headers) ?? new RegExp(`;\\s*${key}=([^;\\s]+)`, "i").exec(headers);
  // browsers send ", CR and LF in names as %22, %0D and %0A (HTML's multipart/form-data encoding)
  return match?.[1]?.replace(/\\(.)/g, "$1").replace(/%22/g, '"').replace(/%0D/gi, "\r").replace(/%0A/gi, "\n");
}

/**
 * Reads a multipart/form-data upload like `c.req.parseBody()` (text fields as strings, files as File), but finds the
 * part boundaries with Buffer.indexOf (native, a few milliseconds for 50 MB) instead of the fetch implementation's
 * parser, which holds the event loop for seconds on a large file. A malformed form is a 400 naming `file`.
 */
export async function readUploadForm(c: Context): Promise<Record<string, string | File>> {
  const type = c.req.header("content-type") ?? "";
  const boundary = /^multipart\/form-data\s*;.*\bboundary=(?:"([^"]+)"|([^;\s]+))/i.exec(type);
  const token = boundary?.[1] ?? boundary?.[2];
  if (!token) throw invalid("file", "send the file as multipart/form-data");
  const body = Buffer.from(await c.req.arrayBuffer());
  const delimiter = Buffer.from(`--${token}`);
  const form = Object.create(null) as Record<string, string | File>;
  let at = body.indexOf(delimiter);
  if (at < 0) throw invalid("file", "send the file as multipart/form-data");
  for (;;) {
    const afterDelimiter = at + delimiter.length;
    if (body[afterDelimiter] === 0x2d && body[afterDelimiter + 1] === 0x2d) break; // "--": the closing delimiter
    const headerEnd = body.indexOf(CRLF_CRLF, afterDelimiter);
    const next = body.indexOf(Buffer.from(`\r\n--${token}`), headerEnd);
    if (headerEnd < 0 || next < 0) throw invalid("file", "the multipart form is cut short");
    const headers = body.toString("utf8", afterDelimiter, headerEnd);
    const name = dispositionParameter(headers, "name");
    const fileName = dispositionParameter(headers, "filename");
    const content = body.subarray(headerEnd + CRLF_CRLF.length, next);
    if (name !== undefined && !Object.hasOwn(form, name)) form[name] = fileName === undefined ? content.toString("utf8") : new File([content], fileName);
    at = next + 2;
  }
  return form;
}
