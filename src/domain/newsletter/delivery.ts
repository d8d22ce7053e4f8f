import type { TLocale } from "../shared/locale";
import { invalid } from "../shared/errors";

/**
 * One recipient of one issue, in the send ledger:
 * pending -> sending -> sent | pending (retry later) | failed | unknown; skipped when the subscriber
 * left before their turn. `unknown` means the SMTP server may or may not have taken the message
 * (the process died or the connection broke mid-handover): it is never resent on its own.
 */
export type TDeliveryStatus = "pending" | "sending" | "sent" | "failed" | "unknown" | "skipped";

/** Every status, in the order the progress view lists them. */
export const DELIVERY_STATUSES: readonly TDeliveryStatus[] = ["pending", "sending", "sent", "unknown", "failed", "skipped"];

/** A delivery is tried at most this often before it fails for good. */
export const MAX_DELIVERY_ATTEMPTS = 5;
/** A claim older than this belongs to a sender that died (no SMTP handover takes this long). */
export const SENDING_LEASE_MINUTES = 15;

const RETRY_MINUTES = [1, 5, 15, 60] as const;

/** What nodemailer tells us about a failed handover. */
export type TSmtpFailure = { responseCode?: number; code?: string; originalCode?: string };

/** The next ledger status after a failed handover. */
export type TFailureOutcome = "retry" | "failed" | "unknown";

// The server was never reached: nothing can have been delivered.
const UNREACHED = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "EADDRNOTAVAIL"]);
// Failures nodemailer reports before it opens a mail transaction.
const BEFORE_TRANSACTION = new Set(["EDNS", "EAUTH", "EENVELOPE", "EMESSAGE", "ESTREAM", "EREQUIRETLS"]);

/**
 * Classifies a failed handover. A reply code means the server answered and did not take the message
 * (4xx: try again later, 5xx: refused for good); an unreachable server took nothing; anything else —
 * a broken connection or a timeout mid-session — may have been delivered, so it is `unknown`.
 */
export function classifySmtpFailure(failure: TSmtpFailure): TFailureOutcome {
  const reply = failure.responseCode;
  if (typeof reply === "number" && reply >= 400 && reply < 600) return reply >= 500 ? "failed" : "retry";
  if (failure.originalCode && UNREACHED.has(failure.originalCode)) return "retry";
  if (failure.code && BEFORE_TRANSACTION.has(failure.code)) return failure.code === "EAUTH" || failure.code === "EDNS" ? "retry" : "failed";
  return "unknown";
}

/** After a retryable failure: back to pending with a growing pause, or failed once the attempts are used up. */
export function afterRetryableFailure(attempts: number, now: Date): { status: "pending"; nextAttemptAt: Date } | { status: "failed" } {
  if (attempts >= MAX_DELIVERY_ATTEMPTS) return { status: "failed" };
  const minutes = RETRY_MINUTES[Math.min(Math.max(attempts - 1, 0), RETRY_MINUTES.length - 1)] ?? 60;
  return { status: "pending", nextAttemptAt: new Date(now.getTime() + minutes * 60_000) };
}

/** The moment before which a `sending` claim counts as orphaned by a dead sender. */
export function orphanedBefore(now: Date): Date {
  return new Date(now.getTime() - SENDING_LEASE_MINUTES * 60_000);
}

/** How the operator settles an `unknown` delivery: they know it arrived, or it is sent again (same Message-ID). */
export type TUnknownResolution = "delivered" | "resend";

/** The status an `unknown` delivery moves to; other statuses are not the operator's to settle. */
export function resolveUnknownDelivery(status: TDeliveryStatus, resolution: TUnknownResolution): "sent" | "pending" {
  if (status !== "unknown") throw invalid("status", `only a delivery in 'unknown' can be settled; this one is '${status}'`);
  return resolution === "delivered" ? "sent" : "pending";
}

/** An issue is finished once nothing is waiting or in flight. */
export function isSendFinished(counts: Partial<Record<TDeliveryStatus, number>>): boolean {
  return (counts.pending ?? 0) === 0 && (counts.sending ?? 0) === 0;
}

/**
 * Checks an issue can go out: every language that has confirmed subscribers needs a version,
 * so nobody is silently left out. Returns the languages that will receive it.
 */
export function planIssueLanguages(versionLanguages: readonly TLocale[], confirmedByLanguage: Partial<Record<TLocale, number>>): TLocale[] {
  const languages = (Object.keys(confirmedByLanguage) as TLocale[]).filter((l) => (confirmedByLanguage[l] ?? 0) > 0);
  const missing = languages.filter((l) => !versionLanguages.includes(l));
  if (missing.length > 0) {
    throw invalid(`versions.${missing[0]}`, `write the ${missing.join(", ")} version first: confirmed subscribers read that language`);
  }
  if (languages.length === 0) throw invalid("subscribers", "there are no confirmed subscribers yet");
  return languages.sort();
}
