import { findScimClashes, findScimPerson, insertScimPerson, listReportingLines, updateScimPerson } from "../../db/scim-repo";
import { wouldCreateCycle } from "../../domain/people/index";
import { personFieldsOf, scimError, type TScimUserValues } from "../../domain/scim/index";
import { DomainError } from "../../domain/shared/errors";
import { setPersonActive } from "../people/set-person-active";
import type { TAppContext } from "../shared/context";
import { provisionSsoAccount } from "./provision-sso-account";
import type { TScimCaller } from "./scim-caller";

type TCtx = Pick<TAppContext, "db" | "now">;
/** The person being replaced, or null for a new one. */
type TExisting = { id: string; active: boolean } | null;

/** 409 uniqueness naming the first attribute another person already holds. */
function uniqueness(clashes: Awaited<ReturnType<typeof findScimClashes>>, values: TScimUserValues): DomainError {
  const lower = (s: string | null) => s?.toLowerCase();
  const first = clashes[0];
  if (clashes.some((c) => lower(c.userName) === lower(values.userName))) return scimError("uniqueness", "another person already has this userName", "userName");
  if (clashes.some((c) => lower(c.email) === lower(values.email))) return scimError("uniqueness", "another person already has this email address", "emails");
  if (clashes.some((c) => c.externalId !== null && c.externalId === values.externalId)) return scimError("uniqueness", "another person already has this externalId", "externalId");
  return scimError("uniqueness", `another person already has employee number ${first?.employeeNumber ?? values.employeeNumber}`, "employeeNumber");
}

async function checkManager(ctx: TCtx, caller: TScimCaller, personId: string | null, managerId: string | null) {
  if (!managerId) return;
  if (managerId === personId) throw scimError("invalidValue", "a person cannot be their own manager", "manager");
  if (!(await findScimPerson(ctx.db, caller.organisationId, managerId))) throw scimError("invalidValue", "manager is not a user of this organisation", "manager");
  if (personId && wouldCreateCycle(await listReportingLines(ctx.db, caller.organisationId), personId, managerId)) {
    throw scimError("invalidValue", "this manager reports (directly or not) to the person: that would be a reporting cycle", "manager");
  }
}

function isUniqueViolation(error: unknown): boolean {
  const codes = [error, (error as { cause?: unknown })?.cause].map((e) => (e as { code?: unknown } | undefined)?.code);
  return codes.includes("23505");
}

/**
 * Writes a SCIM user in one transaction: uniqueness (userName, email, externalId, employee number: 409), the
 * manager (same organisation, no cycle: 400), the person's fields, (de)activation through setPersonActive (ending
 * sessions and tokens), and an SSO account when the organisation signs in by SSO. A POST whose address belongs to a
 * person deleted through SCIM brings that person back. Returns the person's id.
 */
export async function writeScimUser(ctx: TCtx, caller: TScimCaller, values: TScimUserValues, existing: TExisting): Promise<string> {
  try {
    return await ctx.db.transaction(async (tx) => {
      const txCtx = { ...ctx, db: tx };
      const clashes = await findScimClashes(tx, caller.organisationId, values, existing?.id ?? null);
      let target = existing;
      const revivable = clashes[0];
      if (!target && revivable?.scimDeletedAt && clashes.every((c) => c.id === revivable.id)) target = { id: revivable.id, active: false };
      else if (clashes.length > 0) throw uniqueness(clashes, values);
      await checkManager(txCtx, caller, target?.id ?? null, values.managerId);
      const { active: _active, ...fields } = personFieldsOf(values);
      const now = ctx.now();
      let id: string;
      if (target) {
        id = target.id;
        await updateScimPerson(tx, caller.organisationId, id, fields, now);
      } else {
        id = await insertScimPerson(tx, caller.organisationId, fields, now);
      }
      const wasActive = target ? target.active : true;
      if (values.active !== wasActive) await setPersonActive(txCtx, caller.organisationId, id, values.active);
      await provisionSsoAccount(txCtx, caller.organisationId, id, values);
      return id;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw scimError("uniqueness", "another person already has this userName, email, externalId or employee number", "userName");
    throw error;
  }
}
