import { findMembership } from "../../db/organisations-repo";
import { listCurrentMenteeIds, listReportingEdges } from "../../db/people-repo";
import type { TDirectoryScope, TDirectoryViewer } from "../../domain/people/index";
import { directoryScope, needsMentees, needsReportingEdges, orgChartScope, readsWholeDirectory } from "../../domain/policy/index";
import type { TActor } from "../../domain/shared/roles";
import type { TAppContext } from "../shared/context";

/** The actor as a reader of the directory: their linked person and the people they mentor now. */
async function loadViewer(ctx: Pick<TAppContext, "db" | "now">, actor: TActor): Promise<TDirectoryViewer> {
  const base = { isOperator: actor.isOperator, roles: actor.roles };
  if (readsWholeDirectory(base)) return { ...base, personId: null, menteeIds: [] };
  const [membership, menteeIds] = await Promise.all([
    findMembership(ctx.db, actor.organisationId, actor.userId),
    needsMentees(base) ? listCurrentMenteeIds(ctx.db, actor.organisationId, actor.userId, ctx.now()) : Promise.resolve([]),
  ]);
  return { ...base, personId: membership?.personId ?? null, menteeIds };
}

/**
 * Whom the actor may read: in the directory (list, search, a person's page) or in the org chart.
 * The rule is the policy's (domain/policy/rules/people.ts); this loads what it needs.
 */
export async function loadDirectoryScope(
  ctx: Pick<TAppContext, "db" | "now">,
  actor: TActor,
  view: "directory" | "orgChart" = "directory",
): Promise<TDirectoryScope> {
  const viewer = await loadViewer(ctx, actor);
  const edges = needsReportingEdges(viewer) ? await listReportingEdges(ctx.db, actor.organisationId) : [];
  return view === "orgChart" ? orgChartScope(viewer, edges) : directoryScope(viewer, edges);
}
