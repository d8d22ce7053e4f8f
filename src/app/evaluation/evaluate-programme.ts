// The programme evaluation (issue 6): load the data, run the pure engine with a seed from the programme id and
// its data_version (the same data gives the same interval), cache the result while the data_version holds and
// for at most CACHE_MINUTES (levels 1–3 come from other modules), explain every step in the reader's language.
import { type TCohortFigures, type TCohortWithheld, type TProgrammeEvaluationView, type TStoredEvaluation, ZStoredEvaluation } from "../../contracts/evaluation";
import { listMeasures } from "../../db/evaluation-measures-repo";
import { findProgramme, type TProgrammeRow } from "../../db/evaluation-programmes-repo";
import { findEvaluation, saveEvaluation } from "../../db/evaluation-sources-repo";
import {
  evaluateProgramme,
  explainEvaluationStep,
  type TCohortEvaluation,
  type TEvaluationStep,
  type TEvaluationStepShown,
  type TProgrammeEvaluation,
  type TProgrammeInput,
} from "../../domain/evaluation/index";
import { explainStep, explainWarning } from "../../domain/roi/index";
import { notFound } from "../../domain/shared/errors";
import type { TLocale } from "../../domain/shared/locale";
import { seededRandom } from "../../domain/shared/random";
import type { TActor } from "../../domain/shared/roles";
import type { TAppContext } from "../shared/context";
import { hidesCohort, mustReadEvaluations } from "./access";
import { loadProgrammeInput } from "./load-programme-input";

export const CACHE_MINUTES = 10;

type TCtx = Pick<TAppContext, "db" | "now">;
type TFunnel = TStoredEvaluation["funnel"][string];
type TShownEvaluation = TProgrammeEvaluationView["evaluation"];

