import { readUserResource } from "../../domain/scim/index";
import { loadScimPerson, type TScimContext } from "./load-scim-person";
import { organisationLanguage, presentScimUser, type TScimCaller } from "./scim-caller";
import { writeScimUser } from "./write-scim-user";

/** POST /Users: creates the person (and their SSO account when the organisation signs in by SSO). */
export async function createScimUser(ctx: TScimContext, caller: TScimCaller, body: unknown) {
  const values = readUserResource(body, { language: await organisationLanguage(ctx, caller.organisationId) });
  const id = await writeScimUser(ctx, caller, values, null);
  return presentScimUser(ctx, await loadScimPerson(ctx, caller, id));
}
