import { type TPersonAccount, ZPersonAccount } from "../../../contracts/invitations";
import { canResend, RESEND_INTERVAL_MINUTES } from "../../../domain/invitations/index";
import { api, apiRequest } from "../../api/api-client";

/** Sends the pending (or lapsed) invitation again with a fresh link; answers the person's account. */
export function resendInvitation(invitationId: string): Promise<TPersonAccount> {
  return api.post(`/api/invitations/${encodeURIComponent(invitationId)}/resend`, {}, { schema: ZPersonAccount });
}

/** Withdraws a pending invitation: its link stops working; answers the person's account. */
export function revokeInvitation(invitationId: string): Promise<TPersonAccount> {
  return api.post(`/api/invitations/${encodeURIComponent(invitationId)}/revoke`, {}, { schema: ZPersonAccount });
}

/** Links a member's account (one without a person record) to this person by hand. */
export function linkAccount(personId: string, userId: string): Promise<unknown> {
  return apiRequest("PUT", `/api/people/${encodeURIComponent(personId)}/account`, { body: { userId } });
}

/** Unlinks the person's account: the account stays a member, without a person record. */
export function unlinkAccount(personId: string): Promise<unknown> {
  return api.delete(`/api/people/${encodeURIComponent(personId)}/account`);
}

/**
 * When HR may send an invitation again (the server allows one resend per interval), or null when
 * it may be sent now.
 */
export function resendableFrom(lastSentAt: string | null, now: Date): Date | null {
  if (!lastSentAt) return null;
  const sent = new Date(lastSentAt);
  if (Number.isNaN(sent.getTime()) || canResend(sent, now)) return null;
  return new Date(sent.getTime() + RESEND_INTERVAL_MINUTES * 60 * 1000);
}
