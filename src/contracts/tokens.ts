import { z } from "zod";
import { ZUuid, zText } from "./common";

/** "api": acts as its user at /api; "scim": provisions the organisation's directory at /scim/v2 only. */
export const ZTokenScope = z.enum(["api", "scim"]);
export type TTokenScope = z.infer<typeof ZTokenScope>;
export const TOKEN_EXPIRY_DAYS = { min: 1, max: 365, default: 90 } as const;

export const ZCreateTokenRequest = z.strictObject({
  name: zText().trim().min(1).max(100),
  scope: ZTokenScope.default("api"),
  expiresInDays: z.number().int().min(TOKEN_EXPIRY_DAYS.min).max(TOKEN_EXPIRY_DAYS.max).default(TOKEN_EXPIRY_DAYS.default),
});
export type TCreateTokenRequest = z.input<typeof ZCreateTokenRequest>;
export const ZApiToken = z.object({
  id: ZUuid,
  name: z.string(),
  scope: ZTokenScope,
  createdAt: z.string(),
  expiresAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type TApiToken = z.infer<typeof ZApiToken>;
/** The secret is returned once, at creation, and never again. */
export const ZCreatedToken = ZApiToken.extend({ token: z.string() });
export const ZApiTokenList = z.object({ items: z.array(ZApiToken) });
