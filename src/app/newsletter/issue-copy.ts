import type { TConfig } from "../../config";
import { renderNewsletterIssue, type TRenderedIssue } from "../../email/newsletter-issue";
import type { TLocale } from "../../domain/shared/locale";
import { subscriberLinks } from "./subscriber-links";

/** The Message-ID of one delivery: stable, so a resend of the same delivery carries the same one. */
export function deliveryMessageId(publicUrl: string, deliveryId: string): string {
  return `<${deliveryId}.newsletter@${new URL(publicUrl).hostname}>`;
}

/**
 * One recipient's copy of an issue version. Without a subscriber (preview, test send) the links
 * point at the pages with a token that matches nobody.
 */
export function renderIssueCopy(
  config: Pick<TConfig, "publicUrl">,
  secret: string,
  version: { language: TLocale; subject: string; bodyMarkdown: string },
  subscriber: { linkKey: string } | null,
): TRenderedIssue {
  const links = subscriberLinks(config.publicUrl, version.language, secret, subscriber?.linkKey ?? "preview-without-subscriber");
  return renderNewsletterIssue(version.language, {
    subject: version.subject,
    bodyMarkdown: version.bodyMarkdown,
    links,
    listHost: new URL(config.publicUrl).hostname,
  });
}
