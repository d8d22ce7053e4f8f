import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import { getDashboard } from "../../app/evaluation/dashboard";
import { getProgrammeEvaluation } from "../../app/evaluation/evaluate-programme";
import {
  addCohort,
  addCost,
  createProgramme,
  editCohort,
  editCost,
  editProgramme,
  removeCohort,
  removeCost,
  removeParticipantTime,
  removeProgramme,
  setCohortMembers,
  setParticipantTime,
  setProgrammeMeasures,
} from "../../app/evaluation/manage-programmes";
import { getCohortMembers, getProgramme, listProgrammeSummaries } from "../../app/evaluation/read-programme";
import type { TAppContext } from "../../app/shared/context";
import { ZOk, ZUuid } from "../../contracts/common";
import {
  ZCohortInput,
  ZCohortMembers,
  ZCohortMembersInput,
  ZCostInput,
  ZDashboard,
  ZEvaluationQuery,
  ZParticipantTimeInput,
  ZProgramme,
  ZProgrammeEvaluation,
  ZProgrammeInput,
  ZProgrammeList,
  ZProgrammeMeasuresInput,
} from "../../contracts/evaluation";
import { requireActor } from "../auth-middleware";
import { readerLocale } from "../reader-locale";
import type { THttpEnv } from "../env";
import { jsonBody, jsonContent, problems } from "../openapi";

const tags = ["evaluation"];
const errors = { ...problems, 409: problems[400] };
const ZId = z.object({ id: ZUuid });
const ZCohortParams = z.object({ id: ZUuid, cohortId: ZUuid });
const ZCostParams = z.object({ id: ZUuid, costId: ZUuid });

