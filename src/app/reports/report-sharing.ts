import type { TReportSharing } from "../../contracts/reports";
import { findReportSharing, saveReportSharing } from "../../db/reports-repo";
import type { TActor } from "../../domain/shared/roles";
import type { TAppContext } from "../shared/context";
import { ownPersonId } from "./report-access";

/** Who the signed-in person shares their report with (mentor by default). */
export async function getMyReportSharing(ctx: Pick<TAppContext, "db">, actor: TActor): Promise<TReportSharing> {
  const personId = await ownPersonId(ctx, actor);
  return findReportSharing(ctx.db, actor.organisationId, personId);
}

/** The person alone changes whom their report is shared with. */
export async function updateMyReportSharing(
  ctx: Pick<TAppContext, "db" | "now">,
  actor: TActor,
  input: TReportSharing,
): Promise<TReportSharing> {
  const personId = await ownPersonId(ctx, actor);
  const values = { mentor: input.mentor, lineManager: input.lineManager, hr: input.hr };
  await saveReportSharing(ctx.db, actor.organisationId, personId, values, ctx.now());
  return findReportSharing(ctx.db, actor.organisationId, personId);
}
