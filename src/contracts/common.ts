import { z } from "zod";
import { ZCommitmentRefusal } from "./commitment";

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
  /** A refused commitment of money or hours (409): why, with the facts; the first is the main reason. */
  refusals: z.array(ZCommitmentRefusal).optional(),
  /** this request's id, also in the X-Request-Id header and the server's log: quote it when reporting a problem */
  requestId: z.string().optional(),
});
export type TProblem = z.infer<typeof ZProblem>;

export const ZOk = z.object({ ok: z.literal(true) });

// Control characters a person never types: NUL (which PostgreSQL refuses in text and JSON), the other C0 controls
// and DEL. One-line text refuses them all; multi-line text (descriptions, notes, comments) keeps tab, CR and LF.
const ONE_LINE = /^[^\u0000-\u001f\u007f]*$/;
const MULTI_LINE = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/;

/** A one-line free-text field (a name, a title): no control characters. Chain .trim().min().max() as usual. */
export const zText = () => z.string().regex(ONE_LINE, { message: "must not contain control characters (such as NUL or a line break)" });

/** A multi-line free-text field: tab, CR and LF allowed, no other control character (no NUL). */
export const zMultilineText = () => z.string().regex(MULTI_LINE, { message: "must not contain control characters (such as NUL)" });

/** True when the text holds a character no text field accepts (NUL, other C0 controls but tab/CR/LF, DEL). */
export function hasForbiddenControl(text: string): boolean {
  return !MULTI_LINE.test(text);
}
