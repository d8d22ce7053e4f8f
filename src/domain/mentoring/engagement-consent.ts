// Consent to a mentor-started engagement (issue 13): a mentor cannot start mentoring someone on their own. An
// engagement a mentor starts stays `proposed` until the mentee accepts it — and HR too, when the organisation
// asks for it — and becomes active with the last consent; one decline cancels it. HR-started engagements need none.
import { DomainError, ErrorCodes, invalid } from "../shared/errors";
import type { TEngagementStatus } from "./engagement";

export const CONSENT_STATES = ["not_required", "pending", "accepted", "declined"] as const;
export type TConsentState = (typeof CONSENT_STATES)[number];
export type TEngagementConsent = { mentee: TConsentState; hr: TConsentState };
export type TConsentParty = "mentee" | "hr";
export type TConsentDecision = "accept" | "decline";

/** The consents a new engagement waits for: none when HR starts it; the mentee's (and HR's when the organisation asks) when a mentor does. */
export function initialConsent(startedBy: "hr" | "mentor", hrApprovesMentorEngagements: boolean): TEngagementConsent {
  if (startedBy === "hr") return { mentee: "not_required", hr: "not_required" };
  return { mentee: "pending", hr: hrApprovesMentorEngagements ? "pending" : "not_required" };
}

/** Reads stored consent values; anything unknown counts as not required (rows written before consent existed). */
export function toConsent(mentee: string, hr: string): TEngagementConsent {
  const state = (value: string): TConsentState => ((CONSENT_STATES as readonly string[]).includes(value) ? (value as TConsentState) : "not_required");
  return { mentee: state(mentee), hr: state(hr) };
}

/** True while someone still has to consent: until then the mentor sees the person's name and nothing else. */
export function awaitingConsent(consent: TEngagementConsent): boolean {
  return consent.mentee === "pending" || consent.hr === "pending";
}

/** Which pending consent the actor can give: their own as the mentee first, else HR's. Null when none. */
export function consentPartyOf(consent: TEngagementConsent, roles: readonly string[]): TConsentParty | null {
  if (roles.includes("mentee") && consent.mentee === "pending") return "mentee";
  if (roles.includes("hr") && consent.hr === "pending") return "hr";
  return null;
}

/**
 * One party accepts or declines. Returns the consents after it and the engagement's status: `active` when nobody
 * is awaited any more, `cancelled` on a decline, else still `proposed`. CONFLICT (field decision) when the
 * engagement is not proposed or that party's consent is not pending.
 */
export function answerConsent(
  status: TEngagementStatus,
  consent: TEngagementConsent,
  party: TConsentParty,
  decision: unknown,
): { consent: TEngagementConsent; status: TEngagementStatus } {
  if (decision !== "accept" && decision !== "decline") throw invalid("decision", "decision must be accept or decline");
  if (status !== "proposed" || consent[party] !== "pending") {
    throw new DomainError(ErrorCodes.CONFLICT, `this engagement does not wait for the ${party === "hr" ? "HR" : "mentee's"} consent`, "decision");
  }
  const next: TEngagementConsent = { ...consent, [party]: decision === "accept" ? "accepted" : "declined" };
  if (decision === "decline") return { consent: next, status: "cancelled" };
  return { consent: next, status: awaitingConsent(next) ? "proposed" : "active" };
}
