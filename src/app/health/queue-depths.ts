import { countQueueDepths, type TQueueDepth } from "../../db/queue-depth-repo";
import type { TAppContext } from "../shared/context";

export type { TQueueDepth };

/** The depth of every durable job queue by state, for /metrics. */
export function readQueueDepths(ctx: Pick<TAppContext, "db" | "now">): Promise<TQueueDepth[]> {
  return countQueueDepths(ctx.db, ctx.now());
}
