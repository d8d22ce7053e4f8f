/**
 * Aggregates that move only in steps of k people (issue 13, "heatmap differencing"; TESTING.md item 19).
 *
 * A live mean over a group tells whoever reads it before and after one person's answer that person's
 * answer: `(n+1)·after − n·before`. So a group's published figure is frozen between steps: it is computed
 * from the group's state **as of its last k-th completion**. Completions (first answers and retakes alike)
 * are ordered by time (ties by id); with E completions the published state is each member's newest
 * completion among the first ⌊E/k⌋·k. One more completion changes nothing until it is the k-th since the
 * last step; then the figure moves by k completions at once, and two readings always differ by ≥ k people's
 * answers (decision 0015). Deterministic and stateless: derived from the stored completion history, so
 * every process and every reader sees the same figure.
 *
 * Known limit: a person who leaves the group (another department, deactivated) leaves its history, which can
 * move the step's cut-off; the figure then mixes that person out and others in, never one person alone.
 */

import { invalid } from "./errors";

/** One completed questionnaire of one person: `at` orders completions, `id` breaks ties. */
export type TCompletion<T> = { personId: string; id: string; at: number; value: T };

/** A group's published state: one value per member, and how many completions it rests on out of all. */
export type TSteppedState<T> = {
  members: { personId: string; value: T }[];
  /** completions the published state rests on (each step adds completions of ≥ `step` different people) */
  publishedCompletions: number;
  step: number;
};

/** The completions in the order the rule counts them: by time, then id. */
function inOrder<T>(completions: readonly TCompletion<T>[]): TCompletion<T>[] {
  return [...completions].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * How many of the ordered completions are published: the longest prefix cut only where the completions since the
 * previous cut come from at least `step` different people (so k retakes of one person are not a step).
 */
function publishedCount(ordered: readonly TCompletion<unknown>[], step: number): number {
  let cut = 0;
  let since = new Set<string>();
  ordered.forEach((completion, index) => {
    since.add(completion.personId);
    if (since.size >= step) {
      cut = index + 1;
      since = new Set();
    }
  });
  return cut;
}

/**
 * The group's state as of its last step: each member's newest completion among the completions up to the last cut,
 * where a step needs completions of ≥ k different people since the previous one (with one completion per person
 * that is the first ⌊E/k⌋·k).
 */
export function steppedState<T>(completions: readonly TCompletion<T>[], step: number): TSteppedState<T> {
  if (!Number.isSafeInteger(step) || step < 1) throw invalid("step", "step must be a whole number ≥ 1");
  const ordered = inOrder(completions);
  const published = publishedCount(ordered, step);
  const newest = new Map<string, T>();
  for (const completion of ordered.slice(0, published)) newest.set(completion.personId, completion.value);
  const members = [...newest.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([personId, value]) => ({ personId, value }));
  return { members, publishedCompletions: published, step };
}

/** Splits completions by group key (e.g. department) and publishes each group's stepped state. */
export function steppedStates<T>(completions: readonly (TCompletion<T> & { group: string })[], step: number): Map<string, TSteppedState<T>> {
  const byGroup = new Map<string, TCompletion<T>[]>();
  for (const completion of completions) {
    const list = byGroup.get(completion.group) ?? [];
    list.push(completion);
    byGroup.set(completion.group, list);
  }
  return new Map([...byGroup.entries()].map(([group, list]) => [group, steppedState(list, step)]));
}

/**
 * The completions a figure that counts **every** completion (not one per person, e.g. the mean of all reaction
 * surveys) may rest on: the longest prefix, in time order, cut only where the completions since the previous cut
 * come from at least `step` different people. Two readings then differ by nothing or by the completions of ≥ step
 * people together, also when one person answers many times in a row (decision 0015).
 */
export function steppedByPeople<T>(completions: readonly TCompletion<T>[], step: number): TCompletion<T>[] {
  if (!Number.isSafeInteger(step) || step < 1) throw invalid("step", "step must be a whole number ≥ 1");
  const ordered = inOrder(completions);
  return ordered.slice(0, publishedCount(ordered, step));
}

/**
 * For figures recomputed from everything at once (the programme evaluation): how many people's contributions
 * differ between the published snapshot and now, from one fingerprint per person (a person added, removed or
 * changed changes theirs). Counted conservatively as the larger of the fingerprints gone and the ones new, so a
 * changed person counts once, never twice.
 */
export function peopleChanged(published: readonly string[], now: readonly string[]): number {
  const before = new Set(published);
  const after = new Set(now);
  const added = [...after].filter((f) => !before.has(f)).length;
  const gone = [...before].filter((f) => !after.has(f)).length;
  return Math.max(added, gone);
}

/** A new snapshot may replace the published one when no person's contribution changed (others' edits only) or ≥ step people's did. */
export function mayPublishSnapshot(changedPeople: number, step: number): boolean {
  if (!Number.isSafeInteger(step) || step < 1) throw invalid("step", "step must be a whole number ≥ 1");
  return changedPeople === 0 || changedPeople >= step;
}
