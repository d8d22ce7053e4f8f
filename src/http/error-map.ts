import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { z } from "zod";
import { DomainError, type TErrorCode } from "../domain/shared/errors";

/** The one place where domain error codes meet HTTP statuses. */
const statusOf: Record<TErrorCode, ContentfulStatusCode> = {
  VALIDATION: 400,
  NOT_FOUND: 404,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  PAYLOAD_TOO_LARGE: 413,
  UNREADABLE_FILE: 422,
  CSRF: 403,
  INVALID_TOKEN: 400,
};

const titles: Record<TErrorCode, string> = {
  VALIDATION: "Invalid input",
  NOT_FOUND: "Not found",
  UNAUTHENTICATED: "Not signed in",
  FORBIDDEN: "Not allowed",
  CONFLICT: "Conflict",
  RATE_LIMITED: "Too many requests",
  PAYLOAD_TOO_LARGE: "File too large",
  UNREADABLE_FILE: "Unreadable file",
  CSRF: "Cross-site request refused",
  INVALID_TOKEN: "Invalid or expired link",
};

type TProblemBody = {
  type: string;
  title: string;
  status: number;
  code: string;
  detail: string;
  field?: string;
  errors?: { field: string; message: string }[];
  /** a refused commitment of money or hours: the domain's refusals with their facts */
  refusals?: unknown[];
};

/** Sends an RFC 9457 problem document. */
export function problem(c: Context, status: ContentfulStatusCode, body: Omit<TProblemBody, "type" | "status">) {
  const requestId: unknown = c.get("requestId");
  const doc: TProblemBody = { type: `https://sterk.app/problems/${body.code.toLowerCase()}`, status, ...body, ...(typeof requestId === "string" ? { requestId } : {}) };
  return c.body(JSON.stringify(doc), status, { "content-type": "application/problem+json; charset=utf-8" });
}

/** Turns a zod failure into a 400 naming the first offending field and listing all. */
export function validationProblem(c: Context, error: z.ZodError, target: string) {
  const errors = error.issues.map((issue) => ({
    field: issue.path.length ? issue.path.join(".") : target,
    message: issue.message,
  }));
  const first = errors[0] ?? { field: target, message: "invalid" };
  return problem(c, 400, {
    title: titles.VALIDATION,
    code: "VALIDATION",
    detail: `${first.field}: ${first.message}`,
    field: first.field,
    errors,
  });
}

/** The refusals a domain error carries as `details.refusals` (decideCommitment), sent as the problem's `refusals`. */
function refusalsOf(details: unknown): unknown[] | undefined {
  if (typeof details !== "object" || details === null || !("refusals" in details)) return undefined;
  const { refusals } = details as { refusals: unknown };
  return Array.isArray(refusals) && refusals.length > 0 ? refusals : undefined;
}

/** Maps anything thrown to a problem response; an unexpected error is logged and is a 500 without detail. */
export function errorResponse(c: Context, error: unknown, log: (error: unknown) => void) {
  if (error instanceof DomainError) {
    const status = statusOf[error.code];
    if (error.retryAfterSeconds !== undefined) c.header("retry-after", String(error.retryAfterSeconds));
    return problem(c, status, { title: titles[error.code], code: error.code, detail: error.message, field: error.field, refusals: refusalsOf(error.details) });
  }
  if (error instanceof HTTPException) {
    const status = error.status as ContentfulStatusCode;
    const code = status === 413 ? "PAYLOAD_TOO_LARGE" : status === 401 ? "UNAUTHENTICATED" : status === 404 ? "NOT_FOUND" : "VALIDATION";
    return problem(c, status, { title: titles[code], code, detail: error.message || titles[code], field: status === 400 ? "body" : undefined });
  }
  log(error);
  return problem(c, 500, { title: "Internal error", code: "INTERNAL", detail: "Something went wrong on our side." });
}
