import type { TCampaignStatus, TNominee, TNomineeGroup } from "../../../contracts/feedback";
import { tk } from "../../i18n";

/** Translation keys of the rater groups, in report order. */
export const GROUP_LABELS: Record<TNomineeGroup, string> = {
  line_manager: tk("feedback.group.line_manager"),
  peer: tk("feedback.group.peer"),
  direct_report: tk("feedback.group.direct_report"),
  other: tk("feedback.group.other"),
};

/** Translation keys of the reasons a nominee is refused. */
export const PROBLEM_LABELS: Record<NonNullable<TNominee["problem"]>, string> = {
  self: tk("feedback.problem.self"),
  duplicate: tk("feedback.problem.duplicate"),
  not_a_direct_report: tk("feedback.problem.not_a_direct_report"),
};

/** Translation keys of the campaign states. */
export const STATUS_LABELS: Record<TCampaignStatus, string> = {
  nominating: tk("feedback.status.nominating"),
  awaiting_approval: tk("feedback.status.awaiting_approval"),
  approved: tk("feedback.status.approved"),
  open: tk("feedback.status.open"),
  closed: tk("feedback.status.closed"),
  cancelled: tk("feedback.status.cancelled"),
};

/** Badge colours dark enough for text contrast on their light background. */
export const STATUS_COLOURS: Record<TCampaignStatus, string> = {
  nominating: "gray",
  awaiting_approval: "orange",
  approved: "teal",
  open: "blue",
  closed: "green",
  cancelled: "red",
};

/** A yyyy-mm-dd date input as the end of that day (17:00 local time) in ISO form. */
export function closeDateToIso(date: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const value = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 17, 0, 0);
  return Number.isNaN(value.getTime()) ? null : value.toISOString();
}

/** The local yyyy-mm-dd of a date `days` from now (a default close date). */
export function dateInDays(days: number, from: Date): string {
  const date = new Date(from.getTime() + days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
