import { readUserResource, scimValuesOf } from "../../domain/scim/index";
import { loadScimPerson, type TScimContext } from "./load-scim-person";
import { organisationLanguage, presentScimUser, scimPersonOf, type TScimCaller } from "./scim-caller";
import { writeScimUser } from "./write-scim-user";

/** PUT /Users/{id}: replaces the user's attributes (the employee number, active and language stay when omitted). */
export async function replaceScimUser(ctx: TScimContext, caller: TScimCaller, id: string, body: unknown) {
  const current = scimPersonOf(await loadScimPerson(ctx, caller, id));
  const values = readUserResource(body, { language: await organisationLanguage(ctx, caller.organisationId) }, scimValuesOf(current));
  await writeScimUser(ctx, caller, values, { id: current.id, active: current.active });
  return presentScimUser(ctx, await loadScimPerson(ctx, caller, current.id));
}
