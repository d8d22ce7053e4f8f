import { safeLinkUrl } from "./safe-url";

/** A piece of running text: plain, code, emphasis, a link (already checked safe) or a hard line break. */
export type TInline =
  | { kind: "text"; text: string }
  | { kind: "code"; text: string }
  | { kind: "em"; children: TInline[] }
  | { kind: "strong"; children: TInline[] }
  | { kind: "link"; href: string; children: TInline[] }
  | { kind: "break" };

const ESCAPABLE = /[!-/:-@[-`{-~]/;
const MAX_NESTING = 8;
const MAX_CLOSER_CANDIDATES = 20;
const AUTOLINK = /^<((?:https?:\/\/|mailto:)[^\s<>]+)>/i;

/** For each `[` the index of its matching `]`, in one pass (escaped brackets do not count). */
function matchBrackets(src: string): Map<number, number> {
  const closeOf = new Map<number, number>();
  const open: number[] = [];
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === "\\") i++;
    else if (c === "[") open.push(i);
    else if (c === "]") {
      const start = open.pop();
      if (start !== undefined) closeOf.set(start, i);
    }
  }
  return closeOf;
}

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Reads `(url "title")` after a link's closing bracket; returns the url and where the link ends. */
function readDestination(src: string, at: number): { url: string; end: number } | null {
  if (src[at] !== "(") return null;
  let k = at + 1;
  while (src[k] === " ") k++;
  let url = "";
  if (src[k] === "<") {
    const close = src.indexOf(">", k);
    if (close < 0) return null;
    url = src.slice(k + 1, close);
    k = close + 1;
  } else {
    let depth = 0;
    const start = k;
    for (; k < src.length; k++) {
      const c = src[k];
      if (c === "(") depth++;
      else if (c === ")") {
        if (depth === 0) break;
        depth--;
      } else if (c === " " || c === "\n") break;
    }
    url = src.slice(start, k);
  }
  while (src[k] === " " || src[k] === "\n") k++;
  const quote = src[k];
  if (quote === '"' || quote === "'") {
    const close = src.indexOf(quote, k + 1);
    if (close < 0) return null;
    k = close + 1;
    while (src[k] === " ") k++;
  }
  if (src[k] !== ")") return null;
  return { url, end: k + 1 };
}

/** Finds the closing emphasis delimiter for an opener at `from`, or -1. */
function findCloser(src: string, delimiter: string, from: number): number {
  let at = from;
  for (let n = 0; n < MAX_CLOSER_CANDIDATES; n++) {
    const p = src.indexOf(delimiter, at);
    if (p < 0) return -1;
    const ch = delimiter[0];
    const okBefore = p > from && !isSpace(src[p - 1]) && src[p - 1] !== ch;
    const after = src[p + delimiter.length];
    const okAfter = after !== ch && (ch !== "_" || !isWordChar(after));
    if (okBefore && okAfter) return p;
    at = p + 1;
  }
  return -1;
}

/**
 * Parses running text: backslash escapes, `code`, *em*, **strong**, [links](url), <autolinks> and
 * hard breaks (two trailing spaces or a backslash before the line end). Unsafe link targets keep
 * their text and lose the link. Nothing here produces markup; the renderer escapes every text.
 */
export function parseInline(src: string, depth = 0, insideLink = false): TInline[] {
  const out: TInline[] = [];
  const closeOf = insideLink ? new Map<number, number>() : matchBrackets(src);
  let buffer = "";
  const flush = () => {
    if (buffer) out.push({ kind: "text", text: buffer });
    buffer = "";
  };
  let i = 0;
  while (i < src.length) {
    const c = src[i] as string;
    const next = src[i + 1];
    if (c === "\\" && next === "\n") {
      flush();
      out.push({ kind: "break" });
      i += 2;
      continue;
    }
    if (c === "\\" && next !== undefined && ESCAPABLE.test(next)) {
      buffer += next;
      i += 2;
      continue;
    }
    if (c === "\n" && buffer.endsWith("  ")) {
      buffer = buffer.replace(/ +$/, "");
      flush();
      out.push({ kind: "break" });
      i++;
      continue;
    }
    if (c === "`") {
      let run = 1;
      while (src[i + run] === "`") run++;
      const fence = "`".repeat(run);
      let close = src.indexOf(fence, i + run);
      while (close >= 0 && src[close + run] === "`") close = src.indexOf(fence, close + run + 1);
      if (close < 0) {
        buffer += fence;
        i += run;
        continue;
      }
      let code = src.slice(i + run, close).replace(/\n/g, " ");
      if (code.length > 1 && code.startsWith(" ") && code.endsWith(" ")) code = code.slice(1, -1);
      flush();
      out.push({ kind: "code", text: code });
      i = close + run;
      continue;
    }
    if (c === "<") {
      const auto = AUTOLINK.exec(src.slice(i, i + 2100));
      const href = auto?.[1] ? safeLinkUrl(auto[1]) : null;
      if (auto && href) {
        flush();
        out.push({ kind: "link", href, children: [{ kind: "text", text: href.replace(/^mailto:/i, "") }] });
        i += auto[0].length;
        continue;
      }
    }
    if (c === "[" && !insideLink && closeOf.has(i)) {
      const close = closeOf.get(i) as number;
      const destination = readDestination(src, close + 1);
      if (destination) {
        const children = parseInline(src.slice(i + 1, close), depth + 1, true);
        const href = safeLinkUrl(destination.url);
        flush();
        if (href) out.push({ kind: "link", href, children });
        else out.push(...children);
        i = destination.end;
        continue;
      }
    }
    if ((c === "*" || c === "_") && depth < MAX_NESTING) {
      let run = 1;
      while (src[i + run] === c) run++;
      const opens = !isSpace(src[i + run]) && (c === "*" || !isWordChar(src[i - 1]));
      if (opens) {
        const size = Math.min(run, 3);
        const delimiter = c.repeat(size);
        const close = findCloser(src, delimiter, i + size);
        if (close >= 0) {
          const inner = parseInline(src.slice(i + size, close), depth + 1, insideLink);
          flush();
          buffer += c.repeat(run - size);
          flush();
          if (size === 3) out.push({ kind: "em", children: [{ kind: "strong", children: inner }] });
          else out.push({ kind: size === 2 ? "strong" : "em", children: inner });
          i = close + size;
          continue;
        }
      }
      buffer += c.repeat(run);
      i += run;
      continue;
    }
    buffer += c;
    i++;
  }
  flush();
  return out;
}
