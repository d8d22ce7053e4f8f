import { invalid } from "../shared/errors";
import { checkMentor, matchScore, type TMatchRules } from "./score";
import type { TIneligibleReason, TMatchScore, TMentee, TMentor } from "./types";

export type TAssignOptions = TMatchRules & {
  /**
   * coverage-then-score (default): as many mentees as possible get a mentor, and among those assignments the
   * total score is highest. score: only the total score counts (a mentee may stay unmatched if that scores more).
   */
  objective?: "coverage-then-score" | "score";
};

export type TMenteeMatch = {
  menteeId: string;
  assigned: TMatchScore | null;
  /** The three best eligible mentors by score (ties by id): the mentee chooses among these. */
  topThree: readonly TMatchScore[];
  /** Set when `assigned` is null. */
  unmatchedReason: "no-eligible-mentor" | "mentors-full" | null;
  /** How many mentors each rule ruled out for this mentee. */
  excluded: Readonly<Partial<Record<TIneligibleReason, number>>>;
};

export type TPoolAssignment = {
  matches: TMenteeMatch[];
  totalScore: number;
  matched: number;
  /** Free places per mentor after the assignment. */
  placesLeft: Readonly<Record<string, number>>;
};

type TEdge = { to: number; cap: number; cost: number; rev: number };

/** Min-cost flow by successive shortest paths (Bellman-Ford, so negative costs are fine); stops when no path lowers the cost. */
function minCostFlow(graph: TEdge[][], source: number, sink: number): void {
  const n = graph.length;
  for (;;) {
    const dist = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
    const prevNode = new Int32Array(n).fill(-1);
    const prevEdge = new Int32Array(n).fill(-1);
    const inQueue = new Uint8Array(n);
    dist[source] = 0;
    const queue = [source];
    inQueue[source] = 1;
    for (let head = 0; head < queue.length; head++) {
      const u = queue[head] ?? 0;
      inQueue[u] = 0;
      const edges = graph[u] ?? [];
      for (let k = 0; k < edges.length; k++) {
        const e = edges[k];
        if (!e || e.cap <= 0) continue;
        const d = (dist[u] ?? 0) + e.cost;
        if (d < (dist[e.to] ?? 0) - 1e-9) {
          dist[e.to] = d;
          prevNode[e.to] = u;
          prevEdge[e.to] = k;
          if (!inQueue[e.to]) {
            inQueue[e.to] = 1;
            queue.push(e.to);
          }
        }
      }
    }
    if (!Number.isFinite(dist[sink] ?? Infinity) || (dist[sink] ?? 0) >= -1e-9) return;
    for (let v = sink; v !== source; v = prevNode[v] ?? source) {
      const e = graph[prevNode[v] ?? 0]?.[prevEdge[v] ?? 0];
      if (!e) return;
      e.cap -= 1;
      const back = graph[v]?.[e.rev];
      if (back) back.cap += 1;
    }
  }
}

function addEdge(graph: TEdge[][], from: number, to: number, cap: number, cost: number): void {
  const a = graph[from] ?? [];
  const b = graph[to] ?? [];
  a.push({ to, cap, cost, rev: b.length });
  b.push({ to: from, cap: 0, cost: -cost, rev: a.length - 1 });
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byScore = (a: TMatchScore, b: TMatchScore) => b.total - a.total || (a.mentorId < b.mentorId ? -1 : a.mentorId > b.mentorId ? 1 : 0);

/**
 * Assigns mentors to mentees over the whole pool: each mentee at most one mentor, each mentor at most their free
 * places, never the mentee's own line manager (nor themselves), optionally nobody from the same department.
 * Solved exactly as a min-cost flow (source → mentee → mentor → sink); deterministic for the same input.
 */
export function assignMentors(mentors: readonly TMentor[], mentees: readonly TMentee[], options: TAssignOptions = {}): TPoolAssignment {
  mentors.forEach((m, i) => checkMentor(m, `mentors[${i}]`));
  for (const [list, field] of [[mentors, "mentors"], [mentees, "mentees"]] as const) {
    const ids = new Set(list.map((x) => x.id));
    if (ids.size !== list.length) throw invalid(field, `${field} has duplicate ids`);
  }
  const sortedMentors = [...mentors].sort(byId);
  const sortedMentees = [...mentees].sort(byId);
  const scores = sortedMentees.map((mentee) => sortedMentors.map((mentor) => matchScore(mentor, mentee, options)));
  // With coverage first, every match is worth more than any possible difference in total score.
  const coverageBonus = (options.objective ?? "coverage-then-score") === "coverage-then-score" ? 100 * (sortedMentees.length + 1) : 0;
  const source = 0;
  const sink = 1 + sortedMentees.length + sortedMentors.length;
  const graph: TEdge[][] = Array.from({ length: sink + 1 }, () => []);
  sortedMentees.forEach((_, i) => addEdge(graph, source, 1 + i, 1, 0));
  scores.forEach((row, i) =>
    row.forEach((s, j) => {
      if (s.ineligible.length === 0) addEdge(graph, 1 + i, 1 + sortedMentees.length + j, 1, -(s.total + coverageBonus));
    }),
  );
  sortedMentors.forEach((m, j) => addEdge(graph, 1 + sortedMentees.length + j, sink, Math.max(0, m.capacity - m.activeMentees), 0));
  minCostFlow(graph, source, sink);

  const placesLeft: Record<string, number> = {};
  sortedMentors.forEach((m, j) => {
    const edge = (graph[1 + sortedMentees.length + j] ?? []).find((e) => e.to === sink);
    placesLeft[m.id] = edge?.cap ?? 0;
  });
  const matches = sortedMentees.map((mentee, i): TMenteeMatch => {
    const row = scores[i] ?? [];
    const used = (graph[1 + i] ?? []).find((e) => e.to > sortedMentees.length && e.to < sink && e.cap === 0 && e.cost < 0);
    const assigned = used ? (row[used.to - 1 - sortedMentees.length] ?? null) : null;
    const eligible = row.filter((s) => s.ineligible.length === 0).sort(byScore);
    const excluded: Partial<Record<TIneligibleReason, number>> = {};
    for (const s of row) for (const r of s.ineligible) excluded[r] = (excluded[r] ?? 0) + 1;
    return {
      menteeId: mentee.id,
      assigned,
      topThree: eligible.slice(0, 3),
      unmatchedReason: assigned ? null : eligible.length === 0 ? "no-eligible-mentor" : "mentors-full",
      excluded,
    };
  });
  const assignedScores = matches.flatMap((m) => (m.assigned ? [m.assigned.total] : []));
  return { matches, totalScore: assignedScores.reduce((a, b) => a + b, 0), matched: assignedScores.length, placesLeft };
}
