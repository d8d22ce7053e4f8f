// The organisation's level 4 business measures and their values entered by hand (issue 6). HR only. A change
// to a measure or its values bumps the data_version of every programme that uses it.
import type { z } from "zod";
import type { TMeasure, ZMeasureInput, ZMeasureValuesInput } from "../../contracts/evaluation";
import { findMeasure, insertMeasure, listMeasureValues, listMeasures, updateMeasure, writeMeasureValues } from "../../db/evaluation-measures-repo";
import { bumpProgrammesUsingMeasures, existingPeople } from "../../db/evaluation-programmes-repo";
import { authorise } from "../../domain/policy/index";
import { invalid, notFound } from "../../domain/shared/errors";
import type { TActor } from "../../domain/shared/roles";
import type { TAppContext } from "../shared/context";

type TCtx = Pick<TAppContext, "db" | "now">;
type TMeasureBody = z.output<typeof ZMeasureInput>;

const present = (m: Awaited<ReturnType<typeof findMeasure>> & object): TMeasure => ({ ...m, direction: m.direction as TMeasure["direction"] });

export async function listOrganisationMeasures(ctx: Pick<TAppContext, "db">, actor: TActor, includeArchived: boolean): Promise<{ measures: TMeasure[] }> {
  authorise(actor, "evaluation.manage");
  return { measures: (await listMeasures(ctx.db, actor.organisationId, { includeArchived })).map(present) };
}

async function measureOf(ctx: Pick<TAppContext, "db">, organisationId: string, id: string) {
  const row = await findMeasure(ctx.db, organisationId, id);
  if (!row) throw notFound("measure");
  return row;
}

export async function createMeasure(ctx: TCtx, actor: TActor, input: TMeasureBody): Promise<TMeasure> {
  authorise(actor, "evaluation.manage");
  const id = await insertMeasure(ctx.db, actor.organisationId, input);
  return present(await measureOf(ctx, actor.organisationId, id));
}

/** Edits a measure (its unit value, direction…): every programme using it is re-evaluated. */
export async function editMeasure(ctx: TCtx, actor: TActor, id: string, input: TMeasureBody): Promise<TMeasure> {
  authorise(actor, "evaluation.manage");
  await ctx.db.transaction(async (tx) => {
    if (!(await updateMeasure(tx, actor.organisationId, id, input, ctx.now()))) throw notFound("measure");
    await bumpProgrammesUsingMeasures(tx, actor.organisationId, [id], ctx.now());
  });
  return present(await measureOf(ctx, actor.organisationId, id));
}

/** Archives a measure: it leaves the lists, its values stay and programmes using it still count it. */
export async function archiveMeasure(ctx: TCtx, actor: TActor, id: string): Promise<TMeasure> {
  authorise(actor, "evaluation.manage");
  if (!(await updateMeasure(ctx.db, actor.organisationId, id, { archived: true }, ctx.now()))) throw notFound("measure");
  return present(await measureOf(ctx, actor.organisationId, id));
}

export async function getMeasureValues(ctx: Pick<TAppContext, "db">, actor: TActor, id: string, range: { from?: string; to?: string }) {
  authorise(actor, "evaluation.manage");
  await measureOf(ctx, actor.organisationId, id);
  if (range.from && range.to && range.to < range.from) throw invalid("to", "the range cannot end before it starts");
  return { values: await listMeasureValues(ctx.db, actor.organisationId, id, range) };
}

/** Writes values entered by hand (null deletes one); people must be the organisation's, values 0 or more. */
export async function putMeasureValues(ctx: TCtx, actor: TActor, id: string, input: z.output<typeof ZMeasureValuesInput>) {
  authorise(actor, "evaluation.manage");
  await measureOf(ctx, actor.organisationId, id);
  input.values.forEach((v, i) => {
    if (v.value !== null && v.value < 0) throw invalid(`values[${i}].value`, "a measure value cannot be negative");
  });
  const known = await existingPeople(ctx.db, actor.organisationId, [...new Set(input.values.map((v) => v.personId))]);
  const unknown = input.values.findIndex((v) => !known.has(v.personId));
  if (unknown >= 0) throw invalid(`values[${unknown}].personId`, "this person is not in this organisation");
  await ctx.db.transaction(async (tx) => {
    await writeMeasureValues(tx, actor.organisationId, input.values.map((v) => ({ ...v, measureId: id })), ctx.now());
    await bumpProgrammesUsingMeasures(tx, actor.organisationId, [id], ctx.now());
  });
  return { written: input.values.length };
}
