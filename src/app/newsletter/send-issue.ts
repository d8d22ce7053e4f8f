import { countConfirmedByLanguage, enqueueDeliveries, findIssue, markIssueSending, resolveUnknownDeliveryRow, findDelivery, finishSettledIssues } from "../../db/newsletter-issues-repo";
import { authorise } from "../../domain/policy/index";
import { planIssueLanguages, resolveUnknownDelivery, type TUnknownResolution } from "../../domain/newsletter/index";
import { DomainError, notFound } from "../../domain/shared/errors";
import type { TLocale } from "../../domain/shared/locale";
import type { TAppContext } from "../shared/context";
import { getIssue, type TIssueView } from "./manage-issues";
import { asLocale, type TOperatorActor } from "./subscription-state";

type TSendCtx = Pick<TAppContext, "db" | "now" | "notifyNewsletter">;

/**
 * Starts sending a draft: in one transaction the issue becomes `sending` and the ledger gets one row
 * per confirmed subscriber of each language (their language at this moment). The sender works the
 * ledger from there; a second click finds the issue no longer a draft.
 */
export async function startIssueSend(ctx: TSendCtx, actor: TOperatorActor, id: string): Promise<TIssueView> {
  authorise(actor, "newsletter.manage");
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const issue = await findIssue(tx, id);
    if (!issue) throw notFound("issue");
    if (issue.status !== "draft") throw new DomainError("CONFLICT", "this issue is already being sent or was sent", "status");
    const languages = planIssueLanguages(
      issue.versions.map((v) => asLocale(v.language)),
      (await countConfirmedByLanguage(tx)) as Partial<Record<TLocale, number>>,
    );
    if (!(await markIssueSending(tx, id, now))) throw new DomainError("CONFLICT", "this issue is already being sent or was sent", "status");
    await enqueueDeliveries(tx, id, languages, now);
  });
  ctx.notifyNewsletter?.();
  return getIssue(ctx, actor, id);
}

/**
 * Settles a delivery whose fate is unknown (the sender died or the connection broke mid-handover):
 * `delivered` records it as sent; `resend` queues it again with the same Message-ID, so a receiving
 * system that already has it can drop the duplicate.
 */
export async function resolveDelivery(
  ctx: TSendCtx,
  actor: TOperatorActor,
  input: { issueId: string; deliveryId: string; resolution: TUnknownResolution },
): Promise<TIssueView> {
  authorise(actor, "newsletter.manage");
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const delivery = await findDelivery(tx, input.issueId, input.deliveryId);
    if (!delivery) throw notFound("delivery");
    const next = resolveUnknownDelivery(delivery.status as Parameters<typeof resolveUnknownDelivery>[0], input.resolution);
    if (!(await resolveUnknownDeliveryRow(tx, input.issueId, input.deliveryId, next, now))) {
      throw new DomainError("CONFLICT", "this delivery was settled meanwhile", "status");
    }
    await finishSettledIssues(tx, now);
  });
  if (input.resolution === "resend") ctx.notifyNewsletter?.();
  return getIssue(ctx, actor, input.issueId);
}