/** Programmes under evaluation, their cohorts, costs and measures, the evaluation and the executive dashboard (issue 6). */
export function evaluationRoutes(ctx: TAppContext) {
  const app = new OpenAPIHono<THttpEnv>();

  app.openapi(
    createRoute({ method: "get", path: "/api/programmes", tags, responses: { 200: jsonContent(ZProgrammeList), ...errors } }),
    async (c) => c.json(await listProgrammeSummaries(ctx, requireActor(c)), 200),
  );
  app.openapi(
    createRoute({ method: "post", path: "/api/programmes", tags, request: { body: jsonBody(ZProgrammeInput) }, responses: { 201: jsonContent(ZProgramme, "Created"), ...errors } }),
    async (c) => c.json(await createProgramme(ctx, requireActor(c), c.req.valid("json")), 201),
  );
  app.openapi(
    createRoute({ method: "get", path: "/api/programmes/{id}", tags, request: { params: ZId }, responses: { 200: jsonContent(ZProgramme), ...errors } }),
    async (c) => c.json(await getProgramme(ctx, requireActor(c), c.req.valid("param").id), 200),
  );
  app.openapi(
    createRoute({
      method: "put",
      path: "/api/programmes/{id}",
      tags,
      description: "Replaces the programme's own fields. Changing the currency while costs exist is a 409 naming `currency`.",
      request: { params: ZId, body: jsonBody(ZProgrammeInput) },
      responses: { 200: jsonContent(ZProgramme), ...errors },
    }),
    async (c) => c.json(await editProgramme(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );
  app.openapi(
    createRoute({ method: "delete", path: "/api/programmes/{id}", tags, request: { params: ZId }, responses: { 200: jsonContent(ZOk), ...errors } }),
    async (c) => {
      await removeProgramme(ctx, requireActor(c), c.req.valid("param").id);
      return c.json({ ok: true as const }, 200);
    },
  );

  app.openapi(
    createRoute({ method: "post", path: "/api/programmes/{id}/cohorts", tags, request: { params: ZId, body: jsonBody(ZCohortInput) }, responses: { 201: jsonContent(ZProgramme, "Created"), ...errors } }),
    async (c) => c.json(await addCohort(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("json")), 201),
  );
  app.openapi(
    createRoute({ method: "put", path: "/api/programmes/{id}/cohorts/{cohortId}", tags, request: { params: ZCohortParams, body: jsonBody(ZCohortInput) }, responses: { 200: jsonContent(ZProgramme), ...errors } }),
    async (c) => {
      const p = c.req.valid("param");
      return c.json(await editCohort(ctx, requireActor(c), p.id, p.cohortId, c.req.valid("json")), 200);
    },
  );
  app.openapi(
    createRoute({ method: "delete", path: "/api/programmes/{id}/cohorts/{cohortId}", tags, request: { params: ZCohortParams }, responses: { 200: jsonContent(ZProgramme), ...errors } }),
    async (c) => {
      const p = c.req.valid("param");
      return c.json(await removeCohort(ctx, requireActor(c), p.id, p.cohortId), 200);
    },
  );
  app.openapi(
    createRoute({ method: "get", path: "/api/programmes/{id}/cohorts/{cohortId}/members", tags, request: { params: ZCohortParams }, responses: { 200: jsonContent(ZCohortMembers), ...errors } }),
    async (c) => {
      const p = c.req.valid("param");
      return c.json(await getCohortMembers(ctx, requireActor(c), p.id, p.cohortId), 200);
    },
  );
  app.openapi(
    createRoute({
      method: "put",
      path: "/api/programmes/{id}/cohorts/{cohortId}/members",
      tags,
      description: "Replaces the cohort's members: people of the organisation (400 naming `personIds[i]`), in no other cohort of the programme (409 naming `personIds[i]`).",
      request: { params: ZCohortParams, body: jsonBody(ZCohortMembersInput) },
      responses: { 200: jsonContent(ZProgramme), ...errors },
    }),
    async (c) => {
      const p = c.req.valid("param");
      return c.json(await setCohortMembers(ctx, requireActor(c), p.id, p.cohortId, c.req.valid("json").personIds), 200);
    },
  );
  app.openapi(
    createRoute({
      method: "put",
      path: "/api/programmes/{id}/cohorts/{cohortId}/participant-time",
      tags,
      request: { params: ZCohortParams, body: jsonBody(ZParticipantTimeInput) },
      responses: { 200: jsonContent(ZProgramme), ...errors },
    }),
    async (c) => {
      const p = c.req.valid("param");
      return c.json(await setParticipantTime(ctx, requireActor(c), p.id, p.cohortId, c.req.valid("json")), 200);
    },
  );
  app.openapi(
    createRoute({ method: "delete", path: "/api/programmes/{id}/cohorts/{cohortId}/participant-time", tags, request: { params: ZCohortParams }, responses: { 200: jsonContent(ZProgramme), ...errors } }),
    async (c) => {
      const p = c.req.valid("param");
      return c.json(await removeParticipantTime(ctx, requireActor(c), p.id, p.cohortId), 200);
    },
  );

  app.openapi(
    createRoute({ method: "post", path: "/api/programmes/{id}/costs", tags, request: { params: ZId, body: jsonBody(ZCostInput) }, responses: { 201: jsonContent(ZProgramme, "Created"), ...errors } }),
    async (c) => c.json(await addCost(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("json")), 201),
  );
  app.openapi(
    createRoute({ method: "put", path: "/api/programmes/{id}/costs/{costId}", tags, request: { params: ZCostParams, body: jsonBody(ZCostInput) }, responses: { 200: jsonContent(ZProgramme), ...errors } }),
    async (c) => {
      const p = c.req.valid("param");
      return c.json(await editCost(ctx, requireActor(c), p.id, p.costId, c.req.valid("json")), 200);
    },
  );
  app.openapi(
    createRoute({ method: "delete", path: "/api/programmes/{id}/costs/{costId}", tags, request: { params: ZCostParams }, responses: { 200: jsonContent(ZProgramme), ...errors } }),
    async (c) => {
      const p = c.req.valid("param");
      return c.json(await removeCost(ctx, requireActor(c), p.id, p.costId), 200);
    },
  );
  app.openapi(
    createRoute({ method: "put", path: "/api/programmes/{id}/measures", tags, request: { params: ZId, body: jsonBody(ZProgrammeMeasuresInput) }, responses: { 200: jsonContent(ZProgramme), ...errors } }),
    async (c) => c.json(await setProgrammeMeasures(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("json").measureIds), 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/programmes/{id}/evaluation",
      tags,
      description: "Levels 1–4, costs, benefits and the ROI with its interval per cohort, every step explained in `locale`. Cached while the data is unchanged (at most 10 minutes); `fresh=1` recomputes.",
      request: { params: ZId, query: ZEvaluationQuery },
      responses: { 200: jsonContent(ZProgrammeEvaluation), ...errors },
    }),
    async (c) => {
      const query = c.req.valid("query");
      return c.json(await getProgrammeEvaluation(ctx, requireActor(c), c.req.valid("param").id, readerLocale(c, query.locale), { fresh: query.fresh === "1" }), 200);
    },
  );
  app.openapi(
    createRoute({ method: "get", path: "/api/evaluation/dashboard", tags, responses: { 200: jsonContent(ZDashboard), ...errors } }),
    async (c) => c.json(await getDashboard(ctx, requireActor(c)), 200),
  );

  return app;
}