/** 32-bit FNV-1a of the programme id and data version: the bootstrap's seed. */
export function seedOf(programmeId: string, dataVersion: number): number {
  let hash = 0x811c9dc5;
  for (const ch of `${programmeId}:${dataVersion}`) {
    hash ^= ch.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

function funnelOf(input: TProgrammeInput, evaluation: TProgrammeEvaluation): Record<string, TFunnel> {
  const measured = new Set(input.measureValues.filter((v) => v.before !== null && v.after !== null).map((v) => v.personId));
  const estimated = new Set(input.estimates.map((e) => e.personId));
  const funnel: Record<string, TFunnel> = {};
  for (const c of evaluation.cohorts) {
    const members = input.cohorts.find((x) => x.id === c.cohortId)?.personIds ?? [];
    funnel[c.cohortId] = {
      participants: c.participants,
      l1: c.l1.responses,
      l2: c.l2?.pairs ?? 0,
      l3: c.l3?.pairs ?? 0,
      l4: members.filter((id) => measured.has(id) || (c.kind !== "comparison" && estimated.has(id))).length,
    };
  }
  return funnel;
}

/** A step as readers see it: an excluded estimate keeps its amounts, never whose it was. */
function shownStep(step: TEvaluationStep): TEvaluationStepShown {
  if (step.code !== "ESTIMATE_EXCLUDED") return step;
  return { code: step.code, measureId: step.measureId, adjustedCents: step.adjustedCents, limitCents: step.limitCents };
}

/** Person ids never leave the server: the stored evaluation is what the contract names, checked field by field. */
function withoutPersonIds(evaluation: TProgrammeEvaluation): TStoredEvaluation["evaluation"] {
  const cohorts = evaluation.cohorts.map((c: TCohortEvaluation): TCohortFigures => ({ ...c, steps: c.steps.map(shownStep) }));
  return ZStoredEvaluation.shape.evaluation.parse({ ...evaluation, cohorts });
}

/** The cached evaluation when it still has the contract's shape (a cache from an older shape is recomputed). */
export function storedEvaluation(result: unknown): TStoredEvaluation | null {
  const parsed = ZStoredEvaluation.safeParse(result);
  return parsed.success ? parsed.data : null;
}

/** Computes and caches the evaluation of a programme row (no access check: callers check). */
export async function computeEvaluation(ctx: TCtx, organisationId: string, programme: TProgrammeRow): Promise<{ stored: TStoredEvaluation; computedAt: Date }> {
  const input = await loadProgrammeInput(ctx, organisationId, programme);
  const evaluation = evaluateProgramme(input, seededRandom(seedOf(programme.id, programme.dataVersion)));
  const stored: TStoredEvaluation = { evaluation: withoutPersonIds(evaluation), funnel: funnelOf(input, evaluation) };
  const computedAt = ctx.now();
  await saveEvaluation(ctx.db, organisationId, programme.id, programme.dataVersion, stored, computedAt);
  return { stored, computedAt };
}

/** A figure-free cohort for readers who may not see it (an executive and fewer than 5 participants). */
function withoutFigures(c: TCohortFigures): TCohortWithheld {
  return { cohortId: c.cohortId, kind: c.kind, participants: c.participants, tooSmall: true, l1: null, l2: null, l3: null, l4: null, costs: null, benefitsCents: null, roi: null, interval: null, steps: [] };
}

/**
 * The evaluation as a reader may see it: for executives, cohorts under 5 participants keep their size but lose
 * every figure (listed in `tooSmall`), and so does anything that pools them (the side-by-side comparison).
 */
export function shapeForReader(actor: TActor, stored: TStoredEvaluation): { evaluation: TShownEvaluation; funnel: Record<string, TFunnel>; tooSmall: string[] } {
  const hidden = stored.evaluation.cohorts.filter((c) => hidesCohort(actor, c.participants));
  if (hidden.length === 0) return { evaluation: stored.evaluation, funnel: stored.funnel, tooSmall: [] };
  const ids = new Set(hidden.map((c) => c.cohortId));
  const pooledHidden = hidden.some((c) => c.kind !== "comparison");
  return {
    evaluation: {
      ...stored.evaluation,
      cohorts: stored.evaluation.cohorts.map((c) => (ids.has(c.cohortId) ? withoutFigures(c) : c)),
      personalisedVsStandard: pooledHidden ? null : stored.evaluation.personalisedVsStandard,
    },
    funnel: Object.fromEntries(Object.entries(stored.funnel).filter(([id]) => !ids.has(id))),
    tooSmall: [...ids],
  };
}

/** A cohort's steps (none when withheld). */
function stepsOf(c: TShownEvaluation["cohorts"][number]): readonly TEvaluationStepShown[] {
  return c.steps;
}

function explain(evaluation: TShownEvaluation, locale: TLocale, measures: readonly { id: string; name: string }[]): Record<string, string[]> {
  const options = { locale, currency: evaluation.currency, measures };
  return Object.fromEntries(
    evaluation.cohorts.map((c) => [
      c.cohortId,
      [
        ...stepsOf(c).map((s) => explainEvaluationStep(s, options)),
        ...(c.roi?.explanation.steps ?? []).map((s) => explainStep(s, options)),
        ...(c.roi?.warnings ?? []).map((w) => explainWarning(w, options)),
      ],
    ]),
  );
}

export async function getProgrammeEvaluation(ctx: TCtx, actor: TActor, programmeId: string, locale: TLocale, options: { fresh?: boolean } = {}): Promise<TProgrammeEvaluationView> {
  mustReadEvaluations(actor);
  const programme = await findProgramme(ctx.db, actor.organisationId, programmeId);
  if (!programme) throw notFound("programme");
  const cached = options.fresh ? undefined : await findEvaluation(ctx.db, actor.organisationId, programmeId);
  const fresh = cached && cached.dataVersion === programme.dataVersion && ctx.now().getTime() - cached.computedAt.getTime() < CACHE_MINUTES * 60_000;
  const hit = fresh ? storedEvaluation(cached.result) : null;
  const { stored, computedAt } = hit && cached ? { stored: hit, computedAt: cached.computedAt } : await computeEvaluation(ctx, actor.organisationId, programme);
  const measures = await listMeasures(ctx.db, actor.organisationId, { includeArchived: true, programmeId });
  const shaped = shapeForReader(actor, stored);
  return {
    programmeId,
    computedAt: computedAt.toISOString(),
    locale,
    measures: measures.map((m) => ({ id: m.id, name: m.name, unit: m.unit })),
    evaluation: shaped.evaluation,
    explanations: explain(shaped.evaluation, locale, measures),
    funnel: shaped.funnel,
    tooSmall: shaped.tooSmall,
  };
}
