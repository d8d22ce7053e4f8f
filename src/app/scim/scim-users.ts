import { findScimPerson, listScimPeople, markScimDeleted } from "../../db/scim-repo";
import { listResponse, parseUserFilter, patchUser, projectResource, readUserResource, scimError, scimValuesOf, SCIM_PAGE } from "../../domain/scim/index";
import { notFound } from "../../domain/shared/errors";
import { setPersonActive } from "../people/set-person-active";
import type { TAppContext } from "../shared/context";
import { organisationLanguage, presentScimUser, scimPersonOf, type TScimCaller } from "./scim-caller";
import { writeScimUser } from "./write-scim-user";

type TCtx = Pick<TAppContext, "db" | "now" | "config">;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type TScimListQuery = { filter?: string; startIndex?: string; count?: string; attributes?: string; excludedAttributes?: string };

function whole(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === "") return fallback;
  if (!/^-?\d{1,9}$/.test(raw.trim())) throw scimError("invalidValue", `${name} must be a whole number`, name);
  return Number(raw);
}

async function loadPerson(ctx: TCtx, caller: TScimCaller, id: string) {
  const row = UUID.test(id) ? await findScimPerson(ctx.db, caller.organisationId, id.toLowerCase()) : undefined;
  if (!row) throw notFound("User");
  return row;
}

/** GET /Users: a filtered page (startIndex 1-based; count 0–200, default 100) of the organisation's users. */
export async function listScimUsers(ctx: TCtx, caller: TScimCaller, query: TScimListQuery) {
  const where = parseUserFilter(query.filter);
  const startIndex = Math.max(1, whole("startIndex", query.startIndex, 1));
  const count = Math.min(SCIM_PAGE.maxCount, Math.max(0, whole("count", query.count, SCIM_PAGE.defaultCount)));
  const page = await listScimPeople(ctx.db, caller.organisationId, where, { offset: startIndex - 1, limit: count });
  const resources = page.rows.map((row) => projectResource(presentScimUser(ctx, row), query));
  return listResponse(resources, { totalResults: page.total, startIndex });
}

/** GET /Users/{id}: one user of the organisation; another organisation's id (or a deleted user) is 404. */
export async function getScimUser(ctx: TCtx, caller: TScimCaller, id: string, query: Pick<TScimListQuery, "attributes" | "excludedAttributes"> = {}) {
  return projectResource(presentScimUser(ctx, await loadPerson(ctx, caller, id)), query);
}

/** POST /Users: creates the person (and their SSO account when the organisation signs in by SSO). */
export async function createScimUser(ctx: TCtx, caller: TScimCaller, body: unknown) {
  const values = readUserResource(body, { language: await organisationLanguage(ctx, caller.organisationId) });
  const id = await writeScimUser(ctx, caller, values, null);
  return presentScimUser(ctx, await loadPerson(ctx, caller, id));
}

/** PUT /Users/{id}: replaces the user's attributes (the employee number, active and language stay when omitted). */
export async function replaceScimUser(ctx: TCtx, caller: TScimCaller, id: string, body: unknown) {
  const current = scimPersonOf(await loadPerson(ctx, caller, id));
  const values = readUserResource(body, { language: await organisationLanguage(ctx, caller.organisationId) }, scimValuesOf(current));
  await writeScimUser(ctx, caller, values, { id: current.id, active: current.active });
  return presentScimUser(ctx, await loadPerson(ctx, caller, current.id));
}

/** PATCH /Users/{id}: applies RFC 7644 §3.5.2 operations (Entra ID's dialect included). */
export async function patchScimUser(ctx: TCtx, caller: TScimCaller, id: string, body: unknown) {
  const current = scimPersonOf(await loadPerson(ctx, caller, id));
  const values = patchUser(scimValuesOf(current), body, { language: await organisationLanguage(ctx, caller.organisationId) });
  await writeScimUser(ctx, caller, values, { id: current.id, active: current.active });
  return presentScimUser(ctx, await loadPerson(ctx, caller, current.id));
}

/**
 * DELETE /Users/{id}: the person is deactivated (sessions and tokens end) and detached from the identity provider,
 * but kept, because plans, 360s and mentoring point to them; SCIM answers 404 for them afterwards.
 */
export async function deleteScimUser(ctx: TCtx, caller: TScimCaller, id: string) {
  const row = await loadPerson(ctx, caller, id);
  await ctx.db.transaction(async (tx) => {
    const txCtx = { ...ctx, db: tx };
    if (row.active) await setPersonActive(txCtx, caller.organisationId, row.id, false);
    await markScimDeleted(tx, caller.organisationId, row.id, ctx.now());
  });
}
