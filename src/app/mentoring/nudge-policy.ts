import type { TNudgePolicyInput, TNudgePolicySettings } from "../../contracts/mentoring";
import { findMentoringSettings, lockOrganisationSettings, writeOrganisationSettings } from "../../db/mentoring-nudges-repo";
import { DEFAULT_NUDGE_POLICY, resolveNudgePolicy, type TNudgePolicy } from "../../domain/mentoring/index";
import { DomainError, notFound } from "../../domain/shared/errors";
import { authorise } from "../../domain/policy/index";
import type { TActor } from "../../domain/shared/roles";
import type { TAppContext } from "../shared/context";

type TPolicyCtx = Pick<TAppContext, "config" | "log">;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** NUDGE_POLICY (the deployment's default, a JSON object) as overrides; the config already checked it is an object. */
function deploymentOverrides(ctx: Pick<TAppContext, "config">): Partial<TNudgePolicy> {
  return ctx.config.NUDGE_POLICY ? (JSON.parse(ctx.config.NUDGE_POLICY) as Partial<TNudgePolicy>) : {};
}

/**
 * The policy in force for an organisation: its own `settings.mentoring.nudgePolicy` over the
 * deployment's NUDGE_POLICY over Sterk's defaults. Null (with a warning) when the result is invalid:
 * the planner then uses Sterk's defaults.
 */
export function organisationNudgePolicy(ctx: TPolicyCtx, organisationId: string, mentoringSettings: Record<string, unknown>): TNudgePolicy | null {
  try {
    const own = isObject(mentoringSettings.nudgePolicy) ? (mentoringSettings.nudgePolicy as Partial<TNudgePolicy>) : {};
    return resolveNudgePolicy({ ...deploymentOverrides(ctx), ...own });
  } catch (error) {
    ctx.log.warn({ err: error, organisationId }, "invalid mentoring nudge policy; using the defaults");
    return null;
  }
}

function deploymentDefault(ctx: Pick<TAppContext, "config">): TNudgePolicy {
  try {
    return resolveNudgePolicy(deploymentOverrides(ctx));
  } catch {
    return resolveNudgePolicy(DEFAULT_NUDGE_POLICY);
  }
}

function mustAdminister(actor: TActor) {
  authorise(actor, "mentoring.nudge_policy.manage");
}

/** HR (or the operator) reads the reminder policy in force, the deployment's default, and whether the organisation set its own. */
export async function getNudgePolicy(ctx: TPolicyCtx & Pick<TAppContext, "db">, actor: TActor): Promise<TNudgePolicySettings> {
  mustAdminister(actor);
  const settings = await findMentoringSettings(ctx.db, actor.organisationId);
  return {
    policy: organisationNudgePolicy(ctx, actor.organisationId, settings) ?? resolveNudgePolicy(DEFAULT_NUDGE_POLICY),
    defaults: deploymentDefault(ctx),
    custom: isObject(settings.nudgePolicy),
  };
}

/**
 * HR (or the operator) sets the organisation's reminder policy: cadence, reminder lead time and quiet
 * hours. Stored whole in `settings.mentoring.nudgePolicy` in one locked read-modify-write, keeping every
 * other setting; the nudge planner and sender read it on their next tick.
 */
export async function setNudgePolicy(ctx: TPolicyCtx & Pick<TAppContext, "db">, actor: TActor, input: TNudgePolicyInput): Promise<TNudgePolicySettings> {
  mustAdminister(actor);
  let policy: TNudgePolicy;
  try {
    policy = resolveNudgePolicy(input);
  } catch (error) {
    // the domain names `nudgePolicy.<field>`; the request body is the policy itself
    if (error instanceof DomainError && error.field) throw new DomainError(error.code, error.message, error.field.replace(/^nudgePolicy\./, ""));
    throw error;
  }
  await ctx.db.transaction(async (tx) => {
    const settings = await lockOrganisationSettings(tx, actor.organisationId);
    if (!settings) throw notFound("organisation");
    const mentoring = isObject(settings.mentoring) ? settings.mentoring : {};
    await writeOrganisationSettings(tx, actor.organisationId, { ...settings, mentoring: { ...mentoring, nudgePolicy: policy } });
  });
  return getNudgePolicy(ctx, actor);
}
