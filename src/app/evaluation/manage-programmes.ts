// Writing programmes (issue 6): the programme, its cohorts and members, costs, participants' time and the
// measures it uses. HR only. Every write locks the programme and bumps its data_version in one transaction.
import type { z } from "zod";
import type { TProgramme, ZCohortInput, ZCostInput, ZParticipantTimeInput, ZProgrammeInput } from "../../contracts/evaluation";
import type { TDb } from "../../db/client";
import { listMeasures } from "../../db/evaluation-measures-repo";
import {
  bumpProgramme,
  countCohortCosts,
  countCosts,
  deleteCohort,
  deleteCost,
  deleteParticipantTime,
  deleteProgramme,
  existingPeople,
  findCohort,
  insertCohort,
  insertCost,
  insertProgramme,
  listParticipantTime,
  lockProgramme,
  membersInOtherCohorts,
  replaceCohortMembers,
  replaceProgrammeMeasures,
  updateCohort,
  updateCost,
  updateProgramme,
  upsertParticipantTime,
  type TProgrammeRow,
  type TProgrammeValues,
} from "../../db/evaluation-programmes-repo";
import { authorise } from "../../domain/policy/index";
import { checkCurrency } from "../../domain/plans/money";
import { DomainError, invalid, notFound } from "../../domain/shared/errors";
import type { TActor } from "../../domain/shared/roles";
import type { TAppContext } from "../shared/context";
import { getProgramme } from "./read-programme";

type TCtx = Pick<TAppContext, "db" | "now">;
type TProgrammeBody = z.output<typeof ZProgrammeInput>;

function valuesOf(input: TProgrammeBody): TProgrammeValues {
  checkCurrency("currency", input.currency);
  for (const field of ["startsOn", "endsOn"] as const) {
    const year = Number(input[field].slice(0, 4));
    if (year < 1900 || year > 2999) throw invalid(field, `${field} must be a date from 1900 to 2999`);
  }
  if (input.endsOn < input.startsOn) throw invalid("endsOn", "the programme cannot end before it starts");
  if (input.baselineTo < input.baselineFrom) throw invalid("baselineTo", "the baseline cannot end before it starts");
  if (input.followupTo < input.followupFrom) throw invalid("followupTo", "the follow-up cannot end before it starts");
  if (input.followupFrom <= input.baselineTo) throw invalid("followupFrom", "the follow-up must start after the baseline ends");
  return {
    name: input.name,
    description: input.description,
    currency: input.currency,
    status: input.status,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    baselineFrom: input.baselineFrom,
    baselineTo: input.baselineTo,
    followupFrom: input.followupFrom,
    followupTo: input.followupTo,
    confidencePct: input.confidencePct,
    intangibles: input.intangibles,
  };
}

/**
 * Runs `write` with the programme locked (404 when it is not the organisation's) and bumps its data_version, so
 * the cached evaluation is known to be stale.
 */
async function writing<T>(ctx: TCtx, actor: TActor, programmeId: string, write: (tx: TDb, programme: TProgrammeRow) => Promise<T>): Promise<T> {
  authorise(actor, "evaluation.manage");
  return ctx.db.transaction(async (tx) => {
    const programme = await lockProgramme(tx, actor.organisationId, programmeId);
    if (!programme) throw notFound("programme");
    const result = await write(tx, programme);
    await bumpProgramme(tx, actor.organisationId, programmeId, ctx.now());
    return result;
  });
}

export async function createProgramme(ctx: TCtx, actor: TActor, input: TProgrammeBody): Promise<TProgramme> {
  authorise(actor, "evaluation.manage");
  const id = await insertProgramme(ctx.db, actor.organisationId, valuesOf(input), actor.userId);
  return getProgramme(ctx, actor, id);
}

