import type { TInvitationRequest } from "../../contracts/auth";
import { consumeEmailToken, findUserByEmail, findUserById, insertEmailToken, insertUser, updateUser } from "../../db/auth-repo";
import { findOrganisationById, upsertMembership } from "../../db/organisations-repo";
import { renderInvitation } from "../../email/templates";
import { DomainError, notFound } from "../../domain/shared/errors";
import { canAdministerOrganisation, type TActor } from "../../domain/shared/roles";
import { queueEmail } from "../outbox/queue-email";
import { hashPassword } from "../shared/passwords";
import { hashSecret, newSecret } from "../shared/secrets";
import type { TAppContext } from "../shared/context";
import { createSession } from "./sign-in";

const INVITATION_DAYS = 7;

/**
 * Gives someone roles in the actor's organisation and emails them a link to set their password.
 * An existing account just gains the roles (and still gets a note by email).
 */
export async function inviteUser(
  ctx: Pick<TAppContext, "db" | "now" | "config" | "notifyOutbox">,
  actor: TActor,
  input: TInvitationRequest,
): Promise<void> {
  if (!canAdministerOrganisation(actor)) throw new DomainError("FORBIDDEN", "only HR admins invite users");
  const organisation = await findOrganisationById(ctx.db, actor.organisationId);
  if (!organisation) throw notFound("organisation");
  const inviter = await findUserById(ctx.db, actor.userId);
  const token = newSecret();
  await ctx.db.transaction(async (tx) => {
    const user =
      (await findUserByEmail(tx, input.email)) ??
      (await insertUser(tx, { email: input.email, displayName: input.displayName, locale: input.locale }));
    await upsertMembership(tx, { organisationId: organisation.id, userId: user.id, roles: input.roles });
    await insertEmailToken(tx, {
      tokenHash: hashSecret(token),
      purpose: "invitation",
      userId: user.id,
      expiresAt: new Date(ctx.now().getTime() + INVITATION_DAYS * 24 * 3600 * 1000),
    });
    const url = `${ctx.config.publicUrl}/invitation#token=${encodeURIComponent(token)}`;
    const email = renderInvitation(input.locale, {
      name: input.displayName,
      organisation: organisation.name,
      inviter: inviter?.displayName ?? "Sterk",
      url,
    });
    await queueEmail(ctx, { to: user.email, kind: "invitation", organisationId: organisation.id, email }, tx);
  });
}

/** Activates an invited account with a chosen password and signs the person in. */
export async function acceptInvitation(
  ctx: Pick<TAppContext, "db" | "now">,
  input: { token: string; password: string },
): Promise<{ token: string }> {
  const hashed = await hashPassword(input.password);
  return ctx.db.transaction(async (tx) => {
    const used = await consumeEmailToken(tx, hashSecret(input.token), "invitation", ctx.now());
    if (!used) throw new DomainError("INVALID_TOKEN", "this invitation is unknown, already used or expired", "token");
    await updateUser(tx, used.userId, { passwordHash: hashed });
    return { token: await createSession({ db: tx, now: ctx.now }, used.userId, null) };
  });
}
