import type { TDiagnosisHeatmaps, TReliabilityReport } from "../../contracts/reports";
import {
  BIG_FIVE_DOMAINS,
  challengeMeans,
  DOMAIN_NAMES,
  FACET_NUMBERS,
  facetTalents,
  IPIP_NEO_120_ITEMS,
  keyedValue,
  MANAGER_CHALLENGES,
  scoreIpipNeo120,
  type TChallengeMeans,
} from "../../domain/assessment/index";
import { RELIABILITY_MIN_RESPONDENTS, scaleReliability } from "../../domain/assessment/reliability";
import { aggregateCells, resolveThresholds } from "../../domain/feedback360/index";
import { authorise } from "../../domain/policy/index";
import type { TLocale } from "../../domain/shared/locale";
import type { TActor } from "../../domain/shared/roles";
import { steppedStates } from "../../domain/shared/stepped-aggregate";
import { findOrganisationSettings, listCompletedAssessmentHistory, listLatestCompletedAssessments } from "../../db/reports-repo";
import type { TAppContext } from "../shared/context";
import { organisationThresholds } from "./build-individual-report";
import { scanAnswers } from "./shape-challenges";
import { ipipAnswerList, storedAnswers } from "./shape-strengths";

/** HR admins, executives and the operator see the organisation's aggregates — never one person's answers. */
function mustReadAggregates(actor: TActor): void {
  authorise(actor, "diagnosis.read");
}

type TScored<T> = { personId: string; department: string; value: T };

/** One heatmap: a row per measure, a cell per department, each row through `aggregateCells`. */
function heatmap<T>(
  { scored, departments: all }: { scored: readonly TScored<T>[]; departments: readonly string[] },
  rows: readonly { id: string; name: string; situation?: TDiagnosisHeatmaps["challenges"]["rows"][number]["situation"]; valueOf: (value: T) => number | null }[],
  minCell: number,
): TDiagnosisHeatmaps["challenges"] {
  const departments = [...new Set(all)].sort((a, b) => a.localeCompare(b));
  // cell keys must be non-empty; a prefix keeps "" (no department) apart from every real name
  const key = (department: string) => `d:${department}`;
  return {
    departments,
    basedOn: scored.length,
    rows: rows.map((row) => {
      const cells = departments.map((department) => {
        const members = scored.filter((s) => s.department === department);
        return { key: key(department), personIds: members.map((m) => m.personId), values: members.map((m) => row.valueOf(m.value)) };
      });
      const result = aggregateCells(cells, minCell);
      return {
        id: row.id,
        name: row.name,
        ...(row.situation ? { situation: row.situation } : {}),
        cells: result.cells.map((cell) => {
          const department = cell.key.slice(2);
          return cell.shown ? { department, shown: true as const, mean: cell.mean, personCount: cell.personCount } : { department, shown: false as const };
        }),
        total: result.total,
      };
    }),
  };
}

/**
 * The people a heatmap may show, per department: each one's answers as of the department's last step of
 * `step` completions (domain/shared/stepped-aggregate) — never the live newest answers, which one reading
 * before and one after a single completion would give back. An attempt that cannot be scored still counts
 * as a completion (so it cannot shift the steps) but shows nothing.
 */
function publishedScores<T>(
  history: readonly { id: string; personId: string; department: string; completedAt: Date; answers: unknown }[],
  score: (answers: unknown) => T | null,
  step: number,
): { scored: TScored<T>[]; departments: string[] } {
  const states = steppedStates(
    history.map((row) => ({ id: row.id, personId: row.personId, group: row.department, at: row.completedAt.getTime(), value: score(row.answers) })),
    step,
  );
  const scored = [...states.entries()].flatMap(([department, state]) =>
    state.members.flatMap((member) => (member.value === null ? [] : [{ personId: member.personId, department, value: member.value }])),
  );
  return { scored, departments: [...states.keys()] };
}