/** Replaces the programme's own fields; its currency cannot change while costs exist (409 naming `currency`). */
export async function editProgramme(ctx: TCtx, actor: TActor, programmeId: string, input: TProgrammeBody): Promise<TProgramme> {
  const values = valuesOf(input);
  await writing(ctx, actor, programmeId, async (tx, programme) => {
    if (programme.currency !== values.currency && (await countCosts(tx, actor.organisationId, programmeId)) > 0) {
      throw new DomainError("CONFLICT", `the programme's costs are in ${programme.currency}; one programme holds one currency, so remove the costs before changing it`, "currency");
    }
    await updateProgramme(tx, actor.organisationId, programmeId, values, ctx.now());
  });
  return getProgramme(ctx, actor, programmeId);
}

export async function removeProgramme(ctx: TCtx, actor: TActor, programmeId: string): Promise<void> {
  authorise(actor, "evaluation.manage");
  if (!(await deleteProgramme(ctx.db, actor.organisationId, programmeId))) throw notFound("programme");
}

// ---- cohorts

type TCohortBody = z.output<typeof ZCohortInput>;

export async function addCohort(ctx: TCtx, actor: TActor, programmeId: string, input: TCohortBody): Promise<TProgramme> {
  await writing(ctx, actor, programmeId, (tx) => insertCohort(tx, actor.organisationId, programmeId, input));
  return getProgramme(ctx, actor, programmeId);
}

async function cohortOf(tx: TDb, organisationId: string, programmeId: string, cohortId: string) {
  const cohort = await findCohort(tx, organisationId, programmeId, cohortId);
  if (!cohort) throw notFound("cohort");
  return cohort;
}

/** Renames a cohort or changes its kind; a comparison group carries no costs or participants' time. */
export async function editCohort(ctx: TCtx, actor: TActor, programmeId: string, cohortId: string, input: TCohortBody): Promise<TProgramme> {
  await writing(ctx, actor, programmeId, async (tx) => {
    await cohortOf(tx, actor.organisationId, programmeId, cohortId);
    if (input.kind === "comparison") {
      const time = (await listParticipantTime(tx, actor.organisationId, programmeId)).some((t) => t.cohortId === cohortId);
      if (time || (await countCohortCosts(tx, actor.organisationId, cohortId)) > 0) {
        throw new DomainError("CONFLICT", "a comparison group is not enrolled and has no costs: remove this cohort's costs and participants' time first", "kind");
      }
    }
    await updateCohort(tx, actor.organisationId, cohortId, input);
  });
  return getProgramme(ctx, actor, programmeId);
}

export async function removeCohort(ctx: TCtx, actor: TActor, programmeId: string, cohortId: string): Promise<TProgramme> {
  await writing(ctx, actor, programmeId, async (tx) => {
    await cohortOf(tx, actor.organisationId, programmeId, cohortId);
    await deleteCohort(tx, actor.organisationId, cohortId);
  });
  return getProgramme(ctx, actor, programmeId);
}

/**
 * Replaces a cohort's members. Each id must be a person of the organisation (400 naming `personIds[i]`) and in no
 * other cohort of the programme (409 naming `personIds[i]`).
 */
export async function setCohortMembers(ctx: TCtx, actor: TActor, programmeId: string, cohortId: string, personIds: readonly string[]): Promise<TProgramme> {
  const seen = new Set<string>();
  personIds.forEach((id, i) => {
    if (seen.has(id)) throw invalid(`personIds[${i}]`, `person ${id} is listed twice`);
    seen.add(id);
  });
  await writing(ctx, actor, programmeId, async (tx) => {
    await cohortOf(tx, actor.organisationId, programmeId, cohortId);
    const known = await existingPeople(tx, actor.organisationId, personIds);
    const unknown = personIds.findIndex((id) => !known.has(id));
    if (unknown >= 0) throw invalid(`personIds[${unknown}]`, `person ${personIds[unknown]} is not in this organisation`);
    const elsewhere = await membersInOtherCohorts(tx, actor.organisationId, programmeId, cohortId, personIds);
    const clash = personIds.findIndex((id) => elsewhere.has(id));
    if (clash >= 0) throw new DomainError("CONFLICT", `person ${personIds[clash]} is already in another cohort of this programme`, `personIds[${clash}]`);
    await replaceCohortMembers(tx, actor.organisationId, programmeId, cohortId, personIds);
  });
  return getProgramme(ctx, actor, programmeId);
}

