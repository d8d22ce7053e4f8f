import { describe, expect, it } from "vitest";
import { DomainError } from "../shared/errors";
import { DEFAULT_THRESHOLDS, resolveThresholds } from "./thresholds";
import type { TAnonymityThresholds } from "./types";

describe("resolveThresholds", () => {
  it("uses Sterk's floors when the organisation sets nothing", () => {
    expect(resolveThresholds()).toEqual({
      lineManager: 1,
      peer: 3,
      directReport: 3,
      other: 3,
      allRaters: 4,
      overlapGap: 3,
      teamCell: 5,
    });
  });

  it.each<[string, Partial<TAnonymityThresholds>, Partial<TAnonymityThresholds>]>([
    ["raises the peer minimum", { peer: 5 }, { peer: 5 }],
    ["raises the all-raters minimum", { allRaters: 10 }, { allRaters: 10 }],
    ["raises the line manager minimum", { lineManager: 2 }, { lineManager: 2 }],
    ["raises the overlap gap", { overlapGap: 4 }, { overlapGap: 4 }],
    ["raises the team cell minimum", { teamCell: 8 }, { teamCell: 8 }],
    ["ignores a lower peer minimum", { peer: 2 }, { peer: 3 }],
    ["ignores a zero direct-report minimum", { directReport: 0 }, { directReport: 3 }],
    ["ignores a negative others minimum", { other: -4 }, { other: 3 }],
    ["ignores a lower all-raters minimum", { allRaters: 1 }, { allRaters: 4 }],
    ["ignores a lower team cell minimum", { teamCell: 3 }, { teamCell: 5 }],
    ["ignores a zero line manager minimum", { lineManager: 0 }, { lineManager: 1 }],
    ["keeps a value equal to the floor", { peer: 3 }, { peer: 3 }],
    ["raises one field and ignores another", { peer: 4, other: 1 }, { peer: 4, other: 3 }],
  ])("%s", (_name, overrides, changed) => {
    expect(resolveThresholds(overrides)).toEqual({ ...DEFAULT_THRESHOLDS, ...changed });
  });

  it.each<[Partial<Record<keyof TAnonymityThresholds, unknown>>, string]>([
    [{ peer: 3.5 }, "thresholds.peer"],
    [{ allRaters: Number.NaN }, "thresholds.allRaters"],
    [{ teamCell: Number.POSITIVE_INFINITY }, "thresholds.teamCell"],
    [{ overlapGap: "4" }, "thresholds.overlapGap"],
  ])("rejects %o, naming %s", (overrides, field) => {
    const call = () => resolveThresholds(overrides as Partial<TAnonymityThresholds>);
    expect(call).toThrow(DomainError);
    expect(call).toThrow(expect.objectContaining({ code: "VALIDATION", field }));
  });

  it("does not let a caller change the shared defaults", () => {
    const resolved = resolveThresholds();
    resolved.peer = 1;
    expect(resolveThresholds().peer).toBe(3);
    expect(DEFAULT_THRESHOLDS.peer).toBe(3);
  });
});
