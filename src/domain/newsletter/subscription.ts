import type { TLocale } from "../shared/locale";

/** Where a subscriber stands; only `confirmed` receives issues. `erased` leaves nothing but a suppression hash. */
export type TSubscriptionStatus = "pending" | "confirmed" | "unsubscribed" | "erased";

/** The part of a subscriber the rules look at. */
export type TSubscription = {
  status: TSubscriptionStatus;
  language: TLocale;
  /** when the last confirmation email was queued */
  confirmationSentAt: Date | null;
  /** expiry of the live confirmation link; null when there is none (confirmed, unsubscribed or used) */
  confirmationExpiresAt: Date | null;
};

/** A confirmation link works for 48 hours. */
export const CONFIRMATION_HOURS = 48;
/** Subscriptions never confirmed are deleted this many days after their last confirmation email. */
export const PENDING_RETENTION_DAYS = 7;
/** A new confirmation email for the same address goes out at most this often (a repeated form must not flood an inbox). */
export const CONFIRMATION_RESEND_MINUTES = 10;

export type TSubscribeDecision = {
  next: TSubscription;
  /** a fresh confirmation link must be issued and emailed */
  sendConfirmation: boolean;
  /** the stored subscriber changes */
  changed: boolean;
};

function withNewLink(current: TSubscription, language: TLocale, now: Date): TSubscription {
  return {
    ...current,
    status: "pending",
    language,
    confirmationSentAt: now,
    confirmationExpiresAt: new Date(now.getTime() + CONFIRMATION_HOURS * 3600_000),
  };
}

/**
 * What a subscription request does. New, unsubscribed or erased addresses become pending with a
 * fresh link; a pending one gets a new link unless one went out minutes ago; a confirmed one is
 * left alone. The caller answers the same in every case.
 */
export function decideSubscribe(current: TSubscription | undefined, request: { language: TLocale; now: Date }): TSubscribeDecision {
  const { language, now } = request;
  const blank: TSubscription = { status: "erased", language, confirmationSentAt: null, confirmationExpiresAt: null };
  const base = current ?? blank;
  switch (base.status) {
    case "confirmed":
      return { next: base, sendConfirmation: false, changed: false };
    case "pending": {
      const last = base.confirmationSentAt?.getTime() ?? Number.NEGATIVE_INFINITY;
      const tooSoon = now.getTime() - last < CONFIRMATION_RESEND_MINUTES * 60_000;
      if (tooSoon) {
        const next = { ...base, language };
        return { next, sendConfirmation: false, changed: base.language !== language };
      }
      return { next: withNewLink(base, language, now), sendConfirmation: true, changed: true };
    }
    case "unsubscribed":
    case "erased":
      return { next: withNewLink(base, language, now), sendConfirmation: true, changed: true };
  }
}

export type TConfirmDecision =
  | { ok: true; next: TSubscription }
  | { ok: false; reason: "expired" | "used" };

/** Confirms a pending subscription whose link is still live; a used or expired link changes nothing. */
export function decideConfirm(current: TSubscription, now: Date): TConfirmDecision {
  if (current.status !== "pending" || current.confirmationExpiresAt === null) return { ok: false, reason: "used" };
  if (current.confirmationExpiresAt.getTime() <= now.getTime()) return { ok: false, reason: "expired" };
  return { ok: true, next: { ...current, status: "confirmed", confirmationExpiresAt: null } };
}

export type TUnsubscribeDecision = { next: TSubscription; outcome: "unsubscribed" | "already_unsubscribed" };

/** Stops all issues; a pending confirmation link dies with it. Unsubscribing twice changes nothing. */
export function decideUnsubscribe(current: TSubscription): TUnsubscribeDecision {
  if (current.status === "unsubscribed" || current.status === "erased") return { next: current, outcome: "already_unsubscribed" };
  return { next: { ...current, status: "unsubscribed", confirmationExpiresAt: null }, outcome: "unsubscribed" };
}

/** Switches the language issues arrive in; nothing else changes. */
export function decideLanguageChange(current: TSubscription, language: TLocale): { next: TSubscription; changed: boolean } {
  if (current.status === "erased") return { next: current, changed: false };
  return { next: { ...current, language }, changed: current.language !== language };
}

/** Forgets the subscriber: what remains is the status, for the suppression list. */
export function decideErase(current: TSubscription): TSubscription {
  return { status: "erased", language: current.language, confirmationSentAt: null, confirmationExpiresAt: null };
}

/** True when the subscriber is sent issues. */
export function receivesIssues(subscription: Pick<TSubscription, "status">): boolean {
  return subscription.status === "confirmed";
}
