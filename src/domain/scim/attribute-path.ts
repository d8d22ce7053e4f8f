import { SCIM } from "./schemas";

/** A User attribute Sterk knows, by its canonical name; enterprise attributes are prefixed "enterprise:". */
export type TScimAttribute = (typeof KNOWN)[number];

const KNOWN = [
  "id",
  "externalId",
  "userName",
  "name",
  "name.givenName",
  "name.familyName",
  "name.formatted",
  "name.middleName",
  "name.honorificPrefix",
  "name.honorificSuffix",
  "displayName",
  "nickName",
  "profileUrl",
  "title",
  "userType",
  "preferredLanguage",
  "locale",
  "timezone",
  "active",
  "password",
  "emails",
  "emails.value",
  "emails.type",
  "emails.primary",
  "emails.display",
  "groups",
  "meta",
  "meta.created",
  "meta.lastModified",
  "meta.resourceType",
  "meta.location",
  "meta.version",
  "schemas",
  "enterprise:employeeNumber",
  "enterprise:department",
  "enterprise:costCenter",
  "enterprise:organization",
  "enterprise:division",
  "enterprise:manager",
  "enterprise:manager.value",
  "enterprise:manager.displayName",
  "enterprise:manager.$ref",
] as const;

/** Multi-valued attributes Sterk does not store: any sub-attribute of them is accepted and ignored. */
const UNSTORED_MULTI = ["phoneNumbers", "addresses", "ims", "photos", "entitlements", "roles", "x509Certificates"] as const;

/** Attributes a client may send that Sterk does not keep (accepted, ignored; a password never). */
export const UNSTORED: ReadonlySet<string> = new Set<string>([
  "name.formatted",
  "name.middleName",
  "name.honorificPrefix",
  "name.honorificSuffix",
  "displayName",
  "nickName",
  "profileUrl",
  "userType",
  "timezone",
  "password",
  "emails.display",
  "enterprise:costCenter",
  "enterprise:organization",
  "enterprise:division",
  "enterprise:manager.displayName",
  "enterprise:manager.$ref",
  ...UNSTORED_MULTI,
]);

/** Attributes only the server sets. */
export const READ_ONLY: ReadonlySet<string> = new Set<string>(["id", "groups", "meta", "meta.created", "meta.lastModified", "meta.resourceType", "meta.location", "meta.version", "schemas"]);

const byLowerName = new Map<string, string>([...KNOWN, ...UNSTORED_MULTI].map((name) => [name.toLowerCase(), name]));
const CORE_PREFIX = `${SCIM.user.toLowerCase()}:`;
const ENTERPRISE_PREFIX = `${SCIM.enterprise.toLowerCase()}:`;

/**
 * The canonical name of an attribute path (case-insensitive, with or without its schema URN), or null when Sterk
 * does not know it. Sub-attributes of unstored multi-valued attributes map to the attribute ("phoneNumbers").
 */
export function canonicalAttribute(path: string): string | null {
  let lower = path.trim().toLowerCase();
  let prefix = "";
  if (lower.startsWith(CORE_PREFIX)) lower = lower.slice(CORE_PREFIX.length);
  else if (lower.startsWith(ENTERPRISE_PREFIX)) {
    lower = lower.slice(ENTERPRISE_PREFIX.length);
    prefix = "enterprise:";
  }
  const direct = byLowerName.get(prefix + lower);
  if (direct) return direct;
  const head = lower.split(".")[0] ?? "";
  const multi = prefix ? undefined : UNSTORED_MULTI.find((name) => name.toLowerCase() === head);
  return multi ?? null;
}

/** True when the text is a schema URN (an extension key in a PATCH value or a resource). */
export function isSchemaUrn(key: string): boolean {
  return key.toLowerCase().startsWith("urn:");
}

/** True for the enterprise extension's URN, in any letter case. */
export function isEnterpriseUrn(key: string): boolean {
  return key.toLowerCase() === SCIM.enterprise.toLowerCase();
}
