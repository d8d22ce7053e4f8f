const MAX_URL_LENGTH = 2048;
// Whitespace, C0/C1 controls and separators: browsers strip some of them inside URLs ("java\tscript:").
const UNSAFE_CHARACTER = /[\u0000-\u0020\u007f-\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f\u3000\ufeff]/;
const WEB = /^https?:\/\/[^/?#@\s]+(?:[/?#]|$)|^https?:\/\/[^/?#\s]*@[^/?#\s]+(?:[/?#]|$)/i;
const MAIL = /^mailto:[^@\s]+@[^@\s]+$/i;

/**
 * The link target to render, or null when it is not an absolute http(s) URL with a host or a mailto:
 * address. Everything else — javascript:, data:, vbscript:, relative and protocol-relative paths,
 * anything with whitespace or control characters — is refused, so the link text is shown without a link.
 */
export function safeLinkUrl(raw: string): string | null {
  const url = raw.trim();
  if (url.length === 0 || url.length > MAX_URL_LENGTH || UNSAFE_CHARACTER.test(url)) return null;
  if (WEB.test(url) || MAIL.test(url)) return url;
  return null;
}
