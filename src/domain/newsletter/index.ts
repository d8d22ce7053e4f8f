export type { TSubscription, TSubscriptionStatus, TSubscribeDecision, TConfirmDecision, TUnsubscribeDecision } from "./subscription";
export type { TDeliveryStatus, TSmtpFailure, TFailureOutcome, TUnknownResolution } from "./delivery";
export type { TConsentAction } from "./consent";

/** How long a confirmation link lives, in hours (48). */
export { CONFIRMATION_HOURS } from "./subscription";
/** The shortest pause between two confirmation emails to one address, in minutes. */
export { CONFIRMATION_RESEND_MINUTES } from "./subscription";
/** Days an unconfirmed subscription is kept before it is deleted. */
export { PENDING_RETENTION_DAYS } from "./subscription";
/** What a subscription request does to a new, pending, confirmed, unsubscribed or erased address. */
export { decideSubscribe } from "./subscription";
/** Confirms a pending subscription with a live link; used or expired links change nothing. */
export { decideConfirm } from "./subscription";
/** Unsubscribes; the second time is a no-op with its own outcome. */
export { decideUnsubscribe } from "./subscription";
/** Changes the language issues arrive in. */
export { decideLanguageChange } from "./subscription";
/** The state after erasure: nothing personal left. */
export { decideErase } from "./subscription";
/** True when the subscriber is sent issues (confirmed only). */
export { receivesIssues } from "./subscription";
/** A typed address as stored: trimmed, lower case; control characters (header injection) refused. */
export { parseSubscriberEmail, MAX_EMAIL_LENGTH } from "./subscriber-email";
/** The current consent text version and its wording per language. */
export { CONSENT_VERSION, CONSENT_TEXTS } from "./consent";
/** The ledger statuses of one recipient of one issue, in display order. */
export { DELIVERY_STATUSES } from "./delivery";
/** Attempts before a delivery fails for good. */
export { MAX_DELIVERY_ATTEMPTS } from "./delivery";
/** Minutes after which a `sending` claim counts as orphaned. */
export { SENDING_LEASE_MINUTES } from "./delivery";
/** Retry, failed or unknown, from what the SMTP client reported. */
export { classifySmtpFailure } from "./delivery";
/** Pending with a pause, or failed when the attempts are used up. */
export { afterRetryableFailure } from "./delivery";
/** The claim time before which `sending` rows are orphans. */
export { orphanedBefore } from "./delivery";
/** Where the operator's decision moves an `unknown` delivery. */
export { resolveUnknownDelivery } from "./delivery";
/** True once no delivery of an issue is pending or in flight. */
export { isSendFinished } from "./delivery";
/** The languages an issue goes out in; refuses when subscribers of a language would be left out. */
export { planIssueLanguages } from "./delivery";
