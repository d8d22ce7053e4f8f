import type { TAnonymitySettings } from "../../contracts/feedback";
import { findOrganisationSettings, saveAnonymitySettings } from "../../db/feedback-repo";
import { DEFAULT_THRESHOLDS, resolveThresholds, type TAnonymityThresholds } from "../../domain/feedback360/index";
import { authorise } from "../../domain/policy/index";
import type { TActor } from "../../domain/shared/roles";
import type { TAppContext } from "../shared/context";

/** Only the whole-number fields of a stored setting: a malformed stored value is ignored, never fatal. */
function storedOverrides(settings: Record<string, unknown> | undefined): Partial<TAnonymityThresholds> {
  const anonymity = settings?.anonymity;
  if (!anonymity || typeof anonymity !== "object") return {};
  const overrides: Partial<TAnonymityThresholds> = {};
  for (const field of Object.keys(DEFAULT_THRESHOLDS) as (keyof TAnonymityThresholds)[]) {
    const value = (anonymity as Record<string, unknown>)[field];
    if (typeof value === "number" && Number.isSafeInteger(value)) overrides[field] = value;
  }
  return overrides;
}

/** The thresholds in force for an organisation: `resolveThresholds` over its settings (raised, never lowered). */
export async function loadThresholds(ctx: Pick<TAppContext, "db">, organisationId: string): Promise<TAnonymityThresholds> {
  const org = await findOrganisationSettings(ctx.db, organisationId);
  return resolveThresholds(storedOverrides(org?.settings));
}

function mustAdminister(actor: TActor) {
  authorise(actor, "feedback.anonymity.manage");
}

/** HR reads the thresholds in force and Sterk's floors. */
export async function getAnonymitySettings(ctx: Pick<TAppContext, "db">, actor: TActor): Promise<TAnonymitySettings> {
  mustAdminister(actor);
  return { thresholds: await loadThresholds(ctx, actor.organisationId), defaults: { ...DEFAULT_THRESHOLDS } };
}

/**
 * HR sets the organisation's thresholds (fields left out return to the floor). Values below the
 * floor are refused by the contract, naming the field; `resolveThresholds` would ignore them anyway.
 */
export async function saveAnonymityThresholds(
  ctx: Pick<TAppContext, "db">,
  actor: TActor,
  input: Partial<TAnonymityThresholds>,
): Promise<TAnonymitySettings> {
  mustAdminister(actor);
  const resolved = resolveThresholds(input);
  const raised = Object.fromEntries(
    (Object.keys(DEFAULT_THRESHOLDS) as (keyof TAnonymityThresholds)[])
      .filter((field) => resolved[field] > DEFAULT_THRESHOLDS[field])
      .map((field) => [field, resolved[field]]),
  );
  await saveAnonymitySettings(ctx.db, actor.organisationId, raised);
  return getAnonymitySettings(ctx, actor);
}
