// What applying an optimiser run does to each person's plan (issue 13): the optimiser proposes, never overwrites.
// A plan its owner has not yet submitted (or no plan at all) takes the new modules directly, as a draft; a plan
// that is submitted, approved or sent back with changes requested gets a proposal the owner accepts or declines.
import type { TPlanStatus } from "./plan";

/** direct: written as a draft version; proposal: offered to the owner; unchanged: nothing to do. */
export type TOptimiserChangeKind = "direct" | "proposal" | "unchanged";

/** The person's plan as it stands (null: no plan yet) and the modules a pending proposal already offers. */
export type TImpactSubject = {
  personId: string;
  newModuleIds: readonly string[];
  plan: { id: string; status: TPlanStatus; version: number; moduleIds: readonly string[] } | null;
  pendingProposal: { id: string; moduleIds: readonly string[] } | null;
};

/** One line of the impact list HR confirms before applying. */
export type TImpactLine = {
  personId: string;
  kind: TOptimiserChangeKind;
  planId: string | null;
  planStatus: TPlanStatus | null;
  planVersion: number | null;
  oldModuleIds: string[];
  newModuleIds: string[];
  /** a pending proposal (from an earlier run) that this one withdraws */
  replacesProposalId: string | null;
};

/** True when both lists hold the same modules, in any order. */
export function sameModules(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((id) => set.has(id));
}

/** Statuses the optimiser may overwrite: the owner has not handed the plan to anyone yet. */
const DIRECT_STATUSES: readonly TPlanStatus[] = ["draft"];

/** Whether the run's modules for a person are written directly, proposed to the owner, or change nothing. */
export function optimiserChangeKind(subject: TImpactSubject): TOptimiserChangeKind {
  const { plan, pendingProposal, newModuleIds } = subject;
  if (plan && sameModules(plan.moduleIds, newModuleIds)) return "unchanged";
  if (!plan || DIRECT_STATUSES.includes(plan.status)) return "direct";
  if (pendingProposal && sameModules(pendingProposal.moduleIds, newModuleIds)) return "unchanged";
  return "proposal";
}

/** The impact line of one person. */
export function impactLine(subject: TImpactSubject): TImpactLine {
  const kind = optimiserChangeKind(subject);
  const replaces = kind !== "unchanged" && subject.pendingProposal ? subject.pendingProposal.id : null;
  return {
    personId: subject.personId,
    kind,
    planId: subject.plan?.id ?? null,
    planStatus: subject.plan?.status ?? null,
    planVersion: subject.plan?.version ?? null,
    oldModuleIds: [...(subject.plan?.moduleIds ?? [])],
    newModuleIds: [...subject.newModuleIds],
    replacesProposalId: replaces,
  };
}

/**
 * A canonical text of an impact list (sorted by person): two lists have the same text exactly when every person
 * would get the same kind of change from the same plan version to the same modules. Hash it to confirm a preview.
 */
export function impactFingerprint(lines: readonly TImpactLine[]): string {
  const sorted = [...lines].sort((a, b) => (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0));
  return JSON.stringify(
    sorted.map((l) => [l.personId, l.kind, l.planId, l.planStatus, l.planVersion, [...l.oldModuleIds].sort(), [...l.newModuleIds].sort(), l.replacesProposalId]),
  );
}
