import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aggregate } from "./aggregate";
import { DEFAULT_THRESHOLDS, resolveThresholds } from "./thresholds";
import {
  ANONYMOUS_GROUPS,
  type TAnonymityThresholds,
  type TFeedbackReport,
  type TRaterGroup,
  type TRaterResponse,
} from "./types";

// Seven properties × 1,500 runs = 10,500 generated campaigns (TESTING.md item 17 asks ≥ 10,000).
const RUNS = 1_500;
const ITEM_POOL = ["q1", "q2", "q3", "q4"] as const;
const GROUPS: readonly TRaterGroup[] = ["line_manager", "peer", "direct_report", "other"];

type TDraft = {
  group: TRaterGroup;
  answers: (number | null)[];
  comments: { onItem: number | null; padded: boolean }[];
};

type TCampaign = {
  itemIds: string[];
  overrides: Partial<TAnonymityThresholds>;
  seed: number;
  responses: TRaterResponse[];
};

const answerArb = fc.oneof(
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 5, arbitrary: fc.integer({ min: 1, max: 5 }) },
  { weight: 1, arbitrary: fc.double({ min: 1, max: 5, noNaN: true }) },
);

const draftArb = (group: fc.Arbitrary<TRaterGroup>): fc.Arbitrary<TDraft> =>
  fc.record({
    group,
    answers: fc.array(answerArb, { minLength: ITEM_POOL.length, maxLength: ITEM_POOL.length }),
    comments: fc.array(
      fc.record({ onItem: fc.option(fc.nat(ITEM_POOL.length - 1)), padded: fc.boolean() }),
      { maxLength: 2 },
    ),
  });

// Organisations raise or (ineffectively) lower thresholds; small values keep groups near their minimums.
const overridesArb: fc.Arbitrary<Partial<TAnonymityThresholds>> = fc.record(
  {
    lineManager: fc.integer({ min: -1, max: 2 }),
    peer: fc.integer({ min: 0, max: 5 }),
    directReport: fc.integer({ min: 0, max: 5 }),
    other: fc.integer({ min: 0, max: 5 }),
    allRaters: fc.integer({ min: 0, max: 8 }),
    overlapGap: fc.integer({ min: 0, max: 6 }),
  },
  { requiredKeys: [] },
);

/** Rater ids and comment texts are unique tokens, so the report can be searched for them. */
function build(drafts: readonly TDraft[], itemIds: readonly string[], firstId: number): TRaterResponse[] {
  return drafts.map((draft, index) => {
    const raterId = `rater-${firstId + index}-id`;
    const answers = Object.fromEntries(itemIds.map((itemId, i) => [itemId, draft.answers[i] ?? null]));
    const comments = draft.comments.map(({ onItem, padded }, k) => {
      const text = `${padded ? "  " : ""}note-${firstId + index}-${k}${padded ? " " : ""}`;
      const itemId = onItem === null ? undefined : itemIds[onItem % itemIds.length];
      return itemId === undefined ? { text } : { itemId, text };
    });
    return { raterId, group: draft.group, answers, comments };
  });
}

const campaignArb: fc.Arbitrary<TCampaign> = fc
  .record({
    itemCount: fc.integer({ min: 1, max: ITEM_POOL.length }),
    overrides: overridesArb,
    seed: fc.integer(),
    self: fc.option(draftArb(fc.constant<TRaterGroup>("self"))),
    others: fc.array(draftArb(fc.constantFrom(...GROUPS)), { maxLength: 16 }),
  })
  .map(({ itemCount, overrides, seed, self, others }) => {
    const itemIds = ITEM_POOL.slice(0, itemCount);
    const drafts = self ? [self, ...others] : others;
    return { itemIds, overrides, seed, responses: build(drafts, itemIds, 0) };
  });

function run(campaign: TCampaign, responses = campaign.responses): TFeedbackReport {
  return aggregate(responses, campaign.overrides, { itemIds: campaign.itemIds, shuffleSeed: campaign.seed });
}

function minimumOf(group: TRaterGroup, t: TAnonymityThresholds): number {
  const byGroup = { self: 0, line_manager: t.lineManager, peer: t.peer, direct_report: t.directReport, other: t.other };
  return byGroup[group];
}

/** Expected thresholds, computed from the rule itself: the larger of the floor and the override. */
function expectedThresholds(overrides: Partial<TAnonymityThresholds>): TAnonymityThresholds {
  const result = { ...DEFAULT_THRESHOLDS };
  for (const [field, value] of Object.entries(overrides) as [keyof TAnonymityThresholds, number][]) {
    result[field] = Math.max(result[field], value);
  }
  return result;
}

