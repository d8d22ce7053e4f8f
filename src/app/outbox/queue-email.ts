import { insertOutboxMessage, insertOutboxMessages } from "../../db/outbox-repo";
import type { TRenderedEmail } from "../../email/templates";
import type { TAppContext } from "../shared/context";

/** Puts one email in the outbox (durable, in the caller's transaction when given) and wakes the sender. */
export async function queueEmail(
  ctx: Pick<TAppContext, "db" | "notifyOutbox">,
  input: { to: string; kind: string; organisationId: string | null; email: TRenderedEmail },
  db = ctx.db,
): Promise<void> {
  await insertOutboxMessage(db, {
    organisationId: input.organisationId,
    kind: input.kind,
    toAddress: input.to,
    subject: input.email.subject,
    textBody: input.email.text,
    htmlBody: input.email.html,
  });
  ctx.notifyOutbox();
}

/** Puts many emails in the outbox in one statement (in the caller's transaction when given) and wakes the sender once. */
export async function queueEmails(
  ctx: Pick<TAppContext, "db" | "notifyOutbox">,
  inputs: { to: string; kind: string; organisationId: string | null; email: TRenderedEmail }[],
  db = ctx.db,
): Promise<void> {
  if (inputs.length === 0) return;
  await insertOutboxMessages(
    db,
    inputs.map((input) => ({
      organisationId: input.organisationId,
      kind: input.kind,
      toAddress: input.to,
      subject: input.email.subject,
      textBody: input.email.text,
      htmlBody: input.email.html,
    })),
  );
  ctx.notifyOutbox();
}
