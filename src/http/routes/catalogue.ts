import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import {
  addStarterModules,
  catalogueOptions,
  createCatalogueModule,
  exportCatalogue,
  getCatalogueModule,
  importCatalogue,
  listCatalogue,
  replaceCatalogueModule,
  setModuleArchived,
} from "../../app/plans/catalogue";
import type { TAppContext } from "../../app/shared/context";
import {
  ZCatalogueImportProblem,
  ZCatalogueImportReport,
  ZCatalogueList,
  ZCatalogueModule,
  ZCatalogueOptions,
  ZCatalogueQuery,
  ZModuleInput,
  ZStarterAdded,
} from "../../contracts/catalogue";
import { ZLocale, ZProblem } from "../../contracts/common";
import { invalid } from "../../domain/shared/errors";
import { requireActor } from "../auth-middleware";
import { readerLocale } from "../reader-locale";
import type { THttpEnv } from "../env";
import { readUploadForm } from "../upload-form";
import { jsonBody, jsonContent, problems } from "../openapi";

const ZId = z.object({ id: z.string().min(1).max(200) });
const ZLang = z.object({ lang: ZLocale.optional() });
const ZImportForm = z.object({ file: z.any().openapi({ type: "string", format: "binary" }) });
const conflict = { 409: { ...problems[400], description: "Conflict: `field` names it" } };
/** An import's refusals: the file too large or unreadable. */
const fileErrors = { 413: { ...problems[400], description: "The file is too large" }, 422: { ...problems[400], description: "The file cannot be read as CSV or XLSX" } };

/** The development catalogue: read by every member, written by HR admins. */
export function catalogueRoutes(ctx: TAppContext) {
  const app = new OpenAPIHono<THttpEnv>();

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/catalogue",
      tags: ["catalogue"],
      description: "The organisation's modules; `includeArchived=true` (HR only) also lists archived ones.",
      request: { query: ZCatalogueQuery },
      responses: { 200: jsonContent(ZCatalogueList), ...problems },
    }),
    async (c) => {
      const query = c.req.valid("query");
      const list = await listCatalogue(ctx, requireActor(c), { includeArchived: query.includeArchived === "true", locale: readerLocale(c, query.lang) });
      return c.json(list, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/catalogue",
      tags: ["catalogue"],
      request: { query: ZLang, body: jsonBody(ZModuleInput) },
      responses: { 201: jsonContent(ZCatalogueModule, "Created"), ...problems, ...conflict },
    }),
    async (c) => c.json(await createCatalogueModule(ctx, requireActor(c), c.req.valid("json"), readerLocale(c, c.req.valid("query").lang)), 201),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/catalogue/options",
      tags: ["catalogue"],
      description: "Formats, challenges, talents and situations with names in the reader's language, and the organisation's currency.",
      request: { query: ZLang },
      responses: { 200: jsonContent(ZCatalogueOptions), ...problems },
    }),
    async (c) => c.json(await catalogueOptions(ctx, requireActor(c), readerLocale(c, c.req.valid("query").lang)), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/catalogue/starter",
      tags: ["catalogue"],
      description: "Copies the starter modules the organisation does not have yet.",
      responses: { 200: jsonContent(ZStarterAdded), ...problems, ...conflict },
    }),
    async (c) => c.json(await addStarterModules(ctx, requireActor(c)), 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/catalogue/export",
      tags: ["catalogue"],
      request: { query: z.object({ format: z.enum(["csv", "xlsx"]).default("csv") }) },
      responses: {
        200: {
          content: { "text/csv": { schema: z.string() }, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": { schema: z.string() } },
          description: "The catalogue as a flat table",
        },
        ...problems,
      },
    }),
    async (c) => {
      const file = await exportCatalogue(ctx, requireActor(c), c.req.valid("query").format);
      return c.body(file.body as Uint8Array<ArrayBuffer>, 200, {
        "content-type": file.contentType,
        "content-disposition": `attachment; filename="catalogue.${file.extension}"`,
        "cache-control": "no-store",
      });
    },
  );

  for (const [path, commit] of [
    ["/api/catalogue/import/preview", false],
    ["/api/catalogue/import", true],
  ] as const) {
    app.openapi(
      createRoute({
        method: "post",
        path,
        tags: ["catalogue"],
        description: commit
          ? "Upserts every module by id in one transaction; when any row is refused nothing is written (400 with `rowErrors`)."
          : "Checks the file and lists refused rows by line and column; writes nothing.",
        request: { body: { content: { "multipart/form-data": { schema: ZImportForm } }, required: true } },
        responses: {
          200: jsonContent(ZCatalogueImportReport),
          ...problems,
          ...fileErrors,
          400: { content: { "application/problem+json": { schema: z.union([ZCatalogueImportProblem, ZProblem]) } }, description: "Refused rows (import: `rowErrors`) or bad input" },
        },
      }),
      async (c) => {
        const actor = requireActor(c);
        const form = await readUploadForm(c).catch(() => {
          throw invalid("file", "send the file as multipart/form-data");
        });
        const file = form.file;
        if (!(file instanceof File)) throw invalid("file", "attach a CSV or XLSX file in the field 'file'");
        const report = await importCatalogue(ctx, actor, { bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name, commit });
        if (commit && !report.committed) {
          const first = report.errors[0];
          const problem = {
            type: "https://sterk.app/problems/validation",
            title: "Invalid input",
            status: 400,
            code: "VALIDATION",
            detail: `${report.errors.length} row(s) refused; nothing was imported${first ? ` (line ${first.row}, ${first.field}: ${first.message})` : ""}`,
            field: "file",
            errors: report.errors.map((e) => ({ field: `line ${e.row}: ${e.field}`, message: e.message })),
            rowErrors: report.errors,
          };
          return c.json(problem, 400, { "Content-Type": "application/problem+json; charset=utf-8" });
        }
        return c.json(report, 200);
      },
    );
  }

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/catalogue/{id}",
      tags: ["catalogue"],
      request: { params: ZId, query: ZLang },
      responses: { 200: jsonContent(ZCatalogueModule), ...problems },
    }),
    async (c) => c.json(await getCatalogueModule(ctx, requireActor(c), c.req.valid("param").id, readerLocale(c, c.req.valid("query").lang)), 200),
  );

  app.openapi(
    createRoute({
      method: "put",
      path: "/api/catalogue/{id}",
      tags: ["catalogue"],
      description: "Replaces the module (and restores it when archived).",
      request: { params: ZId, query: ZLang, body: jsonBody(ZModuleInput) },
      responses: { 200: jsonContent(ZCatalogueModule), ...problems },
    }),
    async (c) =>
      c.json(await replaceCatalogueModule(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("json"), readerLocale(c, c.req.valid("query").lang)), 200),
  );

  for (const [action, archived] of [
    ["archive", true],
    ["restore", false],
  ] as const) {
    app.openapi(
      createRoute({
        method: "post",
        path: `/api/catalogue/{id}/${action}`,
        tags: ["catalogue"],
        request: { params: ZId, query: ZLang },
        responses: { 200: jsonContent(ZCatalogueModule), ...problems },
      }),
      async (c) => c.json(await setModuleArchived(ctx, requireActor(c), c.req.valid("param").id, archived, readerLocale(c, c.req.valid("query").lang)), 200),
    );
  }

  return app;
}
