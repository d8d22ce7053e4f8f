// The programme evaluation (issue 6): load the data, run the pure engine with a seed from the programme id and
// its data_version (the same data gives the same interval), cache the result while the data_version holds and
// for at most CACHE_MINUTES (levels 1–3 come from other modules), explain every step in the reader's language.
import { createHash } from "node:crypto";
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
import { mayPublishSnapshot, peopleChanged } from "../../domain/shared/stepped-aggregate";
import type { TActor } from "../../domain/shared/roles";
import type { TAppContext } from "../shared/context";
import { hidesCohort, mustReadEvaluations } from "./access";
import { loadProgrammeInput } from "./load-programme-input";

export const CACHE_MINUTES = 10;

/** The shown evaluation moves only when ≥ this many people's data changed since it was published (decision 0015). */
export const EVALUATION_STEP = 5;

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
  if (typeof result !== "object" || result === null) return null;
  const { evaluation, funnel } = result as Record<string, unknown>;
  const parsed = ZStoredEvaluation.safeParse({ evaluation, funnel });
  return parsed.success ? parsed.data : null;
}

/** The fingerprints the published evaluation rests on (one per person; hashes, no person ids), or null without any. */
function publishedContributions(result: unknown): string[] | null {
  const contributions = typeof result === "object" && result !== null ? (result as Record<string, unknown>).contributions : undefined;
  return Array.isArray(contributions) && contributions.every((c) => typeof c === "string") ? (contributions as string[]) : null;
}

/**
 * One fingerprint per person of everything of theirs the evaluation reads (cohorts, reactions, levels 2–3, measure
 * values, estimates): a salted hash, so the cache holds no person id and a fingerprint changes when their data does.
 */
function contributionsOf(programmeId: string, input: TProgrammeInput): string[] {
  const byPerson = new Map<string, unknown[]>();
  const add = (personId: string, entry: unknown) => byPerson.set(personId, [...(byPerson.get(personId) ?? []), entry]);
  for (const c of input.cohorts) for (const id of c.personIds) add(id, ["cohort", c.id]);
  for (const r of input.reactions) add(r.personId, ["l1", r.satisfaction, r.relevance, r.intentToApply]);
  for (const v of input.learning?.values ?? []) add(v.personId, ["l2", v.before, v.after]);
  for (const v of input.application?.values ?? []) add(v.personId, ["l3", v.before, v.after]);
  for (const v of input.measureValues) add(v.personId, ["l4", v.measureId, v.before, v.after]);
  for (const e of input.estimates) add(e.personId, ["estimate", e.measureId, e.annualValueCents, e.contributionPct, e.confidencePct]);
  return [...byPerson.entries()]
    .map(([personId, entries]) => {
      const canonical = JSON.stringify(entries.map((e) => JSON.stringify(e)).sort());
      return createHash("sha256").update(`${programmeId}\n${personId}\n${canonical}`).digest("hex");
    })
    .sort();
}

/**
 * Computes and caches the evaluation of a programme row (no access check: callers check). What is shown moves in
 * steps (decision 0015): the new figures replace the published ones only when nobody's data changed since (HR edited
 * costs or measures) or at least EVALUATION_STEP people's did; otherwise the published figures stay, so reading
 * before and after one participant answers never gives their answer back.
 */
export async function computeEvaluation(ctx: TCtx, organisationId: string, programme: TProgrammeRow): Promise<{ stored: TStoredEvaluation; computedAt: Date }> {
  const input = await loadProgrammeInput(ctx, organisationId, programme);
  const contributions = contributionsOf(programme.id, input);
  const previous = await findEvaluation(ctx.db, organisationId, programme.id);
  const published = previous ? storedEvaluation(previous.result) : null;
  const publishedOn = previous ? publishedContributions(previous.result) : null;
  const computedAt = ctx.now();
  if (published && publishedOn && !mayPublishSnapshot(peopleChanged(publishedOn, contributions), EVALUATION_STEP)) {
    await saveEvaluation(ctx.db, organisationId, programme.id, programme.dataVersion, { ...published, contributions: publishedOn }, computedAt);
    return { stored: published, computedAt };
  }
  const evaluation = evaluateProgramme(input, seededRandom(seedOf(programme.id, programme.dataVersion)));
  const stored: TStoredEvaluation = { evaluation: withoutPersonIds(evaluation), funnel: funnelOf(input, evaluation) };
  await saveEvaluation(ctx.db, organisationId, programme.id, programme.dataVersion, { ...stored, contributions }, computedAt);
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
