import { listOutbox as listOutboxRows } from "../../db/outbox-repo";
import { blankLinkTokens, mayReadEmailedLinks } from "../../domain/identity/emailed-links";
import { authorise, can } from "../../domain/policy/index";
import type { TActor } from "../../domain/shared/roles";
import type { TAppContext } from "../shared/context";

/**
 * The emails of the actor's organisation; the operator also sees platform emails (resets). The token
 * of every emailed link is blanked unless the reader may use it (domain/identity/emailed-links.ts):
 * with SMTP configured nobody reads one here; without SMTP only the operator, and never a rater's.
 * HR admins never see a usable link of any kind.
 */
export async function listOutbox(ctx: Pick<TAppContext, "db" | "config">, actor: TActor) {
  authorise(actor, "outbox.read");
  const rows = await listOutboxRows(ctx.db, can(actor, "outbox.read_platform") ? null : actor.organisationId);
  const smtpConfigured = Boolean(ctx.config.SMTP_URL);
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    to: r.toAddress,
    subject: r.subject,
    text: mayReadEmailedLinks(actor, r.kind, smtpConfigured) ? r.textBody : blankLinkTokens(r.textBody),
    status: (r.status === "sending" ? "pending" : r.status) as "pending" | "sent" | "failed",
    createdAt: r.createdAt.toISOString(),
    sentAt: r.sentAt?.toISOString() ?? null,
  }));
}
