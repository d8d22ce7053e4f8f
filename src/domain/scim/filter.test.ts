import { describe, expect, it } from "vitest";
import { scimTypeOf } from "./errors";
import { parseUserFilter, type TPersonQuery } from "./filter";
import { DomainError } from "../shared/errors";

const ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
const text = (field: string, op: string, value: string, caseExact = false): TPersonQuery => ({ kind: "text", field, op, value, caseExact }) as TPersonQuery;

describe("parseUserFilter", () => {
  it.each<[string, TPersonQuery]>([
    ['userName eq "bjensen"', text("userName", "eq", "bjensen")],
    ['USERNAME Eq "BJensen"', text("userName", "eq", "BJensen")],
    ['urn:ietf:params:scim:schemas:core:2.0:User:userName eq "x"', text("userName", "eq", "x")],
    ['userName ne "x"', text("userName", "ne", "x")],
    ['userName co "jen"', text("userName", "co", "jen")],
    ['userName sw "bj"', text("userName", "sw", "bj")],
    ['userName ew ".be"', text("userName", "ew", ".be")],
    ['userName gt "m"', text("userName", "gt", "m")],
    ['userName le "m"', text("userName", "le", "m")],
    ['externalId eq "AbC"', text("externalId", "eq", "AbC", true)],
    ['emails.value eq "a@b.be"', text("email", "eq", "a@b.be")],
    ['emails co "@b.be"', text("email", "co", "@b.be")],
    ['name.familyName sw "Jan"', text("familyName", "sw", "Jan")],
    ['name.givenName eq "Els"', text("givenName", "eq", "Els")],
    ['displayName co "Els J"', text("displayName", "co", "Els J")],
    [`${ENTERPRISE}:employeeNumber eq "701984"`, text("employeeNumber", "eq", "701984")],
    ["userName pr", { kind: "present", field: "userName" }],
    ["externalId pr", { kind: "present", field: "externalId" }],
    [`${ENTERPRISE}:manager pr`, { kind: "present", field: "managerId" }],
    ["active eq true", { kind: "active", value: true }],
    ["active eq false", { kind: "active", value: false }],
    ['active eq "False"', { kind: "active", value: false }],
    ["active ne true", { kind: "active", value: false }],
    ['meta.lastModified gt "2026-01-01T00:00:00Z"', { kind: "time", field: "updatedAt", op: "gt", value: "2026-01-01T00:00:00.000Z" }],
    ['meta.created le "2026-01-01T00:00:00+01:00"', { kind: "time", field: "createdAt", op: "le", value: "2025-12-31T23:00:00.000Z" }],
    ['id eq "not-a-uuid"', { kind: "none" }],
    ['id eq "6F1D2A3B-0000-4000-8000-000000000001"', { kind: "reference", field: "id", op: "eq", value: "6f1d2a3b-0000-4000-8000-000000000001" }],
    ['emails[type eq "work"]', { kind: "all" }],
    ['emails[type eq "home"]', { kind: "none" }],
    ['emails[type eq "work" and value co "@b.be"]', { kind: "and", parts: [{ kind: "all" }, text("email", "co", "@b.be")] }],
    ['emails[type eq "work"].value eq "a@b.be"', { kind: "and", parts: [{ kind: "all" }, text("email", "eq", "a@b.be")] }],
    ["", { kind: "all" }],
  ])("%s", (filter, expected) => {
    expect(parseUserFilter(filter)).toEqual(expected);
  });

  it("combines and, or, not and parentheses with SCIM precedence (and binds tighter)", () => {
    expect(parseUserFilter('userName eq "a" or userName eq "b" and active eq false')).toEqual({
      kind: "or",
      parts: [text("userName", "eq", "a"), { kind: "and", parts: [text("userName", "eq", "b"), { kind: "active", value: false }] }],
    });
    expect(parseUserFilter('(userName eq "a" or userName eq "b") and not (active eq false)')).toEqual({
      kind: "and",
      parts: [{ kind: "or", parts: [text("userName", "eq", "a"), text("userName", "eq", "b")] }, { kind: "not", part: { kind: "active", value: false } }],
    });
  });

  it("keeps an injection attempt as one value, never as syntax", () => {
    expect(parseUserFilter('userName eq "x\\" or 1=1"')).toEqual(text("userName", "eq", 'x" or 1=1'));
    expect(parseUserFilter("userName eq \"x'; drop table people; --\"")).toEqual(text("userName", "eq", "x'; drop table people; --"));
    expect(parseUserFilter('userName co "100%_\\x"')).toEqual(text("userName", "co", "100%_\\x"));
  });

  it.each([
    "userName eq",
    "userName",
    'userName eq "a" and',
    'userName xx "a"',
    'nickName eq "a"',
    'password eq "a"',
    'foo eq "a"',
    "userName eq 12",
    "userName eq true",
    'active eq "maybe"',
    'active co "t"',
    'meta.lastModified gt "yesterday"',
    'phoneNumbers[type eq "work"]',
    `${"userName pr or ".repeat(60)}userName pr`,
    `userName eq "${"x".repeat(5000)}"`,
  ])("refuses %$: %.60s… with 400 invalidFilter", (filter) => {
    let thrown: unknown;
    try {
      parseUserFilter(filter);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    expect(scimTypeOf(thrown as DomainError)).toBe("invalidFilter");
    expect((thrown as DomainError).code).toBe("VALIDATION");
  });
});
