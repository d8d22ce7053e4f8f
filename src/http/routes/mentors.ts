import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { z } from "zod";
import { assignMentor, chooseMyMentor, getMatching, getMyMentorMatch } from "../../app/mentors/matching";
import { getMyMentorProfile, listMentors, saveMentorProfile, saveMyMentorProfile } from "../../app/mentors/mentor-profiles";
import type { TAppContext } from "../../app/shared/context";
import { ZUuid } from "../../contracts/common";
import {
  ZChooseMentorRequest,
  ZLangQuery,
  ZMatching,
  ZMatchingQuery,
  ZMentorAssignmentRequest,
  ZMentorList,
  ZMentorProfile,
  ZMentorProfileInput,
  ZMentorship,
  ZMyMentorMatch,
} from "../../contracts/mentors";
import { localeFromAcceptLanguage, type TLocale } from "../../domain/shared/locale";
import { requireActor } from "../auth-middleware";
import type { THttpEnv } from "../env";
import { jsonBody, jsonContent, problems } from "../openapi";

/** The reader's language: `?lang=`, else the signed-in user's own, else the browser's. */
function readerLocale(c: Context<THttpEnv>, lang: TLocale | undefined): TLocale {
  return lang ?? c.get("session")?.user.locale ?? localeFromAcceptLanguage(c.req.header("accept-language"));
}

const conflict = { 409: { ...problems[400], description: "Not allowed for this pair (line manager, capacity, not in the top three): `field` names it" } };

/** Mentor profiles, HR's matching proposal and overrides, and a person's choice among their top three. */
export function mentorRoutes(ctx: TAppContext) {
  const app = new OpenAPIHono<THttpEnv>();

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/me/mentor-profile",
      tags: ["mentors"],
      description: "The signed-in mentor's own matching profile (defaults until saved).",
      request: { query: ZLangQuery },
      responses: { 200: jsonContent(ZMentorProfile), ...problems },
    }),
    async (c) => c.json(await getMyMentorProfile(ctx, requireActor(c), readerLocale(c, c.req.valid("query").lang)), 200),
  );

  app.openapi(
    createRoute({
      method: "put",
      path: "/api/me/mentor-profile",
      tags: ["mentors"],
      request: { query: ZLangQuery, body: jsonBody(ZMentorProfileInput) },
      responses: { 200: jsonContent(ZMentorProfile), ...problems },
    }),
    async (c) => c.json(await saveMyMentorProfile(ctx, requireActor(c), c.req.valid("json"), readerLocale(c, c.req.valid("query").lang)), 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/mentors",
      tags: ["mentors"],
      description: "HR: every mentor of the organisation with their profile and current number of mentees.",
      request: { query: ZLangQuery },
      responses: { 200: jsonContent(ZMentorList), ...problems },
    }),
    async (c) => c.json(await listMentors(ctx, requireActor(c), readerLocale(c, c.req.valid("query").lang)), 200),
  );

  app.openapi(
    createRoute({
      method: "put",
      path: "/api/mentors/{userId}/profile",
      tags: ["mentors"],
      request: { params: z.object({ userId: ZUuid }), query: ZLangQuery, body: jsonBody(ZMentorProfileInput) },
      responses: { 200: jsonContent(ZMentorProfile), ...problems },
    }),
    async (c) =>
      c.json(await saveMentorProfile(ctx, requireActor(c), c.req.valid("param").userId, c.req.valid("json"), readerLocale(c, c.req.valid("query").lang)), 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/mentors/matching",
      tags: ["mentors"],
      description:
        "HR: a whole-pool proposal for everyone with a completed challenge scan and no active mentor — as many matched as possible, " +
        "then the highest total score, under capacities; never the person's own line manager.",
      request: { query: ZMatchingQuery },
      responses: { 200: jsonContent(ZMatching), ...problems },
    }),
    async (c) => {
      const query = c.req.valid("query");
      return c.json(await getMatching(ctx, requireActor(c), { excludeSameDepartment: query.excludeSameDepartment === "true" }, readerLocale(c, query.lang)), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/mentors/assignments",
      tags: ["mentors"],
      description: "HR override: makes any eligible mentor the person's mentor (ending the previous one).",
      request: { body: jsonBody(ZMentorAssignmentRequest) },
      responses: { 200: jsonContent(ZMentorship), ...problems, ...conflict },
    }),
    async (c) => {
      const body = c.req.valid("json");
      return c.json(await assignMentor(ctx, requireActor(c), body.personId, body.mentorUserId), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/me/mentor-match",
      tags: ["mentors"],
      description: "The signed-in person's three best-matching mentors with explained scores, and their current mentor.",
      request: { query: ZLangQuery },
      responses: { 200: jsonContent(ZMyMentorMatch), ...problems },
    }),
    async (c) => c.json(await getMyMentorMatch(ctx, requireActor(c), readerLocale(c, c.req.valid("query").lang)), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/me/mentor-match",
      tags: ["mentors"],
      description: "The person chooses one of their top three; a previous mentor is ended.",
      request: { body: jsonBody(ZChooseMentorRequest) },
      responses: { 200: jsonContent(ZMentorship), ...problems, ...conflict },
    }),
    async (c) => c.json(await chooseMyMentor(ctx, requireActor(c), c.req.valid("json").mentorUserId), 200),
  );

  return app;
}
