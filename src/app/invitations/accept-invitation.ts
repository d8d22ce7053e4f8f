import type { TAcceptInvitationRequest, TInvitationInspection } from "../../contracts/invitations";
import type { TDb } from "../../db/client";
import {
  findInvitationAccounts,
  findLiveInvitationByToken,
  isSsoOnlyOrganisation,
  lockAccountForInvitation,
  markInvitationAccepted,
  revokePendingInvitations,
  setFirstPassword,
  type TInvitationRow,
} from "../../db/invitations-repo";
import { grantMemberships } from "../../db/organisations-repo";
import { listInviteCandidates } from "../../db/person-accounts-repo";
import { linkMaySetPassword, matchPersonByEmail } from "../../domain/invitations/index";
import { DomainError, invalid } from "../../domain/shared/errors";
import { isLocale } from "../../domain/shared/locale";
import type { TOrgRole } from "../../domain/shared/roles";
import { createSession } from "../auth/sign-in";
import { hashPassword } from "../shared/passwords";
import { hashSecret } from "../shared/secrets";
import type { TAppContext } from "../shared/context";

/** One answer for every link that does not work (unknown, expired, used, revoked): nobody learns which. */
function invalidToken(): DomainError {
  return new DomainError("INVALID_TOKEN", "this invitation is unknown, used, revoked or expired", "token");
}

function passwordExists(): DomainError {
  return new DomainError("CONFLICT", "this account has a password already: sign in with your password", "token");
}

/** What the invitation page shows before the person chooses a password (nothing is changed). */
export async function inspectInvitation(ctx: Pick<TAppContext, "db" | "now">, input: { token: string }): Promise<TInvitationInspection> {
  const found = await findLiveInvitationByToken(ctx.db, hashSecret(input.token), ctx.now());
  if (!found) throw invalidToken();
  const { invitation, user } = found;
  const [account] = await findInvitationAccounts(ctx.db, invitation.organisationId, { userIds: [invitation.userId] });
  const ssoOnly = await isSsoOnlyOrganisation(ctx.db, invitation.organisationId);
  return {
    organisation: { name: found.organisationName },
    email: user.email,
    displayName: user.displayName,
    locale: isLocale(invitation.locale) ? invitation.locale : "nl",
    needsPassword: !ssoOnly && account !== undefined && linkMaySetPassword(account),
    ssoOnly,
  };
}

/** The person the accepted membership is linked to: the invitation's, else the one with the account's email. */
async function personToLink(tx: TDb, invitation: TInvitationRow, account: { id: string; email: string }, now: Date) {
  const named = invitation.personId
    ? (await listInviteCandidates(tx, invitation.organisationId, { personIds: [invitation.personId] }, now))[0]
    : undefined;
  const byEmail = await listInviteCandidates(tx, invitation.organisationId, { email: account.email }, now);
  const candidates = [...(named ? [named] : []), ...byEmail].map((p) => ({
    id: p.personId,
    email: p.email,
    employeeNumber: p.employeeNumber,
    active: p.active,
    linkedUserId: p.linkedUserId,
  }));
  if (named && named.active && (named.linkedUserId === null || named.linkedUserId === account.id)) return named.personId;
  return matchPersonByEmail(candidates.filter((c) => c.id !== named?.personId), { userId: account.id, email: account.email }, named?.employeeNumber)?.id ?? null;
}

/**
 * Accepts an invitation: the account's first password is set (never a replacement: when the
 * account got a password, an SSO identity or another organisation meanwhile, 409 and nothing
 * changes), the membership is granted and linked to the person, and the person is signed in.
 */
export async function acceptInvitation(
  ctx: Pick<TAppContext, "db" | "now">,
  input: TAcceptInvitationRequest,
): Promise<{ token: string; userId: string; organisationId: string }> {
  const hashed = input.password === undefined ? null : await hashPassword(input.password);
  return ctx.db.transaction(async (tx) => {
    const now = ctx.now();
    const found = await findLiveInvitationByToken(tx, hashSecret(input.token), now, true);
    if (!found) throw invalidToken();
    const { invitation } = found;
    const account = await lockAccountForInvitation(tx, invitation.organisationId, invitation.userId);
    if (!account) throw invalidToken();
    if ((await isSsoOnlyOrganisation(tx, invitation.organisationId)) || !linkMaySetPassword(account)) throw passwordExists();
    if (hashed === null) throw invalid("password", "choose a password of at least 10 characters");
    if (!(await setFirstPassword(tx, account.id, hashed, now))) throw passwordExists();
    await markInvitationAccepted(tx, invitation.organisationId, invitation.id, now);
    await revokePendingInvitations(tx, invitation.organisationId, { userId: account.id }, now);
    const personId = await personToLink(tx, invitation, account, now);
    await grantMemberships(tx, [{ organisationId: invitation.organisationId, userId: account.id, roles: invitation.roles as TOrgRole[], personId }]);
    const token = await createSession({ db: tx, now: ctx.now }, account.id, invitation.organisationId, { method: "invitation" });
    return { token, userId: account.id, organisationId: invitation.organisationId };
  });
}
