/** Person id -> manager id (null: no manager). An id missing from the map ends the chain. */
export type TReportingEdges = ReadonlyMap<string, string | null>;

/**
 * Every reporting cycle (A reports to B … reports to A), each listed once, starting from the member met first.
 * Linear: every person is walked at most once, because each has at most one manager.
 */
export function findReportingCycles(edges: TReportingEdges): string[][] {
  const state = new Map<string, "walking" | "done">();
  const cycles: string[][] = [];
  for (const start of edges.keys()) {
    if (state.has(start)) continue;
    const path: string[] = [];
    let current: string | null | undefined = start;
    while (current != null && edges.has(current) && !state.has(current)) {
      state.set(current, "walking");
      path.push(current);
      current = edges.get(current);
    }
    if (current != null && state.get(current) === "walking") cycles.push(path.slice(path.indexOf(current)));
    for (const id of path) state.set(id, "done");
  }
  return cycles;
}

/** The first reporting cycle found, or null when the reporting lines form a forest. */
export function findReportingCycle(edges: TReportingEdges): string[] | null {
  return findReportingCycles(edges)[0] ?? null;
}

/** True when giving `personId` the manager `newManagerId` would make someone (indirectly) their own manager. */
export function wouldCreateCycle(
  people: readonly { id: string; managerId: string | null }[],
  personId: string,
  newManagerId: string | null,
): boolean {
  const managerOf = new Map(people.map((p) => [p.id, p.managerId]));
  const seen = new Set<string>();
  for (let current = newManagerId; current != null && !seen.has(current); current = managerOf.get(current) ?? null) {
    if (current === personId) return true;
    seen.add(current);
  }
  return false;
}

/** What the org tree needs of a person; inactive people are left out. */
export type TOrgTreePerson = {
  id: string;
  managerId: string | null;
  firstName: string;
  lastName: string;
  jobTitle: string;
  department: string;
  active?: boolean;
};

export type TOrgTreeNode = { id: string; name: string; jobTitle: string; department: string; children: TOrgTreeNode[] };

const collator = new Intl.Collator("nl", { sensitivity: "base", numeric: true });

function byName(a: TOrgTreePerson, b: TOrgTreePerson): number {
  return collator.compare(a.lastName, b.lastName) || collator.compare(a.firstName, b.firstName) || (a.id < b.id ? -1 : 1);
}

/**
 * The organisation chart: active people under their managers, each level sorted by last name, then first name.
 * Someone whose manager is unknown or inactive is a root; a corrupt cycle is cut above its first member by name.
 */
export function buildOrgTree(people: readonly TOrgTreePerson[]): TOrgTreeNode[] {
  const active = people.filter((p) => p.active !== false);
  const byId = new Map(active.map((p) => [p.id, p]));
  const managerOf = new Map(active.map((p) => [p.id, p.managerId !== null && byId.has(p.managerId) ? p.managerId : null]));
  for (const cycle of findReportingCycles(managerOf)) {
    const first = cycle.map((id) => byId.get(id)).filter((p) => p !== undefined).sort(byName)[0];
    if (first) managerOf.set(first.id, null);
  }
  const nodes = new Map<string, TOrgTreeNode>();
  for (const p of [...active].sort(byName)) {
    const name = `${p.firstName} ${p.lastName}`.trim();
    nodes.set(p.id, { id: p.id, name, jobTitle: p.jobTitle, department: p.department, children: [] });
  }
  const roots: TOrgTreeNode[] = [];
  for (const [id, node] of nodes) {
    const managerId = managerOf.get(id) ?? null;
    const parent = managerId === null ? undefined : nodes.get(managerId);
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}
