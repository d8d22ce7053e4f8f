import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import {
  completeMyAssessment,
  getItems,
  getMyAnswers,
  getMyAssessments,
  retakeMyAssessment,
  saveMyAnswers,
} from "../../app/assessments/my-assessments";
import type { TAppContext } from "../../app/shared/context";
import {
  ZAssessmentItems,
  ZAssessmentProgress,
  ZAssessmentState,
  ZInstrument,
  ZItemsQuery,
  ZMyAnswers,
  ZMyAssessments,
  ZSaveAnswersRequest,
} from "../../contracts/assessments";
import { requireActor } from "../auth-middleware";
import type { THttpEnv } from "../env";
import { jsonBody, jsonContent, problems } from "../openapi";

const ZInstrumentParam = z.object({ instrument: ZInstrument });
const conflict = { 409: { ...problems[400], description: "Conflicts with the assessment's state: `field` names it" } };
const tags = ["assessments"];

/** The signed-in person's own strengths questionnaire and challenge scan: state, items, autosave, completion, retake. */
export function assessmentRoutes(ctx: TAppContext) {
  const app = new OpenAPIHono<THttpEnv>();

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/assessments/me",
      tags,
      description: "Both instruments: status, progress and, once completed, the raw scores. Only for a user linked to a person in the organisation.",
      responses: { 200: jsonContent(ZMyAssessments), ...problems },
    }),
    async (c) => c.json(await getMyAssessments(ctx, requireActor(c)), 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/assessments/me/answers/{instrument}",
      tags,
      description: "My answers in the open attempt, to resume.",
      request: { params: ZInstrumentParam },
      responses: { 200: jsonContent(ZMyAnswers), ...problems },
    }),
    async (c) => c.json(await getMyAnswers(ctx, requireActor(c), c.req.valid("param").instrument), 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/assessments/{instrument}/items",
      tags,
      description: "The items in the requested language (else the user's, else the person's), with the answer labels.",
      request: { params: ZInstrumentParam, query: ZItemsQuery },
      responses: { 200: jsonContent(ZAssessmentItems), ...problems },
    }),
    async (c) => {
      const actor = requireActor(c);
      const user = c.get("session")?.user.locale ?? null;
      return c.json(await getItems(ctx, actor, c.req.valid("param").instrument, { requested: c.req.valid("query").lang, user }), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "put",
      path: "/api/assessments/{instrument}/answers",
      tags,
      description: "Autosave: merges the answers into the open attempt (opening one if none). 409 after completion until a retake.",
      request: { params: ZInstrumentParam, body: jsonBody(ZSaveAnswersRequest) },
      responses: { 200: jsonContent(ZAssessmentProgress), ...problems, ...conflict },
    }),
    async (c) => c.json(await saveMyAnswers(ctx, requireActor(c), c.req.valid("param").instrument, c.req.valid("json")), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/assessments/{instrument}/complete",
      tags,
      description: "Completes the open attempt once every item is answered (409 naming `answers` otherwise). Idempotent.",
      request: { params: ZInstrumentParam },
      responses: { 200: jsonContent(ZAssessmentState), ...problems, ...conflict },
    }),
    async (c) => c.json(await completeMyAssessment(ctx, requireActor(c), c.req.valid("param").instrument), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/assessments/{instrument}/retake",
      tags,
      description: "Opens a new, empty attempt; the completed profile stays current until it completes. Idempotent.",
      request: { params: ZInstrumentParam },
      responses: { 200: jsonContent(ZAssessmentProgress), ...problems },
    }),
    async (c) => c.json(await retakeMyAssessment(ctx, requireActor(c), c.req.valid("param").instrument), 200),
  );

  return app;
}
