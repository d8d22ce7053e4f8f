import { z } from "zod";

export const ZLocale = z.enum(["nl", "fr", "en"]);
export const ZOrgRole = z.enum(["hr_admin", "manager", "mentor", "executive"]);
export const ZUuid = z.uuid();
/** ISO calendar date, yyyy-mm-dd. */
export const ZIsoDate = z.iso.date();

/** An RFC 9457 problem document; `field` names the offending input, `code` is stable. */
export const ZProblem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.string(),
  detail: z.string(),
  field: z.string().optional(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});
export type TProblem = z.infer<typeof ZProblem>;

export const ZOk = z.object({ ok: z.literal(true) });
