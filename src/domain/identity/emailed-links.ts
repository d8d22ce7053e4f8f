/**
 * Who may read the links of a queued email in the outbox (decision 0002). A link with a token
 * (`#token=…`, `?token=…`, `&token=…`) acts for its recipient: a reset or invitation sets a password,
 * a rater link answers a 360, a newsletter link manages a subscription.
 */

/** Rater links open one rater's anonymous answers: nobody reads them, not even the operator (decision 0005). */
const NEVER_READABLE_KINDS = new Set(["feedback_invitation", "feedback_reminder"]);

const TOKEN_IN_LINK = /([#?&]token=)[^\s"'<>&)\]]+/g;

/** The text with the token of every link replaced by an ellipsis; the rest of each link stays readable. */
export function blankLinkTokens(text: string): string {
  return text.replace(TOKEN_IN_LINK, "$1…");
}

/**
 * Whether this reader may see an email's links as sent. With SMTP configured the recipient alone
 * receives them; without SMTP only the operator (who runs the install and hands links over) may,
 * and never for rater links. HR admins never see a usable link.
 */
export function mayReadEmailedLinks(reader: { isOperator: boolean }, kind: string, smtpConfigured: boolean): boolean {
  return !smtpConfigured && reader.isOperator && !NEVER_READABLE_KINDS.has(kind);
}
