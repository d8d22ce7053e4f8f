/** One article version in a feed. */
export type TFeedEntry = {
  /** a permanent, unique IRI (a tag: URI), unchanged when the slug or title changes */
  id: string;
  title: string;
  url: string;
  published: Date;
  updated: Date;
  author: string;
  summary: string;
  /** rendered, safe HTML of the body; escaped once more into the XML */
  contentHtml: string;
};

/** An Atom feed of one language. */
export type TFeed = {
  id: string;
  title: string;
  subtitle: string;
  language: string;
  selfUrl: string;
  siteUrl: string;
  /** used when there are no entries yet */
  fallbackUpdated: Date;
  author: string;
  entries: TFeedEntry[];
};

// XML 1.0 forbids these characters even as references: strip them.
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Escapes text for XML content and attribute values, dropping characters XML cannot hold. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, "").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const stamp = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, "Z");

/** A tag: URI (RFC 4151) for an article in one language, under the site's host. */
export function feedEntryId(siteHost: string, articleId: string, language: string): string {
  return `tag:${siteHost},2026:insights/${articleId}/${language}`;
}

/** Builds an Atom 1.0 document (RFC 4287), newest entries first. */
export function buildAtomFeed(feed: TFeed): string {
  const entries = [...feed.entries].sort((a, b) => b.published.getTime() - a.published.getTime());
  const updated = entries.reduce((latest, e) => (e.updated > latest ? e.updated : latest), entries.length ? new Date(0) : feed.fallbackUpdated);
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.language)}">`,
    `  <id>${escapeXml(feed.id)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`,
    `  <updated>${stamp(updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.siteUrl)}"/>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
  ];
  for (const e of entries) {
    lines.push(
      "  <entry>",
      `    <id>${escapeXml(e.id)}</id>`,
      `    <title>${escapeXml(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(e.url)}"/>`,
      `    <published>${stamp(e.published)}</published>`,
      `    <updated>${stamp(e.updated)}</updated>`,
      `    <author><name>${escapeXml(e.author)}</name></author>`,
      `    <summary>${escapeXml(e.summary)}</summary>`,
      `    <content type="html">${escapeXml(e.contentHtml)}</content>`,
      "  </entry>",
    );
  }
  lines.push("</feed>", "");
  return lines.join("\n");
}
