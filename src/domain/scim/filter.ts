import { parse, type Filter } from "scim2-parse-filter";
import { canonicalAttribute } from "./attribute-path";
import { scimError } from "./errors";

export type TTextField = "userName" | "externalId" | "email" | "givenName" | "familyName" | "displayName" | "title" | "language" | "employeeNumber" | "department";
export type TTextOp = "eq" | "ne" | "co" | "sw" | "ew" | "gt" | "ge" | "lt" | "le";
export type TOrderOp = "eq" | "ne" | "gt" | "ge" | "lt" | "le";

/** A filter in the directory's words, ready for a repository to turn into parameterised SQL. */
export type TPersonQuery =
  | { kind: "all" }
  | { kind: "none" }
  | { kind: "and" | "or"; parts: TPersonQuery[] }
  | { kind: "not"; part: TPersonQuery }
  | { kind: "text"; field: TTextField; op: TTextOp; value: string; caseExact: boolean }
  | { kind: "present"; field: TTextField | "managerId" }
  | { kind: "active"; value: boolean }
  | { kind: "time"; field: "updatedAt" | "createdAt"; op: TOrderOp; value: string }
  | { kind: "reference"; field: "id" | "managerId"; op: "eq" | "ne"; value: string };

const MAX_FILTER_LENGTH = 4000;
const MAX_COMPARISONS = 50;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const TEXT_FIELDS: Record<string, { field: TTextField; caseExact: boolean }> = {
  userName: { field: "userName", caseExact: false },
  externalId: { field: "externalId", caseExact: true },
  emails: { field: "email", caseExact: false },
  "emails.value": { field: "email", caseExact: false },
  "name.givenName": { field: "givenName", caseExact: false },
  "name.familyName": { field: "familyName", caseExact: false },
  "name.formatted": { field: "displayName", caseExact: false },
  displayName: { field: "displayName", caseExact: false },
  title: { field: "title", caseExact: false },
  preferredLanguage: { field: "language", caseExact: false },
  locale: { field: "language", caseExact: false },
  "enterprise:employeeNumber": { field: "employeeNumber", caseExact: false },
  "enterprise:department": { field: "department", caseExact: false },
};
/** Sterk keeps one address per person, the work one, primary: these sub-attributes are constants. */
const EMAIL_CONSTANTS: Record<string, string | boolean> = { "emails.type": "work", "emails.primary": true };

type TCompare = Extract<Filter, { compValue: unknown }>;

function invalidFilter(message: string) {
  return scimError("invalidFilter", message, "filter");
}

/**
 * Parses a SCIM filter (RFC 7644 §3.4.2.2) on Users into a person query. Attribute names are case-insensitive;
 * userName, emails and names compare case-insensitively, externalId exactly. Unknown attributes, wrong value
 * types and bad syntax are 400 invalidFilter.
 */
export function parseUserFilter(text: string | undefined): TPersonQuery {
  if (text === undefined || text.trim() === "") return { kind: "all" };
  if (text.length > MAX_FILTER_LENGTH) throw invalidFilter(`a filter is at most ${MAX_FILTER_LENGTH} characters`);
  let ast: Filter;
  try {
    ast = parse(text);
  } catch (error) {
    throw invalidFilter(`the filter is not valid SCIM filter syntax: ${error instanceof Error ? error.message : "parse error"}`);
  }
  let comparisons = 0;
  const count = () => {
    if (++comparisons > MAX_COMPARISONS) throw invalidFilter(`a filter holds at most ${MAX_COMPARISONS} comparisons`);
  };
  return translate(ast, "", count);
}

