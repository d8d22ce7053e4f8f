import type { TLocale } from "../shared/locale";
import { scimError } from "./errors";
import { SCIM } from "./schemas";
import { applyAttributes, type TScimUserDraft } from "./user-draft";
import { completeUser, scimValuesOf, type TScimPerson, type TScimUserValues } from "./user-values";

/** What the resource's meta needs beyond the person's fields. */
export type TResourceContext = { baseUrl: string; createdAt: Date; updatedAt: Date; managerName?: string | null };

/** The person as a SCIM User resource (core schema and enterprise extension). */
export function toScimUser(person: TScimPerson, context: TResourceContext) {
  const v = scimValuesOf(person);
  const location = `${context.baseUrl}/Users/${person.id}`;
  const displayName = [v.givenName, v.familyName].filter(Boolean).join(" ");
  return {
    schemas: [SCIM.user, SCIM.enterprise],
    id: person.id,
    ...(v.externalId !== null ? { externalId: v.externalId } : {}),
    userName: v.userName,
    name: { givenName: v.givenName, familyName: v.familyName, formatted: displayName },
    displayName,
    ...(v.title ? { title: v.title } : {}),
    emails: [{ value: v.email, type: "work", primary: true }],
    preferredLanguage: v.language,
    active: v.active,
    [SCIM.enterprise]: {
      employeeNumber: v.employeeNumber,
      ...(v.department ? { department: v.department } : {}),
      ...(v.managerId
        ? { manager: { value: v.managerId, $ref: `${context.baseUrl}/Users/${v.managerId}`, ...(context.managerName ? { displayName: context.managerName } : {}) } }
        : {}),
    },
    meta: {
      resourceType: "User",
      created: context.createdAt.toISOString(),
      lastModified: context.updatedAt.toISOString(),
      location,
      version: `W/"${context.updatedAt.getTime()}"`,
    },
  };
}

/**
 * A POST or PUT body as SCIM values. For a PUT, `keep` holds what an omitted attribute does not clear: the
 * employee number (Sterk's key for HR imports), active and the language; everything else is replaced.
 */
export function readUserResource(body: unknown, defaults: { language: TLocale }, keep: TScimUserDraft = {}): TScimUserValues {
  if (typeof body !== "object" || body === null || Array.isArray(body)) throw scimError("invalidSyntax", "the body must be a User resource object", "body");
  const draft: TScimUserDraft = { employeeNumber: keep.employeeNumber, active: keep.active, language: keep.language };
  applyAttributes(draft, body as Record<string, unknown>);
  return completeUser(draft, defaults);
}

/** Keeps the listed attributes (`attributes`) or drops them (`excludedAttributes`); id, schemas and meta always stay. */
export function projectResource(resource: Record<string, unknown>, query: { attributes?: string; excludedAttributes?: string }): Record<string, unknown> {
  const names = (list?: string) =>
    (list ?? "")
      .split(",")
      .map((n) => topLevel(n.trim()))
      .filter(Boolean);
  const always = new Set(["schemas", "id", "meta"]);
  const wanted = names(query.attributes);
  const excluded = new Set(names(query.excludedAttributes));
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(resource)) {
    const lower = key.toLowerCase();
    if (always.has(lower)) result[key] = value;
    else if (wanted.length > 0 ? wanted.includes(lower) : !excluded.has(lower)) result[key] = value;
  }
  return result;
}

/** The top-level key an attribute path lives under: "name" for name.givenName, the extension URN for its attributes. */
function topLevel(path: string): string {
  const lower = path.toLowerCase();
  const enterprise = SCIM.enterprise.toLowerCase();
  if (lower.startsWith(enterprise)) return SCIM.enterprise.toLowerCase();
  const core = `${SCIM.user.toLowerCase()}:`;
  const bare = lower.startsWith(core) ? lower.slice(core.length) : lower;
  return bare.split(/[.[]/)[0] ?? "";
}

/** A SCIM ListResponse page. */
export function listResponse<T>(resources: T[], page: { totalResults: number; startIndex: number }) {
  return { schemas: [SCIM.listResponse], totalResults: page.totalResults, startIndex: page.startIndex, itemsPerPage: resources.length, Resources: resources };
}
