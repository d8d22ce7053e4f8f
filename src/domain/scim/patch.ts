import type { TLocale } from "../shared/locale";
import { scimError } from "./errors";
import { applyAttributes, applyPath, entry, type TScimUserDraft } from "./user-draft";
import { completeUser, draftOf, type TScimUserValues } from "./user-values";

const MAX_OPERATIONS = 1000;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The operations of a PatchOp body (RFC 7644 §3.5.2), each with its op in lower case. */
function operationsOf(body: unknown): { op: "add" | "replace" | "remove"; path?: string; value: unknown }[] {
  if (!isObject(body)) throw scimError("invalidSyntax", "a PATCH body is a PatchOp object", "body");
  const operations = entry(body, "Operations");
  if (!Array.isArray(operations) || operations.length === 0) throw scimError("invalidSyntax", "Operations must be a non-empty list", "Operations");
  if (operations.length > MAX_OPERATIONS) throw scimError("tooMany", `at most ${MAX_OPERATIONS} operations per request`, "Operations");
  return operations.map((operation, index) => {
    if (!isObject(operation)) throw scimError("invalidSyntax", `Operations[${index}] must be an object`, "Operations");
    const op = entry(operation, "op");
    const path = entry(operation, "path");
    const kind = typeof op === "string" ? op.trim().toLowerCase() : "";
    if (kind !== "add" && kind !== "replace" && kind !== "remove") throw scimError("invalidSyntax", `Operations[${index}].op must be add, replace or remove`, "op");
    if (path !== undefined && path !== null && (typeof path !== "string" || path.trim() === "")) throw scimError("invalidPath", `Operations[${index}].path must be an attribute path`, "path");
    return { op: kind, path: typeof path === "string" ? path : undefined, value: entry(operation, "value") };
  });
}

/**
 * Applies a SCIM PATCH to a user's values and returns the new values (checked as a whole). Tolerates Entra ID:
 * op names in any case, no `path` with an object of attributes (dotted keys and extension URNs included),
 * "True"/"False" strings, manager as an id or `{ value }`. A remove without path is 400 noTarget.
 */
export function patchUser(current: TScimUserValues, body: unknown, defaults: { language: TLocale }): TScimUserValues {
  const draft: TScimUserDraft = draftOf(current);
  for (const { op, path, value } of operationsOf(body)) {
    if (path === undefined) {
      if (op === "remove") throw scimError("noTarget", "remove needs a path", "path");
      if (!isObject(value)) throw scimError("invalidValue", "without a path, the value is an object of attributes", "value");
      applyAttributes(draft, value);
      continue;
    }
    if (op !== "remove" && value === undefined) throw scimError("invalidValue", `${op} needs a value`, "value");
    applyPath(draft, path, value, op === "remove");
  }
  return completeUser(draft, defaults);
}
