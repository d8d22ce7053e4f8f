import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import { computeWorksheets } from "../../app/evaluation/exports/compute-worksheets";
import { EXPORT_FORMATS, exportProgramme, type TExportFormat } from "../../app/evaluation/exports/export-programme";
import type { TAppContext } from "../../app/shared/context";
import { ZUuid } from "../../contracts/common";
import { ZExchangeCase, ZRoiComputeResult } from "../../contracts/evaluation";
import { LOCALES } from "../../domain/shared/locale";
import { requireActor } from "../auth-middleware";
import { readerLocale } from "../reader-locale";
import type { THttpEnv } from "../env";
import { jsonBody, jsonContent, problems } from "../openapi";

const ZLocaleQuery = z.object({ locale: z.enum(LOCALES).optional().meta({ description: "the reader's language; else the user's own, else the browser's" }) });


const binary = z.string().openapi({ type: "string", format: "binary" });

const DOWNLOADS: { path: string; format: TExportFormat; description: string }[] = [
  { path: "/api/programmes/{id}/summary.pdf", format: "pdf", description: "The one-page executive summary of the programme's evaluation as PDF." },
  { path: "/api/programmes/{id}/export.xlsx", format: "xlsx", description: "The evaluation as a workbook: Summary, Costs, Measures and Steps (formula-safe)." },
  { path: "/api/programmes/{id}/export.csv", format: "csv", description: "The evaluation as CSV: one row per cohort × figure (UTF-8 with BOM, formula-safe)." },
  {
    path: "/api/programmes/{id}/worksheets.json",
    format: "json",
    description: "Each enrolled cohort as a Phillips ROI worksheet in the exchange format (SCHEMA.md); `sterk roi` and POST /api/roi/compute read it back to the same ROI.",
  },
];

/** Downloads of a programme's evaluation (HR admin, operator, executive) and the stateless ROI worksheet calculator. */
export function evaluationExportRoutes(ctx: TAppContext) {
  const app = new OpenAPIHono<THttpEnv>();

  for (const download of DOWNLOADS) {
    const { contentType } = EXPORT_FORMATS[download.format];
    app.openapi(
      createRoute({
        method: "get",
        path: download.path,
        tags: ["evaluation"],
        description: download.description,
        request: { params: z.object({ id: ZUuid }), query: ZLocaleQuery },
        responses: { 200: { content: { [contentType.split(";")[0] as string]: { schema: download.format === "json" ? z.array(ZExchangeCase) : binary } }, description: "The file" }, ...problems },
      }),
      async (c) => {
        const file = await exportProgramme(ctx, requireActor(c), c.req.valid("param").id, download.format, readerLocale(c, c.req.valid("query").locale));
        const body = typeof file.body === "string" ? file.body : (file.body as Uint8Array<ArrayBuffer>);
        return c.body(body, 200, {
          "content-type": file.contentType,
          "content-disposition": `attachment; filename="${file.fileName}"`,
          "cache-control": "no-store",
        });
      },
    );
  }

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/roi/compute",
      tags: ["evaluation"],
      description:
        "Computes the Phillips ROI of the worksheets in an exchange file (SCHEMA.md: one worksheet, a case object, or an array of them). " +
        "`outputs` are what `sterk roi --json` prints (always an array, in input order); `explanations` say how each was computed, in the reader's language. Stores nothing.",
      request: {
        query: ZLocaleQuery,
        body: jsonBody(z.unknown().openapi({ description: "a worksheet, a case object with `inputs`, or an array of them (SCHEMA.md)" })),
      },
      responses: { 200: jsonContent(ZRoiComputeResult), ...problems },
    }),
    async (c) => c.json(computeWorksheets(requireActor(c), c.req.valid("json"), readerLocale(c, c.req.valid("query").locale)), 200),
  );

  return app;
}
