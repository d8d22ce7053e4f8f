import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import { getAnonymitySettings, saveAnonymityThresholds } from "../../app/feedback/anonymity-settings";
import {
  approveCampaign,
  cancelCampaign,
  changeCloseDate,
  closeCampaign,
  createFeedbackCampaign,
  getFeedbackCampaign,
  launchCampaign,
  listFeedbackCampaigns,
  nominateRater,
  remindRaters,
  removeNominee,
  requestChanges,
  submitForApproval,
} from "../../app/feedback/manage-campaigns";
import type { TAppContext } from "../../app/shared/context";
import { ZProblem, ZUuid } from "../../contracts/common";
import {
  ZAnonymitySettings,
  ZAnonymityThresholdsInput,
  ZApprovalComment,
  ZCampaign,
  ZCampaignCreate,
  ZCampaignList,
  ZCampaignPatch,
  ZChangesRequest,
  ZNomineeInput,
  ZReminderResult,
} from "../../contracts/feedback";
import { requireActor } from "../auth-middleware";
import type { THttpEnv } from "../env";
import { jsonBody, jsonContent, problems } from "../openapi";

const ZId = z.object({ id: ZUuid });
const conflict = { 409: { content: { "application/problem+json": { schema: ZProblem } }, description: "Not possible in the campaign's current state" } };

/** 360° feedback campaigns: nomination, approval, launch, reminders, completion counts, and HR's anonymity thresholds. */
export function feedbackRoutes(ctx: TAppContext) {
  const app = new OpenAPIHono<THttpEnv>();

  app.openapi(
    createRoute({ method: "get", path: "/api/feedback/campaigns", tags: ["feedback"], responses: { 200: jsonContent(ZCampaignList), ...problems } }),
    async (c) => c.json(await listFeedbackCampaigns(ctx, requireActor(c)), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/feedback/campaigns",
      tags: ["feedback"],
      description: "HR starts a campaign about anyone; a person about themself (leave subjectPersonId out).",
      request: { body: jsonBody(ZCampaignCreate) },
      responses: { 201: jsonContent(ZCampaign, "Created"), ...problems },
    }),
    async (c) => c.json(await createFeedbackCampaign(ctx, requireActor(c), c.req.valid("json")), 201),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/feedback/settings",
      tags: ["feedback"],
      responses: { 200: jsonContent(ZAnonymitySettings), ...problems },
    }),
    async (c) => c.json(await getAnonymitySettings(ctx, requireActor(c)), 200),
  );

  app.openapi(
    createRoute({
      method: "put",
      path: "/api/feedback/settings",
      tags: ["feedback"],
      description: "HR raises anonymity thresholds; a value below Sterk's floor is refused (400 naming the field). Fields left out return to the floor.",
      request: { body: jsonBody(ZAnonymityThresholdsInput) },
      responses: { 200: jsonContent(ZAnonymitySettings), ...problems },
    }),
    async (c) => c.json(await saveAnonymityThresholds(ctx, requireActor(c), c.req.valid("json")), 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/feedback/campaigns/{id}",
      tags: ["feedback"],
      description: "Nominees before the launch; after it, only invited/answered counts per group.",
      request: { params: ZId },
      responses: { 200: jsonContent(ZCampaign), ...problems },
    }),
    async (c) => c.json(await getFeedbackCampaign(ctx, requireActor(c), c.req.valid("param").id), 200),
  );

  app.openapi(
    createRoute({
      method: "patch",
      path: "/api/feedback/campaigns/{id}",
      tags: ["feedback"],
      description: "A new close date, before the launch.",
      request: { params: ZId, body: jsonBody(ZCampaignPatch) },
      responses: { 200: jsonContent(ZCampaign), ...problems, ...conflict },
    }),
    async (c) => c.json(await changeCloseDate(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("json").closesAt), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/feedback/campaigns/{id}/nominees",
      tags: ["feedback"],
      description: "Nominates a rater from the directory (personId) or by name, email and language.",
      request: { params: ZId, body: jsonBody(ZNomineeInput) },
      responses: { 200: jsonContent(ZCampaign), ...problems, ...conflict },
    }),
    async (c) => c.json(await nominateRater(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: "/api/feedback/campaigns/{id}/nominees/{nomineeId}",
      tags: ["feedback"],
      request: { params: z.object({ id: ZUuid, nomineeId: ZUuid }) },
      responses: { 200: jsonContent(ZCampaign), ...problems, ...conflict },
    }),
    async (c) => {
      const { id, nomineeId } = c.req.valid("param");
      return c.json(await removeNominee(ctx, requireActor(c), id, nomineeId), 200);
    },
  );

  const transitions = [
    ["submit", "Sends the nominations for approval.", submitForApproval],
    ["launch", "Opens an approved campaign and emails every rater a personal link.", launchCampaign],
    ["close", "HR closes an open campaign early.", closeCampaign],
    ["cancel", "Cancels the campaign; links stop working.", cancelCampaign],
  ] as const;
  for (const [verb, description, action] of transitions) {
    app.openapi(
      createRoute({
        method: "post",
        path: `/api/feedback/campaigns/{id}/${verb}`,
        tags: ["feedback"],
        description,
        request: { params: ZId },
        responses: { 200: jsonContent(ZCampaign), ...problems, ...conflict },
      }),
      async (c) => c.json(await action(ctx, requireActor(c), c.req.valid("param").id), 200),
    );
  }

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/feedback/campaigns/{id}/approve",
      tags: ["feedback"],
      description: "The subject's line manager or HR approves the nominations.",
      request: { params: ZId, body: { ...jsonBody(ZApprovalComment), required: false } },
      responses: { 200: jsonContent(ZCampaign), ...problems, ...conflict },
    }),
    async (c) => c.json(await approveCampaign(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("json")?.comment), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/feedback/campaigns/{id}/request-changes",
      tags: ["feedback"],
      description: "The approver sends the nominations back, with a comment.",
      request: { params: ZId, body: jsonBody(ZChangesRequest) },
      responses: { 200: jsonContent(ZCampaign), ...problems, ...conflict },
    }),
    async (c) => c.json(await requestChanges(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("json").comment), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/feedback/campaigns/{id}/reminders",
      tags: ["feedback"],
      description: "Emails a reminder with a new link to each rater who has not submitted (not to anyone emailed in the last hour).",
      request: { params: ZId },
      responses: { 200: jsonContent(ZReminderResult), ...problems, ...conflict },
    }),
    async (c) => c.json(await remindRaters(ctx, requireActor(c), c.req.valid("param").id), 200),
  );

  return app;
}
