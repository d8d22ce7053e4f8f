import { listScimPeople } from "../../db/scim-repo";
import { listResponse, parseUserFilter, projectResource, scimError, SCIM_PAGE } from "../../domain/scim/index";
import type { TScimContext } from "./load-scim-person";
import { presentScimUser, type TScimCaller } from "./scim-caller";

export type TScimListQuery = { filter?: string; startIndex?: string; count?: string; attributes?: string; excludedAttributes?: string };

function whole(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === "") return fallback;
  if (!/^-?\d{1,9}$/.test(raw.trim())) throw scimError("invalidValue", `${name} must be a whole number`, name);
  return Number(raw);
}

/** GET /Users: a filtered page (startIndex 1-based; count 0–200, default 100) of the organisation's users. */
export async function listScimUsers(ctx: TScimContext, caller: TScimCaller, query: TScimListQuery) {
  const where = parseUserFilter(query.filter);
  const startIndex = Math.max(1, whole("startIndex", query.startIndex, 1));
  const count = Math.min(SCIM_PAGE.maxCount, Math.max(0, whole("count", query.count, SCIM_PAGE.defaultCount)));
  const page = await listScimPeople(ctx.db, caller.organisationId, where, { offset: startIndex - 1, limit: count });
  const resources = page.rows.map((row) => projectResource(presentScimUser(ctx, row), query));
  return listResponse(resources, { totalResults: page.total, startIndex });
}
