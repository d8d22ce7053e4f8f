// Who may read whom in an organisation's directory (issue 13). Pure: the caller loads the viewer's linked person,
// the people they mentor now and the reporting edges, and applies the scope to its queries.
import type { TOrgRole } from "../shared/roles";

/** The reader of the directory, with the relationships the scope rule needs. */
export type TDirectoryViewer = {
  isOperator: boolean;
  roles: readonly TOrgRole[];
  /** the person linked to the viewer's account in this organisation, if any */
  personId: string | null;
  /** the people the viewer mentors now (an open mentorship, an active or paused engagement) */
  menteeIds: readonly string[];
};

/** Everyone, or exactly these people. */
export type TDirectoryScope = { everyone: true } | { everyone: false; personIds: ReadonlySet<string> };

/** A person -> manager edge of the directory (active or not). */
export type TReportingEdge = { id: string; managerId: string | null };

const EVERYONE: TDirectoryScope = { everyone: true };

/** True when the viewer administers the directory: HR admins and the operator read everyone. */
export function readsWholeDirectory(viewer: Pick<TDirectoryViewer, "isOperator" | "roles">): boolean {
  return viewer.isOperator || viewer.roles.includes("hr_admin");
}

/**
 * The person's reporting line: themselves, everyone below them through the manager chain (direct and indirect
 * reports), and their own manager (one level up, never that manager's other reports). Cycles end the walk.
 */
export function reportingLine(edges: readonly TReportingEdge[], personId: string): Set<string> {
  const reportsOf = new Map<string, string[]>();
  let ownManager: string | null = null;
  for (const edge of edges) {
    if (edge.id === personId) ownManager = edge.managerId;
    if (edge.managerId === null) continue;
    const list = reportsOf.get(edge.managerId);
    if (list) list.push(edge.id);
    else reportsOf.set(edge.managerId, [edge.id]);
  }
  const line = new Set<string>([personId]);
  const queue = [personId];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    for (const report of reportsOf.get(next) ?? []) {
      if (line.has(report)) continue;
      line.add(report);
      queue.push(report);
    }
  }
  if (ownManager !== null) line.add(ownManager);
  return line;
}

/**
 * Whom the viewer may read in the directory (list, search, a person's page: contact data included).
 * HR admins and the operator: everyone. Anyone else: the union of themselves (a linked person), their
 * reporting line when they are a manager or an executive, and the people they mentor now when they are a mentor.
 */
export function directoryScope(viewer: TDirectoryViewer, edges: readonly TReportingEdge[]): TDirectoryScope {
  if (readsWholeDirectory(viewer)) return EVERYONE;
  const ids = new Set<string>();
  if (viewer.personId !== null) {
    ids.add(viewer.personId);
    const leads = viewer.roles.includes("manager") || viewer.roles.includes("executive");
    if (leads) for (const id of reportingLine(edges, viewer.personId)) ids.add(id);
  }
  if (viewer.roles.includes("mentor")) for (const id of viewer.menteeIds) ids.add(id);
  return { everyone: false, personIds: ids };
}

/**
 * Whom the viewer sees in the organisation chart (names, job titles and departments: no contact data).
 * Executives see the whole organisation there; everyone else sees their directory scope.
 */
export function orgChartScope(viewer: TDirectoryViewer, edges: readonly TReportingEdge[]): TDirectoryScope {
  if (viewer.roles.includes("executive")) return EVERYONE;
  return directoryScope(viewer, edges);
}

/** True when the scope holds the person. */
export function inDirectoryScope(scope: TDirectoryScope, personId: string): boolean {
  return scope.everyone || scope.personIds.has(personId);
}

/** True when the viewer needs the reporting edges to compute their scope (a manager or executive who is a person). */
export function needsReportingEdges(viewer: Pick<TDirectoryViewer, "isOperator" | "roles" | "personId">): boolean {
  if (readsWholeDirectory(viewer) || viewer.personId === null) return false;
  return viewer.roles.includes("manager") || viewer.roles.includes("executive");
}