type TAggregateSet = { label: string; raters: Set<string> };

/**
 * Every shown aggregate with the raters behind it, per measure ("raters" = the group itself, or one
 * item). The all-raters sets are rebuilt from the shown cells, and their counts are checked against them.
 */
function shownAggregates(campaign: TCampaign, report: TFeedbackReport): Map<string, TAggregateSet[]> {
  const byMeasure = new Map<string, TAggregateSet[]>();
  const add = (measure: string, label: string, raters: Set<string>) =>
    byMeasure.set(measure, [...(byMeasure.get(measure) ?? []), { label, raters }]);
  const members = (group: TRaterGroup) => campaign.responses.filter((r) => r.group === group);
  const answered = (group: TRaterGroup, itemId: string) =>
    new Set(members(group).filter((r) => typeof r.answers[itemId] === "number").map((r) => r.raterId));

  const groupReports = [report.self, report.lineManager, ...ANONYMOUS_GROUPS.map((g) => report.groups[g])];
  for (const groupReport of groupReports) {
    if (!groupReport.shown) continue;
    add("raters", groupReport.group, new Set(members(groupReport.group).map((r) => r.raterId)));
    for (const score of groupReport.items) {
      if (score.shown) add(score.itemId, groupReport.group, answered(groupReport.group, score.itemId));
    }
  }
  if (report.allRaters.shown) {
    const included = report.allRaters.includedGroups;
    add("raters", "allRaters", new Set(included.flatMap((g) => members(g).map((r) => r.raterId))));
    report.allRaters.items.forEach((score, index) => {
      if (!score.shown) return;
      const cells = included.filter((g) => {
        const groupReport = report.groups[g];
        return groupReport.shown && groupReport.items[index]?.shown;
      });
      const raters = new Set(cells.flatMap((g) => [...answered(g, score.itemId)]));
      expect(score.answerCount).toBe(raters.size);
      add(score.itemId, "allRaters", raters);
    });
  }
  return byMeasure;
}

