import type { TOrganisationSecurity, TOrganisationSecurityRequest } from "../../contracts/two-factor";
import { lockOrganisationSettings, writeOrganisationSettings } from "../../db/mentoring-nudges-repo";
import { listMembershipsOfUser } from "../../db/organisations-repo";
import { anyOrganisationRequiresTwoFactor, countMembersWithoutTwoFactor, findOrganisationSettings, findTotpState } from "../../db/two-factor-repo";
import { mustUseTwoFactor, readSecuritySettings, ROLES_REQUIRING_TWO_FACTOR, sessionStage, type TSessionStage } from "../../domain/identity/two-factor";
import { DomainError, ErrorCodes, notFound } from "../../domain/shared/errors";
import { authorise } from "../../domain/policy/index";
import type { TActor, TOrgRole } from "../../domain/shared/roles";
import type { TAppContext } from "../shared/context";

type TCtx = Pick<TAppContext, "db">;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The stage of a session in its current organisation: waiting for the code, made to enrol (the organisation
 * requires two-factor of this member, who has none, and did not come through SSO), or full.
 */
export async function currentSessionStage(
  ctx: TCtx,
  input: { storedStage: string; method: string; user: { isOperator: boolean; totpEnabledAt: Date | null }; organisation: { id: string; roles: readonly TOrgRole[] } | null },
): Promise<TSessionStage> {
  const base = { storedStage: input.storedStage, method: input.method, totpEnabled: input.user.totpEnabledAt !== null, required: false };
  if (base.storedStage === "totp" || base.totpEnabled || base.method === "sso" || !input.organisation) return sessionStage(base);
  const member = { roles: input.organisation.roles, isOperator: input.user.isOperator };
  // only a role the setting could apply to costs the read of the organisation's settings
  if (!mustUseTwoFactor(member, { requireTwoFactor: true })) return sessionStage(base);
  const settings = readSecuritySettings((await findOrganisationSettings(ctx.db, [input.organisation.id])).get(input.organisation.id));
  return sessionStage({ ...base, required: mustUseTwoFactor(member, settings) });
}

/** True when any organisation of the user requires two-factor of them (so they may not turn it off). */
export async function twoFactorRequiredAnywhere(ctx: TCtx, user: { userId: string; isOperator: boolean }): Promise<boolean> {
  if (user.isOperator && (await anyOrganisationRequiresTwoFactor(ctx.db))) return true;
  const memberships = await listMembershipsOfUser(ctx.db, user.userId);
  return memberships.some((m) => mustUseTwoFactor({ roles: m.roles as TOrgRole[], isOperator: user.isOperator }, readSecuritySettings(m.organisation.settings)));
}

function mustAdminister(actor: TActor) {
  authorise(actor, "security.manage");
}

/** HR (or the operator) reads whether two-factor is required, of which roles, and who still lacks it. */
export async function getOrganisationSecurity(ctx: TCtx, actor: TActor): Promise<TOrganisationSecurity> {
  mustAdminister(actor);
  const settings = (await findOrganisationSettings(ctx.db, [actor.organisationId])).get(actor.organisationId);
  if (settings === undefined) throw notFound("organisation");
  return {
    requireTwoFactor: readSecuritySettings(settings).requireTwoFactor,
    appliesToRoles: [...ROLES_REQUIRING_TWO_FACTOR],
    membersWithoutTwoFactor: await countMembersWithoutTwoFactor(ctx.db, actor.organisationId, ROLES_REQUIRING_TWO_FACTOR),
  };
}

/**
 * HR (or the operator) requires two-factor of the organisation's HR admins and mentors, or stops requiring
 * it. Turning it on needs two-factor on the acting account first, so nobody locks themselves into enrolment
 * by accident. Stored in `settings.security` in one locked read-modify-write that keeps every other setting.
 */
export async function setOrganisationSecurity(ctx: TCtx, actor: TActor, input: TOrganisationSecurityRequest): Promise<TOrganisationSecurity> {
  mustAdminister(actor);
  if (input.requireTwoFactor && !(await findTotpState(ctx.db, actor.userId))?.enabledAt) {
    throw new DomainError(ErrorCodes.CONFLICT, "turn on two-factor authentication for your own account first", "requireTwoFactor");
  }
  await ctx.db.transaction(async (tx) => {
    const settings = await lockOrganisationSettings(tx, actor.organisationId);
    if (!settings) throw notFound("organisation");
    const security = isObject(settings.security) ? settings.security : {};
    await writeOrganisationSettings(tx, actor.organisationId, { ...settings, security: { ...security, requireTwoFactor: input.requireTwoFactor } });
  });
  return getOrganisationSecurity(ctx, actor);
}
