/**
 * Which addresses reach the same mailbox. Used where one person must not count twice (360 raters:
 * a subject who nominates `an+dr1@…` as a "direct report" answers as two raters).
 *
 * The rule is deliberately wide — treating two addresses as one mailbox when in doubt only refuses
 * a nomination, treating one mailbox as two lets one person speak twice:
 * - case never matters (local part and domain; Unicode lower case, NFC);
 * - a trailing dot on the domain is dropped (`example.com.` is `example.com`);
 * - plus-addressing: everything from the first `+` in the local part is a tag (`an+dr1` is `an`) —
 *   on every domain, since most providers and many company servers deliver it to the same box;
 * - Gmail ignores dots in the local part, and `googlemail.com` is `gmail.com`.
 */
const DOTS_IGNORED: ReadonlyMap<string, string> = new Map([
  ["gmail.com", "gmail.com"],
  ["googlemail.com", "gmail.com"],
]);

/** The mailbox an address delivers to, as one comparable string (`local@domain`); not an address to send to. */
export function canonicalMailbox(address: string): string {
  const trimmed = address.normalize("NFC").trim().toLowerCase();
  const at = trimmed.lastIndexOf("@");
  if (at < 0) return trimmed;
  let local = trimmed.slice(0, at);
  let domain = trimmed.slice(at + 1).replace(/\.+$/, "");
  if (local.startsWith('"') && local.endsWith('"') && local.length >= 2) local = local.slice(1, -1);
  const plus = local.indexOf("+");
  if (plus > 0) local = local.slice(0, plus);
  const dotless = DOTS_IGNORED.get(domain);
  if (dotless) {
    domain = dotless;
    local = local.replaceAll(".", "");
  }
  return `${local}@${domain}`;
}

/** True when two addresses reach the same mailbox under `canonicalMailbox`. */
export function sameMailbox(a: string, b: string): boolean {
  return canonicalMailbox(a) === canonicalMailbox(b);
}
