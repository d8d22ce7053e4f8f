import { setSessionOrganisation } from "../../db/auth-repo";
import { notFound } from "../../domain/shared/errors";
import type { TAppContext } from "../shared/context";
import type { TResolvedSession } from "./resolve-session";

/** Makes another of the user's organisations the current one for this session. */
export async function switchOrganisation(
  ctx: Pick<TAppContext, "db">,
  session: TResolvedSession,
  organisationId: string,
): Promise<void> {
  if (!session.organisations.some((o) => o.id === organisationId)) throw notFound("organisation");
  await setSessionOrganisation(ctx.db, session.tokenHash, organisationId);
}
