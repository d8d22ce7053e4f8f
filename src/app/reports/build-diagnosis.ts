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
import { DomainError } from "../../domain/shared/errors";
import type { TLocale } from "../../domain/shared/locale";
import type { TActor } from "../../domain/shared/roles";
import { findOrganisationSettings, listLatestCompletedAssessments } from "../../db/reports-repo";
import type { TAppContext } from "../shared/context";
import { organisationThresholds } from "./build-individual-report";
import { scanAnswers } from "./shape-challenges";
import { ipipAnswerList, storedAnswers } from "./shape-strengths";

/** HR admins, executives and the operator see the organisation's aggregates — never one person's answers. */
function mustReadAggregates(actor: TActor): void {
  if (actor.isOperator || actor.roles.includes("hr_admin") || actor.roles.includes("executive")) return;
  throw new DomainError("FORBIDDEN", "only HR admins and executives see the organisation's diagnosis");
}

type TScored<T> = { personId: string; department: string; value: T };

/** One heatmap: a row per measure, a cell per department, each row through `aggregateCells`. */
function heatmap<T>(
  scored: readonly TScored<T>[],
  rows: readonly { id: string; name: string; situation?: TDiagnosisHeatmaps["challenges"]["rows"][number]["situation"]; valueOf: (value: T) => number | null }[],
  minCell: number,
): TDiagnosisHeatmaps["challenges"] {
  const departments = [...new Set(scored.map((s) => s.department))].sort((a, b) => a.localeCompare(b));
  // cell keys must be non-empty; a prefix keeps "" (no department) apart from every real name
  const key = (department: string) => `d:${department}`;
  return {
    departments,
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

/** Department heatmaps of self-scan challenge scores and raw strengths domain scores, ≥ 5 people per shown cell. */
export async function getDiagnosisHeatmaps(ctx: Pick<TAppContext, "db">, actor: TActor, locale: TLocale): Promise<TDiagnosisHeatmaps> {
  mustReadAggregates(actor);
  const org = actor.organisationId;
  const [scans, ipips, settings] = await Promise.all([
    listLatestCompletedAssessments(ctx.db, org, "challenge-scan"),
    listLatestCompletedAssessments(ctx.db, org, "ipip-neo-120"),
    findOrganisationSettings(ctx.db, org),
  ]);
  const minCell = resolveThresholds(organisationThresholds(settings)).teamCell;
  const scanScores: TScored<TChallengeMeans>[] = scans.map((row) => ({
    personId: row.personId,
    department: row.department,
    value: challengeMeans(Object.entries(scanAnswers(storedAnswers(row.answers))).map(([id, score]) => ({ id, score }))),
  }));
  const domainScores = ipips.flatMap((row): TScored<Record<string, number>>[] => {
    try {
      const scores = scoreIpipNeo120(ipipAnswerList(storedAnswers(row.answers)));
      return [{ personId: row.personId, department: row.department, value: Object.fromEntries(scores.domains.map((d) => [d.domain, d.score])) }];
    } catch {
      return []; // an incomplete record cannot be scored and stays out of every cell
    }
  });
  return {
    minCell,
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
