// Who may read whom in an organisation's directory and org chart (issue 13). Pure: the caller loads the viewer's
// linked person, the people they mentor now and the reporting edges; the scope is composed from the rules below.
import { reportingLine, type TDirectoryScope, type TDirectoryViewer, type TReportingEdge } from "../../people/directory-scope";
import { administers, hasRole, inOrganisation, personOf, type TPolicyActor } from "../actor";
import { allow, forbid } from "../decision";
import { rule } from "../rule";

export const PEOPLE_RULES = {
  "person.directory.read_all": rule("HR admins and the operator read everyone in the directory (others: their scope below).", (actor) =>
    administers(actor) ? allow("administers the organisation") : forbid("reads only their own part of the directory"),
  ),
  "person.reporting_line.read": rule("Managers and executives with a person record read their reporting line (everyone below them and their own manager).", (actor) =>
    personOf(actor) !== null && (hasRole(actor, "manager") || hasRole(actor, "executive"))
      ? allow("leads a reporting line")
      : forbid("no reporting line to read"),
  ),
  "person.mentees.read": rule("Mentors read the people they mentor now.", (actor) =>
    inOrganisation(actor) && hasRole(actor, "mentor") ? allow("a mentor") : forbid("mentors nobody"),
  ),
  "person.org_chart.read_all": rule("Executives, HR admins and the operator see the whole organisation chart (names, titles, departments).", (actor) =>
    administers(actor) || (inOrganisation(actor) && hasRole(actor, "executive")) ? allow("sees the whole chart") : forbid("sees their directory scope in the chart"),
  ),
};

const EVERYONE: TDirectoryScope = { everyone: true };
const allows = (actor: TPolicyActor, action: keyof typeof PEOPLE_RULES) => PEOPLE_RULES[action].decide(actor, undefined).allowed;

/** True when the viewer reads the whole directory (person.directory.read_all). */
export function readsWholeDirectory(viewer: Pick<TDirectoryViewer, "isOperator" | "roles">): boolean {
  return allows(viewer, "person.directory.read_all");
}

/**
 * Whom the viewer may read in the directory (list, search, a person's page: contact data included): everyone
 * (person.directory.read_all), else the union of themselves, their reporting line (person.reporting_line.read) and
 * the people they mentor now (person.mentees.read).
 */
export function directoryScope(viewer: TDirectoryViewer, edges: readonly TReportingEdge[]): TDirectoryScope {
  if (readsWholeDirectory(viewer)) return EVERYONE;
  const ids = new Set<string>();
  if (viewer.personId !== null) {
    ids.add(viewer.personId);
    if (allows(viewer, "person.reporting_line.read")) for (const id of reportingLine(edges, viewer.personId)) ids.add(id);
  }
  if (allows(viewer, "person.mentees.read")) for (const id of viewer.menteeIds) ids.add(id);
  return { everyone: false, personIds: ids };
}

/** Whom the viewer sees in the organisation chart: everyone (person.org_chart.read_all), else their directory scope. */
export function orgChartScope(viewer: TDirectoryViewer, edges: readonly TReportingEdge[]): TDirectoryScope {
  if (allows(viewer, "person.org_chart.read_all")) return EVERYONE;
  return directoryScope(viewer, edges);
}

/** True when the viewer's scope needs the reporting edges (person.reporting_line.read, outside the whole directory). */
export function needsReportingEdges(viewer: Pick<TDirectoryViewer, "isOperator" | "roles" | "personId">): boolean {
  return !readsWholeDirectory(viewer) && allows(viewer, "person.reporting_line.read");
}

/** True when the viewer's scope includes the people they mentor (so their mentees must be loaded). */
export function needsMentees(viewer: Pick<TDirectoryViewer, "isOperator" | "roles">): boolean {
  return allows(viewer, "person.mentees.read");
}
