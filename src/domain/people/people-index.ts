import type { TExistingPerson } from "./fields";
import type { TCandidate } from "./import-row";
import { emailKey } from "./person-values";

/** Lookups shared by the planner's steps: rows by their first occurrence, stored people by number and email. */
export type TPeopleIndex = {
  rowByNumber: ReadonlyMap<string, TCandidate>;
  rowByEmail: ReadonlyMap<string, TCandidate>;
  personByNumber: ReadonlyMap<string, TExistingPerson>;
  personByEmail: ReadonlyMap<string, TExistingPerson>;
  /** stored person id -> the row that matched the person (filled in when rows are matched) */
  claimant: Map<string, TCandidate>;
};

function firstBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    const key = keyOf(item);
    if (key !== "" && !map.has(key)) map.set(key, item);
  }
  return map;
}

/** Indexes rows and stored people once; a later row with the same key is a duplicate and not indexed. */
export function indexPeople(candidates: readonly TCandidate[], existing: readonly TExistingPerson[]): TPeopleIndex {
  return {
    rowByNumber: firstBy(candidates, (c) => c.employeeNumber),
    rowByEmail: firstBy(candidates, (c) => c.emailKey),
    personByNumber: firstBy(existing, (p) => p.employeeNumber),
    personByEmail: firstBy(existing, (p) => emailKey(p.email)),
    claimant: new Map(),
  };
}
