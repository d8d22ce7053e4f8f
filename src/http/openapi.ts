import { z } from "zod";
import { ZProblem } from "../contracts/common";

/** A JSON response for the OpenAPI document. */
export function jsonContent<T extends z.ZodType>(schema: T, description = "OK") {
  return { content: { "application/json": { schema } }, description };
}

/** A JSON request body. */
export function jsonBody<T extends z.ZodType>(schema: T) {
  return { content: { "application/json": { schema } }, required: true };
}

const problemContent = (description: string) => ({ content: { "application/problem+json": { schema: ZProblem } }, description });

/** The error responses every authenticated route can give. */
export const problems = {
  400: problemContent("Invalid input: `field` names it"),
  401: problemContent("Not signed in"),
  403: problemContent("Not allowed, or a cross-site request"),
  404: problemContent("Not found (also for another organisation's ids)"),
} as const;

/** 429 from a rate limit (the public-link and sign-in limiters): see Retry-After. */
export const tooManyRequests = { 429: problemContent("Too many attempts; see Retry-After") } as const;
