// Builds the domain's TProgrammeInput from what Sterk holds (issue 6; rules in /tmp design: reactions, challenge
// scans, closed 360s or goal check-ins, measure values, estimates). Reads only the programme's members.
import { listEstimatesOfProgramme, listMeasures } from "../../db/evaluation-measures-repo";
import { listCohorts, listCosts, listParticipantTime, listProgrammeMembers, type TProgrammeRow } from "../../db/evaluation-programmes-repo";
import {
  listCheckInsOfMembers,
  listClosedCampaignsOfMembers,
  listCompletedAssessmentsOfMembers,
  listMeasureMeans,
  listReactionMeans,
  listSubmittedResponsesOf,
} from "../../db/evaluation-sources-repo";
import { challengeMeans, challengeScanStatements } from "../../domain/assessment/index";
import type { TBeforeAfter, TCohortKind, TCostCategory, TDirection, TLevelData, TProgrammeInput } from "../../domain/evaluation/index";
import { aggregate, isRaterGroup, type TRaterResponse } from "../../domain/feedback360/index";
import { loadThresholds } from "../feedback/anonymity-settings";
import type { TAppContext } from "../shared/context";

const DAY = 86_400_000;
/** The challenge scan asks how often a challenge occurs (1 never … 5 always): a lower score is better. */
export const SCAN_DIRECTION: TDirection = "lower_is_better";
const RATER_STATEMENT_IDS = challengeScanStatements("en", ["rater"]).map((s) => s.id);

const dayOf = (isoDate: string) => new Date(`${isoDate}T00:00:00.000Z`);
const mean = (xs: readonly number[]) => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);

/** The overall mean of one challenge scan: the mean of its challenge means (1–5), null when nothing was rated. */
export function scanMean(answers: Readonly<Record<string, number | null>>): number | null {
  try {
    const means = challengeMeans(Object.entries(answers).map(([id, score]) => ({ id, score })));
    return mean(Object.values(means).filter((v): v is number => typeof v === "number"));
  } catch {
    return null;
  }
}

type TDated = { id: string; at: Date; value: number };

/**
 * Before = the newest measurement up to `beforeBy`; after = the newest on or after `afterFrom` that is another
 * measurement. Null when there is none.
 */
export function beforeAfter(items: readonly TDated[], beforeBy: Date, afterFrom: Date): { before: number | null; after: number | null } {
  const sorted = [...items].sort((a, b) => b.at.getTime() - a.at.getTime() || a.id.localeCompare(b.id));
  const before = sorted.find((i) => i.at.getTime() <= beforeBy.getTime()) ?? null;
  const after = sorted.find((i) => i.at.getTime() >= afterFrom.getTime() && i.id !== before?.id) ?? null;
  return { before: before?.value ?? null, after: after?.value ?? null };
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
  return map;
}

function levelData(direction: TDirection, byPerson: Map<string, TDated[]>, beforeBy: Date, afterFrom: Date): TLevelData | null {
  const values: TBeforeAfter[] = [...byPerson.entries()].map(([personId, items]) => ({ personId, ...beforeAfter(items, beforeBy, afterFrom) }));
  return values.length === 0 ? null : { direction, values };
}

type TCtx = Pick<TAppContext, "db" | "now">;

async function learning(ctx: TCtx, organisationId: string, programme: TProgrammeRow, beforeBy: Date, afterFrom: Date) {
  const scans = await listCompletedAssessmentsOfMembers(ctx.db, organisationId, programme.id, "challenge-scan");
  const dated = scans.flatMap((s) => {
    const value = scanMean(s.answers);
    return value === null ? [] : [{ personId: s.personId, id: s.id, at: s.completedAt, value }];
  });
  return levelData(SCAN_DIRECTION, groupBy(dated, (d) => d.personId), beforeBy, afterFrom);
}