/** Department heatmaps of self-scan challenge scores and raw strengths domain scores, ≥ 5 people per shown cell, moving in steps of 5. */
export async function getDiagnosisHeatmaps(ctx: Pick<TAppContext, "db">, actor: TActor, locale: TLocale): Promise<TDiagnosisHeatmaps> {
  mustReadAggregates(actor);
  const org = actor.organisationId;
  const [scans, ipips, settings] = await Promise.all([
    listCompletedAssessmentHistory(ctx.db, org, "challenge-scan"),
    listCompletedAssessmentHistory(ctx.db, org, "ipip-neo-120"),
    findOrganisationSettings(ctx.db, org),
  ]);
  const minCell = resolveThresholds(organisationThresholds(settings)).teamCell;
  const step = minCell;
  const scanScores = publishedScores(
    scans,
    (answers): TChallengeMeans => challengeMeans(Object.entries(scanAnswers(storedAnswers(answers))).map(([id, score]) => ({ id, score }))),
    step,
  );
  const domainScores = publishedScores(
    ipips,
    (answers): Record<string, number> | null => {
      try {
        const scores = scoreIpipNeo120(ipipAnswerList(storedAnswers(answers)));
        return Object.fromEntries(scores.domains.map((d) => [d.domain, d.score]));
      } catch {
        return null; // an incomplete record cannot be scored and stays out of every cell
      }
    },
    step,
  );
  return {
    minCell,
    step,
    challenges: heatmap(
      scanScores,
      MANAGER_CHALLENGES.map((c) => ({ id: c.id, name: c.wording[locale], situation: c.situation, valueOf: (m: TChallengeMeans) => m[c.id] ?? null })),
      minCell,
    ),
    strengths: {
      ...heatmap(
        domainScores,
        BIG_FIVE_DOMAINS.map((d) => ({ id: d, name: DOMAIN_NAMES[d][locale], valueOf: (v: Record<string, number>) => v[d] ?? null })),
        minCell,
      ),
      scoreRange: [24, 120],
    },
  };
}

type TScale = { kind: "domain" | "facet" | "challenge"; id: string; name: string; itemIds: readonly string[] };

/** Cronbach's α per IPIP facet and domain (minus-keyed items reversed) and per challenge, from 30 complete respondents on. */
export async function getReliabilityReport(ctx: Pick<TAppContext, "db">, actor: TActor, locale: TLocale): Promise<TReliabilityReport> {
  mustReadAggregates(actor);
  const org = actor.organisationId;
  const [scans, ipips] = await Promise.all([
    listLatestCompletedAssessments(ctx.db, org, "challenge-scan"),
    listLatestCompletedAssessments(ctx.db, org, "ipip-neo-120"),
  ]);
  const ipipRows = ipips.map((row) => storedAnswers(row.answers));
  const scanRows = scans.map((row) => scanAnswers(storedAnswers(row.answers)));
  const itemsOf = (domain: string, facet?: number) =>
    IPIP_NEO_120_ITEMS.filter((item) => item.domain === domain && (facet === undefined || item.facet === facet)).map((item) => item.id);

  const ipipScales: TScale[] = BIG_FIVE_DOMAINS.flatMap((domain) => [
    { kind: "domain" as const, id: domain, name: DOMAIN_NAMES[domain][locale], itemIds: itemsOf(domain) },
    ...FACET_NUMBERS.map((facet) => ({
      kind: "facet" as const,
      id: `${domain}${facet}`,
      name: facetTalents(domain, facet).name[locale],
      itemIds: itemsOf(domain, facet),
    })),
  ]);
  const byId = new Map(IPIP_NEO_120_ITEMS.map((item) => [item.id, item]));
  const keyed = (answers: Record<string, number | null>, itemId: string): number | null => {
    const value = answers[itemId];
    const item = byId.get(itemId);
    if (!item || typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > 5) return null;
    return keyedValue(item, value); // minus-keyed items reversed (6 − answer) before α
  };
  const challengeScales: TScale[] = MANAGER_CHALLENGES.map((c) => ({
    kind: "challenge",
    id: c.id,
    name: c.wording[locale],
    itemIds: c.statements.map((s) => s.id),
  }));

  const measure = (scale: TScale, rows: readonly Record<string, number | null>[], valueOf: (answers: Record<string, number | null>, id: string) => number | null) => {
    const result = scaleReliability(rows.map((answers) => scale.itemIds.map((id) => valueOf(answers, id))));
    return { kind: scale.kind, id: scale.id, name: scale.name, items: scale.itemIds.length, ...result };
  };
  return {
    minRespondents: RELIABILITY_MIN_RESPONDENTS,
    scales: [
      ...ipipScales.map((scale) => measure(scale, ipipRows, keyed)),
      ...challengeScales.map((scale) => measure(scale, scanRows, (answers, id) => answers[id] ?? null)),
    ],
  };
}
