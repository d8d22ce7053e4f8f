import type { TFunction } from "i18next";
import type { z } from "zod";
import type { ApiError } from "../api/api-client";
import { refusalMessage } from "./refusal-message";

/** The problem codes the interface translates (the server's error map, plus client-side failures). */
export const PROBLEM_CODES = [
  "VALIDATION",
  "NOT_FOUND",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "CONFLICT",
  "RATE_LIMITED",
  "PAYLOAD_TOO_LARGE",
  "UNREADABLE_FILE",
  "CSRF",
  "INVALID_TOKEN",
  "NETWORK",
  "BAD_RESPONSE",
  "UNKNOWN",
] as const;

/** A translated sentence for an API error, chosen by its stable code; a refused commitment says why, with its facts. */
export function problemMessage(t: TFunction, error: ApiError): string {
  const refusals = error.problem.refusals ?? [];
  if (refusals.length > 0) return refusals.map((r) => refusalMessage(t, r)).join(" ");
  const code = (PROBLEM_CODES as readonly string[]).includes(error.code) ? error.code : "UNKNOWN";
  return t(`errors.${code}`);
}

export type TFieldErrors = Record<string, string>;

/** Marks the fields an API error names, translated by code (the server's message is English). */
export function fieldErrorsFromProblem(t: TFunction, error: ApiError): TFieldErrors {
  const refusal = error.problem.refusals?.[0];
  const message = refusal ? refusalMessage(t, refusal) : error.code === "CONFLICT" ? t("fieldErrors.conflict") : t("fieldErrors.invalid");
  const result: TFieldErrors = {};
  for (const item of error.problem.errors ?? []) result[item.field] = message;
  if (error.problem.field) result[error.problem.field] = message;
  return result;
}

/** Field errors from a failed zod parse of a form, first problem per field. */
export function fieldErrorsFromZod(t: TFunction, error: z.ZodError, values: Record<string, unknown>): TFieldErrors {
  const result: TFieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "");
    if (!field || result[field]) continue;
    result[field] = issueMessage(t, issue, values[field]);
  }
  return result;
}

function issueMessage(t: TFunction, issue: z.core.$ZodIssue, value: unknown): string {
  if (typeof value === "string" && value.trim() === "" && issue.code === "too_small") return t("fieldErrors.required");
  if (issue.code === "too_small" && issue.origin === "string") {
    return t("fieldErrors.tooShort", { min: Number(issue.minimum) });
  }
  if (issue.code === "invalid_format" && issue.format === "email") return t("fieldErrors.email");
  if (issue.code === "invalid_format" && issue.format === "date") return t("fieldErrors.date");
  if (issue.code === "invalid_format" && issue.format === "regex") return t("fieldErrors.slug");
  return t("fieldErrors.invalid");
}
