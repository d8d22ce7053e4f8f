import { findLiveSession } from "../../db/auth-repo";
import { listOrganisations } from "../../db/organisations-repo";
import { can } from "../../domain/policy/index";
import { isLocale } from "../../domain/shared/locale";
import type { TActor, TOrgRole } from "../../domain/shared/roles";
import type { TSessionStage } from "../../domain/identity/two-factor";
import { hashSecret } from "../shared/secrets";
import type { TAppContext } from "../shared/context";
import { membershipsLinkedLazily } from "../invitations/link-memberships-lazily";
import { organisationsUnderSso } from "../sso/sso-access";
import { currentSessionStage } from "./two-factor-policy";

type TOrgSummary = { id: string; slug: string; name: string; roles: TOrgRole[]; personId: string | null };

export type TResolvedSession = {
  tokenHash: string;
  csrfToken: string;
  user: { id: string; email: string; displayName: string; locale: "nl" | "fr" | "en" | null; isOperator: boolean };
  organisations: TOrgSummary[];
  currentOrganisation: TOrgSummary | null;
  /** "full", or (no actor then) "totp": the code is still due, "totp_enrol": the organisation requires two-factor first */
  stage: TSessionStage;
  actor: TActor | null;
};

/** The organisations a user may act in: their memberships, or every organisation for the operator. */
export async function organisationsOfUser(db: TAppContext["db"], userId: string, isOperator: boolean) {
  const memberships = await membershipsLinkedLazily(db, userId);
  const summaries: TOrgSummary[] = memberships.map((m) => ({
    id: m.organisation.id,
    slug: m.organisation.slug,
    name: m.organisation.name,
    roles: m.roles as TOrgRole[],
    personId: m.personId ?? null,
  }));
  // the operator may enter every organisation (organisation.list): the switcher lists them all
  if (!can({ isOperator, organisationId: null }, "organisation.list")) return summaries;
  const byId = new Map(summaries.map((s) => [s.id, s]));
  return (await listOrganisations(db)).map(
    (o) => byId.get(o.id) ?? { id: o.id, slug: o.slug, name: o.name, roles: [] as TOrgRole[], personId: null },
  );
}

/** Builds the actor for a user in one organisation, or null when they have no access to it. */
export function actorFor(user: { id: string; isOperator: boolean }, org: TOrgSummary | null | undefined): TActor | null {
  if (!org) return null;
  return { userId: user.id, isOperator: user.isOperator, organisationId: org.id, roles: org.roles };
}

/** Turns a session cookie into the signed-in user, their organisations and the current one. */
export async function resolveSession(ctx: Pick<TAppContext, "db" | "now">, token: string): Promise<TResolvedSession | null> {
  const tokenHash = hashSecret(token);
  const found = await findLiveSession(ctx.db, tokenHash, ctx.now());
  if (!found) return null;
  const { session, user } = found;
  const organisations = await organisationsUnderSso(ctx.db, await organisationsOfUser(ctx.db, user.id, user.isOperator), session, user);
  const current = organisations.find((o) => o.id === session.organisationId) ?? organisations[0] ?? null;
  const stage = await currentSessionStage(ctx, { storedStage: session.stage, method: session.method, user, organisation: current });
  return {
    tokenHash,
    csrfToken: session.csrfToken,
    user: {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      locale: isLocale(user.locale) ? user.locale : null,
      isOperator: user.isOperator,
    },
    organisations,
    currentOrganisation: current,
    stage,
    actor: stage === "full" ? actorFor(user, current) : null,
  };
}
