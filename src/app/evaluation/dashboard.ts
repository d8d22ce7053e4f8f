// The executive dashboard (issue 6): every programme's headline figures per cohort from the cached evaluations
// (only missing or stale ones are computed), organisation-wide participation from count queries.
import type { TDashboard } from "../../contracts/evaluation";
import { listCohorts, listProgrammes } from "../../db/evaluation-programmes-repo";
import { countParticipation, listEvaluations } from "../../db/evaluation-sources-repo";
import type { TActor } from "../../domain/shared/roles";
import type { TAppContext } from "../shared/context";
import { mustReadEvaluations } from "./access";
import { computeEvaluation, shapeForReader, type TStoredEvaluation } from "./evaluate-programme";
import { summaryOf } from "./read-programme";

type TFigures = TDashboard["programmes"][number]["cohortsFigures"][number];

export async function getDashboard(ctx: Pick<TAppContext, "db" | "now">, actor: TActor): Promise<TDashboard> {
  mustReadEvaluations(actor);
  const organisationId = actor.organisationId;
  const [rows, cohorts, cached, participation] = await Promise.all([
    listProgrammes(ctx.db, organisationId),
    listCohorts(ctx.db, organisationId, null),
    listEvaluations(ctx.db, organisationId),
    countParticipation(ctx.db, organisationId),
  ]);
  const cache = new Map(cached.map((c) => [c.programmeId, c]));
  const programmes: TDashboard["programmes"] = [];
  for (const row of rows) {
    const hit = cache.get(row.id);
    const { stored, computedAt } =
      hit && hit.dataVersion === row.dataVersion ? { stored: hit.result as TStoredEvaluation, computedAt: hit.computedAt } : await computeEvaluation(ctx, organisationId, row);
    const shaped = shapeForReader(actor, stored);
    const hidden = new Set(shaped.tooSmall);
    const cohortsFigures = shaped.evaluation.cohorts.filter((c) => !hidden.has(c.cohortId)).map((c): TFigures => {
      const roiInterval = c.interval ? { low: c.interval.roiPct?.low ?? null, high: c.interval.roiPct?.high ?? null, level: c.interval.confidencePct } : null;
      return {
        cohortId: c.cohortId,
        kind: c.kind,
        participants: c.participants,
        costsCents: c.costs.totalCents,
        benefitsCents: c.benefitsCents,
        roiPct: c.roi?.roiPct ?? null,
        bcr: c.roi?.bcr ?? null,
        paybackMonths: c.roi?.paybackMonths ?? null,
        roiInterval,
        funnel: shaped.funnel[c.cohortId] ?? { participants: c.participants, l1: 0, l2: 0, l3: 0, l4: 0 },
      };
    });
    programmes.push({ ...summaryOf(row, cohorts), cohortsFigures, evaluatedAt: computedAt.toISOString(), ...(shaped.tooSmall.length > 0 ? { tooSmall: shaped.tooSmall } : {}) });
  }
  const currencies = new Set(rows.map((r) => r.currency));
  return { currency: currencies.size === 1 ? ([...currencies][0] ?? null) : null, participation, programmes };
}
