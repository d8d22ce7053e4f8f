// The directory scope's shapes and the reporting line (issue 13). Who may read whom is the policy's rule
// (domain/policy/rules/people.ts: directoryScope, orgChartScope); the caller applies the scope to its queries.
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

/** True when the scope holds the person. */
export function inDirectoryScope(scope: TDirectoryScope, personId: string): boolean {
  return scope.everyone || scope.personIds.has(personId);
}
