// The explanation behind a cohort's figures, as sentences in the reader's language: the evaluation's own
// steps (from the API), the isolation method per measure, the ROI engine's steps and warnings. Pure.
import type { TProgrammeEvaluationView } from "../../../contracts/evaluation";
import type { TCohortEvaluation } from "../../../domain/evaluation/types";
import { explainStep, explainWarning } from "../../../domain/roi/explain";
import type { TFormatLocale } from "./format";

export type TCohortExplanation = {
  /** how each measure's share due to the programme was isolated */
  methods: { measure: string; method: TCohortEvaluation["l4"][number]["method"]; responders: number }[];
  /** the evaluation's steps: costs prorated, participants' time, isolation, exclusions (server sentences) */
  steps: string[];
  /** the ROI engine's steps: costs counted, benefit lines adjusted or left out, with the principle */
  roiSteps: string[];
  warnings: string[];
  /** the bootstrap behind the interval, when there is one */
  bootstrap: { resamples: number; participants: number; confidencePct: number } | null;
};

/** Everything that explains one cohort's figures; null when the evaluation has no such cohort. */
export function cohortExplanation(view: TProgrammeEvaluationView, cohortId: string, locale: TFormatLocale): TCohortExplanation | null {
  const cohort = view.evaluation.cohorts.find((c) => c.cohortId === cohortId);
  if (!cohort) return null;
  const currency = view.evaluation.currency;
  const measureName = (id: string) => view.measures.find((m) => m.id === id)?.name ?? id;
  const roiSteps = cohort.roi?.explanation.steps.map((step) => explainStep(step, { locale, currency })) ?? [];
  const warnings = cohort.roi?.warnings.map((warning) => explainWarning(warning, { locale, currency })) ?? [];
  // the server's sentences may already include the ROI engine's steps and warnings: each is shown once, in its own section
  const shownElsewhere = new Set([...roiSteps, ...warnings]);
  return {
    methods: (cohort.l4 ?? []).map((m) => ({ measure: measureName(m.measureId), method: m.method, responders: m.responders })),
    steps: (view.explanations[cohortId] ?? []).filter((sentence) => !shownElsewhere.has(sentence)),
    roiSteps,
    warnings,
    bootstrap: cohort.interval
      ? { resamples: cohort.interval.resamples, participants: cohort.interval.nParticipants, confidencePct: cohort.interval.confidencePct }
      : null,
  };
}
