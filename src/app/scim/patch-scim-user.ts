import { patchUser, scimValuesOf } from "../../domain/scim/index";
import { loadScimPerson, type TScimContext } from "./load-scim-person";
import { organisationLanguage, presentScimUser, scimPersonOf, type TScimCaller } from "./scim-caller";
import { writeScimUser } from "./write-scim-user";

/** PATCH /Users/{id}: applies RFC 7644 §3.5.2 operations (Entra ID's dialect included). */
export async function patchScimUser(ctx: TScimContext, caller: TScimCaller, id: string, body: unknown) {
  const current = scimPersonOf(await loadScimPerson(ctx, caller, id));
  const values = patchUser(scimValuesOf(current), body, { language: await organisationLanguage(ctx, caller.organisationId) });
  await writeScimUser(ctx, caller, values, { id: current.id, active: current.active });
  return presentScimUser(ctx, await loadScimPerson(ctx, caller, current.id));
}
