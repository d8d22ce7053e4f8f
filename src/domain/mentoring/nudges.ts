import { invalid } from "../shared/errors";
import { actionItemOverdueAt, type TActionItem } from "./action-items";
import type { TEngagement } from "./engagement";
import type { TSession } from "./sessions";
import { DEFAULT_TIME_ZONE, addDays, checkTimeZone, localToUtc, minuteOfDay, parseLocalDate, parseTimeOfDay, utcToLocal } from "./zoned-time";

export const NUDGE_KINDS = ["session_reminder", "overdue_action", "stale_checkin"] as const;
export type TNudgeKind = (typeof NUDGE_KINDS)[number];

export type TNudge = {
  kind: TNudgeKind;
  recipientUserId: string;
  engagementId: string;
  /** The session id, the action item id, or `<engagementId>/<challengeId>` for a goal. */
  subjectId: string;
  /** Not before this instant: the trigger time, moved to the end of quiet hours when it falls inside them. */
  dueAt: Date;
  /** Deterministic: the same nudge always gets the same key, a new occasion a new key. Unique in the job table. */
  dedupeKey: string;
};

export type TQuietHours = { start: string; end: string };

export type TNudgePolicy = {
  timeZone: string;
  /** Hours before a session that its reminder goes out. */
  sessionReminderHours: number;
  /** An overdue action item is nudged once per this many days. */
  overdueActionCadenceDays: number;
  /** A goal without a check-in for this many days is stale; nudged once per this many days while it stays so. */
  staleCheckInDays: number;
  /** Local times (HH:MM) in `timeZone`; may run over midnight; null = none. */
  quietHours: TQuietHours | null;
};

export const DEFAULT_NUDGE_POLICY: Readonly<TNudgePolicy> = Object.freeze({
  timeZone: DEFAULT_TIME_ZONE,
  sessionReminderHours: 24,
  overdueActionCadenceDays: 7,
  staleCheckInDays: 14,
  quietHours: Object.freeze({ start: "20:00", end: "08:00" }),
});

/** A person's choice: no nudges at all, or none of some kinds. */
export type TNudgePreference = { userId: string; optOut: "all" | readonly TNudgeKind[] };

export type TCheckInStamp = { engagementId: string; challengeId: string; createdAt: Date };

const HOUR = 3_600_000;
const DAY = 86_400_000;

function wholeNumber(field: string, value: unknown, min: number, max: number): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) throw invalid(`nudgePolicy.${field}`, `${field} must be a whole number from ${min} to ${max}`);
  return value;
}

/** An organisation's policy over the defaults, validated (each error names `nudgePolicy.<field>`). */
export function resolveNudgePolicy(overrides?: Partial<TNudgePolicy> | null): TNudgePolicy {
  const merged = { ...DEFAULT_NUDGE_POLICY, ...(overrides ?? {}) };
  const quiet = merged.quietHours;
  if (quiet !== null) {
    if (typeof quiet !== "object") throw invalid("nudgePolicy.quietHours", "quietHours needs a start and an end");
    const start = parseTimeOfDay("nudgePolicy.quietHours.start", quiet.start);
    const end = parseTimeOfDay("nudgePolicy.quietHours.end", quiet.end);
    if (start === end) throw invalid("nudgePolicy.quietHours.end", "quiet hours must start and end at different times");
  }
  return {
    timeZone: checkTimeZone("nudgePolicy.timeZone", merged.timeZone),
    sessionReminderHours: wholeNumber("sessionReminderHours", merged.sessionReminderHours, 1, 168),
    overdueActionCadenceDays: wholeNumber("overdueActionCadenceDays", merged.overdueActionCadenceDays, 1, 90),
    staleCheckInDays: wholeNumber("staleCheckInDays", merged.staleCheckInDays, 1, 90),
    quietHours: quiet === null ? null : { start: quiet.start, end: quiet.end },
  };
}

/** True when the instant falls in the quiet hours (local time in the policy's zone; start inclusive, end exclusive). */
export function inQuietHours(instant: Date, policy: Pick<TNudgePolicy, "timeZone" | "quietHours">): boolean {
  if (!policy.quietHours) return false;
  const start = parseTimeOfDay("quietHours.start", policy.quietHours.start);
  const end = parseTimeOfDay("quietHours.end", policy.quietHours.end);
  const minute = minuteOfDay(utcToLocal(instant, policy.timeZone));
  return start < end ? minute >= start && minute < end : minute >= start || minute < end;
}

/** The instant itself, or the end of the quiet period it falls in (local end time, DST-correct). */
export function afterQuietHours(instant: Date, policy: Pick<TNudgePolicy, "timeZone" | "quietHours">): Date {
  if (!policy.quietHours || !inQuietHours(instant, policy)) return instant;
  const start = parseTimeOfDay("quietHours.start", policy.quietHours.start);
  const end = parseTimeOfDay("quietHours.end", policy.quietHours.end);
  const local = utcToLocal(instant, policy.timeZone);
  const endDay = start > end && minuteOfDay(local) >= start ? addDays(local, 1) : local;
  return localToUtc({ ...endDay, hour: Math.floor(end / 60), minute: end % 60, second: 0 }, policy.timeZone, "quietHours.end", "compatible");
}

/** When a nudge triggered at `trigger` may go: out of quiet hours, and not sent during quiet hours even when the planner runs late. */
function release(trigger: Date, now: Date, policy: TNudgePolicy): Date {
  const due = afterQuietHours(trigger, policy);
  return due.getTime() < now.getTime() && inQuietHours(now, policy) ? afterQuietHours(now, policy) : due;
}

