import { z } from "zod";
import { ZNewPassword } from "./auth";
import { ZLocale, ZOrgRole, ZUuid } from "./common";

const ZInstant = z.iso.datetime({ offset: true });

/**
 * A person's account in the organisation: none (no membership, no pending invitation), invited
 * (pending, not expired), expired (pending past its expiry), active (a linked membership that is not
 * deactivated and whose account can sign in), deactivated (person inactive or membership deactivated).
 */
export const ZAccountState = z.enum(["none", "invited", "active", "expired", "deactivated"]);
export type TAccountState = z.infer<typeof ZAccountState>;

export const ZPersonAccount = z.object({
  state: ZAccountState,
  /** the linked account (memberships.user_id), else the invited one */
  userId: ZUuid.nullable(),
  /** the pending (or expired) invitation, the one resend and revoke act on */
  invitationId: ZUuid.nullable(),
  lastSentAt: ZInstant.nullable(),
  expiresAt: ZInstant.nullable(),
  sendCount: z.number().int(),
  /** roles of the linked membership, else of the pending invitation */
  roles: z.array(ZOrgRole),
});
export type TPersonAccount = z.infer<typeof ZPersonAccount>;

/** The account states HR can invite by in a filter. */
export const ZInvitableState = z.enum(["none", "expired"]);

export const ZInvitePeopleFilter = z.strictObject({
  department: z.string().trim().min(1).max(200).optional(),
  /** depth in the org tree: 1 = people without a manager */
  level: z.number().int().min(1).max(50).optional(),
  /** "none": everyone not yet invited; "expired": everyone whose invitation lapsed */
  accountState: ZInvitableState.optional(),
  /** only people who lead others (someone has them as manager) */
  managersOnly: z.boolean().optional(),
});
export type TInvitePeopleFilter = z.infer<typeof ZInvitePeopleFilter>;

/** Invite people from the directory: exactly one of personIds and filter. */
export const ZInvitePeopleRequest = z
  .strictObject({
    personIds: z.array(ZUuid).min(1).max(2000).optional(),
    filter: ZInvitePeopleFilter.optional(),
    roles: z.array(ZOrgRole).min(1).max(4).default(["manager"]),
  })
  .superRefine((value, issue) => {
    const given = Number(value.personIds !== undefined) + Number(value.filter !== undefined);
    if (given !== 1) {
      issue.addIssue({
        code: "custom",
        path: [value.personIds === undefined ? "personIds" : "filter"],
        message: "give exactly one of personIds and filter",
      });
    }
  });
export type TInvitePeopleRequest = z.infer<typeof ZInvitePeopleRequest>;

export const ZInviteSkipReason = z.enum(["inactive", "already_active", "no_email", "already_invited"]);
export type TInviteSkipReason = z.infer<typeof ZInviteSkipReason>;

export const ZInvitePeopleResult = z.object({
  /** a new "set your password" link was sent */
  invited: z.number().int(),
  /** an existing account was added to the organisation and told */
  notified: z.number().int(),
  skipped: z.array(z.object({ personId: ZUuid, reason: ZInviteSkipReason })),
});
export type TInvitePeopleResult = z.infer<typeof ZInvitePeopleResult>;

/** The answer to POST /api/invitations (by email). */
export const ZInvitationResult = z.object({
  ok: z.literal(true),
  /** "invited": a link was sent; "notified": an existing account gained the membership and was told */
  outcome: z.enum(["invited", "notified"]),
  /** the person of the organisation with this email, if any */
  personId: ZUuid.nullable(),
  invitationId: ZUuid.nullable(),
});
export type TInvitationResult = z.infer<typeof ZInvitationResult>;

/** PUT /api/people/{id}/account: link an account that is already a member without a person. */
export const ZLinkAccountRequest = z.strictObject({ userId: ZUuid });

export const ZMembersQuery = z.strictObject({ unlinked: z.enum(["true", "false"]).optional() });

export const ZMember = z.object({
  userId: ZUuid,
  email: z.string(),
  displayName: z.string(),
  roles: z.array(ZOrgRole),
  personId: ZUuid.nullable(),
});
export type TMember = z.infer<typeof ZMember>;
export const ZMemberList = z.object({ items: z.array(ZMember) });

export const ZInvitationToken = z.string().min(20).max(200);

export const ZInspectInvitationRequest = z.strictObject({ token: ZInvitationToken });

export const ZInvitationInspection = z.object({
  organisation: z.object({ name: z.string() }),
  email: z.string(),
  displayName: z.string(),
  locale: ZLocale,
  /** the account has no password yet: the page asks for one */
  needsPassword: z.boolean(),
  /** the organisation signs in with its company account only: no password is asked */
  ssoOnly: z.boolean(),
});
export type TInvitationInspection = z.infer<typeof ZInvitationInspection>;

/** Accept an invitation; the password is required when inspect said needsPassword. */
export const ZAcceptInvitationRequest = z.strictObject({
  token: ZInvitationToken,
  password: ZNewPassword.optional(),
});
export type TAcceptInvitationRequest = z.infer<typeof ZAcceptInvitationRequest>;
