// @vitest-environment jsdom
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildAtomFeed, feedEntryId, type TFeed, type TFeedEntry } from "./atom-feed";

const ATOM = "http://www.w3.org/2005/Atom";
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

function entry(n: number, overrides: Partial<TFeedEntry> = {}): TFeedEntry {
  return {
    id: feedEntryId("sterk.example", `00000000-0000-4000-8000-00000000000${n}`, "fr"),
    title: `Article ${n}`,
    url: `https://sterk.example/insights/fr/article-${n}`,
    published: new Date(Date.UTC(2026, 0, n)),
    updated: new Date(Date.UTC(2026, 1, n)),
    author: "Gerrit Sarens",
    summary: `Summary ${n}`,
    contentHtml: `<p>Body <strong>${n}</strong></p>`,
    ...overrides,
  };
}

const feed = (entries: TFeedEntry[]): TFeed => ({
  id: "https://sterk.example/insights/fr/feed.xml",
  title: "Sterk Insights",
  subtitle: "Les facteurs critiques qui renforcent vos managers",
  language: "fr",
  selfUrl: "https://sterk.example/insights/fr/feed.xml",
  siteUrl: "https://sterk.example/insights/fr",
  fallbackUpdated: new Date(Date.UTC(2026, 10, 1)),
  author: "Sterk",
  entries,
});

/** Parses with a real XML parser; fails on any well-formedness error. */
function parse(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  const error = doc.getElementsByTagName("parsererror")[0];
  if (error) throw new Error(`not well-formed: ${error.textContent}`);
  return doc;
}

const child = (el: Element, name: string) => Array.from(el.children).find((c) => c.localName === name && c.namespaceURI === ATOM);

describe("buildAtomFeed", () => {
  it("produces a well-formed Atom 1.0 feed with the elements RFC 4287 requires", () => {
    const doc = parse(buildAtomFeed(feed([entry(1), entry(3), entry(2)])));
    const root = doc.documentElement;
    expect(root.localName).toBe("feed");
    expect(root.namespaceURI).toBe(ATOM);
    expect(root.getAttribute("xml:lang")).toBe("fr");
    for (const name of ["id", "title", "updated", "author"]) expect(child(root, name), name).toBeDefined();
    expect(child(root, "updated")?.textContent).toMatch(RFC3339);
    const self = Array.from(root.children).find((c) => c.localName === "link" && c.getAttribute("rel") === "self");
    expect(self?.getAttribute("href")).toBe("https://sterk.example/insights/fr/feed.xml");

    const entries = Array.from(root.children).filter((c) => c.localName === "entry");
    expect(entries.map((e) => child(e, "title")?.textContent)).toEqual(["Article 3", "Article 2", "Article 1"]);
    for (const e of entries) {
      for (const name of ["id", "title", "updated", "published", "link", "summary", "content"]) expect(child(e, name), name).toBeDefined();
      expect(child(e, "updated")?.textContent).toMatch(RFC3339);
      expect(child(e, "id")?.textContent).toMatch(/^tag:sterk\.example,2026:insights\//);
    }
    expect(new Set(entries.map((e) => child(e, "id")?.textContent)).size).toBe(3);
  });

  it("takes the feed's updated time from its newest entry, or the fallback when empty", () => {
    const withEntries = parse(buildAtomFeed(feed([entry(1), entry(5)])));
    expect(child(withEntries.documentElement, "updated")?.textContent).toBe("2026-02-05T00:00:00Z");
    const empty = parse(buildAtomFeed(feed([])));
    expect(child(empty.documentElement, "updated")?.textContent).toBe("2026-11-01T00:00:00Z");
  });

  it("carries the HTML content as escaped text that reads back identical", () => {
    const html = '<p>a &amp; b <a href="https://x.example/?a=1&amp;b=2">link</a></p>';
    const doc = parse(buildAtomFeed(feed([entry(1, { contentHtml: html })])));
    const content = doc.getElementsByTagNameNS(ATOM, "content")[0];
    expect(content?.getAttribute("type")).toBe("html");
    expect(content?.textContent).toBe(html);
  });

  it("stays well-formed whatever the titles and texts hold, dropping only characters XML forbids", () => {
    const text = fc.string({ unit: "binary", maxLength: 40 });
    fc.assert(
      fc.property(text, text, text, (title, summary, author) => {
        const doc = parse(buildAtomFeed(feed([entry(1, { title, summary, author })])));
        // what XML can hold: no C0 controls but tab/newline/return, no U+FFFE/U+FFFF, no lone surrogate halves
        const allowed = (s: string) =>
          [...s].filter((c) => !/^[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]$/.test(c) && !/^[\ud800-\udfff]$/.test(c)).join("");
        const read = doc.getElementsByTagNameNS(ATOM, "entry")[0];
        // the parser reads CR LF and a lone CR as LF (XML 1.0 §2.11)
        return ((read && child(read, "title")?.textContent) ?? "") === allowed(title).replace(/\r\n?/g, "\n");
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});
