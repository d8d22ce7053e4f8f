/**
 * Transport-neutral error codes. `http/error-map.ts` is the one place where they meet statuses.
 * Each code says when it is thrown.
 */
export const ErrorCodes = {
  /** input failed validation; `field` names the culprit */
  VALIDATION: "VALIDATION",
  /** the object does not exist, or belongs to another organisation (never say which) */
  NOT_FOUND: "NOT_FOUND",
  /** no valid session or token */
  UNAUTHENTICATED: "UNAUTHENTICATED",
  /** signed in, but the role does not allow this */
  FORBIDDEN: "FORBIDDEN",
  /** the request conflicts with the current state (duplicate, already used) */
  CONFLICT: "CONFLICT",
  /** too many attempts; try later */
  RATE_LIMITED: "RATE_LIMITED",
  /** an uploaded file is larger than allowed */
  PAYLOAD_TOO_LARGE: "PAYLOAD_TOO_LARGE",
  /** a file could not be read (format, encoding) */
  UNREADABLE_FILE: "UNREADABLE_FILE",
  /** the state-changing request lacks a valid CSRF token or comes from a foreign origin */
  CSRF: "CSRF",
  /** an emailed link is unknown, used or expired */
  INVALID_TOKEN: "INVALID_TOKEN",
} as const;
export type TErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];

/** A business error: a code, an English message, optionally the field at fault. */
export class DomainError extends Error {
  constructor(
    readonly code: TErrorCode,
    message: string,
    readonly field?: string,
    readonly details?: unknown,
    /** for RATE_LIMITED: seconds until the next attempt may succeed (sent as Retry-After) */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

/** Too many attempts; the caller may try again after the given number of seconds. */
export function rateLimited(message: string, retryAfterSeconds: number): DomainError {
  return new DomainError(ErrorCodes.RATE_LIMITED, message, undefined, undefined, Math.max(1, Math.ceil(retryAfterSeconds)));
}

/** Shorthand for the most common error: the named field is wrong. */
export function invalid(field: string, message: string): DomainError {
  return new DomainError(ErrorCodes.VALIDATION, message, field);
}

/** The object is absent for this caller (also used for other tenants' ids). */
export function notFound(what: string): DomainError {
  return new DomainError(ErrorCodes.NOT_FOUND, `${what} not found`);
}
