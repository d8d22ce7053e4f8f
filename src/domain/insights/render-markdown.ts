import { parseBlocks, type TBlock } from "./markdown-blocks";
import { parseInline, type TInline } from "./markdown-inline";

/** Escapes text for HTML element content and double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function inlineHtml(nodes: TInline[]): string {
  return nodes
    .map((n) => {
      switch (n.kind) {
        case "text":
          return escapeHtml(n.text);
        case "code":
          return `<code>${escapeHtml(n.text)}</code>`;
        case "em":
          return `<em>${inlineHtml(n.children)}</em>`;
        case "strong":
          return `<strong>${inlineHtml(n.children)}</strong>`;
        case "link":
          return `<a href="${escapeHtml(n.href)}">${inlineHtml(n.children)}</a>`;
        case "break":
          return "<br>";
      }
    })
    .join("");
}

function blocksHtml(blocks: TBlock[], headingOffset: number): string {
  return blocks
    .map((b): string => {
      switch (b.kind) {
        case "heading": {
          const level = Math.min(6, b.level + headingOffset);
          return `<h${level}>${inlineHtml(parseInline(b.text))}</h${level}>`;
        }
        case "paragraph":
          return `<p>${inlineHtml(parseInline(b.text))}</p>`;
        case "code":
          return `<pre><code>${escapeHtml(b.text)}</code></pre>`;
        case "quote":
          return `<blockquote>\n${blocksHtml(b.blocks, headingOffset)}\n</blockquote>`;
        case "rule":
          return "<hr>";
        case "list": {
          const tag = b.ordered ? "ol" : "ul";
          const start = b.ordered && b.start !== 1 ? ` start="${b.start}"` : "";
          const items = b.items.map((item) => {
            const only = item[0];
            const body = item.length === 1 && only?.kind === "paragraph" ? inlineHtml(parseInline(only.text)) : blocksHtml(item, headingOffset);
            return `<li>${body}</li>`;
          });
          return `<${tag}${start}>\n${items.join("\n")}\n</${tag}>`;
        }
      }
    })
    .join("\n");
}

/**
 * Renders Markdown as HTML that can only contain h2–h6 (a `#` heading becomes h2 under a page's h1;
 * `headingOffset` moves that), p, em, strong, code, pre, a (http, https, mailto), ul, ol, li,
 * blockquote, hr and br. All text is escaped; raw HTML in the source is shown as text.
 */
export function renderMarkdownHtml(source: string, options: { headingOffset?: number } = {}): string {
  return blocksHtml(parseBlocks(source), options.headingOffset ?? 1);
}

function inlineText(nodes: TInline[]): string {
  return nodes
    .map((n) => {
      switch (n.kind) {
        case "text":
        case "code":
          return n.text;
        case "em":
        case "strong":
          return inlineText(n.children);
        case "link": {
          const label = inlineText(n.children);
          const target = n.href.replace(/^mailto:/i, "");
          return label === target || label === n.href ? n.href.replace(/^mailto:/i, "") : `${label} (${target})`;
        }
        case "break":
          return "\n";
      }
    })
    .join("");
}

const indent = (text: string, prefix: string, first = prefix) =>
  text
    .split("\n")
    .map((line, i) => (i === 0 ? first : line === "" ? prefix.trimEnd() : prefix) + line)
    .join("\n");

function blocksText(blocks: TBlock[]): string {
  return blocks
    .map((b): string => {
      switch (b.kind) {
        case "heading": {
          const title = inlineText(parseInline(b.text));
          return `${title}\n${(b.level <= 1 ? "=" : "-").repeat(Math.min(title.length, 72))}`;
        }
        case "paragraph":
          return inlineText(parseInline(b.text));
        case "code":
          return indent(b.text, "    ");
        case "quote":
          return indent(blocksText(b.blocks), "> ");
        case "rule":
          return "----------";
        case "list":
          return b.items
            .map((item, i) => {
              const marker = b.ordered ? `${b.start + i}. ` : "- ";
              return indent(blocksText(item), " ".repeat(marker.length), marker);
            })
            .join("\n");
      }
    })
    .join("\n\n");
}

/** Renders Markdown as readable plain text (the text part of an email): links as "label (url)". */
export function renderMarkdownText(source: string): string {
  return blocksText(parseBlocks(source));
}
