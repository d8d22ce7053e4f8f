import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import { answerEngagementRequest, getEngagementSettings, setEngagementSettings } from "../../app/mentoring/engagement-requests";
import { changeEngagementGoals, changeEngagementStatus, createEngagement, getEngagement, listMyEngagements } from "../../app/mentoring/manage-engagements";
import { createNote, editNote, getNote, listEngagementNotes, removeNote } from "../../app/mentoring/manage-notes";
import { addActionItem, addCheckIn, changeEnrolmentStatus, enrolInModule, getMenteeHome, markActionItem } from "../../app/mentoring/manage-progress";
import { acceptSession, cancelEngagementSession, changeSessionAgenda, downloadSessionIcs, markSessionHeld, moveSession, proposeEngagementSession } from "../../app/mentoring/manage-sessions";
import { getNudgePolicy, setNudgePolicy } from "../../app/mentoring/nudge-policy";
import { getCaseload, getParticipation } from "../../app/mentoring/overviews";
import { getMentorFeedback, getMentoringPreferences, setMentoringPreferences, submitClosureFeedback, submitReaction } from "../../app/mentoring/surveys-and-preferences";
import type { TAppContext } from "../../app/shared/context";
import { ZOk, ZProblem, ZUuid } from "../../contracts/common";
import {
  ZAcceptInput,
  ZActionItem,
  ZActionItemInput,
  ZActionItemPatch,
  ZAgendaInput,
  ZCancelSessionInput,
  ZCaseload,
  ZClosureInput,
  ZClosureResult,
  ZCheckIn,
  ZConsentInput,
  ZCheckInInput,
  ZEngagement,
  ZEngagementCreate,
  ZEngagementDetail,
  ZEngagementList,
  ZEngagementSettings,
  ZEngagementStatusInput,
  ZEnrolment,
  ZEnrolmentInput,
  ZEnrolmentStatusInput,
  ZGoalsInput,
  ZMenteeHome,
  ZMentorFeedbackView,
  ZMentoringPreferences,
  ZNote,
  ZNoteInput,
  ZNoteList,
  ZNudgePolicyInput,
  ZNudgePolicySettings,
  ZParticipation,
  ZProposeSessionInput,
  ZReactionInput,
  ZRescheduleInput,
  ZSession,
} from "../../contracts/mentoring";
import { requireActor } from "../auth-middleware";
import type { THttpEnv } from "../env";
import { jsonBody, jsonContent, problems } from "../openapi";

const ZId = z.object({ id: ZUuid });
const errors = {
  ...problems,
  409: { content: { "application/problem+json": { schema: ZProblem } }, description: "Not possible in the current state (status, double booking)" },
};
const tags = ["mentoring"];

/**
 * Mentoring managed as a project (issue 5): engagements, sessions with .ics invitations, notes, action
 * items, check-ins, enrolments and the overviews. Roles are checked in app/mentoring; engagements the
 * actor takes no part in answer 404, like another organisation's ids.
 */
