import { findScimPerson } from "../../db/scim-repo";
import { notFound } from "../../domain/shared/errors";
import type { TAppContext } from "../shared/context";
import type { TScimCaller } from "./scim-caller";

export type TScimContext = Pick<TAppContext, "db" | "now" | "config">;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A SCIM-visible person of the caller's organisation by id; anything else (another organisation's, deleted, not an id) is 404. */
export async function loadScimPerson(ctx: TScimContext, caller: TScimCaller, id: string) {
  const row = UUID.test(id) ? await findScimPerson(ctx.db, caller.organisationId, id.toLowerCase()) : undefined;
  if (!row) throw notFound("User");
  return row;
}
