import { findPersonByNumberOrEmail } from "../../db/person-data-repo";
import type { TAppContext } from "../shared/context";

/** The person of the organisation whose employee number (first) or email is `key`; null when none. */
export function findPersonByKey(ctx: Pick<TAppContext, "db">, organisationId: string, key: string) {
  return findPersonByNumberOrEmail(ctx.db, organisationId, key.trim());
}