export type TDueNudgesInput = {
  now: Date;
  engagements: readonly TEngagement[];
  sessions: readonly TSession[];
  actionItems: readonly TActionItem[];
  checkIns: readonly TCheckInStamp[];
  preferences: readonly TNudgePreference[];
  orgPolicy?: Partial<TNudgePolicy> | null;
};

/**
 * Every nudge owed at `now` (its trigger has passed), for active engagements only:
 * - `session_reminder`: to mentor and mentee, `sessionReminderHours` before a scheduled session that
 *   has not started; none when the time was agreed inside that window (the invitation just went out)
 *   or when quiet hours would push it to the session's start or later;
 * - `overdue_action`: to the item's owner, from local midnight after the due date, once per
 *   `overdueActionCadenceDays` (period 0, 1, 2 … each a new key; missed periods are not caught up);
 * - `stale_checkin`: to the mentee, per goal, when neither a check-in on it nor the engagement's last
 *   status change is less than `staleCheckInDays` old; again every `staleCheckInDays` while stale.
 * Opted-out people get none. The result is sorted by dueAt, then key. Run it as often as you like:
 * insert each nudge with its dedupeKey as a unique key (insert-or-ignore) and the job table sends it once.
 */
export function dueNudges(input: TDueNudgesInput): TNudge[] {
  const policy = resolveNudgePolicy(input.orgPolicy);
  const now = input.now;
  const active = new Map(input.engagements.filter((e) => e.status === "active").map((e) => [e.id, e]));
  const nudges: TNudge[] = [];

  for (const session of input.sessions) {
    const engagement = active.get(session.engagementId);
    if (!engagement || session.status !== "scheduled" || !session.start) continue;
    const start = session.start;
    const trigger = new Date(start.getTime() - policy.sessionReminderHours * HOUR);
    if (trigger.getTime() > now.getTime() || now.getTime() >= start.getTime()) continue;
    if (session.scheduledAt && session.scheduledAt.getTime() >= trigger.getTime()) continue;
    const dueAt = release(trigger, now, policy);
    if (dueAt.getTime() >= start.getTime()) continue;
    for (const recipientUserId of [session.mentorUserId, session.menteeUserId]) {
      nudges.push({
        kind: "session_reminder",
        recipientUserId,
        engagementId: engagement.id,
        subjectId: session.id,
        dueAt,
        dedupeKey: `session_reminder:${session.id}:${start.toISOString()}:${recipientUserId}`,
      });
    }
  }

  for (const item of input.actionItems) {
    const engagement = active.get(item.engagementId);
    if (!engagement || item.done) continue;
    const overdueAt = actionItemOverdueAt(item.dueDate, engagement.timeZone);
    if (now.getTime() < overdueAt.getTime()) continue;
    const firstDay = addDays(parseLocalDate("dueDate", item.dueDate), 1);
    const today = utcToLocal(now, engagement.timeZone);
    const daysLate = Math.round((Date.UTC(today.year, today.month - 1, today.day) - Date.UTC(firstDay.year, firstDay.month - 1, firstDay.day)) / DAY);
    const period = Math.floor(daysLate / policy.overdueActionCadenceDays);
    const periodDay = addDays(firstDay, period * policy.overdueActionCadenceDays);
    const trigger = localToUtc({ ...periodDay, hour: 0, minute: 0, second: 0 }, engagement.timeZone, "dueDate", "compatible");
    const recipientUserId = item.owner === "mentor" ? engagement.mentorUserId : engagement.menteeUserId;
    nudges.push({
      kind: "overdue_action",
      recipientUserId,
      engagementId: engagement.id,
      subjectId: item.id,
      dueAt: release(trigger, now, policy),
      dedupeKey: `overdue_action:${item.id}:${item.dueDate}:${period}:${recipientUserId}`,
    });
  }

  const lastCheckIn = new Map<string, number>();
  for (const checkIn of input.checkIns) {
    const key = `${checkIn.engagementId}/${checkIn.challengeId}`;
    lastCheckIn.set(key, Math.max(lastCheckIn.get(key) ?? -Infinity, checkIn.createdAt.getTime()));
  }
  const staleMs = policy.staleCheckInDays * DAY;
  for (const engagement of active.values()) {
    for (const goal of engagement.goals) {
      const subjectId = `${engagement.id}/${goal.challengeId}`;
      const since = Math.max(lastCheckIn.get(subjectId) ?? -Infinity, engagement.statusChangedAt.getTime());
      if (now.getTime() < since + staleMs) continue;
      const period = Math.floor((now.getTime() - since - staleMs) / staleMs);
      const trigger = new Date(since + staleMs * (period + 1));
      nudges.push({
        kind: "stale_checkin",
        recipientUserId: engagement.menteeUserId,
        engagementId: engagement.id,
        subjectId,
        dueAt: release(trigger, now, policy),
        dedupeKey: `stale_checkin:${subjectId}:${new Date(since).toISOString()}:${period}:${engagement.menteeUserId}`,
      });
    }
  }

  const optOuts = new Map(input.preferences.map((p) => [p.userId, p.optOut]));
  return nudges
    .filter((nudge) => {
      const optOut = optOuts.get(nudge.recipientUserId);
      return !(optOut === "all" || (Array.isArray(optOut) && optOut.includes(nudge.kind)));
    })
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || (a.dedupeKey < b.dedupeKey ? -1 : a.dedupeKey > b.dedupeKey ? 1 : 0));
}
