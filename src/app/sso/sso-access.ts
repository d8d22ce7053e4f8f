import { belongsOnlyToSsoOnlyOrganisations, listSsoOnlyOrganisationIds } from "../../db/sso-repo";
import type { TAppContext } from "../shared/context";

/**
 * The organisations a session may act in under the single sign-on rules: a session opened by SSO
 * only the organisation whose identity provider opened it (never the account's other
 * organisations); any other session none of the organisations that require SSO ("SSO only"),
 * except for the operator, who signs in with a password and two-factor and keeps every organisation.
 */
export async function organisationsUnderSso<T extends { id: string }>(
  db: TAppContext["db"],
  organisations: T[],
  session: { method: string; organisationId: string | null },
  user: { isOperator: boolean },
): Promise<T[]> {
  if (session.method === "sso") return organisations.filter((o) => o.id === session.organisationId);
  if (user.isOperator) return organisations;
  const ssoOnly = await listSsoOnlyOrganisationIds(db, organisations.map((o) => o.id));
  return ssoOnly.size === 0 ? organisations : organisations.filter((o) => !ssoOnly.has(o.id));
}

/**
 * True when a password would give the account nothing: it is no operator and every organisation it
 * belongs to is "SSO only". Password-reset links are not sent to such accounts.
 */
export async function passwordGivesNoAccess(db: TAppContext["db"], user: { id: string; isOperator: boolean }): Promise<boolean> {
  return !user.isOperator && (await belongsOnlyToSsoOnlyOrganisations(db, user.id));
}
