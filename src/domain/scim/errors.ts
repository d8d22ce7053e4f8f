import { DomainError, type TErrorCode } from "../shared/errors";
import { SCIM } from "./schemas";

/** RFC 7644 §3.12 detail error keywords Sterk uses. */
export type TScimErrorType = "invalidFilter" | "invalidSyntax" | "invalidValue" | "invalidPath" | "uniqueness" | "mutability" | "noTarget" | "tooMany";

/** A SCIM protocol error: a domain error carrying its SCIM keyword (the HTTP edge adds the status). */
export function scimError(scimType: TScimErrorType, message: string, field?: string): DomainError {
  const code: TErrorCode = scimType === "uniqueness" ? "CONFLICT" : "VALIDATION";
  return new DomainError(code, message, field, { scimType });
}

/** The SCIM keyword a domain error carries, if any. */
export function scimTypeOf(error: DomainError): TScimErrorType | undefined {
  const details = error.details as { scimType?: TScimErrorType } | undefined;
  return details?.scimType;
}

/** The RFC 7644 §3.12 error body. */
export function scimErrorBody(status: number, detail: string, scimType?: TScimErrorType) {
  return { schemas: [SCIM.error], status: String(status), ...(scimType ? { scimType } : {}), detail };
}
