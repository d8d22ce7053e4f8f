// The follow-up questionnaire (issue 6): a participant (the account's person is a member of an enrolled cohort of
// a programme under way or completed) estimates per measure the yearly improvement, the share due to the
// programme and their confidence. Any role may answer their own; nobody else's.
import type { z } from "zod";
import type { ZEstimatesInput, ZMyEstimates } from "../../contracts/evaluation";
import { findPersonIdOfUser, listEstimatesOfPerson, listMeasures, listProgrammesOfParticipant, replaceEstimates } from "../../db/evaluation-measures-repo";
import { bumpProgramme, lockProgramme } from "../../db/evaluation-programmes-repo";
import { invalid, notFound } from "../../domain/shared/errors";
import type { TActor } from "../../domain/shared/roles";
import type { TAppContext } from "../shared/context";

type TMyEstimates = z.infer<typeof ZMyEstimates>;

async function openProgrammes(ctx: Pick<TAppContext, "db">, actor: TActor) {
  const personId = await findPersonIdOfUser(ctx.db, actor.organisationId, actor.userId);
  if (!personId) return { personId: null, programmes: [] };
  const programmes = await listProgrammesOfParticipant(ctx.db, actor.organisationId, personId);
  return { personId, programmes };
}

export async function getMyEstimates(ctx: Pick<TAppContext, "db">, actor: TActor): Promise<TMyEstimates> {
  const { personId, programmes } = await openProgrammes(ctx, actor);
  if (!personId || programmes.length === 0) return { programmes: [] };
  const answers = await listEstimatesOfPerson(ctx.db, actor.organisationId, personId);
  const result: TMyEstimates["programmes"] = [];
  for (const p of programmes) {
    const measures = await listMeasures(ctx.db, actor.organisationId, { includeArchived: true, programmeId: p.id });
    result.push({
      programmeId: p.id,
      name: p.name,
      currency: p.currency,
      measures: measures.map((m) => ({ id: m.id, name: m.name, unit: m.unit })),
      answers: answers
        .filter((a) => a.programmeId === p.id)
        .map((a) => ({ measureId: a.measureId, annualValueCents: a.annualValueCents, contributionPct: a.contributionPct, confidencePct: a.confidencePct, ...(a.comment ? { comment: a.comment } : {}) })),
    });
  }
  return { programmes: result };
}

/** Replaces the participant's answers for one programme; a programme they are not enrolled in is "not found". */
export async function putMyEstimates(ctx: Pick<TAppContext, "db" | "now">, actor: TActor, programmeId: string, input: z.output<typeof ZEstimatesInput>): Promise<TMyEstimates> {
  const { personId, programmes } = await openProgrammes(ctx, actor);
  if (!personId || !programmes.some((p) => p.id === programmeId)) throw notFound("programme");
  const measures = new Set((await listMeasures(ctx.db, actor.organisationId, { includeArchived: true, programmeId })).map((m) => m.id));
  const seen = new Set<string>();
  input.estimates.forEach((e, i) => {
    if (!measures.has(e.measureId)) throw invalid(`estimates[${i}].measureId`, "this measure is not one the programme is evaluated on");
    if (seen.has(e.measureId)) throw invalid(`estimates[${i}].measureId`, "this measure is answered twice");
    seen.add(e.measureId);
  });
  await ctx.db.transaction(async (tx) => {
    if (!(await lockProgramme(tx, actor.organisationId, programmeId))) throw notFound("programme");
    // percentages are stored as reals: two decimals are plenty, and no value underflows them
    const rounded = input.estimates.map((e) => ({ ...e, contributionPct: Math.round(e.contributionPct * 100) / 100, confidencePct: Math.round(e.confidencePct * 100) / 100 }));
    await replaceEstimates(tx, actor.organisationId, programmeId, personId, actor.userId, rounded, ctx.now());
    await bumpProgramme(tx, actor.organisationId, programmeId, ctx.now());
  });
  return getMyEstimates(ctx, actor);
}
