// The emails a plan's steps send, queued in the caller's transaction (so a refused step sends nothing): on submit
// the line manager ("please review") and the owner ("submitted"); on approval and on changes requested the owner,
// with the approver's comment. Each in the recipient's language: the account's locale, else the person's, else nl.
import type { TDb } from "../../db/client";
import { findAccountOfPerson, listUserDisplayNames } from "../../db/plans-repo";
import { isLocale, type TLocale } from "../../domain/shared/locale";
import type { TActor } from "../../domain/shared/roles";
import { renderPlanEmail, type TPlanEmailKind } from "../../email/plan-emails";
import { queueEmails } from "../outbox/queue-email";
import type { TAppContext } from "../shared/context";
import { personName, type TPlanPersonRecord } from "./plan-common";

type TEmailCtx = Pick<TAppContext, "db" | "notifyOutbox" | "config">;
type TAccount = NonNullable<Awaited<ReturnType<typeof findAccountOfPerson>>>;

/** The outbox kind of each email (the approver's is plan_submitted, as it always was). */
const KINDS: Record<TPlanEmailKind, string> = {
  review_requested: "plan_submitted",
  submitted: "plan_submitted_owner",
  approved: "plan_approved",
  changes_requested: "plan_changes_requested",
};

/** The plan step an email reports. */
export type TPlanStep = "submit" | "approve" | "request_changes";

const localeOf = (account: TAccount, fallback: string): TLocale => (isLocale(account.locale) ? account.locale : isLocale(fallback) ? fallback : "nl");

/** The display name of the acting user (an approver), from their account. */
async function actorName(db: TDb, actor: TActor, approver: TAccount | undefined): Promise<string | null> {
  if (approver?.userId === actor.userId) return approver.displayName;
  return (await listUserDisplayNames(db, [actor.userId])).get(actor.userId) ?? null;
}

/**
 * Queues the emails of one plan step in `tx`: submit → the line manager's account (review_requested) and the owner
 * (submitted); approve → the owner (approved, with the comment if any); request_changes → the owner, with the comment.
 * Someone without an account gets nothing (there is nobody to write to).
 */
export async function queuePlanStepEmails(
  ctx: TEmailCtx,
  tx: TDb,
  input: { organisationId: string; planId: string; person: TPlanPersonRecord; step: TPlanStep; actor: TActor; comment: string | null },
): Promise<void> {
  const { organisationId, planId, person, step } = input;
  const [owner, manager] = await Promise.all([findAccountOfPerson(tx, organisationId, person.id), person.managerId ? findAccountOfPerson(tx, organisationId, person.managerId) : undefined]);
  const ownerName = personName(person);
  const reviewUrl = `${ctx.config.publicUrl}/plans/${planId}`;
  const ownUrl = `${ctx.config.publicUrl}/me/plan`;
  const emails: { to: string; kind: string; organisationId: string; email: ReturnType<typeof renderPlanEmail> }[] = [];
  const toOwner = (kind: TPlanEmailKind, approverName: string | null, comment: string | null) => {
    if (!owner) return;
    const email = renderPlanEmail(localeOf(owner, person.language), { kind, recipientName: owner.displayName || ownerName, ownerName, approverName, comment, url: ownUrl });
    emails.push({ to: owner.email, kind: KINDS[kind], organisationId, email });
  };
  if (step === "submit") {
    if (manager) {
      const email = renderPlanEmail(localeOf(manager, "nl"), { kind: "review_requested", recipientName: manager.displayName, ownerName, approverName: manager.displayName, comment: null, url: reviewUrl });
      emails.push({ to: manager.email, kind: KINDS.review_requested, organisationId, email });
    }
    toOwner("submitted", manager?.displayName ?? null, null);
  } else {
    const approverName = await actorName(tx, input.actor, manager);
    toOwner(step === "approve" ? "approved" : "changes_requested", approverName, input.comment);
  }
  await queueEmails(ctx, emails, tx);
}
