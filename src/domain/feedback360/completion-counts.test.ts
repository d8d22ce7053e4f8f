import { describe, expect, it } from "vitest";
import { DomainError } from "../shared/errors";
import { completionCounts, type TInvitation } from "./completion-counts";

const invitations: TInvitation[] = [
  { raterId: "self-1", group: "self" },
  { raterId: "boss-1", group: "line_manager" },
  { raterId: "peer-1", group: "peer" },
  { raterId: "peer-2", group: "peer" },
  { raterId: "peer-3", group: "peer" },
  { raterId: "peer-4", group: "peer" },
  { raterId: "report-1", group: "direct_report" },
];

describe("completionCounts", () => {
  it("counts invited and answered raters per group, also below the minimum", () => {
    const counts = completionCounts(invitations, [{ raterId: "peer-2" }, { raterId: "peer-4" }, { raterId: "self-1" }]);
    expect(counts).toEqual({
      self: { invited: 1, answered: 1 },
      line_manager: { invited: 1, answered: 0 },
      peer: { invited: 4, answered: 2 },
      direct_report: { invited: 1, answered: 0 },
      other: { invited: 0, answered: 0 },
    });
  });

  it("never says who answered", () => {
    const json = JSON.stringify(completionCounts(invitations, [{ raterId: "peer-2" }]));
    for (const { raterId } of invitations) expect(json).not.toContain(raterId);
  });

  it("ignores responses without an invitation and counts a rater once", () => {
    const responses = [{ raterId: "stranger" }, { raterId: "report-1" }, { raterId: "report-1" }];
    const counts = completionCounts(invitations, responses);
    expect(counts.direct_report).toEqual({ invited: 1, answered: 1 });
    expect(Object.values(counts).reduce((sum, c) => sum + c.answered, 0)).toBe(1);
  });

  it.each<[string, TInvitation[], string]>([
    ["a rater invited twice", [invitations[2] as TInvitation, invitations[2] as TInvitation], "invitations[1].raterId"],
    ["an unknown group", [{ raterId: "x", group: "boss" as TInvitation["group"] }], "invitations[0].group"],
  ])("rejects %s", (_name, invited, field) => {
    expect(() => completionCounts(invited, [])).toThrow(DomainError);
    expect(() => completionCounts(invited, [])).toThrow(expect.objectContaining({ field }));
  });
});
