import type { TSubscriberRow } from "../../db/newsletter-repo";
import type { TSubscription, TSubscriptionStatus } from "../../domain/newsletter/index";
import { isLocale, type TLocale } from "../../domain/shared/locale";

/** The rules' view of a stored subscriber. */
export function toSubscription(row: TSubscriberRow): TSubscription {
  return {
    status: row.status as TSubscriptionStatus,
    language: asLocale(row.language),
    confirmationSentAt: row.confirmationSentAt,
    confirmationExpiresAt: row.confirmTokenHash ? row.confirmExpiresAt : null,
  };
}

/** A stored language as a locale (rows are written from validated input; English if ever not). */
export function asLocale(value: string): TLocale {
  return isLocale(value) ? value : "en";
}

/** Who may run the operator's newsletter and insights screens. */
export type TOperatorActor = { userId: string; isOperator: boolean };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The actor's user id when it names a stored user (the command line acts as no user). */
export function storedUserId(actor: TOperatorActor): string | null {
  return UUID.test(actor.userId) ? actor.userId : null;
}
