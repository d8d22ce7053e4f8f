// Each enrolled cohort's evaluation as one ROI worksheet in the exchange format of SCHEMA.md: its fully loaded
// cost lines and its benefit lines, already isolated (comparison group) or adjusted (estimates × contribution ×
// confidence) by the evaluation, so contribution and confidence are 100 here. `sterk roi` and
// POST /api/roi/compute read the file back to the same ROI. Pure.
import { hasFigures, type TExchangeCase, type TProgramme, type TProgrammeEvaluationView } from "../../../contracts/evaluation";
import { cohortFigures } from "./export-model";

/** The worksheets of the enrolled cohorts whose figures the reader may see, in the evaluation's order. */
export function toExchangeWorksheets(programme: TProgramme, view: TProgrammeEvaluationView): TExchangeCase[] {
  const measureNames = new Map(view.measures.map((m) => [m.id, m.name]));
  return cohortFigures(programme, view)
    .flatMap(({ evaluation, name, kind, withheld }) => (kind !== "comparison" && !withheld && hasFigures(evaluation) ? [{ evaluation, name }] : []))
    .map(({ evaluation, name }) => ({
      id: `${programme.name} / ${name}`,
      programme_id: programme.id,
      cohort_id: evaluation.cohortId,
      kind: evaluation.kind,
      participants: evaluation.participants,
      inputs: {
        currency: view.evaluation.currency,
        cost_items: evaluation.costs.lines.map((line) => ({ name: line.name, amount: line.amountCents / 100, category: line.category, prorated: line.prorated })),
        benefit_items: evaluation.l4
          .filter((m) => m.method !== "none")
          .map((m) => ({
            name: measureNames.get(m.measureId) ?? m.measureId,
            annual_value: m.benefitCents / 100,
            contribution_pct: 100,
            confidence_pct: 100,
            measure_id: m.measureId,
            isolation: m.method,
          })),
      },
    }));
}
