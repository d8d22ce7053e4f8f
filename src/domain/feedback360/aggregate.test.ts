import { describe, expect, it } from "vitest";
import { aggregate } from "./aggregate";
import type {
  TAnonymityThresholds,
  TAnonymousGroup,
  TFeedbackReport,
  TGroupReport,
  TItemScore,
  TRaterGroup,
  TRaterResponse,
} from "./types";

const ITEMS = ["q1", "q2"] as const;
let nextRater = 0;

/** `count` raters of one group, all giving the same answers. */
function raters(group: TRaterGroup, count: number, answers: Record<string, number | null> = { q1: 4, q2: 4 }) {
  return Array.from({ length: count }, (): TRaterResponse => ({ raterId: `r${nextRater++}`, group, answers }));
}

function report(responses: TRaterResponse[], thresholds?: Partial<TAnonymityThresholds>): TFeedbackReport {
  return aggregate(responses, thresholds, { itemIds: ITEMS, shuffleSeed: 7 });
}

function shownCount(group: TGroupReport): number | "hidden" {
  return group.shown ? group.raterCount : "hidden";
}

function item(items: readonly TItemScore[], itemId: string): TItemScore | undefined {
  return items.find((score) => score.itemId === itemId);
}

describe("aggregate: which groups are shown", () => {
  type TRow = {
    name: string;
    sizes: Partial<Record<TRaterGroup, number>>;
    thresholds?: Partial<TAnonymityThresholds>;
    expected: Record<TAnonymousGroup | "allRaters", number | "hidden">;
  };
  it.each<TRow>([
    {
      name: "hides the peer group when fewer than 3 peers answered",
      sizes: { peer: 2, direct_report: 3 },
      expected: { peer: "hidden", direct_report: 3, other: "hidden", allRaters: "hidden" },
    },
    {
      name: "shows peers and direct reports with 3 each, and all raters as 6",
      sizes: { peer: 3, direct_report: 3 },
      expected: { peer: 3, direct_report: 3, other: "hidden", allRaters: 6 },
    },
    {
      name: "hides all raters when only one group of 3 is shown",
      sizes: { peer: 3 },
      expected: { peer: 3, direct_report: "hidden", other: "hidden", allRaters: "hidden" },
    },
    {
      name: "does not count hidden groups towards the all-raters minimum",
      sizes: { peer: 3, direct_report: 2, other: 2 },
      expected: { peer: 3, direct_report: "hidden", other: "hidden", allRaters: "hidden" },
    },
    {
      name: "shows all raters equal to the one group of 4 (a difference of 0 is allowed)",
      sizes: { peer: 4, direct_report: 1 },
      expected: { peer: 4, direct_report: "hidden", other: "hidden", allRaters: 4 },
    },
    {
      name: "leaves the line manager and self out of all raters",
      sizes: { self: 1, line_manager: 1, peer: 3 },
      expected: { peer: 3, direct_report: "hidden", other: "hidden", allRaters: "hidden" },
    },
    {
      name: "shows all three groups and their sum",
      sizes: { peer: 3, direct_report: 5, other: 4 },
      expected: { peer: 3, direct_report: 5, other: 4, allRaters: 12 },
    },
    {
      name: "applies a raised peer minimum",
      sizes: { peer: 4, direct_report: 4 },
      thresholds: { peer: 5 },
      expected: { peer: "hidden", direct_report: 4, other: "hidden", allRaters: 4 },
    },
    {
      name: "ignores a lowered peer minimum",
      sizes: { peer: 2, direct_report: 3 },
      thresholds: { peer: 1, allRaters: 1 },
      expected: { peer: "hidden", direct_report: 3, other: "hidden", allRaters: "hidden" },
    },
    {
      name: "hides all raters, not a group, when a raised overlap gap is not met",
      sizes: { peer: 3, direct_report: 3 },
      thresholds: { overlapGap: 4 },
      expected: { peer: 3, direct_report: 3, other: "hidden", allRaters: "hidden" },
    },
    {
      name: "shows all raters when every difference meets a raised overlap gap",
      sizes: { peer: 4, direct_report: 4 },
      thresholds: { overlapGap: 4 },
      expected: { peer: 4, direct_report: 4, other: "hidden", allRaters: 8 },
    },
    {
      name: "hides everything anonymous when nobody answered",
      sizes: {},
      expected: { peer: "hidden", direct_report: "hidden", other: "hidden", allRaters: "hidden" },
    },
  ])("$name", ({ sizes, thresholds, expected }) => {
    const responses = Object.entries(sizes).flatMap(([group, count]) => raters(group as TRaterGroup, count));
    const result = report(responses, thresholds);
    expect({
      peer: shownCount(result.groups.peer),
      direct_report: shownCount(result.groups.direct_report),
      other: shownCount(result.groups.other),
      allRaters: result.allRaters.shown ? result.allRaters.raterCount : "hidden",
    }).toEqual(expected);
  });
});

