// Downloads of a programme's evaluation (issue 6, part 6): the one-page PDF summary, the XLSX workbook, the CSV
// and the ROI worksheets JSON. Whoever may read the evaluation (HR admin, operator, executive) may download it,
// as that reader sees it (cohorts too small for an executive stay without figures).
import type { TProgramme, TProgrammeEvaluationView } from "../../../contracts/evaluation";
import type { TLocale } from "../../../domain/shared/locale";
import type { TActor } from "../../../domain/shared/roles";
import type { TAppContext } from "../../shared/context";
import { getProgrammeEvaluation } from "../evaluate-programme";
import { getProgramme } from "../read-programme";
import { toExchangeWorksheets } from "./exchange-worksheets";
import { renderSummaryPdf } from "./render-summary-pdf";
import { writeEvaluationCsv, writeEvaluationXlsx } from "./write-evaluation-files";

type TCtx = Pick<TAppContext, "db" | "now">;

export const EXPORT_FORMATS = {
  pdf: { contentType: "application/pdf", suffix: "summary.pdf" },
  xlsx: { contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", suffix: "evaluation.xlsx" },
  csv: { contentType: "text/csv; charset=utf-8", suffix: "evaluation.csv" },
  json: { contentType: "application/json; charset=utf-8", suffix: "worksheets.json" },
} as const;
export type TExportFormat = keyof typeof EXPORT_FORMATS;

/** A file to download: its bytes, content type and an ASCII file name. */
export type TExportFile = { body: Uint8Array | string; contentType: string; fileName: string };

/** The programme's name as a safe ASCII file name part. */
export function fileSlug(name: string): string {
  const slug = name
    .normalize("NFD")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .toLowerCase()
    .slice(0, 60)
    .replace(/-$/, "");
  return slug || "programme";
}

async function load(ctx: TCtx, actor: TActor, programmeId: string, locale: TLocale): Promise<{ programme: TProgramme; view: TProgrammeEvaluationView }> {
  const programme = await getProgramme(ctx, actor, programmeId);
  const view = await getProgrammeEvaluation(ctx, actor, programmeId, locale);
  return { programme, view };
}

/** Renders one export of the programme's evaluation in the reader's language. */
export async function exportProgramme(ctx: TCtx, actor: TActor, programmeId: string, format: TExportFormat, locale: TLocale): Promise<TExportFile> {
  const { programme, view } = await load(ctx, actor, programmeId, locale);
  const { contentType, suffix } = EXPORT_FORMATS[format];
  const fileName = `sterk-${fileSlug(programme.name)}-${suffix}`;
  switch (format) {
    case "pdf":
      return { body: await renderSummaryPdf(programme, view, locale), contentType, fileName };
    case "xlsx":
      return { body: await writeEvaluationXlsx(programme, view, locale), contentType, fileName };
    case "csv":
      return { body: writeEvaluationCsv(programme, view, locale), contentType, fileName };
    case "json":
      return { body: `${JSON.stringify(toExchangeWorksheets(programme, view), null, 2)}\n`, contentType, fileName };
  }
}
