import { markScimDeleted } from "../../db/scim-repo";
import { setPersonActive } from "../people/set-person-active";
import { loadScimPerson, type TScimContext } from "./load-scim-person";
import type { TScimCaller } from "./scim-caller";

/**
 * DELETE /Users/{id}: the person is deactivated (sessions and tokens end) and detached from the identity provider,
 * but kept, because plans, 360s and mentoring point to them; SCIM answers 404 for them afterwards.
 */
export async function deleteScimUser(ctx: TScimContext, caller: TScimCaller, id: string) {
  const row = await loadScimPerson(ctx, caller, id);
  await ctx.db.transaction(async (tx) => {
    const txCtx = { ...ctx, db: tx };
    if (row.active) await setPersonActive(txCtx, caller.organisationId, row.id, false);
    await markScimDeleted(tx, caller.organisationId, row.id, ctx.now());
  });
}