describe("aggregate: scores", () => {
  it("never counts a hidden group in the all-raters score", () => {
    const result = report([...raters("peer", 4, { q1: 5, q2: 5 }), ...raters("direct_report", 2, { q1: 1, q2: 1 })]);
    expect(result.allRaters).toMatchObject({ shown: true, raterCount: 4, includedGroups: ["peer"] });
    expect(result.allRaters.shown && item(result.allRaters.items, "q1")).toEqual({
      itemId: "q1",
      shown: true,
      mean: 5,
      answerCount: 4,
    });
  });

  it("averages answers per item and ignores can't judge", () => {
    const result = report([
      { raterId: "a", group: "peer", answers: { q1: 1, q2: 2 } },
      { raterId: "b", group: "peer", answers: { q1: 2, q2: null } },
      { raterId: "c", group: "peer", answers: { q1: 3, q2: 5 } },
      { raterId: "d", group: "peer", answers: { q1: 4, q2: 5 } },
    ]);
    const peer = result.groups.peer;
    expect(peer.shown && peer.items).toEqual([
      { itemId: "q1", shown: true, mean: 2.5, answerCount: 4 },
      { itemId: "q2", shown: true, mean: 4, answerCount: 3 },
    ]);
  });

  it("suppresses an item a shown group of 3 answered only twice, and keeps it out of all raters", () => {
    const result = report([
      { raterId: "p1", group: "peer", answers: { q1: 1, q2: 3 } },
      { raterId: "p2", group: "peer", answers: { q1: 1, q2: 3 } },
      { raterId: "p3", group: "peer", answers: { q1: null, q2: 3 } },
      ...raters("direct_report", 3, { q1: 5, q2: 5 }),
    ]);
    const peer = result.groups.peer;
    expect(peer.shown && item(peer.items, "q1")).toEqual({ itemId: "q1", shown: false });
    expect(peer.shown && item(peer.items, "q2")).toEqual({ itemId: "q2", shown: true, mean: 3, answerCount: 3 });
    // q1 of all raters would be the 3 direct reports alone (below 4), q2 is everyone.
    expect(result.allRaters.shown && result.allRaters.items).toEqual([
      { itemId: "q1", shown: false },
      { itemId: "q2", shown: true, mean: 4, answerCount: 6 },
    ]);
  });

  it("suppresses an all-raters item whose cells differ by less than a raised overlap gap", () => {
    const result = report(
      [
        ...raters("peer", 4, { q1: 2, q2: 2 }),
        ...raters("direct_report", 1, { q1: null, q2: 4 }),
        ...raters("direct_report", 3, { q1: 4, q2: 4 }),
      ],
      { overlapGap: 4 },
    );
    // q1: peers 4 + reports 3 = 7, which differs from the reports' cell by 4 but from the peers' by 3.
    expect(result.allRaters.shown && result.allRaters.items).toEqual([
      { itemId: "q1", shown: false },
      { itemId: "q2", shown: true, mean: 3, answerCount: 8 },
    ]);
  });

  it("shows the line manager separately, even alone", () => {
    const result = report([...raters("line_manager", 1, { q1: 2, q2: null }), ...raters("peer", 4)]);
    expect(result.lineManager).toEqual({
      group: "line_manager",
      shown: true,
      raterCount: 1,
      items: [
        { itemId: "q1", shown: true, mean: 2, answerCount: 1 },
        { itemId: "q2", shown: false },
      ],
      comments: [],
    });
    expect(result.allRaters).toMatchObject({ shown: true, raterCount: 4, includedGroups: ["peer"] });
  });

  it("hides a single line manager when the organisation requires two", () => {
    const result = report(raters("line_manager", 1), { lineManager: 2 });
    expect(result.lineManager).toEqual({ group: "line_manager", shown: false, minimum: 2 });
  });

  it("always shows self, with the person's own answers", () => {
    const result = report([{ raterId: "me", group: "self", answers: { q1: 3, q2: null }, comment: "mine" }]);
    expect(result.self).toEqual({
      group: "self",
      shown: true,
      raterCount: 1,
      items: [
        { itemId: "q1", shown: true, mean: 3, answerCount: 1 },
        { itemId: "q2", shown: false },
      ],
      comments: [{ text: "mine" }],
    });
  });

  it("shows self as not yet answered when the person did not respond", () => {
    const result = report(raters("peer", 3));
    expect(result.self).toMatchObject({ shown: true, raterCount: 0, comments: [] });
    expect(result.self.items.every((score) => !score.shown)).toBe(true);
  });

  it("describes a hidden group the same way whether 0, 1 or 2 answered", () => {
    const none = report([]);
    const one = report(raters("peer", 1, { q1: 1, q2: 1 }));
    const two = report(raters("peer", 2, { q1: 5, q2: 5 }));
    expect(one).toEqual(none);
    expect(two).toEqual(none);
  });
});

