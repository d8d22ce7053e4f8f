import { findOrganisationSettings, listRaters, listRatersToRemind, markInvited, markReminded, type TRaterContext } from "../../db/feedback-repo";
import { findCampaign } from "../../db/feedback-repo";
import { isLocale, type TLocale } from "../../domain/shared/locale";
import { renderRaterInvitation, renderRaterReminder, type TRaterEmailGroup } from "../../email/templates";
import { queueEmail } from "../outbox/queue-email";
import type { TAppContext } from "../shared/context";
import { hashSecret, newSecret } from "../shared/secrets";
import { loadThresholds } from "./anonymity-settings";
import { REMINDER_RULES } from "./campaign-rules";

type TMailCtx = Pick<TAppContext, "db" | "config" | "notifyOutbox">;

/** The rater's link: the token sits in the fragment, which browsers never send to a server. */
export function raterLink(publicUrl: string, token: string): string {
  return `${publicUrl}/rate#token=${token}`;
}

type TOrgInfo = { name: string; groupMinimum: number };

async function orgInfo(ctx: Pick<TAppContext, "db">, organisationId: string): Promise<TOrgInfo> {
  const org = await findOrganisationSettings(ctx.db, organisationId);
  const thresholds = await loadThresholds(ctx, organisationId);
  return { name: org?.name ?? "", groupMinimum: Math.min(thresholds.peer, thresholds.directReport, thresholds.other) };
}

function emailInput(org: TOrgInfo, rater: { name: string; group: string }, subject: string, closesAt: Date, url: string) {
  return { name: rater.name, subject, organisation: org.name, group: rater.group as TRaterEmailGroup, groupMinimum: org.groupMinimum, closesAt, url };
}

const language = (value: string): TLocale => (isLocale(value) ? value : "nl");

/**
 * Gives every rater of a campaign a fresh link and queues the invitation in their language. Only
 * the SHA-256 of each token is stored. Call inside the launch transaction.
 */
export async function inviteRaters(ctx: TMailCtx, organisationId: string, campaignId: string, now: Date): Promise<number> {
  const campaign = await findCampaign(ctx.db, organisationId, campaignId);
  if (!campaign) return 0;
  const org = await orgInfo(ctx, organisationId);
  const subject = `${campaign.subjectFirstName} ${campaign.subjectLastName}`;
  const raters = await listRaters(ctx.db, organisationId, campaignId);
  for (const rater of raters) {
    const token = newSecret();
    await markInvited(ctx.db, organisationId, rater.id, hashSecret(token), now);
    const email = renderRaterInvitation(language(rater.language), emailInput(org, rater, subject, campaign.campaign.closesAt, raterLink(ctx.config.publicUrl, token)));
    await queueEmail(ctx, { to: rater.email, kind: "feedback_invitation", organisationId, email });
  }
  return raters.length;
}

async function remind(ctx: TMailCtx, row: TRaterContext, org: TOrgInfo, now: Date, lastContactBefore: Date): Promise<boolean> {
  const token = newSecret();
  return ctx.db.transaction(async (tx) => {
    const claimed = await markReminded(tx, row.rater.organisationId, row.rater.id, hashSecret(token), now, lastContactBefore);
    if (!claimed) return false;
    const subject = `${row.subjectFirstName} ${row.subjectLastName}`;
    const email = renderRaterReminder(language(row.rater.language), emailInput(org, row.rater, subject, row.campaign.closesAt, raterLink(ctx.config.publicUrl, token)));
    await queueEmail({ ...ctx, db: tx }, { to: row.rater.email, kind: "feedback_reminder", organisationId: row.rater.organisationId, email }, tx);
    return true;
  });
}

type TReminderFilter = { organisationId: string | null; campaignId?: string; closesAfter: Date; lastContactBefore: Date; maxReminders: number };

async function sendReminders(ctx: TMailCtx, filter: TReminderFilter, now: Date): Promise<number> {
  const rows = await listRatersToRemind(ctx.db, { ...filter, now });
  const orgs = new Map<string, TOrgInfo>();
  let sent = 0;
  for (const row of rows) {
    const organisationId = row.rater.organisationId;
    let org = orgs.get(organisationId);
    if (!org) {
      org = await orgInfo(ctx, organisationId);
      orgs.set(organisationId, org);
    }
    if (await remind(ctx, row, org, now, filter.lastContactBefore)) sent++;
  }
  if (sent > 0) ctx.notifyOutbox();
  return sent;
}

/**
 * Reminds the raters of one open campaign who have not submitted, each with a new link (the old one
 * stops working); someone emailed in the last hour is skipped, so a double click sends once.
 */
export async function sendCampaignReminders(ctx: TMailCtx, organisationId: string, campaignId: string, now: Date): Promise<number> {
  return sendReminders(
    ctx,
    {
      organisationId,
      campaignId,
      closesAfter: now,
      lastContactBefore: new Date(now.getTime() - REMINDER_RULES.manualIntervalMs),
      maxReminders: REMINDER_RULES.manualMaxReminders,
    },
    now,
  );
}

/**
 * The automatic reminders of every organisation (see README): raters of open campaigns who have not
 * submitted, last emailed at least 3 days ago, at most 3 reminders, none in the 12 hours before close.
 */
export async function sendDueReminders(ctx: Pick<TAppContext, "db" | "config" | "notifyOutbox" | "log">, now: Date): Promise<number> {
  const sent = await sendReminders(
    ctx,
    {
      organisationId: null,
      closesAfter: new Date(now.getTime() + REMINDER_RULES.autoQuietBeforeCloseMs),
      lastContactBefore: new Date(now.getTime() - REMINDER_RULES.autoIntervalMs),
      maxReminders: REMINDER_RULES.autoMaxReminders,
    },
    now,
  );
  if (sent > 0) ctx.log.info({ sent }, "360 reminders queued");
  return sent;
}
