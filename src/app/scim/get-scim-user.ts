import { projectResource } from "../../domain/scim/index";
import { loadScimPerson, type TScimContext } from "./load-scim-person";
import type { TScimListQuery } from "./list-scim-users";
import { presentScimUser, type TScimCaller } from "./scim-caller";

/** GET /Users/{id}: one user of the organisation; another organisation's id (or a deleted user) is 404. */
export async function getScimUser(ctx: TScimContext, caller: TScimCaller, id: string, query: Pick<TScimListQuery, "attributes" | "excludedAttributes"> = {}) {
  return projectResource(presentScimUser(ctx, await loadScimPerson(ctx, caller, id)), query);
}