describe("aggregate: comments", () => {
  const withComments = (group: TRaterGroup, id: string, text: string): TRaterResponse => ({
    raterId: id,
    group,
    answers: {},
    comment: text,
  });

  it("drops the comments of a hidden group and keeps those of a shown one", () => {
    const result = report([
      withComments("peer", "p1", "peer one"),
      withComments("peer", "p2", "peer two"),
      withComments("direct_report", "d1", "report one"),
      withComments("direct_report", "d2", "report two"),
      withComments("direct_report", "d3", "report three"),
    ]);
    const texts = JSON.stringify(result);
    expect(texts).not.toContain("peer one");
    expect(texts).not.toContain("peer two");
    const reports = result.groups.direct_report;
    expect(reports.shown && reports.comments.map((c) => c.text).sort()).toEqual([
      "report one",
      "report three",
      "report two",
    ]);
  });

  it("keeps per-item and overall comments, trimmed, and drops empty ones", () => {
    const result = report([
      { raterId: "o1", group: "other", answers: {}, comments: [{ itemId: "q2", text: "  on q2 " }, { text: "   " }] },
      { raterId: "o2", group: "other", answers: {}, comment: "", comments: [{ text: "overall" }] },
      { raterId: "o3", group: "other", answers: {} },
    ]);
    const other = result.groups.other;
    const sorted = other.shown ? [...other.comments].sort((a, b) => a.text.localeCompare(b.text)) : [];
    expect(sorted).toEqual([{ itemId: "q2", text: "on q2" }, { text: "overall" }]);
  });

  it("carries no rater ids, dates or other fields of the stored response", () => {
    const stored = raters("peer", 3).map((r, i) => ({ ...r, comment: `c${i}`, submittedAt: "2025-03-01T10:00:00Z" }));
    const json = JSON.stringify(report(stored));
    expect(json).not.toContain("submittedAt");
    expect(json).not.toContain("2025-03-01");
    for (const response of stored) expect(json).not.toMatch(new RegExp(`"${response.raterId}"`));
  });

  it("orders comments the same for the same seed, whatever order the responses arrived in", () => {
    const responses = Array.from({ length: 8 }, (_, i) => withComments("peer", `p${i}`, `comment ${i}`));
    const forward = aggregate(responses, undefined, { itemIds: ITEMS, shuffleSeed: 42 });
    const backward = aggregate([...responses].reverse(), undefined, { itemIds: ITEMS, shuffleSeed: 42 });
    expect(backward).toEqual(forward);
  });

  it("shuffles comments: some seeds give an order other than submission or sorted order", () => {
    const responses = Array.from({ length: 8 }, (_, i) => withComments("peer", `p${i}`, `comment ${i}`));
    const submitted = responses.map((r) => r.comment);
    const orders = [1, 2, 3, 4, 5].map((shuffleSeed) => {
      const peer = aggregate(responses, undefined, { itemIds: ITEMS, shuffleSeed }).groups.peer;
      return peer.shown ? peer.comments.map((c) => c.text) : [];
    });
    expect(orders.some((order) => JSON.stringify(order) !== JSON.stringify(submitted))).toBe(true);
    expect(new Set(orders.map((order) => JSON.stringify(order))).size).toBeGreaterThan(1);
  });

  it("uses an injected random source instead of a seed", () => {
    const responses = Array.from({ length: 4 }, (_, i) => withComments("peer", `p${i}`, `comment ${i}`));
    const alwaysZero = aggregate(responses, undefined, { itemIds: ITEMS, random: () => 0 }).groups.peer;
    // Fisher–Yates with 0 each time rotates the sorted list: [1, 2, 3, 0].
    expect(alwaysZero.shown && alwaysZero.comments.map((c) => c.text)).toEqual([
      "comment 1",
      "comment 2",
      "comment 3",
      "comment 0",
    ]);
  });
});
