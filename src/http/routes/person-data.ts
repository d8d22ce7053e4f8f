import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { erasePerson } from "../../app/gdpr/erase-person";
import { exportPersonData } from "../../app/gdpr/export-person-data";
import { renderPersonDataPdf } from "../../app/gdpr/render-person-data-pdf";
import type { TAppContext } from "../../app/shared/context";
import { ZUuid } from "../../contracts/common";
import { ZPersonDataExport, ZPersonDataExportQuery, ZPersonEraseInput, ZPersonErasure } from "../../contracts/person-data";
import { localeFromAcceptLanguage, type TLocale } from "../../domain/shared/locale";
import { requireActor } from "../auth-middleware";
import type { THttpEnv } from "../env";
import { jsonBody, problems } from "../openapi";

const params = z.object({ id: ZUuid });

/** The reader's language: `?language=`, else the signed-in user's own, else the browser's. */
function readerLocale(c: Context<THttpEnv>, language: TLocale | undefined): TLocale {
  return language ?? (c.get("session")?.user.locale as TLocale | undefined) ?? localeFromAcceptLanguage(c.req.header("accept-language"));
}

/** Person-level GDPR for HR (and the operator): export everything held about a person, and erase a person (decision 0021). */
export function personDataRoutes(ctx: TAppContext) {
  const app = new OpenAPIHono<THttpEnv>();

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/people/{id}/data-export",
      tags: ["people"],
      description: "Everything Sterk holds about the person (JSON, or a readable PDF with ?format=pdf). HR admins and the operator only.",
      request: { params, query: ZPersonDataExportQuery },
      responses: {
        200: {
          content: {
            "application/json": { schema: ZPersonDataExport },
            "application/pdf": { schema: z.string().openapi({ type: "string", format: "binary" }) },
          },
          description: "The person's data",
        },
        ...problems,
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const query = c.req.valid("query");
      const data = await exportPersonData(ctx, requireActor(c), id);
      const headers = { "cache-control": "no-store", "content-disposition": `attachment; filename="sterk-person-data-${data.person.employeeNumber.replace(/[^A-Za-z0-9._-]+/g, "-")}.${query.format}"` };
      if (query.format === "pdf") {
        const bytes = await renderPersonDataPdf(data, readerLocale(c, query.language));
        return c.body(bytes as Uint8Array<ArrayBuffer>, 200, { ...headers, "content-type": "application/pdf" });
      }
      return c.json(data, 200, headers);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/people/{id}/erase",
      tags: ["people"],
      description:
        "Erases the person (profile, answers, plans, notes they wrote, measure values, account and sessions) in one transaction, logged without the erased data. Type the person's employee number or full name in `confirmation`. Erasing again answers the first erasure.",
      request: { params, body: jsonBody(ZPersonEraseInput) },
      responses: {
        200: { content: { "application/json": { schema: ZPersonErasure } }, description: "Erased (or erased before)" },
        ...problems,
        409: { ...problems[400], description: "The person mentors other people's engagements: reassign them first" },
      },
    }),
    async (c) => {
      const erasure = await erasePerson(ctx, requireActor(c), c.req.valid("param").id, { confirmation: c.req.valid("json").confirmation, via: "api" });
      return c.json(erasure, 200);
    },
  );

  return app;
}
