import { z } from "zod";
import { ZUuid } from "./common";

export const ZCreateTokenRequest = z.strictObject({ name: z.string().trim().min(1).max(100) });
export const ZApiToken = z.object({
  id: ZUuid,
  name: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type TApiToken = z.infer<typeof ZApiToken>;
/** The secret is returned once, at creation, and never again. */
export const ZCreatedToken = ZApiToken.extend({ token: z.string() });
export const ZApiTokenList = z.object({ items: z.array(ZApiToken) });
