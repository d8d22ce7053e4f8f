import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { z } from "zod";
import { importMeasureValues } from "../../app/evaluation/import-measure-values";
import { archiveMeasure, createMeasure, editMeasure, getMeasureValues, listOrganisationMeasures, putMeasureValues } from "../../app/evaluation/manage-measures";
import { getMyEstimates, putMyEstimates } from "../../app/evaluation/my-estimates";
import { MAX_IMPORT_BYTES } from "../../app/people/read-table-file";
import type { TAppContext } from "../../app/shared/context";
import { ZUuid } from "../../contracts/common";
import {
  ZEstimatesInput,
  ZMeasure,
  ZMeasureImportReport,
  ZMeasureInput,
  ZMeasureList,
  ZMeasureValuesInput,
  ZMeasureValuesPage,
  ZMeasureValuesQuery,
  ZMyEstimates,
} from "../../contracts/evaluation";
import { DomainError, invalid } from "../../domain/shared/errors";
import { requireActor } from "../auth-middleware";
import type { THttpEnv } from "../env";
import { readUploadForm } from "../upload-form";
import { jsonBody, jsonContent, problems } from "../openapi";

const tags = ["evaluation"];
const errors = { ...problems, 409: problems[400] };
const ZId = z.object({ id: ZUuid });
export const MEASURE_IMPORT_PATH = "/api/measures/values/import";

const ZImportForm = z.object({
  file: z.any().openapi({ type: "string", format: "binary" }),
  dryRun: z.enum(["true", "false"]).optional().openapi({ description: "true (default): check and report, write nothing" }),
});

const tooLarge = () => {
  throw new DomainError("PAYLOAD_TOO_LARGE", `the file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB`, "file");
};

/** The organisation's business measures, their values (entered or imported) and the follow-up questionnaire (issue 6). */
export function evaluationMeasureRoutes(ctx: TAppContext) {
  const app = new OpenAPIHono<THttpEnv>();

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/measures",
      tags,
      request: { query: z.object({ includeArchived: z.enum(["true", "false"]).optional() }) },
      responses: { 200: jsonContent(ZMeasureList), ...errors },
    }),
    async (c) => c.json(await listOrganisationMeasures(ctx, requireActor(c), c.req.valid("query").includeArchived === "true"), 200),
  );
  app.openapi(
    createRoute({ method: "post", path: "/api/measures", tags, request: { body: jsonBody(ZMeasureInput) }, responses: { 201: jsonContent(ZMeasure, "Created"), ...errors } }),
    async (c) => c.json(await createMeasure(ctx, requireActor(c), c.req.valid("json")), 201),
  );

  app.use(MEASURE_IMPORT_PATH, bodyLimit({ maxSize: MAX_IMPORT_BYTES + 64 * 1024, onError: tooLarge }));
  app.openapi(
    createRoute({
      method: "post",
      path: MEASURE_IMPORT_PATH,
      tags,
      description:
        "CSV or XLSX with columns employee number (or email), measure (its name), period (YYYY-MM) and value; headers in nl, fr or en. dryRun=true lists row errors and writes nothing; dryRun=false writes every row in one transaction, or nothing when any row is wrong.",
      request: { body: { content: { "multipart/form-data": { schema: ZImportForm } }, required: true } },
      responses: { 200: jsonContent(ZMeasureImportReport), 409: problems[400], 413: problems[400], 422: problems[400], ...problems },
    }),
    async (c) => {
      const actor = requireActor(c);
      const form = await readUploadForm(c).catch(() => {
        throw invalid("file", "send the file as multipart/form-data");
      });
      const file = form.file;
      if (!(file instanceof File)) throw invalid("file", "attach a CSV or XLSX file in the field 'file'");
      if (file.size > MAX_IMPORT_BYTES) tooLarge();
      const dryRun = form.dryRun === undefined ? "true" : form.dryRun;
      if (dryRun !== "true" && dryRun !== "false") throw invalid("dryRun", "dryRun must be true or false");
      const report = await importMeasureValues(ctx, actor, { bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name, dryRun: dryRun === "true" });
      return c.json(report, 200);
    },
  );

  app.openapi(
    createRoute({ method: "put", path: "/api/measures/{id}", tags, request: { params: ZId, body: jsonBody(ZMeasureInput) }, responses: { 200: jsonContent(ZMeasure), ...errors } }),
    async (c) => c.json(await editMeasure(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );
  app.openapi(
    createRoute({
      method: "delete",
      path: "/api/measures/{id}",
      tags,
      description: "Archives the measure: its values stay, programmes using it still count it.",
      request: { params: ZId },
      responses: { 200: jsonContent(ZMeasure), ...errors },
    }),
    async (c) => c.json(await archiveMeasure(ctx, requireActor(c), c.req.valid("param").id), 200),
  );
  app.openapi(
    createRoute({ method: "get", path: "/api/measures/{id}/values", tags, request: { params: ZId, query: ZMeasureValuesQuery }, responses: { 200: jsonContent(ZMeasureValuesPage), ...errors } }),
    async (c) => c.json(await getMeasureValues(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("query")), 200),
  );
  app.openapi(
    createRoute({
      method: "put",
      path: "/api/measures/{id}/values",
      tags,
      description: "Values entered by hand, one per person and month; `value` null deletes it.",
      request: { params: ZId, body: jsonBody(ZMeasureValuesInput) },
      responses: { 200: jsonContent(z.object({ written: z.number().int() })), ...errors },
    }),
    async (c) => c.json(await putMeasureValues(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );

  app.openapi(
    createRoute({ method: "get", path: "/api/me/estimates", tags, responses: { 200: jsonContent(ZMyEstimates), ...errors } }),
    async (c) => c.json(await getMyEstimates(ctx, requireActor(c)), 200),
  );
  app.openapi(
    createRoute({
      method: "put",
      path: "/api/me/estimates/{programmeId}",
      tags,
      request: { params: z.object({ programmeId: ZUuid }), body: jsonBody(ZEstimatesInput) },
      responses: { 200: jsonContent(ZMyEstimates), ...errors },
    }),
    async (c) => c.json(await putMyEstimates(ctx, requireActor(c), c.req.valid("param").programmeId, c.req.valid("json")), 200),
  );

  return app;
}
