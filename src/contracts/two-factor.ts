import { z } from "zod";
import { ZOrgRole } from "./common";

/** A code from the authenticator app: six digits (spaces allowed, as apps show "123 456"). */
export const ZAuthenticatorCode = z
  .string()
  .trim()
  .regex(/^\d{3} ?\d{3}$/, "six digits");

/** A recovery code as printed (`abcd-efgh-jkmn-pqrs`), typed with or without dashes or spaces. */
export const ZRecoveryCode = z.string().trim().min(16).max(40);

/** Either an authenticator code or a recovery code (turning two-factor off after losing the phone). */
export const ZAnySecondFactor = z.string().trim().min(6).max(40);

export const ZTwoFactorStatus = z.object({
  enabled: z.boolean(),
  /** an organisation of the user requires two-factor of them: it cannot be turned off */
  required: z.boolean(),
  recoveryCodesLeft: z.number().int().min(0),
});
export type TTwoFactorStatus = z.infer<typeof ZTwoFactorStatus>;

export const ZTwoFactorSetup = z.object({
  /** the seed in base32, for typing into an app by hand */
  secret: z.string(),
  otpauthUri: z.string(),
  /** the otpauth:// address as an SVG QR code */
  qrSvg: z.string(),
});
export type TTwoFactorSetup = z.infer<typeof ZTwoFactorSetup>;

export const ZEnableTwoFactorRequest = z.strictObject({ code: ZAuthenticatorCode });

export const ZRecoveryCodes = z.object({ recoveryCodes: z.array(z.string()) });
export type TRecoveryCodes = z.infer<typeof ZRecoveryCodes>;

export const ZDisableTwoFactorRequest = z.strictObject({
  password: z.string().min(1).max(1024),
  code: ZAnySecondFactor,
});

export const ZRegenerateRecoveryCodesRequest = z.strictObject({ code: ZAuthenticatorCode });

/** The second step of signing in: a code from the app, or one recovery code. */
export const ZVerifyTwoFactorRequest = z.union([z.strictObject({ code: ZAuthenticatorCode }), z.strictObject({ recoveryCode: ZRecoveryCode })]);
export type TVerifyTwoFactorRequest = z.infer<typeof ZVerifyTwoFactorRequest>;

/** An organisation's security settings as HR sees them. */
export const ZOrganisationSecurity = z.object({
  requireTwoFactor: z.boolean(),
  /** the roles the requirement applies to (and the operator acting in the organisation) */
  appliesToRoles: z.array(ZOrgRole),
  /** active members with one of those roles who have not turned two-factor on yet */
  membersWithoutTwoFactor: z.number().int().min(0),
});
export type TOrganisationSecurity = z.infer<typeof ZOrganisationSecurity>;

export const ZOrganisationSecurityRequest = z.strictObject({ requireTwoFactor: z.boolean() });
export type TOrganisationSecurityRequest = z.infer<typeof ZOrganisationSecurityRequest>;
