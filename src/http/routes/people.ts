import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { z } from "zod";
import { exportPeople } from "../../app/people/export-people";
import { importPeople } from "../../app/people/import-people";
import { createPerson, editPerson, getOrgChart, getPerson, searchPeople } from "../../app/people/manage-people";
import { pickPeople } from "../../app/people/pick-people";
import { MAX_IMPORT_BYTES } from "../../app/people/read-table-file";
import type { TAppContext } from "../../app/shared/context";
import { ZUuid } from "../../contracts/common";
import {
  ZColumnMapping,
  ZImportReport,
  ZOrgChart,
  ZPeoplePage,
  ZPeoplePickerQuery,
  ZPeopleQuery,
  ZPeopleToPick,
  ZPerson,
  ZPersonInput,
  ZPersonPatch,
} from "../../contracts/people";
import { DomainError, invalid } from "../../domain/shared/errors";
import { requireActor } from "../auth-middleware";
import type { THttpEnv } from "../env";
import { readUploadForm } from "../upload-form";
import { jsonBody, jsonContent, problems } from "../openapi";

const ZImportForm = z.object({
  file: z.any().openapi({ type: "string", format: "binary" }),
  mapping: z.string().optional().openapi({ description: "JSON object: column header -> person field or null" }),
});

const tooLarge = () => {
  throw new DomainError("PAYLOAD_TOO_LARGE", `the file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB`, "file");
};

async function readImportForm(form: Record<string, unknown>) {
  const file = form.file;
  if (!(file instanceof File)) throw invalid("file", "attach a CSV or XLSX file in the field 'file'");
  if (file.size > MAX_IMPORT_BYTES) tooLarge();
  let mapping: z.infer<typeof ZColumnMapping> | undefined;
  if (typeof form.mapping === "string" && form.mapping.trim() !== "") {
    let raw: unknown;
    try {
      raw = JSON.parse(form.mapping);
    } catch {
      throw invalid("mapping", "mapping is not valid JSON");
    }
    const parsed = ZColumnMapping.safeParse(raw);
    if (!parsed.success) throw invalid("mapping", parsed.error.issues[0]?.message ?? "invalid mapping");
    mapping = parsed.data;
  }
  return { bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name, mapping };
}

/** The people directory, org chart, import and export. */
export function peopleRoutes(ctx: TAppContext) {
  const app = new OpenAPIHono<THttpEnv>();
  const uploadLimit = bodyLimit({ maxSize: MAX_IMPORT_BYTES + 64 * 1024, onError: tooLarge });

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/people",
      tags: ["people"],
      request: { query: ZPeopleQuery },
      responses: { 200: jsonContent(ZPeoplePage), ...problems },
    }),
    async (c) => c.json(await searchPeople(ctx, requireActor(c), c.req.valid("query")), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/people",
      tags: ["people"],
      request: { body: jsonBody(ZPersonInput) },
      responses: { 201: jsonContent(ZPerson, "Created"), ...problems, 409: { ...problems[400], description: "The email is in use, or the manager would make a reporting cycle (`field` names it)" } },
    }),
    async (c) => c.json(await createPerson(ctx, requireActor(c), c.req.valid("json")), 201),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/people/picker",
      tags: ["people"],
      description:
        "Active people found by name or department, with name and department only (the pickers of 360 nominations, " +
        "mentoring, budgets and cohorts). Every member may search; emails are neither returned nor searched.",
      request: { query: ZPeoplePickerQuery },
      responses: { 200: jsonContent(ZPeopleToPick), ...problems },
    }),
    async (c) => c.json(await pickPeople(ctx, requireActor(c), c.req.valid("query")), 200),
  );

  app.openapi(
    createRoute({ method: "get", path: "/api/people/org-chart", tags: ["people"], responses: { 200: jsonContent(ZOrgChart), ...problems } }),
    async (c) => c.json(await getOrgChart(ctx, requireActor(c)), 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/people/export",
      tags: ["people"],
      request: { query: z.object({ format: z.enum(["csv", "xlsx"]).default("csv") }) },
      responses: {
        200: {
          content: { "text/csv": { schema: z.string() }, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": { schema: z.string() } },
          description: "The file",
        },
        ...problems,
      },
    }),
    async (c) => {
      const file = await exportPeople(ctx, requireActor(c), c.req.valid("query").format);
      return c.body(file.body as Uint8Array<ArrayBuffer>, 200, {
        "content-type": file.contentType,
        "content-disposition": `attachment; filename="people.${file.extension}"`,
        "cache-control": "no-store",
      });
    },
  );

  for (const [path, commit] of [
    ["/api/people/import/preview", false],
    ["/api/people/import", true],
  ] as const) {
    app.use(path, uploadLimit);
    app.openapi(
      createRoute({
        method: "post",
        path,
        tags: ["people"],
        description: commit
          ? "Writes every valid row in one transaction; rejected rows are listed by line and field."
          : "Checks the file and lists what an import would do; writes nothing.",
        request: { body: { content: { "multipart/form-data": { schema: ZImportForm } }, required: true } },
        responses: {
          200: jsonContent(ZImportReport),
          ...problems,
          413: { ...problems[400], description: "The file is too large or too complex" },
          422: { ...problems[400], description: "The file cannot be read as CSV or XLSX" },
        },
      }),
      async (c) => {
        const actor = requireActor(c);
        const form = await readUploadForm(c).catch(() => {
          throw invalid("file", "send the file as multipart/form-data");
        });
        const input = await readImportForm(form);
        return c.json(await importPeople(ctx, actor, { ...input, commit }), 200);
      },
    );
  }

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/people/{id}",
      tags: ["people"],
      request: { params: z.object({ id: ZUuid }) },
      responses: { 200: jsonContent(ZPerson), ...problems },
    }),
    async (c) => c.json(await getPerson(ctx, requireActor(c), c.req.valid("param").id), 200),
  );

  app.openapi(
    createRoute({
      method: "patch",
      path: "/api/people/{id}",
      tags: ["people"],
      request: { params: z.object({ id: ZUuid }), body: jsonBody(ZPersonPatch) },
      responses: { 200: jsonContent(ZPerson), ...problems },
    }),
    async (c) => c.json(await editPerson(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );

  return app;
}
