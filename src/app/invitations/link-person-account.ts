import type { TPersonAccount } from "../../contracts/invitations";
import { lockOrganisationInvitations, revokePendingInvitations } from "../../db/invitations-repo";
import { findAnyMembership, findMembershipOfPerson, linkMembershipToPerson, listMembers, unlinkPerson } from "../../db/organisations-repo";
import { findPerson } from "../../db/people-repo";
import { DomainError, notFound } from "../../domain/shared/errors";
import type { TActor, TOrgRole } from "../../domain/shared/roles";
import type { TAppContext } from "../shared/context";
import { mustManageAccounts } from "./invitation-access";
import { personAccount } from "./invitation-account";

type TCtx = Pick<TAppContext, "db" | "now">;

async function accountAfter(ctx: TCtx, db: TCtx["db"], organisationId: string, personId: string): Promise<TPersonAccount> {
  const account = await personAccount(db, organisationId, personId, ctx.now());
  if (!account) throw notFound("person");
  return account;
}

/**
 * HR links a person to an account that is already a member of the organisation without a person
 * (409 when either is linked already; an account that is not a member is not found). The person's
 * pending invitations are withdrawn: they are this account now.
 */
export async function linkPersonAccount(ctx: TCtx, actor: TActor, personId: string, userId: string): Promise<TPersonAccount> {
  mustManageAccounts(actor);
  const organisationId = actor.organisationId;
  return ctx.db.transaction(async (tx) => {
    await lockOrganisationInvitations(tx, organisationId);
    const person = await findPerson(tx, organisationId, personId);
    if (!person) throw notFound("person");
    if (!person.active) throw new DomainError("CONFLICT", "this person is deactivated: reactivate them first", "id");
    const membership = await findAnyMembership(tx, organisationId, userId);
    if (!membership) throw new DomainError("NOT_FOUND", "no member of this organisation has this account", "userId");
    if (membership.deactivatedAt) throw new DomainError("CONFLICT", "this account's membership is deactivated", "userId");
    if (membership.personId) throw new DomainError("CONFLICT", "this account is linked to a person already", "userId");
    if (await findMembershipOfPerson(tx, organisationId, personId)) {
      throw new DomainError("CONFLICT", "this person is linked to an account already", "id");
    }
    if (!(await linkMembershipToPerson(tx, organisationId, userId, personId))) {
      throw new DomainError("CONFLICT", "this account is linked to a person already", "userId");
    }
    await revokePendingInvitations(tx, organisationId, { personId }, ctx.now());
    return accountAfter(ctx, tx, organisationId, personId);
  });
}

/** HR unlinks a person from their account: the account stays a member, the person's account state is none. */
export async function unlinkPersonAccount(ctx: TCtx, actor: TActor, personId: string): Promise<TPersonAccount> {
  mustManageAccounts(actor);
  const organisationId = actor.organisationId;
  return ctx.db.transaction(async (tx) => {
    if (!(await findPerson(tx, organisationId, personId))) throw notFound("person");
    if (!(await unlinkPerson(tx, organisationId, personId))) throw notFound("account link");
    return accountAfter(ctx, tx, organisationId, personId);
  });
}

/** The organisation's members (only those without a person when `unlinkedOnly`), for HR to pick the account to link. */
export async function listOrganisationMembers(ctx: Pick<TAppContext, "db">, actor: TActor, unlinkedOnly: boolean) {
  mustManageAccounts(actor);
  const rows = await listMembers(ctx.db, actor.organisationId, unlinkedOnly);
  return rows.map((r) => ({ ...r, roles: r.roles as TOrgRole[] }));
}
