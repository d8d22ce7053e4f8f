import type { TCampaignStatus } from "../../contracts/feedback";

/** An open campaign past its close date is closed, wherever it is read (no job needs to close it). */
export function effectiveStatus(campaign: { status: string; closesAt: Date }, now: Date): TCampaignStatus {
  if (campaign.status === "open" && campaign.closesAt.getTime() <= now.getTime()) return "closed";
  return campaign.status as TCampaignStatus;
}

/** When the campaign closed: closed early by HR, or its close date. */
export function effectiveClosedAt(campaign: { status: string; closesAt: Date; closedAt: Date | null }, now: Date): Date | null {
  if (campaign.closedAt) return campaign.closedAt;
  return effectiveStatus(campaign, now) === "closed" ? campaign.closesAt : null;
}

/** Nominees are shown only before the links go out; afterwards only counts per group. */
export function showsNominees(campaign: { status: string; openedAt: Date | null }): boolean {
  return campaign.openedAt === null && ["nominating", "awaiting_approval", "approved", "cancelled"].includes(campaign.status);
}

/** Reminder rules (see README): automatic ones every 3 days at most, 3 in all, none in the last 12 h. */
export const REMINDER_RULES = {
  autoIntervalMs: 3 * 24 * 3600 * 1000,
  autoQuietBeforeCloseMs: 12 * 3600 * 1000,
  autoMaxReminders: 3,
  manualIntervalMs: 3600 * 1000,
  manualMaxReminders: 10,
  timerIntervalMs: 3600 * 1000,
} as const;
