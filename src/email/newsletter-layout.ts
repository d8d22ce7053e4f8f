import { escapeHtml } from "../domain/insights/index";
import type { TLocale } from "../domain/shared/locale";

/** The newsletter's name, the same in every language. */
export const NEWSLETTER_NAME = "Sterk Insights";

/**
 * The HTML frame of every newsletter email: a readable column with inline styles only (email clients
 * drop style sheets), the language declared, and a footer.
 */
export function newsletterFrame(input: { language: TLocale; title: string; bodyHtml: string; footerHtml: string }): string {
  return `<!doctype html>
<html lang="${input.language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(input.title)}</title></head>
<body style="margin:0;padding:0;background:#f4f5f7">
<div style="max-width:640px;margin:0 auto;padding:24px 20px;background:#ffffff;font-family:Georgia,'Times New Roman',serif;font-size:17px;line-height:1.6;color:#1a1b1e">
<p style="font-family:Arial,sans-serif;font-size:13px;letter-spacing:.08em;text-transform:uppercase;color:#1c4a7a;margin:0 0 16px">${escapeHtml(NEWSLETTER_NAME)}</p>
${input.bodyHtml}
<hr style="border:none;border-top:1px solid #d0d4da;margin:32px 0 16px">
<div style="font-family:Arial,sans-serif;font-size:13px;line-height:1.5;color:#4a4f57">${input.footerHtml}</div>
</div>
</body></html>`;
}

/** A button-like link for calls to action. */
export function actionLink(url: string, label: string): string {
  return `<p><a href="${escapeHtml(url)}" style="display:inline-block;background:#1c4a7a;color:#ffffff;padding:10px 18px;border-radius:4px;text-decoration:none;font-family:Arial,sans-serif">${escapeHtml(label)}</a></p>`;
}
