import { escapeHtml, renderMarkdownHtml, renderMarkdownText } from "../domain/insights/index";
import type { TLocale } from "../domain/shared/locale";
import { NEWSLETTER_NAME, newsletterFrame } from "./newsletter-layout";
import { singleLine, type TRenderedEmail } from "./templates";

const footers: Record<TLocale, { why: string; unsubscribe: string; preferences: string; online: string }> = {
  nl: {
    why: `U ontvangt ${NEWSLETTER_NAME} omdat u zich inschreef en dat bevestigde.`,
    unsubscribe: "Uitschrijven",
    preferences: "Taal of voorkeuren wijzigen",
    online: "Insights online lezen",
  },
  fr: {
    why: `Vous recevez ${NEWSLETTER_NAME} parce que vous vous êtes inscrit et l'avez confirmé.`,
    unsubscribe: "Se désinscrire",
    preferences: "Changer de langue ou de préférences",
    online: "Lire Insights en ligne",
  },
  en: {
    why: `You receive ${NEWSLETTER_NAME} because you subscribed and confirmed it.`,
    unsubscribe: "Unsubscribe",
    preferences: "Change language or preferences",
    online: "Read Insights online",
  },
};

export type TIssueLinks = { unsubscribePageUrl: string; oneClickUrl: string; preferencesUrl: string; onlineUrl: string };

/** A rendered issue plus the headers of one recipient's copy. */
export type TRenderedIssue = TRenderedEmail & { headers: Record<string, string> };

/**
 * One recipient's copy of an issue: the Markdown body as HTML and plain text, a footer with
 * unsubscribe and preferences links, and the RFC 8058 one-click unsubscribe headers.
 */
export function renderNewsletterIssue(language: TLocale, input: { subject: string; bodyMarkdown: string; links: TIssueLinks; listHost: string }): TRenderedIssue {
  const f = footers[language];
  const subject = singleLine(input.subject);
  const { links } = input;
  const text = [
    renderMarkdownText(input.bodyMarkdown),
    "--",
    f.why,
    `${f.unsubscribe}: ${links.unsubscribePageUrl}`,
    `${f.preferences}: ${links.preferencesUrl}`,
    `${f.online}: ${links.onlineUrl}`,
  ].join("\n\n");
  const footerHtml = [
    `<p style="margin:0 0 8px">${escapeHtml(f.why)}</p>`,
    `<p style="margin:0"><a href="${escapeHtml(links.unsubscribePageUrl)}" style="color:#1c4a7a">${escapeHtml(f.unsubscribe)}</a> · `,
    `<a href="${escapeHtml(links.preferencesUrl)}" style="color:#1c4a7a">${escapeHtml(f.preferences)}</a> · `,
    `<a href="${escapeHtml(links.onlineUrl)}" style="color:#1c4a7a">${escapeHtml(f.online)}</a></p>`,
  ].join("");
  const html = newsletterFrame({
    language,
    title: subject,
    bodyHtml: `<h1 style="font-size:26px;line-height:1.25;margin:0 0 16px">${escapeHtml(subject)}</h1>\n${renderMarkdownHtml(input.bodyMarkdown)}`,
    footerHtml,
  });
  return {
    subject,
    text,
    html,
    headers: {
      "List-Unsubscribe": `<${links.oneClickUrl}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      "List-Id": `${NEWSLETTER_NAME} <insights.${input.listHost}>`,
    },
  };
}