describe("aggregate: anonymity invariants over generated campaigns", () => {
  it("shows a group exactly when it meets its minimum, and every shown aggregate meets its minimum", () => {
    fc.assert(
      fc.property(campaignArb, (campaign) => {
        const t = expectedThresholds(campaign.overrides);
        const report = run(campaign);
        expect(report.thresholds).toEqual(t);
        for (const group of ["line_manager", ...ANONYMOUS_GROUPS] as const) {
          const groupReport = group === "line_manager" ? report.lineManager : report.groups[group];
          const count = campaign.responses.filter((r) => r.group === group).length;
          expect(groupReport.shown).toBe(count >= minimumOf(group, t));
          if (!groupReport.shown) continue;
          for (const score of groupReport.items) {
            if (score.shown) expect(score.answerCount).toBeGreaterThanOrEqual(Math.max(1, minimumOf(group, t)));
          }
        }
        if (report.allRaters.shown) {
          expect(report.allRaters.raterCount).toBeGreaterThanOrEqual(t.allRaters);
          for (const score of report.allRaters.items) {
            if (score.shown) expect(score.answerCount).toBeGreaterThanOrEqual(t.allRaters);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("keeps overlapping shown aggregates of one measure 0 or at least the overlap gap apart", () => {
    fc.assert(
      fc.property(campaignArb, (campaign) => {
        const gap = expectedThresholds(campaign.overrides).overlapGap;
        for (const sets of shownAggregates(campaign, run(campaign)).values()) {
          for (const a of sets) {
            for (const b of sets) {
              if (a === b || ![...a.raters].some((id) => b.raters.has(id))) continue;
              const onlyInA = [...a.raters].filter((id) => !b.raters.has(id)).length;
              expect(onlyInA === 0 || onlyInA >= gap, `${a.label} vs ${b.label}: ${onlyInA}`).toBe(true);
            }
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("makes hidden groups unrecoverable: any other answers from fewer than the minimum give the same report", () => {
    const poolArb = fc.array(draftArb(fc.constant<TRaterGroup>("peer")), { maxLength: 6 });
    const replacementsArb = fc.tuple(poolArb, poolArb, poolArb, poolArb);
    fc.assert(
      fc.property(campaignArb, replacementsArb, (campaign, pools) => {
        const report = run(campaign);
        const hidden = [report.lineManager, ...ANONYMOUS_GROUPS.map((g) => report.groups[g])].filter((g) => !g.shown);
        let replaced = campaign.responses.filter((r) => !hidden.some((g) => g.group === r.group));
        hidden.forEach((groupReport, index) => {
          if (groupReport.shown) return;
          const drafts = (pools[index] ?? [])
            .slice(0, groupReport.minimum - 1)
            .map((draft) => ({ ...draft, group: groupReport.group }));
          replaced = [...replaced, ...build(drafts, campaign.itemIds, 1_000 * (index + 1))];
        });
        expect(run(campaign, replaced)).toEqual(report);
      }),
      { numRuns: RUNS },
    );
  });

  it("makes suppressed item scores unrecoverable: other ratings in their place give the same report", () => {
    fc.assert(
      fc.property(campaignArb, fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1 }), (campaign, fresh) => {
        const report = run(campaign);
        let next = 0;
        const replaced = campaign.responses.map((response): TRaterResponse => {
          if (response.group === "self") return response;
          const groupReport = response.group === "line_manager" ? report.lineManager : report.groups[response.group];
          if (!groupReport.shown) return response;
          const answers = { ...response.answers };
          for (const score of groupReport.items) {
            if (score.shown || typeof answers[score.itemId] !== "number") continue;
            answers[score.itemId] = fresh[next++ % fresh.length] ?? 1;
          }
          return { ...response, answers };
        });
        expect(run(campaign, replaced)).toEqual(report);
      }),
      { numRuns: RUNS },
    );
  });

  it("never shows a hidden group's comments or any rater id, and shows every shown group's comments", () => {
    fc.assert(
      fc.property(campaignArb, (campaign) => {
        const report = run(campaign);
        const json = JSON.stringify(report);
        expect(json).not.toMatch(/rater-\d+-id/);
        for (const group of ["self", "line_manager", ...ANONYMOUS_GROUPS] as const) {
          const groupReport =
            group === "self" ? report.self : group === "line_manager" ? report.lineManager : report.groups[group];
          const written = campaign.responses
            .filter((r) => r.group === group)
            .flatMap((r) => (r.comments ?? []).map((c) => ({ ...c, text: c.text.trim() })));
          if (!groupReport.shown) {
            for (const comment of written) expect(json).not.toContain(comment.text);
            continue;
          }
          const sortKey = (c: { itemId?: string; text: string }) => `${c.itemId ?? ""}|${c.text}`;
          expect(groupReport.comments.map(sortKey).sort()).toEqual(written.map(sortKey).sort());
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("ignores organisation thresholds below the defaults", () => {
    const lowArb = fc.record(
      {
        lineManager: fc.integer({ min: -5, max: 1 }),
        peer: fc.integer({ min: -5, max: 3 }),
        directReport: fc.integer({ min: -5, max: 3 }),
        other: fc.integer({ min: -5, max: 3 }),
        allRaters: fc.integer({ min: -5, max: 4 }),
        overlapGap: fc.integer({ min: -5, max: 3 }),
        teamCell: fc.integer({ min: -5, max: 5 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(campaignArb, lowArb, (campaign, low) => {
        expect(resolveThresholds(low)).toEqual(DEFAULT_THRESHOLDS);
        const withDefaults = aggregate(campaign.responses, undefined, { itemIds: campaign.itemIds, shuffleSeed: 1 });
        const withLow = aggregate(campaign.responses, low, { itemIds: campaign.itemIds, shuffleSeed: 1 });
        expect(withLow).toEqual(withDefaults);
      }),
      { numRuns: RUNS },
    );
  });

  it("always shows self with exactly the person's answers, whatever the order of responses", () => {
    const withReorderingArb = campaignArb.chain((campaign) =>
      fc.tuple(
        fc.constant(campaign),
        fc.shuffledSubarray(campaign.responses, {
          minLength: campaign.responses.length,
          maxLength: campaign.responses.length,
        }),
      ),
    );
    fc.assert(
      fc.property(withReorderingArb, ([campaign, reordered]) => {
        const report = run(campaign);
        const selfResponse = campaign.responses.find((r) => r.group === "self");
        expect(report.self.shown).toBe(true);
        expect(report.self.raterCount).toBe(selfResponse ? 1 : 0);
        expect(report.self.items).toEqual(
          campaign.itemIds.map((itemId) => {
            const value = selfResponse?.answers[itemId];
            if (typeof value !== "number") return { itemId, shown: false };
            return { itemId, shown: true, mean: value, answerCount: 1 };
          }),
        );
        expect(run(campaign, reordered)).toEqual(report);
      }),
      { numRuns: RUNS },
    );
  });
});
