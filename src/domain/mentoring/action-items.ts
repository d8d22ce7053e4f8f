import { DomainError, ErrorCodes, invalid } from "../shared/errors";
import { partyOf, requireActive, type TEngagement } from "./engagement";
import { addDays, formatLocalDate, localToUtc, parseLocalDate, utcToLocal } from "./zoned-time";

export const ACTION_OWNERS = ["mentor", "mentee"] as const;
export type TActionOwner = (typeof ACTION_OWNERS)[number];
export const MAX_ACTION_TEXT_LENGTH = 500;

/** Something to do before a due date (a local date in the engagement's time zone), owned by the mentor or the mentee. */
export type TActionItem = {
  id: string;
  engagementId: string;
  sessionId: string | null;
  text: string;
  dueDate: string;
  owner: TActionOwner;
  done: boolean;
  doneAt: Date | null;
  createdAt: Date;
};

/** The local calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function localDateOf(instant: Date, timeZone: string): string {
  return formatLocalDate(utcToLocal(instant, timeZone));
}

/** The instant an item becomes overdue: local midnight at the end of its due date (DST-correct). */
export function actionItemOverdueAt(dueDate: string, timeZone: string): Date {
  const next = addDays(parseLocalDate("dueDate", dueDate), 1);
  return localToUtc({ ...next, hour: 0, minute: 0, second: 0 }, timeZone, "dueDate", "compatible");
}

/** Open and past the end of its due date. */
export function isOverdue(item: Pick<TActionItem, "done" | "dueDate">, now: Date, timeZone: string): boolean {
  return !item.done && now.getTime() >= actionItemOverdueAt(item.dueDate, timeZone).getTime();
}

export type TNewActionItemInput = { id: string; sessionId?: string | null; text: unknown; dueDate: unknown; owner: unknown; actorUserId: string; now: Date };

/** The mentor or the mentee adds an action item in an active engagement; its due date is today or later (local date). */
export function newActionItem(engagement: TEngagement, input: TNewActionItemInput): TActionItem {
  partyOf(engagement, input.actorUserId);
  requireActive(engagement);
  if (typeof input.text !== "string" || input.text.trim() === "") throw invalid("text", "text is required");
  const text = input.text.trim();
  if (text.length > MAX_ACTION_TEXT_LENGTH) throw invalid("text", `text is longer than ${MAX_ACTION_TEXT_LENGTH} characters`);
  parseLocalDate("dueDate", input.dueDate);
  const dueDate = input.dueDate as string;
  if (dueDate < localDateOf(input.now, engagement.timeZone)) throw invalid("dueDate", "the due date is in the past");
  if (!(ACTION_OWNERS as readonly unknown[]).includes(input.owner)) throw invalid("owner", "owner must be mentor or mentee");
  return {
    id: input.id,
    engagementId: engagement.id,
    sessionId: input.sessionId ?? null,
    text,
    dueDate,
    owner: input.owner as TActionOwner,
    done: false,
    doneAt: null,
    createdAt: input.now,
  };
}

/** Either party ticks an item off (or reopens it). Ticking a done item again is a CONFLICT, so a double click is visible. */
export function setActionItemDone(engagement: TEngagement, item: TActionItem, input: { done: boolean; actorUserId: string; now: Date }): TActionItem {
  partyOf(engagement, input.actorUserId);
  if (item.engagementId !== engagement.id) throw new DomainError(ErrorCodes.NOT_FOUND, "action item not found");
  if (item.done === input.done) throw new DomainError(ErrorCodes.CONFLICT, input.done ? "the action item is already done" : "the action item is already open", "done");
  return { ...item, done: input.done, doneAt: input.done ? input.now : null };
}
