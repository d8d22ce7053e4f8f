import type { TExistingPerson } from "./fields";
import { quote, type TCandidate } from "./import-row";
import { findReportingCycles } from "./org-tree";
import type { TPeopleIndex } from "./people-index";
import { emailKey } from "./person-values";

const isAccepted = (c: TCandidate) => c.errors.length === 0;

function describe(person: { firstName: string; lastName: string; employeeNumber: string }): string {
  return `${person.firstName} ${person.lastName} (${person.employeeNumber})`;
}

/**
 * Resolves each row's manager reference (employee number, or email when it holds an @) to a person in the
 * file or already in the organisation, then rejects rows whose manager is unknown or themselves, and rows on a
 * reporting cycle; a rejection spreads to the rows that reached their manager only through the rejected row,
 * until nothing changes. Mutates the candidates: adds errors and sets `managerKey`.
 */
export function linkManagers(candidates: readonly TCandidate[], existing: readonly TExistingPerson[], index: TPeopleIndex): void {
  const dependents = new Map<TCandidate, TCandidate[]>();
  const worklist: TCandidate[] = [];

  const reject = (c: TCandidate, code: string, message: string) => {
    if (isAccepted(c)) worklist.push(c);
    c.errors.push({ row: c.line, field: "managerRef", code, message });
  };

  const resolve = (c: TCandidate) => {
    c.managerKey = c.managerRef === null ? null : undefined;
    c.managerVia = undefined;
    const ref = c.managerRef;
    if (ref == null) return;
    const byEmail = ref.includes("@");
    const key = byEmail ? emailKey(ref) : ref;
    const fileRow = (byEmail ? index.rowByEmail : index.rowByNumber).get(key);
    const row = fileRow && isAccepted(fileRow) ? fileRow : undefined;
    const person = row ? undefined : (byEmail ? index.personByEmail : index.personByNumber).get(key);
    // A stored person whose number or email a row of the file changes no longer answers to the old one, even
    // when that row is rejected: the file contradicts itself, and deciding by a row's fate would be circular.
    const claimant = person && person.id !== c.key ? index.claimant.get(person.id) : undefined;
    const claimed = claimant && (byEmail ? claimant.emailKey : claimant.employeeNumber);
    const renamedBy = claimant && claimed && claimed !== key ? claimant : undefined;
    const target = row?.key ?? (renamedBy ? undefined : person?.id);
    const rejectedRow = target === undefined && !renamedBy ? fileRow : undefined;
    const what = () => `${byEmail ? "email" : "employee number"} ${quote(ref)}`;
    if (renamedBy && person) {
      const now = byEmail ? `email ${quote(renamedBy.email)}` : `employee number ${quote(renamedBy.employeeNumber)}`;
      reject(c, "UNKNOWN_MANAGER", `The ${what()} is ${describe(person)}'s old one: line ${renamedBy.line} gives them the ${now}.`);
    } else if (target === c.key || rejectedRow === c) {
      reject(c, "SELF_MANAGER", `${describe(c)} cannot be their own manager (${what()}).`);
    } else if (rejectedRow) {
      const because = `The manager with ${what()} is on line ${rejectedRow.line}, which was rejected, so this row is rejected too.`;
      if (isAccepted(c)) reject(c, "UNKNOWN_MANAGER", because);
    } else if (target === undefined) {
      reject(c, "UNKNOWN_MANAGER", `No person with ${what()} in this file or in the organisation.`);
    } else {
      c.managerKey = target;
      c.managerVia = row;
      if (row) {
        const list = dependents.get(row);
        if (list) list.push(c);
        else dependents.set(row, [c]);
      }
    }
  };

  const spreadRejections = () => {
    for (let rejected = worklist.pop(); rejected; rejected = worklist.pop()) {
      for (const d of dependents.get(rejected) ?? []) if (isAccepted(d) && d.managerVia === rejected) resolve(d);
    }
  };

  for (const c of candidates) resolve(c);
  spreadRejections();

  const rowOfKey = new Map(candidates.map((c) => [c.key, c]));
  for (;;) {
    const edges = new Map<string, string | null>(existing.map((p) => [p.id, p.managerId]));
    for (const c of candidates) {
      if (isAccepted(c)) edges.set(c.key, c.managerKey !== undefined ? c.managerKey : (c.match?.managerId ?? null));
    }
    const onCycle = (key: string) => {
      const row = rowOfKey.get(key);
      return row && isAccepted(row) ? row : undefined;
    };
    const cycles = findReportingCycles(edges).filter((cycle) => cycle.some(onCycle));
    if (cycles.length === 0) return;
    const existingById = new Map(existing.map((p) => [p.id, p]));
    for (const cycle of cycles) {
      const names = cycle.map((key) => {
        const person = onCycle(key) ?? existingById.get(key);
        return person ? describe(person) : key;
      });
      const shown = names.length > 10 ? [...names.slice(0, 10), "…"] : [...names, names[0]];
      const message = `Reporting cycle: ${shown.join(" → ")}.`;
      for (const row of cycle.map(onCycle)) if (row) reject(row, "MANAGER_CYCLE", message);
    }
    spreadRejections();
  }
}
