import { findUserByEmail, insertUser } from "../../db/auth-repo";
import { findAnyMembership, findMembershipOfPerson, grantMemberships, linkMembershipToPerson } from "../../db/organisations-repo";
import { hasEnabledSso } from "../../db/scim-repo";
import type { TScimUserValues } from "../../domain/scim/index";
import type { TAppContext } from "../shared/context";

/**
 * When the organisation signs in by SSO, a provisioned active person gets an account to sign in with: a user
 * without a password (created if the address has none) and a membership as manager linked to the person. Never a
 * password, never a link, never an email; an operator account is never given a membership this way, and an
 * existing member keeps their roles (only the missing person link is added).
 */
export async function provisionSsoAccount(ctx: Pick<TAppContext, "db">, organisationId: string, personId: string, values: TScimUserValues): Promise<void> {
  if (!values.active || !(await hasEnabledSso(ctx.db, organisationId))) return;
  if (await findMembershipOfPerson(ctx.db, organisationId, personId)) return;
  const displayName = [values.givenName, values.familyName].filter(Boolean).join(" ") || values.email;
  const user = (await findUserByEmail(ctx.db, values.email)) ?? (await insertUser(ctx.db, { email: values.email, displayName, passwordHash: null, locale: values.language }));
  if (user.isOperator) return;
  const membership = await findAnyMembership(ctx.db, organisationId, user.id);
  if (!membership) await grantMemberships(ctx.db, [{ organisationId, userId: user.id, roles: ["manager"], personId }]);
  else if (!membership.personId) await linkMembershipToPerson(ctx.db, organisationId, user.id, personId);
}
