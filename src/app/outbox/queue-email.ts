import { insertOutboxMessages } from "../../db/outbox-repo";
import type { TRenderedEmail } from "../../email/templates";
import type { TAppContext } from "../shared/context";

type TQueuedEmail = { to: string; kind: string; organisationId: string | null; email: TRenderedEmail };

/** Puts one email in the outbox (durable, in the caller's transaction when given) and wakes the sender. */
export async function queueEmail(
  ctx: Pick<TAppContext, "db" | "notifyOutbox">,
  input: TQueuedEmail,
  db = ctx.db,
): Promise<void> {
  await queueEmails(ctx, [input], db);
}

/** Puts many emails in the outbox in one statement (in the caller's transaction when given) and wakes the sender once. */
export async function queueEmails(
  ctx: Pick<TAppContext, "db" | "notifyOutbox">,
  inputs: TQueuedEmail[],
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
