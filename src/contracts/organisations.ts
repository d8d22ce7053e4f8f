import { z } from "zod";
import { ZLocale, ZUuid, zText } from "./common";

export const ZSlug = z
  .string()
  .min(2)
  .max(63)
  .regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, "lowercase letters, digits and hyphens");

export const ZCreateOrganisationRequest = z.strictObject({
  slug: ZSlug,
  name: zText().trim().min(1).max(200),
  defaultLocale: ZLocale.default("nl"),
});
export type TCreateOrganisationRequest = z.infer<typeof ZCreateOrganisationRequest>;

export const ZOrganisation = z.object({
  id: ZUuid,
  slug: z.string(),
  name: z.string(),
  defaultLocale: ZLocale,
  peopleCount: z.number().int(),
});
export type TOrganisation = z.infer<typeof ZOrganisation>;
