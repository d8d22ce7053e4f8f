/** A block of a Markdown document; `text` fields hold inline Markdown, parsed later. */
export type TBlock =
  | { kind: "heading"; level: number; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "code"; text: string }
  | { kind: "quote"; blocks: TBlock[] }
  | { kind: "list"; ordered: boolean; start: number; items: TBlock[][] }
  | { kind: "rule" };

const MAX_DEPTH = 6;
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const QUOTE = /^ {0,3}> ?(.*)$/;
const ITEM = /^( {0,3})([-*+]|\d{1,9}[.)])( {1,4}|[ \t]*$)(.*)$/;
// Controls other than tab and line feed have no business in a document (and are not allowed in XML).
const STRIP = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

const isBlank = (line: string) => line.trim() === "";
const indentOf = (line: string) => line.length - line.trimStart().length;

function startsBlock(line: string): boolean {
  return FENCE.test(line) || HEADING.test(line) || RULE.test(line) || QUOTE.test(line) || ITEM.test(line);
}

/** Removes up to `width` leading spaces. */
function dedent(line: string, width: number): string {
  const remove = Math.min(width, indentOf(line));
  return line.slice(remove);
}

type TCursor = { lines: string[]; at: number; depth: number };

function readFence(c: TCursor, marker: string): TBlock {
  const body: string[] = [];
  c.at++;
  const closing = new RegExp(`^ {0,3}${marker[0] === "`" ? "`" : "~"}{${marker.length},}[ \\t]*$`);
  while (c.at < c.lines.length && !closing.test(c.lines[c.at] as string)) body.push(c.lines[c.at++] as string);
  c.at++;
  return { kind: "code", text: body.join("\n") };
}

function readQuote(c: TCursor): TBlock {
  const inner: string[] = [];
  while (c.at < c.lines.length) {
    const m = QUOTE.exec(c.lines[c.at] as string);
    if (!m) break;
    inner.push(m[1] ?? "");
    c.at++;
  }
  if (c.depth >= MAX_DEPTH) return { kind: "paragraph", text: inner.join("\n") };
  return { kind: "quote", blocks: parseLines(inner, c.depth + 1) };
}

function readList(c: TCursor): TBlock {
  const first = ITEM.exec(c.lines[c.at] as string);
  const ordered = /\d/.test(first?.[2] ?? "");
  const start = ordered ? Number.parseInt(first?.[2] ?? "1", 10) : 1;
  const items: TBlock[][] = [];
  while (c.at < c.lines.length) {
    const m = ITEM.exec(c.lines[c.at] as string);
    if (!m || /\d/.test(m[2] ?? "") !== ordered || RULE.test(c.lines[c.at] as string)) break;
    const width = (m[1] ?? "").length + (m[2] ?? "").length + Math.max((m[3] ?? "").length, 1);
    const itemLines = [m[4] ?? ""];
    c.at++;
    while (c.at < c.lines.length) {
      const line = c.lines[c.at] as string;
      if (isBlank(line)) {
        let j = c.at;
        while (j < c.lines.length && isBlank(c.lines[j] as string)) j++;
        if (j < c.lines.length && indentOf(c.lines[j] as string) >= 2) {
          for (; c.at < j; c.at++) itemLines.push("");
          continue;
        }
        break;
      }
      if (indentOf(line) >= 2) itemLines.push(dedent(line, width));
      else if (!startsBlock(line) && !isBlank(itemLines[itemLines.length - 1] ?? "")) itemLines.push(line);
      else break;
      c.at++;
    }
    items.push(c.depth >= MAX_DEPTH ? [{ kind: "paragraph", text: itemLines.join("\n") }] : parseLines(itemLines, c.depth + 1));
    let j = c.at;
    while (j < c.lines.length && isBlank(c.lines[j] as string)) j++;
    const nextItem = j > c.at && j < c.lines.length ? ITEM.exec(c.lines[j] as string) : null;
    if (nextItem && /\d/.test(nextItem[2] ?? "") === ordered) c.at = j;
  }
  return { kind: "list", ordered, start, items };
}

function readParagraph(c: TCursor): TBlock {
  const text: string[] = [c.lines[c.at++] as string];
  while (c.at < c.lines.length) {
    const line = c.lines[c.at] as string;
    if (isBlank(line) || startsBlock(line)) break;
    text.push(line);
    c.at++;
  }
  return { kind: "paragraph", text: text.map((l) => l.trimStart()).join("\n").trimEnd() };
}

function parseLines(lines: string[], depth: number): TBlock[] {
  const c: TCursor = { lines, at: 0, depth };
  const blocks: TBlock[] = [];
  while (c.at < lines.length) {
    const line = lines[c.at] as string;
    if (isBlank(line)) {
      c.at++;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence && !(fence[1]?.startsWith("`") && fence[2]?.includes("`"))) {
      blocks.push(readFence(c, fence[1] ?? "```"));
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      blocks.push({ kind: "heading", level: (heading[1] ?? "#").length, text: heading[2] ?? "" });
      c.at++;
    } else if (RULE.test(line)) {
      blocks.push({ kind: "rule" });
      c.at++;
    } else if (QUOTE.test(line)) blocks.push(readQuote(c));
    else if (ITEM.test(line)) blocks.push(readList(c));
    else blocks.push(readParagraph(c));
  }
  return blocks;
}

/** Splits a Markdown document into blocks: headings, paragraphs, fenced code, quotes, lists (nested), rules. */
export function parseBlocks(source: string): TBlock[] {
  const lines = source
    .replace(/\r\n?/g, "\n")
    .replace(STRIP, "")
    .split("\n")
    .map((line) => line.replace(/^\t+/, (tabs) => "    ".repeat(tabs.length)));
  return parseLines(lines, 0);
}
