import { describe, expect, it } from "vitest";
import { DomainError } from "../shared/errors";
import { scimTypeOf } from "./errors";
import { patchUser } from "./patch";
import type { TScimUserValues } from "./user-values";

const ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
const MANAGER = "6f1d2a3b-0000-4000-8000-000000000001";
const CURRENT: TScimUserValues = {
  userName: "els@acme.be",
  externalId: "els",
  givenName: "Els",
  familyName: "Peeters",
  email: "els@acme.be",
  title: "Team lead",
  language: "nl",
  active: true,
  employeeNumber: "E1",
  department: "Sales",
  managerId: null,
};
const patch = (...operations: unknown[]) => patchUser(CURRENT, { schemas: ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], Operations: operations }, { language: "fr" });

describe("patchUser", () => {
  it.each<[string, unknown[], Partial<TScimUserValues>]>([
    ["replace with a path", [{ op: "replace", path: "title", value: "Director" }], { title: "Director" }],
    ["op names in any case (Entra: Replace, Add, Remove)", [{ op: "Replace", path: "name.givenName", value: "Elise" }, { op: "Add", path: "name.familyName", value: "Jacobs" }], { givenName: "Elise", familyName: "Jacobs" }],
    ["attribute names in any case", [{ op: "replace", path: "NAME.FAMILYNAME", value: "Maes" }], { familyName: "Maes" }],
    ["active as the string False (Entra)", [{ op: "Replace", path: "active", value: "False" }], { active: false }],
    ["active as the string True", [{ op: "replace", path: "active", value: "True" }], { active: true }],
    ["no path, an object of attributes (Entra)", [{ op: "Replace", value: { active: "False", title: "CFO" } }], { active: false, title: "CFO" }],
    ["no path, dotted keys", [{ op: "replace", value: { "name.givenName": "An", "name.familyName": "Claes" } }], { givenName: "An", familyName: "Claes" }],
    ["no path, an extension URN as key", [{ op: "add", value: { [ENTERPRISE]: { department: "HR", employeeNumber: "E9" } } }], { department: "HR", employeeNumber: "E9" }],
    ["no path, a full attribute URN as key", [{ op: "replace", value: { [`${ENTERPRISE}:department`]: "Legal" } }], { department: "Legal" }],
    ["no path, a value-filter key (Entra)", [{ op: "replace", value: { 'emails[type eq "work"].value': "els.p@acme.be" } }], { email: "els.p@acme.be" }],
    ["emails[type eq \"work\"].value", [{ op: "replace", path: 'emails[type eq "work"].value', value: "e@acme.be" }], { email: "e@acme.be" }],
    ["emails[primary eq true].value", [{ op: "replace", path: "emails[primary eq true].value", value: "p@acme.be" }], { email: "p@acme.be" }],
    ["an address of another type is not kept", [{ op: "add", path: 'emails[type eq "home"].value', value: "home@example.com" }], {}],
    ["emails as a list: the primary one", [{ op: "replace", path: "emails", value: [{ value: "x@acme.be", type: "home" }, { value: "y@acme.be", type: "work", primary: true }] }], { email: "y@acme.be" }],
    ["manager as a plain id (Entra)", [{ op: "Replace", path: `${ENTERPRISE}:manager`, value: MANAGER }], { managerId: MANAGER }],
    ["manager as { value }", [{ op: "replace", path: `${ENTERPRISE}:manager`, value: { value: MANAGER.toUpperCase() } }], { managerId: MANAGER }],
    ["manager.value", [{ op: "add", path: `${ENTERPRISE}:manager.value`, value: MANAGER }], { managerId: MANAGER }],
    ["remove the manager (Entra)", [{ op: "Replace", path: `${ENTERPRISE}:manager`, value: MANAGER }, { op: "Remove", path: `${ENTERPRISE}:manager` }], { managerId: null }],
    ["manager as an empty string: none", [{ op: "replace", path: `${ENTERPRISE}:manager`, value: "" }], { managerId: null }],
    ["userName", [{ op: "replace", path: "userName", value: "ELS" }], { userName: "ELS" }],
    ["remove externalId, title and department", [{ op: "remove", path: "externalId" }, { op: "remove", path: "title" }, { op: "remove", path: `${ENTERPRISE}:department` }], { externalId: null, title: "", department: "" }],
    ["remove the employee number: back to the externalId", [{ op: "remove", path: `${ENTERPRISE}:employeeNumber` }], { employeeNumber: "els" }],
    ["preferredLanguage as a tag", [{ op: "replace", path: "preferredLanguage", value: "fr-BE" }], { language: "fr" }],
    ["an unknown language: the organisation's", [{ op: "replace", path: "preferredLanguage", value: "de-DE" }], { language: "fr" }],
    ["unstored attributes are accepted and ignored", [{ op: "add", path: 'phoneNumbers[type eq "work"].value', value: "+32 2 000 00 00" }, { op: "replace", path: "displayName", value: "Els P" }, { op: "replace", value: { nickName: "E", password: "hunter2hunter2" } }], {}],
    ["the core URN prefix", [{ op: "replace", path: "urn:ietf:params:scim:schemas:core:2.0:User:title", value: "Coach" }], { title: "Coach" }],
    ["operations apply in order", [{ op: "replace", path: "title", value: "A" }, { op: "replace", path: "title", value: "B" }], { title: "B" }],
  ])("%s", (_, operations, changes) => {
    expect(patch(...operations)).toEqual({ ...CURRENT, ...changes });
  });

  it.each<[string, unknown, string]>([
    ["remove without a path", { Operations: [{ op: "remove" }] }, "noTarget"],
    ["an unknown op", { Operations: [{ op: "move", path: "title", value: "x" }] }, "invalidSyntax"],
    ["no Operations", { schemas: [] }, "invalidSyntax"],
    ["not an object", "replace everything", "invalidSyntax"],
    ["an unknown path", { Operations: [{ op: "replace", path: "shoeSize", value: 42 }] }, "invalidPath"],
    ["a broken value filter", { Operations: [{ op: "replace", path: 'emails[type eq].value', value: "x@acme.be" }] }, "invalidPath"],
    ["a read-only attribute", { Operations: [{ op: "replace", path: "id", value: MANAGER }] }, "mutability"],
    ["active that is no boolean", { Operations: [{ op: "replace", path: "active", value: "perhaps" }] }, "invalidValue"],
    ["a name that is no string", { Operations: [{ op: "replace", path: "name.givenName", value: 12 }] }, "invalidValue"],
    ["a manager that is no id", { Operations: [{ op: "replace", path: `${ENTERPRISE}:manager`, value: "boss" }] }, "invalidValue"],
    ["an invalid email", { Operations: [{ op: "replace", path: "emails[type eq \"work\"].value", value: "not-an-email" }] }, "invalidValue"],
    ["removing the userName", { Operations: [{ op: "remove", path: "userName" }] }, "invalidValue"],
    ["a line break in a name", { Operations: [{ op: "replace", path: "name.familyName", value: "A\r\nBcc: x@y.z" }] }, "invalidValue"],
    ["replace without a value", { Operations: [{ op: "replace", path: "title" }] }, "invalidValue"],
    ["too many operations", { Operations: Array.from({ length: 1001 }, () => ({ op: "replace", path: "title", value: "x" })) }, "tooMany"],
  ])("refuses %s", (_, body, scimType) => {
    let thrown: unknown;
    try {
      patchUser(CURRENT, body, { language: "nl" });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    expect(scimTypeOf(thrown as DomainError)).toBe(scimType);
  });
});
