import { listOutbox as listOutboxRows } from "../../db/outbox-repo";
import { DomainError } from "../../domain/shared/errors";
import { canAdministerOrganisation, type TActor } from "../../domain/shared/roles";
import type { TAppContext } from "../shared/context";

/** The emails of the actor's organisation; the operator also sees platform emails (resets). */
export async function listOutbox(ctx: Pick<TAppContext, "db">, actor: TActor) {
  if (!canAdministerOrganisation(actor)) throw new DomainError("FORBIDDEN", "only HR admins and the operator read the outbox");
  const rows = await listOutboxRows(ctx.db, actor.isOperator ? null : actor.organisationId);
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    to: r.toAddress,
    subject: r.subject,
    text: r.textBody,
    status: (r.status === "sending" ? "pending" : r.status) as "pending" | "sent" | "failed",
    createdAt: r.createdAt.toISOString(),
    sentAt: r.sentAt?.toISOString() ?? null,
  }));
}
