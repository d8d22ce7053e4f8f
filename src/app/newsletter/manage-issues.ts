import {
  deleteDraftIssue,
  deliveryCounts,
  findIssue,
  insertIssue,
  listDeliveries,
  listIssues,
  replaceIssueVersions,
  touchDraftIssue,
  type TIssueRow,
  type TIssueVersionRow,
} from "../../db/newsletter-issues-repo";
import { insertOutboxMessage } from "../../db/outbox-repo";
import { authorise } from "../../domain/policy/index";
import { DELIVERY_STATUSES, type TDeliveryStatus } from "../../domain/newsletter/index";
import { DomainError, notFound } from "../../domain/shared/errors";
import { LOCALES, type TLocale } from "../../domain/shared/locale";
import type { TAppContext } from "../shared/context";
import { renderIssueCopy } from "./issue-copy";
import { requireSubscriberEmail } from "./subscribe";
import { asLocale, storedUserId, type TOperatorActor } from "./subscription-state";


export type TIssueVersions = Partial<Record<TLocale, { subject: string; body: string }>>;

function versionRows(versions: TIssueVersions) {
  return LOCALES.flatMap((language) => {
    const v = versions[language];
    return v ? [{ language, subject: v.subject, bodyMarkdown: v.body }] : [];
  });
}

function progressOf(counts: Record<string, number>) {
  const progress = Object.fromEntries(DELIVERY_STATUSES.map((s) => [s, counts[s] ?? 0])) as Record<TDeliveryStatus, number>;
  return { total: Object.values(progress).reduce((a, b) => a + b, 0), ...progress };
}

function presentIssue(issue: TIssueRow & { versions: TIssueVersionRow[] }, counts: Record<string, number>) {
  const versions: TIssueVersions = {};
  for (const v of issue.versions) versions[asLocale(v.language)] = { subject: v.subject, body: v.bodyMarkdown };
  return {
    id: issue.id,
    status: issue.status as "draft" | "sending" | "sent",
    createdAt: issue.createdAt.toISOString(),
    updatedAt: issue.updatedAt.toISOString(),
    sendStartedAt: issue.sendStartedAt?.toISOString() ?? null,
    sendFinishedAt: issue.sendFinishedAt?.toISOString() ?? null,
    versions,
    progress: progressOf(counts),
  };
}
export type TIssueView = ReturnType<typeof presentIssue>;

async function loadIssue(ctx: Pick<TAppContext, "db">, id: string) {
  const issue = await findIssue(ctx.db, id);
  if (!issue) throw notFound("issue");
  return issue;
}

/** Every issue, newest first, with its send progress. */
export async function listIssuesForOperator(ctx: Pick<TAppContext, "db">, actor: TOperatorActor): Promise<TIssueView[]> {
  authorise(actor, "newsletter.manage");
  const issues = await listIssues(ctx.db);
  return Promise.all(issues.map(async (i) => presentIssue(i, i.status === "draft" ? {} : await deliveryCounts(ctx.db, i.id))));
}

/** One issue with its progress (polled by the live progress view). */
export async function getIssue(ctx: Pick<TAppContext, "db">, actor: TOperatorActor, id: string): Promise<TIssueView> {
  authorise(actor, "newsletter.manage");
  const issue = await loadIssue(ctx, id);
  return presentIssue(issue, await deliveryCounts(ctx.db, id));
}

/** A new draft issue. */
export async function createIssue(ctx: Pick<TAppContext, "db" | "now">, actor: TOperatorActor, input: { versions: TIssueVersions }): Promise<TIssueView> {
  authorise(actor, "newsletter.manage");
  const id = await ctx.db.transaction(async (tx) => {
    const issue = await insertIssue(tx, { createdBy: storedUserId(actor), now: ctx.now() });
    await replaceIssueVersions(tx, issue.id, versionRows(input.versions));
    return issue.id;
  });
  return presentIssue(await loadIssue(ctx, id), {});
}

/** Rewrites a draft's versions; an issue that is sending or sent is frozen. */
export async function updateIssue(ctx: Pick<TAppContext, "db" | "now">, actor: TOperatorActor, id: string, input: { versions: TIssueVersions }): Promise<TIssueView> {
  authorise(actor, "newsletter.manage");
  await ctx.db.transaction(async (tx) => {
    if (!(await touchDraftIssue(tx, id, ctx.now()))) {
      if (!(await findIssue(tx, id))) throw notFound("issue");
      throw new DomainError("CONFLICT", "this issue was sent; it can no longer change", "status");
    }
    await replaceIssueVersions(tx, id, versionRows(input.versions));
  });
  return presentIssue(await loadIssue(ctx, id), {});
}

/** Deletes a draft. */
export async function deleteIssue(ctx: Pick<TAppContext, "db">, actor: TOperatorActor, id: string): Promise<void> {
  authorise(actor, "newsletter.manage");
  if (await deleteDraftIssue(ctx.db, id)) return;
  await loadIssue(ctx, id);
  throw new DomainError("CONFLICT", "only a draft can be deleted", "status");
}

function versionFor(issue: { versions: TIssueVersionRow[] }, language: TLocale) {
  const v = issue.versions.find((x) => x.language === language);
  if (!v) throw new DomainError("VALIDATION", `this issue has no ${language} version`, "language");
  return { language, subject: v.subject, bodyMarkdown: v.bodyMarkdown };
}

/** The email exactly as a subscriber of that language will get it (links inert). */
export async function previewIssue(ctx: Pick<TAppContext, "db" | "config" | "secret">, actor: TOperatorActor, id: string, language: TLocale) {
  authorise(actor, "newsletter.manage");
  const copy = renderIssueCopy(ctx.config, ctx.secret, versionFor(await loadIssue(ctx, id), language), null);
  return { subject: copy.subject, html: copy.html, text: copy.text };
}

/** Sends one copy to a test address through the outbox (links inert, subject marked as a test). */
export async function sendTestIssue(
  ctx: Pick<TAppContext, "db" | "config" | "secret" | "notifyOutbox">,
  actor: TOperatorActor,
  id: string,
  input: { email: string; language: TLocale },
): Promise<void> {
  authorise(actor, "newsletter.manage");
  const to = requireSubscriberEmail(input.email);
  const copy = renderIssueCopy(ctx.config, ctx.secret, versionFor(await loadIssue(ctx, id), input.language), null);
  await insertOutboxMessage(ctx.db, {
    organisationId: null,
    kind: "newsletter_test",
    toAddress: to,
    subject: `[Test] ${copy.subject}`,
    textBody: copy.text,
    htmlBody: copy.html,
    headers: copy.headers,
  });
  ctx.notifyOutbox();
}

/** The recipients of an issue with their delivery status (addresses of erased subscribers are gone). */
export async function listIssueDeliveries(
  ctx: Pick<TAppContext, "db">,
  actor: TOperatorActor,
  id: string,
  filter: { status?: TDeliveryStatus; limit: number; offset: number },
) {
  authorise(actor, "newsletter.manage");
  await loadIssue(ctx, id);
  const rows = await listDeliveries(ctx.db, id, filter);
  return {
    items: rows.map(({ delivery, email }) => ({
      id: delivery.id,
      email,
      language: asLocale(delivery.language),
      status: delivery.status as TDeliveryStatus,
      attempts: delivery.attempts,
      sentAt: delivery.sentAt?.toISOString() ?? null,
      lastError: delivery.lastError,
    })),
  };
}
