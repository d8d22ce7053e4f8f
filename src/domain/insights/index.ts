export type { TArticleStatus } from "./article";
export type { TFeed, TFeedEntry } from "./atom-feed";
export type { TBlock } from "./markdown-blocks";
export type { TInline } from "./markdown-inline";

/** Markdown as safe HTML: a small subset, every text escaped, links http/https/mailto only. */
export { renderMarkdownHtml } from "./render-markdown";
/** Markdown as readable plain text, for the text part of emails. */
export { renderMarkdownText } from "./render-markdown";
/** Escapes text for HTML content and quoted attributes. */
export { escapeHtml } from "./render-markdown";
/** A link target if it is an absolute http(s) URL or a mailto: address; otherwise null. */
export { safeLinkUrl } from "./safe-url";
/** An Atom 1.0 feed document. */
export { buildAtomFeed } from "./atom-feed";
/** Escapes text for XML, dropping characters XML cannot hold. */
export { escapeXml } from "./atom-feed";
/** The permanent tag: URI of an article version in a feed. */
export { feedEntryId } from "./atom-feed";
/** Checks a URL slug (a-z, 0-9, single hyphens; not reserved). */
export { parseSlug } from "./article";
/** Proposes a slug from a title. */
export { slugify } from "./article";
/** Field length limits of an article. */
export { ARTICLE_LIMITS } from "./article";
/** Slugs the public site keeps for itself. */
export { RESERVED_SLUGS } from "./article";
/** True when an article is published and its moment has come. */
export { isPubliclyVisible } from "./article";
