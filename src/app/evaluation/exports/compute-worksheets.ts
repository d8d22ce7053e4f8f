// POST /api/roi/compute: the Phillips ROI of the worksheets in an exchange file (SCHEMA.md), exactly as
// `sterk roi FILE --json` prints them, plus each explained in the reader's language. Stores nothing.
import type { TRoiComputeResult } from "../../../contracts/evaluation";
import {
  computeRoi,
  explainStep,
  explainWarning,
  principleText,
  readWorksheetFile,
  toWorksheetOutput,
  type TPhillipsPrinciple,
  type TRoiResult,
} from "../../../domain/roi/index";
import { authorise } from "../../../domain/policy/index";
import { describeRoiWarning } from "../../../domain/roi/describe-warning";
import type { TLocale } from "../../../domain/shared/locale";
import type { TActor } from "../../../domain/shared/roles";

function principlesOf(result: TRoiResult): TPhillipsPrinciple[] {
  const found = new Set<TPhillipsPrinciple>();
  for (const step of result.explanation.steps) {
    if ("principle" in step) found.add(step.principle);
    if (step.code === "BENEFIT_LINE") for (const a of step.adjustments) found.add(a.principle);
  }
  return [...found].sort((a, b) => a - b);
}

/** Any member of the organisation (or the operator) may compute; invalid input is a 400 naming the field, as the CLI reports it. */
export function computeWorksheets(actor: TActor, json: unknown, locale: TLocale): TRoiComputeResult {
  authorise(actor, "roi.compute");
  const entries = readWorksheetFile(json);
  const outputs: TRoiComputeResult["outputs"] = [];
  const explanations: TRoiComputeResult["explanations"] = [];
  for (const { id, worksheet } of entries) {
    const result = computeRoi(worksheet);
    outputs.push(toWorksheetOutput(id, result, describeRoiWarning));
    const options = { locale, ...(worksheet.currency && /^[A-Z]{3}$/.test(worksheet.currency) && { currency: worksheet.currency }) };
    explanations.push({
      id,
      currency: worksheet.currency ?? null,
      steps: result.explanation.steps.map((s) => explainStep(s, options)),
      warnings: result.warnings.map((w) => explainWarning(w, options)),
      principles: principlesOf(result).map((p) => principleText(p, locale)),
    });
  }
  return { locale, outputs, explanations };
}