export function mentoringRoutes(ctx: TAppContext) {
  const app = new OpenAPIHono<THttpEnv>();

  app.openapi(
    createRoute({ method: "get", path: "/api/mentoring/engagements", tags, responses: { 200: jsonContent(ZEngagementList), ...errors } }),
    async (c) => c.json(await listMyEngagements(ctx, requireActor(c)), 200),
  );
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/mentoring/engagements",
      tags,
      description:
        "HR for anyone (name the mentor). A mentor asks anyone in the directory who can sign in: the engagement stays proposed until the person accepts (and HR, when the organisation asks); the person is emailed. Goals default to the person's plan goals (for a mentor's request only when they already mentor the person).",
      request: { body: jsonBody(ZEngagementCreate) },
      responses: { 201: jsonContent(ZEngagement, "Created"), ...errors },
    }),
    async (c) => c.json(await createEngagement(ctx, requireActor(c), c.req.valid("json")), 201),
  );
  app.openapi(
    createRoute({ method: "get", path: "/api/mentoring/engagements/{id}", tags, request: { params: ZId }, responses: { 200: jsonContent(ZEngagementDetail), ...errors } }),
    async (c) => c.json(await getEngagement(ctx, requireActor(c), c.req.valid("param").id), 200),
  );
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/mentoring/engagements/{id}/status",
      tags,
      request: { params: ZId, body: jsonBody(ZEngagementStatusInput) },
      responses: { 200: jsonContent(ZEngagement), ...errors },
    }),
    async (c) => c.json(await changeEngagementStatus(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("json").action), 200),
  );
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/mentoring/engagements/{id}/consent",
      tags,
      description: "The person a mentor asked (or HR, when the organisation asks) accepts or declines; the last consent activates the engagement, a decline cancels it. The mentor is emailed.",
      request: { params: ZId, body: jsonBody(ZConsentInput) },
      responses: { 200: jsonContent(ZEngagement), ...errors },
    }),
    async (c) => c.json(await answerEngagementRequest(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("json").decision), 200),
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/mentoring/engagement-settings",
      tags,
      description: "HR admins and the operator: whether HR approves the engagements mentors start (default off).",
      responses: { 200: jsonContent(ZEngagementSettings), ...errors },
    }),
    async (c) => c.json(await getEngagementSettings(ctx, requireActor(c)), 200),
  );
  app.openapi(
    createRoute({
      method: "put",
      path: "/api/mentoring/engagement-settings",
      tags,
      description: "HR admins and the operator turn HR's approval of mentor-started engagements on or off; requests already made keep their consents.",
      request: { body: jsonBody(ZEngagementSettings) },
      responses: { 200: jsonContent(ZEngagementSettings), ...errors },
    }),
    async (c) => c.json(await setEngagementSettings(ctx, requireActor(c), c.req.valid("json")), 200),
  );
  app.openapi(
    createRoute({ method: "put", path: "/api/mentoring/engagements/{id}/goals", tags, request: { params: ZId, body: jsonBody(ZGoalsInput) }, responses: { 200: jsonContent(ZEngagement), ...errors } }),
    async (c) => c.json(await changeEngagementGoals(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("json").goals), 200),
  );

  // ---- sessions ----
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/mentoring/engagements/{id}/sessions",
      tags,
      description: "Propose 1–5 slots as local times (YYYY-MM-DDTHH:MM) in the engagement's time zone.",
      request: { params: ZId, body: jsonBody(ZProposeSessionInput) },
      responses: { 201: jsonContent(ZSession, "Created"), ...errors },
    }),
    async (c) => c.json(await proposeEngagementSession(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("json")), 201),
  );
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/mentoring/sessions/{id}/accept",
      tags,
      description: "The other party accepts one slot; both receive an invitation with an .ics (METHOD:REQUEST).",
      request: { params: ZId, body: jsonBody(ZAcceptInput) },
      responses: { 200: jsonContent(ZSession), ...errors },
    }),
    async (c) => c.json(await acceptSession(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("json").slotIndex), 200),
  );
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/mentoring/sessions/{id}/reschedule",
      tags,
      request: { params: ZId, body: jsonBody(ZRescheduleInput) },
      responses: { 200: jsonContent(ZSession), ...errors },
    }),
    async (c) => c.json(await moveSession(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("json").slot), 200),
  );
  app.openapi(
    createRoute({ method: "post", path: "/api/mentoring/sessions/{id}/cancel", tags, request: { params: ZId, body: jsonBody(ZCancelSessionInput) }, responses: { 200: jsonContent(ZSession), ...errors } }),
    async (c) => c.json(await cancelEngagementSession(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("json").reason), 200),
  );
  app.openapi(
    createRoute({ method: "post", path: "/api/mentoring/sessions/{id}/held", tags, request: { params: ZId }, responses: { 200: jsonContent(ZSession), ...errors } }),
    async (c) => c.json(await markSessionHeld(ctx, requireActor(c), c.req.valid("param").id), 200),
  );
  app.openapi(
    createRoute({ method: "put", path: "/api/mentoring/sessions/{id}/agenda", tags, request: { params: ZId, body: jsonBody(ZAgendaInput) }, responses: { 200: jsonContent(ZSession), ...errors } }),
    async (c) => c.json(await changeSessionAgenda(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("json").items), 200),
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/mentoring/sessions/{id}/ics",
      tags,
      request: { params: ZId },
      responses: { 200: { content: { "text/calendar": { schema: z.string() } }, description: "The session as an iCalendar object" }, ...errors },
    }),
    async (c) => {
      const body = await downloadSessionIcs(ctx, requireActor(c), c.req.valid("param").id);
      return c.body(body, 200, { "content-type": "text/calendar; charset=UTF-8", "content-disposition": 'attachment; filename="session.ics"' });
    },
  );

  // ---- notes ----
  app.openapi(
    createRoute({ method: "get", path: "/api/mentoring/engagements/{id}/notes", tags, request: { params: ZId }, responses: { 200: jsonContent(ZNoteList), ...errors } }),
    async (c) => c.json(await listEngagementNotes(ctx, requireActor(c), c.req.valid("param").id), 200),
  );
  app.openapi(
    createRoute({ method: "post", path: "/api/mentoring/engagements/{id}/notes", tags, request: { params: ZId, body: jsonBody(ZNoteInput) }, responses: { 201: jsonContent(ZNote, "Created"), ...errors } }),
    async (c) => c.json(await createNote(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("json")), 201),
  );
  app.openapi(
    createRoute({ method: "get", path: "/api/mentoring/notes/{id}", tags, request: { params: ZId }, responses: { 200: jsonContent(ZNote), ...errors } }),
    async (c) => c.json(await getNote(ctx, requireActor(c), c.req.valid("param").id), 200),
  );
  app.openapi(
    createRoute({ method: "put", path: "/api/mentoring/notes/{id}", tags, request: { params: ZId, body: jsonBody(ZNoteInput) }, responses: { 200: jsonContent(ZNote), ...errors } }),
    async (c) => c.json(await editNote(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );
  app.openapi(
    createRoute({ method: "delete", path: "/api/mentoring/notes/{id}", tags, request: { params: ZId }, responses: { 200: jsonContent(ZOk), ...errors } }),
    async (c) => {
      await removeNote(ctx, requireActor(c), c.req.valid("param").id);
      return c.json({ ok: true as const }, 200);
    },
  );

  // ---- action items, check-ins, enrolments ----
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/mentoring/engagements/{id}/action-items",
      tags,
      request: { params: ZId, body: jsonBody(ZActionItemInput) },
      responses: { 201: jsonContent(ZActionItem, "Created"), ...errors },
    }),
    async (c) => c.json(await addActionItem(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("json")), 201),
  );
  app.openapi(
    createRoute({ method: "patch", path: "/api/mentoring/action-items/{id}", tags, request: { params: ZId, body: jsonBody(ZActionItemPatch) }, responses: { 200: jsonContent(ZActionItem), ...errors } }),
    async (c) => c.json(await markActionItem(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("json").done), 200),
  );
  app.openapi(
    createRoute({ method: "post", path: "/api/mentoring/engagements/{id}/check-ins", tags, request: { params: ZId, body: jsonBody(ZCheckInInput) }, responses: { 201: jsonContent(ZCheckIn, "Created"), ...errors } }),
    async (c) => c.json(await addCheckIn(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("json")), 201),
  );
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/mentoring/enrolments",
      tags,
      description:
        "HR, the person or their mentor enrols the person in a module of their approved plan (planned). A module outside it needs HR's `override` with a reason (it joins the plan as a new approved version). " +
        "409 with `refusals` (not_in_approved_plan, over_person_budget, over_department_budget, over_hour_limit, each with budgetCents, spentCents, overByCents, hours, limitHours, currency) when the commitment is not allowed.",
      request: { body: jsonBody(ZEnrolmentInput) },
      responses: { 201: jsonContent(ZEnrolment, "Created"), ...errors },
    }),
    async (c) => c.json(await enrolInModule(ctx, requireActor(c), c.req.valid("json")), 201),
  );
  app.openapi(
    createRoute({ method: "post", path: "/api/mentoring/enrolments/{id}/status", tags, request: { params: ZId, body: jsonBody(ZEnrolmentStatusInput) }, responses: { 200: jsonContent(ZEnrolment), ...errors } }),
    async (c) => c.json(await changeEnrolmentStatus(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("json").action), 200),
  );

  // ---- overviews ----
  app.openapi(
    createRoute({ method: "get", path: "/api/me/mentoring-home", tags, description: "My plan, my next session, my next step.", responses: { 200: jsonContent(ZMenteeHome), ...errors } }),
    async (c) => c.json(await getMenteeHome(ctx, requireActor(c)), 200),
  );
  app.openapi(
    createRoute({ method: "get", path: "/api/mentoring/caseload", tags, description: "The mentor's open engagements.", responses: { 200: jsonContent(ZCaseload), ...errors } }),
    async (c) => c.json(await getCaseload(ctx, requireActor(c)), 200),
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/mentoring/participation",
      tags,
      description: "Counts and rates for HR, executives and the operator: no names, no notes.",
      responses: { 200: jsonContent(ZParticipation), ...errors },
    }),
    async (c) => c.json(await getParticipation(ctx, requireActor(c)), 200),
  );

  // ---- the organisation's nudge policy (HR) ----
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/mentoring/policy",
      tags,
      description: "HR admins and the operator: the organisation's reminder (nudge) policy in force, the deployment's default, and whether the organisation set its own.",
      responses: { 200: jsonContent(ZNudgePolicySettings), ...errors },
    }),
    async (c) => c.json(await getNudgePolicy(ctx, requireActor(c)), 200),
  );
  app.openapi(
    createRoute({
      method: "put",
      path: "/api/mentoring/policy",
      tags,
      description: "HR admins and the operator set the reminder policy: lead time before sessions, cadence of overdue and check-in reminders, quiet hours (HH:MM, null = none). A bad value answers 400 naming the field.",
      request: { body: jsonBody(ZNudgePolicyInput) },
      responses: { 200: jsonContent(ZNudgePolicySettings), ...errors },
    }),
    async (c) => c.json(await setNudgePolicy(ctx, requireActor(c), c.req.valid("json")), 200),
  );

  // ---- nudge preferences, surveys, closure ----
  app.openapi(
    createRoute({ method: "get", path: "/api/me/mentoring-preferences", tags, responses: { 200: jsonContent(ZMentoringPreferences), ...errors } }),
    async (c) => c.json(await getMentoringPreferences(ctx, requireActor(c)), 200),
  );
  app.openapi(
    createRoute({
      method: "put",
      path: "/api/me/mentoring-preferences",
      tags,
      description: "Turns mentoring reminder emails (nudges) on or off for the signed-in user.",
      request: { body: jsonBody(ZMentoringPreferences) },
      responses: { 200: jsonContent(ZMentoringPreferences), ...errors },
    }),
    async (c) => c.json(await setMentoringPreferences(ctx, requireActor(c), c.req.valid("json")), 200),
  );
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/mentoring/reactions",
      tags,
      description: "The mentee's reaction survey (1–5) after a held session or a done module; once.",
      request: { body: jsonBody(ZReactionInput) },
      responses: { 201: jsonContent(ZOk, "Recorded"), ...errors },
    }),
    async (c) => c.json(await submitReaction(ctx, requireActor(c), c.req.valid("json")), 201),
  );
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/mentoring/engagements/{id}/closure-feedback",
      tags,
      request: { params: ZId, body: jsonBody(ZClosureInput) },
      responses: { 201: jsonContent(ZClosureResult, "Recorded"), ...errors },
    }),
    async (c) => c.json(await submitClosureFeedback(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("json")), 201),
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/mentoring/feedback",
      tags,
      description: "The signed-in mentor's closure feedback, aggregated over at least 3 mentees (hidden below).",
      responses: { 200: jsonContent(ZMentorFeedbackView), ...errors },
    }),
    async (c) => c.json(await getMentorFeedback(ctx, requireActor(c)), 200),
  );

  return app;
}
