import { parse, type Filter } from "scim2-parse-filter";
import { parseLanguage } from "../people/person-values";
import type { TLocale } from "../shared/locale";
import { canonicalAttribute, isEnterpriseUrn, isSchemaUrn, READ_ONLY, UNSTORED } from "./attribute-path";
import { scimError } from "./errors";
import { SCIM } from "./schemas";

/** A SCIM User being built or changed, in Sterk's fields; an absent field takes its default when completed. */
export type TScimUserDraft = {
  userName?: string;
  externalId?: string | null;
  givenName?: string;
  familyName?: string;
  /** only used to name a person whose name parts are missing */
  displayName?: string;
  email?: string;
  title?: string;
  language?: TLocale;
  active?: boolean;
  employeeNumber?: string;
  department?: string;
  managerId?: string | null;
};

/** Where an assignment goes: an attribute, and for emails a value filter and sub-attribute. */
type TTarget = { attribute: string; emailFilter?: Filter; sub?: string };

const FILTERED = /^([^[\]]+)\[(.+)\](?:\.([A-Za-z$]+))?$/s;

/** Parses a PATCH path or a value key: `title`, `name.givenName`, `emails[type eq "work"].value`, `urn:…:manager`. */
export function parseTarget(path: string): TTarget | null {
  const match = FILTERED.exec(path.trim());
  if (!match) {
    const attribute = canonicalAttribute(path);
    return attribute ? { attribute } : null;
  }
  const attribute = canonicalAttribute(match[1] ?? "");
  if (!attribute) return null;
  if (attribute !== "emails") return UNSTORED.has(attribute) ? { attribute } : null;
  let emailFilter: Filter;
  try {
    emailFilter = parse(match[2] ?? "");
  } catch {
    throw scimError("invalidPath", `the value filter in ${path} is not valid`, "path");
  }
  return { attribute, emailFilter, sub: match[3] ? match[3].toLowerCase() : undefined };
}

/** Sterk's one address, as a SCIM emails entry, for value filters. */
function matchesWorkEmail(filter: Filter, email: string | undefined): boolean {
  const entry: Record<string, string | boolean> = { type: "work", primary: true, value: email ?? "" };
  const test = (f: Filter): boolean => {
    switch (f.op) {
      case "and":
        return f.filters.every(test);
      case "or":
        return f.filters.some(test);
      case "not":
        return !test(f.filter);
      case "[]":
        return false;
      case "pr":
        return entry[f.attrPath.toLowerCase()] !== undefined && entry[f.attrPath.toLowerCase()] !== "";
      default: {
        const actual = entry[f.attrPath.toLowerCase()];
        if (actual === undefined) return false;
        const a = String(actual).toLowerCase();
        const b = String(f.compValue).toLowerCase();
        return { eq: a === b, ne: a !== b, co: a.includes(b), sw: a.startsWith(b), ew: a.endsWith(b), gt: a > b, ge: a >= b, lt: a < b, le: a <= b }[f.op];
      }
    }
  };
  return test(filter);
}

function text(attribute: string, value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "string") return value;
  throw scimError("invalidValue", `${attribute} must be a string`, attribute);
}

/** A boolean, also from Entra ID's "True"/"False" strings. */
function flag(attribute: string, value: unknown): boolean {
  if (typeof value === "boolean") return value;
  if (typeof value === "string" && ["true", "false"].includes(value.trim().toLowerCase())) return value.trim().toLowerCase() === "true";
  throw scimError("invalidValue", `${attribute} must be true or false`, attribute);
}

/** A manager reference: an id, `{ value: id }`, or a list of one such (null or "" for none). */
function managerReference(value: unknown): string | null {
  const item = Array.isArray(value) ? (value.length <= 1 ? value[0] : undefined) : value;
  if (Array.isArray(value) && value.length > 1) throw scimError("invalidValue", "a person has one manager", "manager");
  const id = item && typeof item === "object" ? entry(item as Record<string, unknown>, "value") : item;
  if (id === null || id === undefined || id === "") return null;
  if (typeof id !== "string") throw scimError("invalidValue", "manager must be the manager's id", "manager");
  return id.trim();
}