// ---- participants' time and costs

export async function setParticipantTime(ctx: TCtx, actor: TActor, programmeId: string, cohortId: string, input: z.output<typeof ZParticipantTimeInput>): Promise<TProgramme> {
  await writing(ctx, actor, programmeId, async (tx) => {
    const cohort = await cohortOf(tx, actor.organisationId, programmeId, cohortId);
    if (cohort.kind === "comparison") throw invalid("cohortId", "a comparison group is not enrolled, so it spends no time on the programme");
    // stored as a real: two decimals are plenty, and no value underflows it
    await upsertParticipantTime(tx, actor.organisationId, programmeId, cohortId, { ...input, hoursPerParticipant: Math.round(input.hoursPerParticipant * 100) / 100 });
  });
  return getProgramme(ctx, actor, programmeId);
}

export async function removeParticipantTime(ctx: TCtx, actor: TActor, programmeId: string, cohortId: string): Promise<TProgramme> {
  await writing(ctx, actor, programmeId, async (tx) => {
    await cohortOf(tx, actor.organisationId, programmeId, cohortId);
    if (!(await deleteParticipantTime(tx, actor.organisationId, cohortId))) throw notFound("participant time");
  });
  return getProgramme(ctx, actor, programmeId);
}

type TCostBody = z.output<typeof ZCostInput>;

async function checkCostCohort(tx: TDb, organisationId: string, programmeId: string, cohortId: string | null) {
  if (cohortId === null) return;
  const cohort = await findCohort(tx, organisationId, programmeId, cohortId);
  if (!cohort) throw invalid("cohortId", "this cohort is not in the programme");
  if (cohort.kind === "comparison") throw invalid("cohortId", "a comparison group has no programme costs");
}

export async function addCost(ctx: TCtx, actor: TActor, programmeId: string, input: TCostBody): Promise<TProgramme> {
  await writing(ctx, actor, programmeId, async (tx) => {
    await checkCostCohort(tx, actor.organisationId, programmeId, input.cohortId);
    await insertCost(tx, actor.organisationId, programmeId, input);
  });
  return getProgramme(ctx, actor, programmeId);
}

export async function editCost(ctx: TCtx, actor: TActor, programmeId: string, costId: string, input: TCostBody): Promise<TProgramme> {
  await writing(ctx, actor, programmeId, async (tx) => {
    await checkCostCohort(tx, actor.organisationId, programmeId, input.cohortId);
    if (!(await updateCost(tx, actor.organisationId, programmeId, costId, input))) throw notFound("cost");
  });
  return getProgramme(ctx, actor, programmeId);
}

export async function removeCost(ctx: TCtx, actor: TActor, programmeId: string, costId: string): Promise<TProgramme> {
  await writing(ctx, actor, programmeId, async (tx) => {
    if (!(await deleteCost(tx, actor.organisationId, programmeId, costId))) throw notFound("cost");
  });
  return getProgramme(ctx, actor, programmeId);
}

/** Which of the organisation's measures the programme is evaluated on (unknown ids: 400 naming `measureIds[i]`). */
export async function setProgrammeMeasures(ctx: TCtx, actor: TActor, programmeId: string, measureIds: readonly string[]): Promise<TProgramme> {
  const unique = [...new Set(measureIds)];
  await writing(ctx, actor, programmeId, async (tx) => {
    const known = new Set((await listMeasures(tx, actor.organisationId, { includeArchived: true })).map((m) => m.id));
    const unknown = measureIds.findIndex((id) => !known.has(id));
    if (unknown >= 0) throw invalid(`measureIds[${unknown}]`, `measure ${measureIds[unknown]} is not one of this organisation's measures`);
    await replaceProgrammeMeasures(tx, actor.organisationId, programmeId, unique);
  });
  return getProgramme(ctx, actor, programmeId);
}
