// @vitest-environment jsdom
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderMarkdownHtml, renderMarkdownText } from "./render-markdown";

const ALLOWED_TAGS = new Set(["H2", "H3", "H4", "H5", "H6", "P", "EM", "STRONG", "CODE", "PRE", "A", "UL", "OL", "LI", "BLOCKQUOTE", "HR", "BR"]);

/** Parses the HTML the way a browser would and lists anything outside the allowed subset. */
function unsafeParts(html: string): string[] {
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, "text/html");
  const found: string[] = [];
  for (const el of Array.from(doc.body.querySelectorAll("*"))) {
    if (!ALLOWED_TAGS.has(el.tagName)) found.push(`tag ${el.tagName}`);
    for (const attr of Array.from(el.attributes)) {
      const allowed = (el.tagName === "A" && attr.name === "href") || (el.tagName === "OL" && attr.name === "start");
      if (!allowed) found.push(`attribute ${attr.name} on ${el.tagName}`);
      if (attr.name === "href" && !/^(https?:\/\/|mailto:)/i.test(attr.value)) found.push(`href ${attr.value}`);
    }
  }
  return found;
}

const dom = (html: string) => new DOMParser().parseFromString(`<body>${html}</body>`, "text/html").body;

describe("renderMarkdownHtml", () => {
  it.each([
    ["# Title", "<h2>Title</h2>"],
    ["### Small", "<h4>Small</h4>"],
    ["one\ntwo\n\nthree", "<p>one\ntwo</p>\n<p>three</p>"],
    ["*em* and **strong** and ***both***", "<p><em>em</em> and <strong>strong</strong> and <em><strong>both</strong></em></p>"],
    ["_em_ but snake_case_name stays", "<p><em>em</em> but snake_case_name stays</p>"],
    ["use `a < b` here", "<p>use <code>a &#60; b</code> here</p>"],
    ["[Sterk](https://sterk.example/a?b=1&c=2)", '<p><a href="https://sterk.example/a?b=1&#38;c=2">Sterk</a></p>'],
    ["<https://sterk.example>", '<p><a href="https://sterk.example">https://sterk.example</a></p>'],
    ["[write](mailto:hello@sterk.example)", '<p><a href="mailto:hello@sterk.example">write</a></p>'],
    ["- a\n- b", "<ul>\n<li>a</li>\n<li>b</li>\n</ul>"],
    ["3. c\n4. d", '<ol start="3">\n<li>c</li>\n<li>d</li>\n</ol>'],
    ["- a\n  - nested", "<ul>\n<li><p>a</p>\n<ul>\n<li>nested</li>\n</ul></li>\n</ul>"],
    ["> quoted\n> text", "<blockquote>\n<p>quoted\ntext</p>\n</blockquote>"],
    ["```\nconst x = '<b>';\n```", "<pre><code>const x = &#39;&#60;b&#62;&#39;;</code></pre>"],
    ["---", "<hr>"],
    ["line  \nbreak", "<p>line<br>break</p>"],
    ["\\*not em\\*", "<p>*not em*</p>"],
  ])("renders %j", (source, html) => {
    expect(renderMarkdownHtml(source)).toBe(html);
  });

  it("keeps the text of a link with an unsafe target, without the link", () => {
    expect(renderMarkdownHtml("[click](javascript:alert(1))")).toBe("<p>click</p>");
  });

  it.each([
    ["a script tag", "<script>alert(1)</script>"],
    ["an image with onerror", '<img src=x onerror="alert(1)">'],
    ["an svg with onload", "<svg onload=alert(1)>"],
    ["an iframe", '<iframe src="https://evil.example"></iframe>'],
    ["a javascript: link", "[x](javascript:alert(1))"],
    ["a javascript: link with a tab", "[x](java\tscript:alert(1))"],
    ["an upper-case JavaScript: link", "[x](JaVaScRiPt:alert(1))"],
    ["an entity-encoded javascript: link", "[x](&#106;avascript:alert(1))"],
    ["a data: link", "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"],
    ["a vbscript: link", "[x](vbscript:msgbox(1))"],
    ["a protocol-relative link", "[x](//evil.example/path)"],
    ["an autolink to javascript:", "<javascript:alert(1)>"],
    ["a quote breaking out of href", '[x](https://a.example/"onmouseover="alert(1))'],
    ["a title breaking out", '[x](https://a.example "t" onmouseover="alert(1)")'],
    ["raw HTML inside emphasis", "**<b onclick=alert(1)>bold</b>**"],
    ["raw HTML inside a link label", "[<img src=x onerror=alert(1)>](https://a.example)"],
    ["raw HTML in a heading", "# <style>body{display:none}</style>"],
    ["raw HTML in a list", "- <a href=javascript:alert(1)>x</a>"],
    ["an HTML comment", "<!-- <script>alert(1)</script> -->"],
    ["a form", '<form action="https://evil.example"><input name=a></form>'],
    ["a meta refresh", '<meta http-equiv="refresh" content="0;url=https://evil.example">'],
  ])("neutralises %s", (_, payload) => {
    const html = renderMarkdownHtml(payload);
    expect(unsafeParts(html)).toEqual([]);
    expect(html).not.toMatch(/<(script|img|svg|iframe|style|form|input|meta)\b/i);
  });

  it("shows raw HTML as the text it was typed as", () => {
    expect(dom(renderMarkdownHtml("<script>alert(1)</script>")).textContent).toBe("<script>alert(1)</script>");
  });

  it("never produces an element or attribute outside the allowed subset, whatever the input", () => {
    const pieces = fc.constantFrom(
      "<", ">", "&", '"', "'", "`", "*", "_", "[", "]", "(", ")", "\\", "\n", "\n\n", " ", "#", "> ", "- ", "1. ", "```",
      "javascript:", "https://a.example", "mailto:x@y.example", "<script>", "onerror=", "<img src=x>", "text",
    );
    const doc = fc.array(pieces, { maxLength: 60 }).map((parts) => parts.join(""));
    fc.assert(fc.property(fc.oneof(doc, fc.string()), (source) => unsafeParts(renderMarkdownHtml(source)).length === 0), { numRuns: 400 });
  }, 30_000);

  it("renders large and pathological documents quickly", () => {
    const cases = ["*".repeat(50_000), "[".repeat(50_000), "`".repeat(50_000), "> ".repeat(5_000) + "x", "- ".repeat(5_000) + "x", "**a ".repeat(20_000), "_".repeat(50_000)];
    for (const source of cases) {
      const started = performance.now();
      renderMarkdownHtml(source);
      expect(performance.now() - started).toBeLessThan(1500);
    }
  });
});

describe("renderMarkdownText", () => {
  it("turns links into label and address, and keeps lists readable", () => {
    const text = renderMarkdownText("# Insights\n\nRead [the article](https://sterk.example/a).\n\n- one\n- two\n\n> quoted");
    expect(text).toBe("Insights\n========\n\nRead the article (https://sterk.example/a).\n\n- one\n- two\n\n> quoted");
  });

  it("keeps raw HTML as literal text", () => {
    expect(renderMarkdownText("<b>x</b>")).toBe("<b>x</b>");
  });
});