/** An object's property by name, case-insensitively (SCIM attribute names are). */
export function entry(object: Record<string, unknown>, name: string): unknown {
  const lower = name.toLowerCase();
  for (const [key, value] of Object.entries(object)) if (key.toLowerCase() === lower) return value;
  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The address of an emails list: the primary one, else the work one, else the first. */
function pickEmail(value: unknown): string | undefined {
  const list = Array.isArray(value) ? value : value === null || value === undefined ? [] : [value];
  const entries = list.map((item) => {
    if (typeof item === "string") return { value: item, primary: false, type: "" };
    if (!isObject(item)) throw scimError("invalidValue", "emails holds objects with a value", "emails");
    const primary = entry(item, "primary");
    return { value: text("emails.value", entry(item, "value")), primary: primary === undefined ? false : flag("emails.primary", primary), type: String(entry(item, "type") ?? "").toLowerCase() };
  });
  const chosen = entries.find((e) => e.primary) ?? entries.find((e) => e.type === "work") ?? entries[0];
  return chosen?.value;
}

/** Sets (value given) or clears (undefined) one attribute of the draft. Unknown attributes are the caller's concern. */
function assign(draft: TScimUserDraft, target: TTarget, value: unknown, clearing: boolean): void {
  const v = clearing ? undefined : value;
  switch (target.attribute) {
    case "userName":
      draft.userName = text("userName", v);
      return;
    case "externalId":
      draft.externalId = text("externalId", v) ?? null;
      return;
    case "name":
      if (clearing || v === null) {
        draft.givenName = undefined;
        draft.familyName = undefined;
      } else if (isObject(v)) {
        for (const [key, part] of Object.entries(v)) {
          const sub = canonicalAttribute(`name.${key}`);
          if (sub) assign(draft, { attribute: sub }, part, false);
        }
      } else throw scimError("invalidValue", "name must be an object", "name");
      return;
    case "name.givenName":
      draft.givenName = text("name.givenName", v);
      return;
    case "name.familyName":
      draft.familyName = text("name.familyName", v);
      return;
    case "displayName":
      draft.displayName = text("displayName", v);
      return;
    case "title":
      draft.title = text("title", v);
      return;
    case "preferredLanguage":
    case "locale": {
      const raw = text(target.attribute, v);
      const parsed = raw === undefined ? undefined : parseLanguage(raw);
      if (target.attribute === "preferredLanguage" || parsed?.ok) draft.language = parsed?.ok ? (parsed.value ?? undefined) : undefined;
      return;
    }
    case "active":
      draft.active = v === undefined || v === null ? undefined : flag("active", v);
      return;
    case "emails":
      assignEmail(draft, target, v, clearing);
      return;
    case "emails.value":
      draft.email = text("emails.value", v);
      return;
    case "enterprise:employeeNumber":
      draft.employeeNumber = text("employeeNumber", v);
      return;
    case "enterprise:department":
      draft.department = text("department", v);
      return;
    case "enterprise:manager":
    case "enterprise:manager.value":
      draft.managerId = v === undefined ? null : managerReference(v);
      return;
    default:
      if (UNSTORED.has(target.attribute) || target.attribute === "emails.type" || target.attribute === "emails.primary") return;
      throw scimError("mutability", `${target.attribute} is set by the server`, target.attribute);
  }
}

function assignEmail(draft: TScimUserDraft, target: TTarget, value: unknown, clearing: boolean): void {
  if (!target.emailFilter) {
    draft.email = clearing ? undefined : pickEmail(value);
    return;
  }
  // Sterk keeps only the work address: a filter that does not select it names an address we do not keep
  if (!matchesWorkEmail(target.emailFilter, draft.email)) return;
  if (clearing) {
    draft.email = undefined;
    return;
  }
  if (target.sub === undefined) draft.email = pickEmail(value);
  else if (target.sub === "value") draft.email = text("emails.value", value);
  else if (target.sub !== "type" && target.sub !== "primary" && target.sub !== "display") throw scimError("invalidPath", `emails has no ${target.sub}`, "path");
}

/** Applies one attribute path (add/replace: value given; remove: clearing) to the draft; unknown paths are 400 invalidPath. */
export function applyPath(draft: TScimUserDraft, path: string, value: unknown, clearing: boolean): void {
  const target = parseTarget(path);
  if (!target) throw scimError("invalidPath", `unknown attribute ${path}`, "path");
  assign(draft, target, value, clearing);
}

/**
 * Applies an object of attributes, as in a POST/PUT body or a PATCH without path: keys are attribute names in any
 * case, dotted paths ("name.givenName"), full attribute URNs, value-filter paths, or the enterprise extension's URN
 * holding its attributes. Read-only, unstored and unknown attributes and other extensions are ignored.
 */
export function applyAttributes(draft: TScimUserDraft, attributes: Record<string, unknown>): void {
  // "locale" first, so that preferredLanguage, when both are sent, decides
  const keys = Object.keys(attributes).sort((a, b) => Number(b.toLowerCase() === "locale") - Number(a.toLowerCase() === "locale"));
  for (const key of keys) {
    const value = attributes[key];
    if (isSchemaUrn(key) && (key.toLowerCase() === SCIM.user.toLowerCase() || isEnterpriseUrn(key))) {
      if (!isObject(value)) throw scimError("invalidValue", `${key} must be an object`, key);
      const prefix = isEnterpriseUrn(key) ? `${SCIM.enterprise}:` : "";
      for (const [sub, subValue] of Object.entries(value)) applyKnown(draft, prefix + sub, subValue);
      continue;
    }
    applyKnown(draft, key, value);
  }
}

function applyKnown(draft: TScimUserDraft, key: string, value: unknown): void {
  const target = parseTarget(key);
  if (!target || READ_ONLY.has(target.attribute)) return;
  assign(draft, target, value, false);
}
