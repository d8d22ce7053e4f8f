import { describe, expect, it } from "vitest";
import { impactFingerprint, impactLine, optimiserChangeKind, sameModules, type TImpactSubject } from "./optimiser-impact";
import type { TPlanStatus } from "./plan";

const plan = (status: TPlanStatus, moduleIds: string[] = ["a", "b"], version = 2) => ({ id: "plan-1", status, version, moduleIds });
const subject = (overrides: Partial<TImpactSubject> = {}): TImpactSubject => ({ personId: "p1", newModuleIds: ["a", "c"], plan: null, pendingProposal: null, ...overrides });

describe("what applying an optimiser run does to a person's plan", () => {
  it.each([
    ["no plan yet", null, "direct"],
    ["a draft", plan("draft"), "direct"],
    ["a submitted plan", plan("submitted"), "proposal"],
    ["an approved plan", plan("approved"), "proposal"],
    ["a plan sent back with changes requested", plan("changes_requested"), "proposal"],
  ] as const)("%s → %s", (_, current, kind) => {
    expect(optimiserChangeKind(subject({ plan: current }))).toBe(kind);
  });

  it("changes nothing when the plan already holds these modules, in any order", () => {
    expect(optimiserChangeKind(subject({ plan: plan("approved", ["c", "a"]) }))).toBe("unchanged");
    expect(optimiserChangeKind(subject({ plan: plan("draft", ["c", "a"]) }))).toBe("unchanged");
  });

  it("does not propose again what a pending proposal already offers, but replaces a different one", () => {
    expect(optimiserChangeKind(subject({ plan: plan("submitted"), pendingProposal: { id: "x", moduleIds: ["c", "a"] } }))).toBe("unchanged");
    const line = impactLine(subject({ plan: plan("submitted"), pendingProposal: { id: "x", moduleIds: ["d"] } }));
    expect(line).toMatchObject({ kind: "proposal", replacesProposalId: "x", oldModuleIds: ["a", "b"], newModuleIds: ["a", "c"], planVersion: 2 });
  });

  it("compares module lists as sets", () => {
    expect(sameModules(["a", "b"], ["b", "a"])).toBe(true);
    expect(sameModules(["a"], ["a", "b"])).toBe(false);
    expect(sameModules(["a", "b"], ["a", "c"])).toBe(false);
  });

  it("fingerprints the list whatever its order, and changes when any person's plan moved on", () => {
    const one = impactLine(subject({ personId: "p1", plan: plan("submitted") }));
    const two = impactLine(subject({ personId: "p2" }));
    expect(impactFingerprint([one, two])).toBe(impactFingerprint([two, one]));
    const moved = impactLine(subject({ personId: "p1", plan: plan("submitted", ["a", "b"], 3) }));
    expect(impactFingerprint([moved, two])).not.toBe(impactFingerprint([one, two]));
    const approved = impactLine(subject({ personId: "p1", plan: plan("approved") }));
    expect(impactFingerprint([approved, two])).not.toBe(impactFingerprint([one, two]));
  });
});
