import { listOutbox as listOutboxRows } from "../../db/outbox-repo";
import { DomainError } from "../../domain/shared/errors";
import { canAdministerOrganisation, type TActor } from "../../domain/shared/roles";
import type { TAppContext } from "../shared/context";

/** Emails whose link lets the holder answer as an anonymous rater: nobody may read their token here. */
const RATER_LINK_KINDS = new Set(["feedback_invitation", "feedback_reminder"]);

/** A rater email's body with its link token blanked (the rater alone receives the real one by SMTP). */
export function withoutRaterTokens(kind: string, text: string): string {
  return RATER_LINK_KINDS.has(kind) ? text.replace(/#token=[A-Za-z0-9_-]+/g, "#token=…") : text;
}

/** Emails whose link sets an account's first password: an organisation's HR never reads their token here. */
const ACCOUNT_LINK_KINDS = new Set(["invitation"]);

/**
 * An invitation's link blanked for everyone but the operator (who runs Sterk and may hand a link
 * over while SMTP is off): HR holding it could choose the password of an account that may later
 * gain access to other organisations.
 */
function withoutAccountTokens(actor: TActor, kind: string, text: string): string {
  return ACCOUNT_LINK_KINDS.has(kind) && !actor.isOperator ? text.replace(/#token=[A-Za-z0-9_%-]+/g, "#token=…") : text;
}

/**
 * The emails of the actor's organisation; the operator also sees platform emails (resets). Rater
 * links are blanked for every reader, operator and HR included: a link opens that rater's answers.
 * Invitation links are blanked for HR (see withoutAccountTokens).
 */
export async function listOutbox(ctx: Pick<TAppContext, "db">, actor: TActor) {
  if (!canAdministerOrganisation(actor)) throw new DomainError("FORBIDDEN", "only HR admins and the operator read the outbox");
  const rows = await listOutboxRows(ctx.db, actor.isOperator ? null : actor.organisationId);
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    to: r.toAddress,
    subject: r.subject,
    text: withoutAccountTokens(actor, r.kind, withoutRaterTokens(r.kind, r.textBody)),
    status: (r.status === "sending" ? "pending" : r.status) as "pending" | "sent" | "failed",
    createdAt: r.createdAt.toISOString(),
    sentAt: r.sentAt?.toISOString() ?? null,
  }));
}
