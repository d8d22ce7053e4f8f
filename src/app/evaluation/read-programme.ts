// Reading programmes (issue 6): the list, one programme with its cohorts, costs, time and measures, and a cohort's
// members by name (HR only). Executives read programmes but never names.
import type { TProgramme, TProgrammeSummary } from "../../contracts/evaluation";
import { listMeasures } from "../../db/evaluation-measures-repo";
import { countEstimators, findCohort, findProgramme, listCohortPeople, listCohorts, listCosts, listParticipantTime, listProgrammes, type TCohortRow, type TProgrammeRow } from "../../db/evaluation-programmes-repo";
import type { TCohortKind, TCostCategory } from "../../domain/evaluation/index";
import { authorise } from "../../domain/policy/index";
import { notFound } from "../../domain/shared/errors";
import type { TActor } from "../../domain/shared/roles";
import type { TAppContext } from "../shared/context";

type TCtx = Pick<TAppContext, "db">;

export function presentCohort(c: TCohortRow) {
  return { id: c.id, name: c.name, kind: c.kind as TCohortKind, members: c.members };
}

export function summaryOf(row: TProgrammeRow, cohorts: readonly TCohortRow[]): TProgrammeSummary {
  const own = cohorts.filter((c) => c.programmeId === row.id);
  return {
    id: row.id,
    name: row.name,
    status: row.status as TProgrammeSummary["status"],
    currency: row.currency,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    participants: own.filter((c) => c.kind !== "comparison").reduce((a, c) => a + c.members, 0),
    cohorts: own.map(presentCohort),
  };
}

/** Every programme of the organisation with its cohorts' sizes. */
export async function listProgrammeSummaries(ctx: TCtx, actor: TActor): Promise<{ programmes: TProgrammeSummary[] }> {
  authorise(actor, "evaluation.read");
  const [rows, cohorts] = await Promise.all([listProgrammes(ctx.db, actor.organisationId), listCohorts(ctx.db, actor.organisationId, null)]);
  return { programmes: rows.map((r) => summaryOf(r, cohorts)) };
}

/** One programme; another organisation's id is "not found". */
export async function getProgramme(ctx: TCtx, actor: TActor, programmeId: string): Promise<TProgramme> {
  authorise(actor, "evaluation.read");
  const organisationId = actor.organisationId;
  const row = await findProgramme(ctx.db, organisationId, programmeId);
  if (!row) throw notFound("programme");
  const [cohorts, costs, time, measures, estimates] = await Promise.all([
    listCohorts(ctx.db, organisationId, programmeId),
    listCosts(ctx.db, organisationId, programmeId),
    listParticipantTime(ctx.db, organisationId, programmeId),
    listMeasures(ctx.db, organisationId, { includeArchived: true, programmeId }),
    countEstimators(ctx.db, organisationId, programmeId),
  ]);
  return {
    ...summaryOf(row, cohorts),
    description: row.description,
    baselineFrom: row.baselineFrom,
    baselineTo: row.baselineTo,
    followupFrom: row.followupFrom,
    followupTo: row.followupTo,
    confidencePct: row.confidencePct,
    intangibles: Array.isArray(row.intangibles) ? (row.intangibles as unknown[]).filter((x): x is string => typeof x === "string") : [],
    costs: costs.map((c) => ({ ...c, category: c.category as TCostCategory })),
    participantTime: time,
    measures: measures.map((m) => ({ ...m, direction: m.direction as "higher_is_better" | "lower_is_better" })),
    estimates,
    dataVersion: row.dataVersion,
  };
}

/** A cohort's members by name: HR only. */
export async function getCohortMembers(ctx: TCtx, actor: TActor, programmeId: string, cohortId: string) {
  authorise(actor, "evaluation.cohort.members.read");
  const cohort = await findCohort(ctx.db, actor.organisationId, programmeId, cohortId);
  if (!cohort) throw notFound("cohort");
  const rows = await listCohortPeople(ctx.db, actor.organisationId, cohortId);
  return {
    people: rows.map((p) => ({ id: p.id, name: `${p.firstName} ${p.lastName}`.trim(), employeeNumber: p.employeeNumber || null, department: p.department || null })),
  };
}
