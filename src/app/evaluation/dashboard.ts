// The executive dashboard (issue 6): every programme's headline figures per cohort from the cached evaluations
// (only missing or stale ones are computed), organisation-wide participation from count queries.
import { dashboardFigures, type TDashboard } from "../../contracts/evaluation";
import { listCohorts, listProgrammes } from "../../db/evaluation-programmes-repo";
import { countParticipation, listEvaluations } from "../../db/evaluation-sources-repo";
import type { TActor } from "../../domain/shared/roles";
import type { TAppContext } from "../shared/context";
import { mustReadEvaluations } from "./access";
import { computeEvaluation, shapeForReader, storedEvaluation } from "./evaluate-programme";
import { summaryOf } from "./read-programme";

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
    const usable = hit && hit.dataVersion === row.dataVersion ? storedEvaluation(hit.result) : null;
    const { stored, computedAt } = usable && hit ? { stored: usable, computedAt: hit.computedAt } : await computeEvaluation(ctx, organisationId, row);
    const shaped = shapeForReader(actor, stored);
    const hidden = new Set(shaped.tooSmall);
    const cohortsFigures = stored.evaluation.cohorts.filter((c) => !hidden.has(c.cohortId)).map((c) => dashboardFigures(c, shaped.funnel));
    programmes.push({ ...summaryOf(row, cohorts), cohortsFigures, evaluatedAt: computedAt.toISOString(), ...(shaped.tooSmall.length > 0 ? { tooSmall: shaped.tooSmall } : {}) });
  }
  const currencies = new Set(rows.map((r) => r.currency));
  return { currency: currencies.size === 1 ? ([...currencies][0] ?? null) : null, participation, programmes };
}
