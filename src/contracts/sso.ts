import { z } from "zod";
import { DOMAIN_PATTERN } from "../domain/identity/sso-email";

/** An allowed email domain: lower-case, at least two labels ("acme.be"). */
export const ZSsoDomain = z
  .string()
  .max(253)
  .regex(DOMAIN_PATTERN, "must be a lower-case domain such as acme.be");

/** An organisation's OpenID Connect settings as HR edits them; the client secret is write-only. */
export const ZSsoSettingsInput = z.strictObject({
  issuer: z.url({ protocol: /^https?$/ }).max(500),
  clientId: z.string().trim().min(1).max(500),
  /** omit to keep the stored secret; required when none is stored yet */
  clientSecret: z.string().min(1).max(2000).optional(),
  allowedDomains: z
    .array(ZSsoDomain)
    .min(1)
    .max(50)
    .refine((d) => new Set(d).size === d.length, "each domain once"),
  ssoOnly: z.boolean(),
  enabled: z.boolean(),
});
export type TSsoSettingsInput = z.infer<typeof ZSsoSettingsInput>;

/** What HR reads back: never the client secret, only whether one is set. */
export const ZSsoSettings = z.object({
  configured: z.boolean(),
  issuer: z.string().nullable(),
  clientId: z.string().nullable(),
  clientSecretSet: z.boolean(),
  allowedDomains: z.array(z.string()),
  ssoOnly: z.boolean(),
  enabled: z.boolean(),
  /** register this at the identity provider */
  redirectUri: z.string(),
  updatedAt: z.string().nullable(),
});
export type TSsoSettings = z.infer<typeof ZSsoSettings>;

/** Starts a sign-in: by the email's domain, or by the organisation's slug. */
export const ZSsoStartRequest = z
  .strictObject({
    email: z.string().trim().min(3).max(320).optional(),
    organisation: z.string().trim().min(1).max(100).optional(),
    /** where the web app goes after signing in: a path within Sterk */
    returnTo: z.string().max(512).optional(),
  })
  .refine((v) => (v.email === undefined) !== (v.organisation === undefined), { message: "give your email address (or the organisation)", path: ["email"] });
export type TSsoStartRequest = z.infer<typeof ZSsoStartRequest>;

export const ZSsoStartResponse = z.object({ redirectUrl: z.string() });
