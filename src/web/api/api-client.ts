import type { z } from "zod";
import type { TCommitmentRefusalView } from "../../contracts/commitment";
import { ZProblem } from "../../contracts/common";

/** A failed API call, normalised to the server's problem document (codes as in the error map). */
export type TApiProblem = {
  status: number;
  code: string;
  title: string;
  detail: string;
  field?: string;
  errors?: { field: string; message: string }[];
  /** a refused commitment of money or hours: each reason with its facts (the web words them, see refusal-message) */
  refusals?: TCommitmentRefusalView[];
};

export class ApiError extends Error {
  constructor(readonly problem: TApiProblem) {
    super(problem.detail || problem.title || problem.code);
    this.name = "ApiError";
  }
  get code(): string {
    return this.problem.code;
  }
  get status(): number {
    return this.problem.status;
  }
}

const CODE_BY_STATUS: Record<number, string> = {
  400: "VALIDATION",
  401: "UNAUTHENTICATED",
  403: "FORBIDDEN",
  404: "NOT_FOUND",
  409: "CONFLICT",
  413: "PAYLOAD_TOO_LARGE",
  422: "VALIDATION",
  429: "RATE_LIMITED",
};

/** Reads a problem document from a failed response body; infers the code from the status otherwise. */
export function problemFrom(status: number, body: unknown): TApiProblem {
  const parsed = ZProblem.safeParse(body);
  if (parsed.success) return { ...parsed.data, status };
  const code = CODE_BY_STATUS[status] ?? "UNKNOWN";
  return { status, code, title: code, detail: "" };
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
let csrfToken: string | null = null;
let unauthenticatedListener: (() => void) | null = null;

/** Remembers the CSRF token from the session response; every state-changing call sends it. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Headers every call carries; `X-CSRF-Token` on state-changing methods. */
export function requestHeaders(method: string, json: boolean): Record<string, string> {
  const headers: Record<string, string> = { Accept: "application/json" };
  if (json) headers["Content-Type"] = "application/json";
  if (!SAFE_METHODS.has(method.toUpperCase()) && csrfToken) headers["X-CSRF-Token"] = csrfToken;
  return headers;
}

/** Called when a call answers 401 (the session expired); the session provider signs the user out. */
export function onUnauthenticated(listener: (() => void) | null): void {
  unauthenticatedListener = listener;
}

/** Reports an expired session unless the caller expects 401 as an answer (sign-in, session probe). */
export function reportUnauthenticated(problem: TApiProblem, expected: boolean | undefined): void {
  if (problem.status === 401 && !expected) unauthenticatedListener?.();
}

export type TRequestOptions<T> = {
  body?: unknown;
  schema?: z.ZodType<T>;
  signal?: AbortSignal;
  /** 401 is an expected answer here, not a sign that the session ended. */
  expectUnauthenticated?: boolean;
};

/** Parses a successful body with the contract's schema; a mismatch is reported as BAD_RESPONSE. */
export function parseBody<T>(status: number, body: unknown, schema: z.ZodType<T> | undefined): T {
  if (!schema) return body as T;
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  throw new ApiError({ status, code: "BAD_RESPONSE", title: "BAD_RESPONSE", detail: parsed.error.message });
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** One JSON call to the API: adds the CSRF header, parses problems into `ApiError`. */
export async function apiRequest<T = unknown>(
  method: string,
  path: string,
  options: TRequestOptions<T> = {},
): Promise<T> {
  const hasBody = options.body !== undefined;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: "same-origin",
      headers: requestHeaders(method, hasBody),
      body: hasBody ? JSON.stringify(options.body) : undefined,
      signal: options.signal,
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ApiError({ status: 0, code: "NETWORK", title: "NETWORK", detail: String(error) });
  }
  const body = await readJson(response);
  if (!response.ok) {
    const problem = problemFrom(response.status, body);
    reportUnauthenticated(problem, options.expectUnauthenticated);
    throw new ApiError(problem);
  }
  return parseBody(response.status, body, options.schema);
}

export const api = {
  get: <T>(path: string, options?: Omit<TRequestOptions<T>, "body">) => apiRequest<T>("GET", path, options),
  post: <T>(path: string, body?: unknown, options?: TRequestOptions<T>) =>
    apiRequest<T>("POST", path, { ...options, body: body ?? {} }),
  patch: <T>(path: string, body: unknown, options?: TRequestOptions<T>) =>
    apiRequest<T>("PATCH", path, { ...options, body }),
  delete: <T>(path: string, options?: TRequestOptions<T>) => apiRequest<T>("DELETE", path, options),
};

/** Any thrown value as an `ApiError`, so screens have one shape to show. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new ApiError({ status: 0, code: "UNKNOWN", title: "UNKNOWN", detail });
}
