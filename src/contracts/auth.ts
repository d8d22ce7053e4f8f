import { z } from "zod";
import { ZLocale, ZOrgRole, ZUuid } from "./common";

export const ZSignInRequest = z.strictObject({
  email: z.string().trim().min(3).max(320),
  password: z.string().min(1).max(1024),
});
export type TSignInRequest = z.infer<typeof ZSignInRequest>;

export const ZOrganisationSummary = z.object({
  id: ZUuid,
  slug: z.string(),
  name: z.string(),
  roles: z.array(ZOrgRole),
  /** the person record that is this user in the organisation (memberships.person_id), if any */
  personId: ZUuid.nullable().optional(),
});
export type TOrganisationSummary = z.infer<typeof ZOrganisationSummary>;

export const ZSessionResponse = z.object({
  user: z.object({
    id: ZUuid,
    email: z.string(),
    displayName: z.string(),
    locale: ZLocale.nullable(),
    isOperator: z.boolean(),
  }),
  organisations: z.array(ZOrganisationSummary),
  currentOrganisation: ZOrganisationSummary.nullable(),
  csrfToken: z.string(),
  /**
   * "full" when signed in; "totp" when the password was right and the two-factor code is still due (no access yet,
   * `twoFactorRequired` is true); "totp_enrol" when the organisation requires two-factor and it is not set up yet.
   * Absent means "full".
   */
  stage: z.enum(["full", "totp", "totp_enrol"]).optional(),
  twoFactorRequired: z.boolean().optional(),
});
export type TSessionResponse = z.infer<typeof ZSessionResponse>;

export const ZSwitchOrganisationRequest = z.strictObject({ organisationId: ZUuid });

export const ZUpdateMeRequest = z.strictObject({ locale: ZLocale });

export const ZPasswordResetRequest = z.strictObject({ email: z.string().trim().min(3).max(320) });

/** Passwords: at least 10 characters; length beats composition rules (NIST SP 800-63B). */
export const ZNewPassword = z.string().min(10).max(1024);

export const ZPasswordResetConfirmRequest = z.strictObject({
  token: z.string().min(20).max(200),
  password: ZNewPassword,
});

// Accepting an invitation: ZAcceptInvitationRequest in contracts/invitations.ts (the password is optional there).

export const ZInvitationRequest = z.strictObject({
  email: z.email().max(320),
  displayName: z.string().trim().min(1).max(200),
  roles: z.array(ZOrgRole).min(1),
  locale: ZLocale.default("nl"),
});
export type TInvitationRequest = z.infer<typeof ZInvitationRequest>;

/** Changing one's own password: the current one proves it is the account holder; other sessions end. */
export const ZChangePasswordRequest = z.strictObject({
  currentPassword: z.string().min(1).max(1024),
  newPassword: ZNewPassword,
  /** also revoke every API token of the account */
  revokeApiTokens: z.boolean().optional(),
});
export type TChangePasswordRequest = z.infer<typeof ZChangePasswordRequest>;