/** Level 3 from closed 360s: the mean of the "all raters" items a report would show; hidden when below the minimums. */
async function application360(ctx: TCtx, organisationId: string, programme: TProgrammeRow, beforeBy: Date, afterFrom: Date) {
  const campaigns = await listClosedCampaignsOfMembers(ctx.db, organisationId, programme.id, ctx.now());
  if (campaigns.length === 0) return null;
  const [responses, thresholds] = await Promise.all([listSubmittedResponsesOf(ctx.db, organisationId, campaigns.map((c) => c.id)), loadThresholds(ctx, organisationId)]);
  const byCampaign = groupBy(responses, (r) => r.campaignId);
  const dated = campaigns.flatMap((c) => {
    const rows: TRaterResponse[] = (byCampaign.get(c.id) ?? []).flatMap((r) => (isRaterGroup(r.group) && r.group !== "self" ? [{ raterId: r.raterId, group: r.group, answers: r.answers }] : []));
    try {
      const report = aggregate(rows, thresholds, { itemIds: RATER_STATEMENT_IDS, shuffleSeed: c.shuffleSeed });
      if (!report.allRaters.shown) return [];
      const value = mean(report.allRaters.items.flatMap((i) => (i.shown ? [i.mean] : [])));
      return value === null ? [] : [{ personId: c.personId, id: c.id, at: c.endedAt, value }];
    } catch {
      return []; // a campaign whose stored answers do not fit the instrument is left out
    }
  });
  const data = levelData(SCAN_DIRECTION, groupBy(dated, (d) => d.personId), beforeBy, afterFrom);
  const pairs = data?.values.filter((v) => v.before !== null && v.after !== null).length ?? 0;
  return pairs > 0 ? data : null;
}

/** Level 3 fallback: goal check-ins (progress 0–100) in the programme period, first against latest per goal. */
async function applicationCheckIns(ctx: TCtx, organisationId: string, programme: TProgrammeRow): Promise<TLevelData | null> {
  const rows = await listCheckInsOfMembers(ctx.db, organisationId, programme.id, dayOf(programme.startsOn), new Date(dayOf(programme.endsOn).getTime() + DAY));
  const values: TBeforeAfter[] = [];
  for (const [personId, own] of groupBy(rows, (r) => r.personId)) {
    const firsts: number[] = [];
    const lasts: number[] = [];
    for (const goal of groupBy(own, (r) => `${r.engagementId}|${r.challengeId}`).values()) {
      if (goal.length < 2) continue;
      firsts.push((goal[0] as (typeof goal)[number]).progress);
      lasts.push((goal[goal.length - 1] as (typeof goal)[number]).progress);
    }
    values.push({ personId, before: mean(firsts), after: mean(lasts) });
  }
  return values.length === 0 ? null : { direction: "higher_is_better", values };
}

/** The programme's data as the evaluation engine takes it. */
export async function loadProgrammeInput(ctx: TCtx, organisationId: string, programme: TProgrammeRow): Promise<TProgrammeInput> {
  const id = programme.id;
  const starts = dayOf(programme.startsOn);
  const ends = dayOf(programme.endsOn);
  const beforeBy = new Date(starts.getTime() + 30 * DAY + DAY - 1); // up to and including starts_on + 30 days
  const afterFrom = new Date(ends.getTime() - 30 * DAY);
  const [cohorts, members, costs, time, measures, estimates, reactions, values, l2, l3] = await Promise.all([
    listCohorts(ctx.db, organisationId, id),
    listProgrammeMembers(ctx.db, organisationId, id),
    listCosts(ctx.db, organisationId, id),
    listParticipantTime(ctx.db, organisationId, id),
    listMeasures(ctx.db, organisationId, { includeArchived: true, programmeId: id }),
    listEstimatesOfProgramme(ctx.db, organisationId, id),
    listReactionMeans(ctx.db, organisationId, id, starts, new Date(ends.getTime() + 91 * DAY)),
    listMeasureMeans(ctx.db, organisationId, id, programme),
    learning(ctx, organisationId, programme, beforeBy, afterFrom),
    application360(ctx, organisationId, programme, beforeBy, afterFrom),
  ]);
  const byCohort = groupBy(members, (m) => m.cohortId);
  return {
    currency: programme.currency,
    cohorts: cohorts.map((c) => ({ id: c.id, kind: c.kind as TCohortKind, personIds: (byCohort.get(c.id) ?? []).map((m) => m.personId) })),
    costs: costs.map((c) => ({ name: c.name, category: c.category as TCostCategory, amountCents: c.amountCents, cohortId: c.cohortId })),
    participantTime: time,
    reactions,
    learning: l2,
    application: l3 ?? (await applicationCheckIns(ctx, organisationId, programme)),
    measures: measures.map((m) => ({ id: m.id, name: m.name, direction: m.direction as TDirection, unitValueCents: m.unitValueCents, unitValueSource: m.unitValueSource, periodsPerYear: m.periodsPerYear })),
    measureValues: values,
    estimates,
    confidencePct: programme.confidencePct,
  };
}
