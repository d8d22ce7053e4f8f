import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { z } from "zod";
import { getDiagnosisHeatmaps, getReliabilityReport } from "../../app/reports/build-diagnosis";
import { getMyReport, getPersonReport } from "../../app/reports/build-individual-report";
import { renderReportPdf } from "../../app/reports/pdf/render-report-pdf";
import { getMyReportSharing, updateMyReportSharing } from "../../app/reports/report-sharing";
import { getTeamStrengths } from "../../app/reports/build-team-strengths";
import { renderTeamStrengthsPdf } from "../../app/reports/pdf/render-team-strengths-pdf";
import { ZTeamStrengths, ZTeamStrengthsQuery } from "../../contracts/team-strengths";
import type { TAppContext } from "../../app/shared/context";
import { ZUuid } from "../../contracts/common";
import {
  type TIndividualReport,
  ZDiagnosisHeatmaps,
  ZIndividualReport,
  ZReliabilityReport,
  ZReportQuery,
  ZReportSharing,
  ZReportSharingInput,
} from "../../contracts/reports";
import { localeFromAcceptLanguage, type TLocale } from "../../domain/shared/locale";
import { requireActor } from "../auth-middleware";
import type { THttpEnv } from "../env";
import { jsonBody, jsonContent, problems } from "../openapi";

/** The reader's language: `?lang=`, else the signed-in user's own, else the browser's. */
function readerLocale(c: Context<THttpEnv>, lang: TLocale | undefined): TLocale {
  return lang ?? c.get("session")?.user.locale ?? localeFromAcceptLanguage(c.req.header("accept-language"));
}

const pdfResponse = {
  200: { content: { "application/pdf": { schema: z.string().openapi({ type: "string", format: "binary" }) } }, description: "The report as a PDF" },
  ...problems,
};

async function sendPdf(c: Context<THttpEnv>, report: TIndividualReport) {
  const bytes = await renderReportPdf(report);
  const slug = report.person.name.normalize("NFD").replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "").toLowerCase() || "report";
  return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
    "content-type": "application/pdf",
    "content-disposition": `attachment; filename="sterk-report-${slug}.pdf"`,
    "cache-control": "no-store",
  });
}

/** Individual reports (the person and whom they share with), report sharing, and HR's aggregate diagnosis. */
export function reportRoutes(ctx: TAppContext) {
  const app = new OpenAPIHono<THttpEnv>();
  const personParams = z.object({ personId: ZUuid });

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/reports/me",
      tags: ["reports"],
      description: "The signed-in person's own report, strengths first, in the reader's language.",
      request: { query: ZReportQuery },
      responses: { 200: jsonContent(ZIndividualReport), ...problems },
    }),
    async (c) => c.json(await getMyReport(ctx, requireActor(c), readerLocale(c, c.req.valid("query").lang)), 200),
  );

  app.openapi(
    createRoute({ method: "get", path: "/api/reports/me/pdf", tags: ["reports"], request: { query: ZReportQuery }, responses: pdfResponse }),
    async (c) => sendPdf(c, await getMyReport(ctx, requireActor(c), readerLocale(c, c.req.valid("query").lang))),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/reports/me/sharing",
      tags: ["reports"],
      responses: { 200: jsonContent(ZReportSharing), ...problems },
    }),
    async (c) => c.json(await getMyReportSharing(ctx, requireActor(c)), 200),
  );

  app.openapi(
    createRoute({
      method: "put",
      path: "/api/reports/me/sharing",
      tags: ["reports"],
      description: "Only the person chooses who besides them reads their report: their mentor, line manager, HR.",
      request: { body: jsonBody(ZReportSharingInput) },
      responses: { 200: jsonContent(ZReportSharing), ...problems },
    }),
    async (c) => c.json(await updateMyReportSharing(ctx, requireActor(c), c.req.valid("json")), 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/reports/people/{personId}",
      tags: ["reports"],
      description: "A person's report for the person or whom they shared it with; anyone else gets 404.",
      request: { params: personParams, query: ZReportQuery },
      responses: { 200: jsonContent(ZIndividualReport), ...problems },
    }),
    async (c) =>
      c.json(await getPersonReport(ctx, requireActor(c), c.req.valid("param").personId, readerLocale(c, c.req.valid("query").lang)), 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/reports/people/{personId}/pdf",
      tags: ["reports"],
      request: { params: personParams, query: ZReportQuery },
      responses: pdfResponse,
    }),
    async (c) => sendPdf(c, await getPersonReport(ctx, requireActor(c), c.req.valid("param").personId, readerLocale(c, c.req.valid("query").lang))),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/reports/team-strengths",
      tags: ["reports"],
      description:
        "The team strengths grid: a line manager's direct reports, or for HR any manager's team (?managerPersonId=) or department (?department=). Only members who share their report with the reader; nothing below 3 of them.",
      request: { query: ZTeamStrengthsQuery },
      responses: { 200: jsonContent(ZTeamStrengths), ...problems },
    }),
    async (c) => {
      const query = c.req.valid("query");
      return c.json(await getTeamStrengths(ctx, requireActor(c), query, readerLocale(c, query.lang)), 200);
    },
  );

  app.openapi(
    createRoute({ method: "get", path: "/api/reports/team-strengths/pdf", tags: ["reports"], request: { query: ZTeamStrengthsQuery }, responses: pdfResponse }),
    async (c) => {
      const query = c.req.valid("query");
      const grid = await getTeamStrengths(ctx, requireActor(c), query, readerLocale(c, query.lang));
      const bytes = await renderTeamStrengthsPdf(grid);
      const slug = grid.team.label.normalize("NFD").replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "").toLowerCase() || "team";
      return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
        "content-type": "application/pdf",
        "content-disposition": `attachment; filename="sterk-team-strengths-${slug}.pdf"`,
        "cache-control": "no-store",
      });
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/diagnosis/heatmaps",
      tags: ["diagnosis"],
      description: "Challenge and strengths heatmaps by department; a cell needs at least 5 people (complementary suppression).",
      request: { query: ZReportQuery },
      responses: { 200: jsonContent(ZDiagnosisHeatmaps), ...problems },
    }),
    async (c) => c.json(await getDiagnosisHeatmaps(ctx, requireActor(c), readerLocale(c, c.req.valid("query").lang)), 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/diagnosis/reliability",
      tags: ["diagnosis"],
      description: "Cronbach's α per scale on the organisation's latest completed assessments, from 30 complete respondents on.",
      request: { query: ZReportQuery },
      responses: { 200: jsonContent(ZReliabilityReport), ...problems },
    }),
    async (c) => c.json(await getReliabilityReport(ctx, requireActor(c), readerLocale(c, c.req.valid("query").lang)), 200),
  );

  return app;
}
