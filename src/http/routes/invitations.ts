import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import { inspectInvitation } from "../../app/invitations/accept-invitation";
import { inviteByEmail } from "../../app/invitations/invite-by-email";
import { invitePeople } from "../../app/invitations/invite-people";
import { linkPersonAccount, listOrganisationMembers, unlinkPersonAccount } from "../../app/invitations/link-person-account";
import { resendInvitation } from "../../app/invitations/resend-invitation";
import { revokeInvitation } from "../../app/invitations/revoke-invitation";
import type { TAppContext } from "../../app/shared/context";
import { ZInvitationRequest } from "../../contracts/auth";
import { ZProblem, ZUuid } from "../../contracts/common";
import {
  ZInspectInvitationRequest,
  ZInvitationInspection,
  ZInvitationResult,
  ZInvitePeopleRequest,
  ZInvitePeopleResult,
  ZLinkAccountRequest,
  ZMemberList,
  ZMembersQuery,
  ZPersonAccount,
} from "../../contracts/invitations";
import { requireActor } from "../auth-middleware";
import type { THttpEnv } from "../env";
import { jsonBody, jsonContent, problems, tooManyRequests } from "../openapi";

const conflict = {
  409: { content: { "application/problem+json": { schema: ZProblem } }, description: "Conflicts with the current state; `field` names the culprit" },
};
const withId = z.object({ id: ZUuid });

/** Invitations (by email, from the directory, resend, revoke), the person–account link, members, and the public inspect. */
export function invitationRoutes(ctx: TAppContext) {
  const app = new OpenAPIHono<THttpEnv>();

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/invitations",
      tags: ["invitations"],
      description:
        "Invite by email (mentors, HR, externals). An account that can sign in already gains the membership and a note, never a link.",
      request: { body: jsonBody(ZInvitationRequest) },
      responses: { 201: jsonContent(ZInvitationResult, "Invited or notified"), ...problems, ...conflict },
    }),
    async (c) => c.json(await inviteByEmail(ctx, requireActor(c), c.req.valid("json")), 201),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/invitations/people",
      tags: ["invitations"],
      description: "Invite people of the directory: exactly one of personIds and filter. One transaction.",
      request: { body: jsonBody(ZInvitePeopleRequest) },
      responses: { 200: jsonContent(ZInvitePeopleResult), ...problems },
    }),
    async (c) => c.json(await invitePeople(ctx, requireActor(c), c.req.valid("json")), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/invitations/{id}/resend",
      tags: ["invitations"],
      description: "A new link (the old one stops working) with a renewed expiry; at most once per 10 minutes.",
      request: { params: withId },
      responses: { 200: jsonContent(ZPersonAccount), ...problems, ...conflict },
    }),
    async (c) => c.json(await resendInvitation(ctx, requireActor(c), c.req.valid("param").id), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/invitations/{id}/revoke",
      tags: ["invitations"],
      request: { params: withId },
      responses: { 200: jsonContent(ZPersonAccount), ...problems, ...conflict },
    }),
    async (c) => c.json(await revokeInvitation(ctx, requireActor(c), c.req.valid("param").id), 200),
  );

  app.openapi(
    createRoute({
      method: "put",
      path: "/api/people/{id}/account",
      tags: ["invitations"],
      description: "Link the person to an account that is a member of this organisation without a person.",
      request: { params: withId, body: jsonBody(ZLinkAccountRequest) },
      responses: { 200: jsonContent(ZPersonAccount), ...problems, ...conflict },
    }),
    async (c) => c.json(await linkPersonAccount(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("json").userId), 200),
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: "/api/people/{id}/account",
      tags: ["invitations"],
      request: { params: withId },
      responses: { 200: jsonContent(ZPersonAccount), ...problems },
    }),
    async (c) => c.json(await unlinkPersonAccount(ctx, requireActor(c), c.req.valid("param").id), 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/organisation/members",
      tags: ["invitations"],
      request: { query: ZMembersQuery },
      responses: { 200: jsonContent(ZMemberList), ...problems },
    }),
    async (c) => {
      const unlinked = c.req.valid("query").unlinked === "true";
      return c.json({ items: await listOrganisationMembers(ctx, requireActor(c), unlinked) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/auth/invitations/inspect",
      tags: ["auth"],
      description: "What an invitation link is for, before accepting it. Unknown, expired, used and revoked links get one identical 400.",
      request: { body: jsonBody(ZInspectInvitationRequest) },
      responses: { 200: jsonContent(ZInvitationInspection), 400: problems[400], ...tooManyRequests },
    }),
    async (c) => c.json(await inspectInvitation(ctx, c.req.valid("json")), 200),
  );

  return app;
}