function translate(node: Filter, scope: string, count: () => void): TPersonQuery {
  switch (node.op) {
    case "and":
    case "or":
      return { kind: node.op, parts: node.filters.map((f) => translate(f, scope, count)) };
    case "not":
      return { kind: "not", part: translate(node.filter, scope, count) };
    case "[]": {
      if (scope) throw invalidFilter("value filters do not nest");
      if (canonicalAttribute(node.attrPath) !== "emails") throw invalidFilter(`no value filter on ${node.attrPath}`);
      return translate(node.valFilter, "emails.", count);
    }
    case "pr":
      count();
      return present(attributeOf(node.attrPath, scope));
    default:
      count();
      return compare(node as TCompare, attributeOf(node.attrPath, scope));
  }
}

function attributeOf(path: string, scope: string): string {
  const name = canonicalAttribute(scope + path);
  if (!name) throw invalidFilter(`unknown attribute ${path}`);
  return name;
}

function present(attribute: string): TPersonQuery {
  if (attribute in EMAIL_CONSTANTS || attribute === "active" || attribute === "id" || attribute === "meta.lastModified" || attribute === "meta.created") return { kind: "all" };
  if (attribute === "enterprise:manager" || attribute === "enterprise:manager.value") return { kind: "present", field: "managerId" };
  const text = TEXT_FIELDS[attribute];
  if (!text) throw invalidFilter(`attribute ${attribute} cannot be filtered on`);
  return { kind: "present", field: text.field };
}

function compare(node: TCompare, attribute: string): TPersonQuery {
  const { op, compValue } = node;
  const constant = EMAIL_CONSTANTS[attribute];
  if (constant !== undefined) return compareConstant(op, constant, compValue);
  if (attribute === "active") {
    const value = typeof compValue === "string" ? { true: true, false: false }[compValue.toLowerCase()] : compValue;
    if (typeof value !== "boolean" || (op !== "eq" && op !== "ne")) throw invalidFilter("active compares with eq or ne to true or false");
    return { kind: "active", value: op === "eq" ? value : !value };
  }
  if (attribute === "meta.lastModified" || attribute === "meta.created") {
    if (typeof compValue !== "string" || Number.isNaN(Date.parse(compValue))) throw invalidFilter(`${attribute} compares to a date-time`);
    if (!isOrderOp(op)) throw invalidFilter(`${attribute} takes eq, ne, gt, ge, lt or le`);
    return { kind: "time", field: attribute === "meta.created" ? "createdAt" : "updatedAt", op, value: new Date(compValue).toISOString() };
  }
  if (attribute === "id" || attribute === "enterprise:manager" || attribute === "enterprise:manager.value") {
    if (typeof compValue !== "string" || (op !== "eq" && op !== "ne")) throw invalidFilter(`${attribute} compares with eq or ne to an id`);
    if (!UUID.test(compValue)) return { kind: op === "eq" ? "none" : "all" };
    return { kind: "reference", field: attribute === "id" ? "id" : "managerId", op, value: compValue.toLowerCase() };
  }
  const text = TEXT_FIELDS[attribute];
  if (!text) throw invalidFilter(`attribute ${attribute} cannot be filtered on`);
  if (typeof compValue !== "string") throw invalidFilter(`${attribute} compares to a string`);
  return { kind: "text", field: text.field, op, value: compValue, caseExact: text.caseExact };
}

function isOrderOp(op: string): op is TOrderOp {
  return ["eq", "ne", "gt", "ge", "lt", "le"].includes(op);
}

function compareConstant(op: TTextOp, constant: string | boolean, value: unknown): TPersonQuery {
  const matches = (() => {
    if (typeof constant === "boolean") {
      const asBool = typeof value === "string" ? value.toLowerCase() === "true" : value;
      if (op === "eq") return asBool === constant;
      if (op === "ne") return asBool !== constant;
      throw invalidFilter("primary compares with eq or ne");
    }
    if (typeof value !== "string") throw invalidFilter("type compares to a string");
    const a = constant.toLowerCase();
    const b = value.toLowerCase();
    return { eq: a === b, ne: a !== b, co: a.includes(b), sw: a.startsWith(b), ew: a.endsWith(b), gt: a > b, ge: a >= b, lt: a < b, le: a <= b }[op];
  })();
  return { kind: matches ? "all" : "none" };
}
