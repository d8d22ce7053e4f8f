import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readUserResource, toScimUser } from "./user-resource";
import { personFieldsOf, type TScimPerson } from "./user-values";
import { DomainError } from "../shared/errors";
import { scimTypeOf } from "./errors";

const ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
const context = { baseUrl: "https://sterk.example/scim/v2", createdAt: new Date("2026-01-01T00:00:00Z"), updatedAt: new Date("2026-02-01T00:00:00Z") };

const word = fc.stringMatching(/^[A-Za-zÀ-ÿ'-]{1,20}$/);
const phrase = fc.array(word, { minLength: 0, maxLength: 3 }).map((w) => w.join(" "));
const email = fc.tuple(fc.stringMatching(/^[a-z0-9]{1,12}$/), fc.stringMatching(/^[a-z]{2,10}$/)).map(([local, domain]) => `${local}@${domain}.be`);
const person: fc.Arbitrary<TScimPerson> = fc
  .record({
    id: fc.uuid(),
    employeeNumber: fc.stringMatching(/^[A-Z0-9]{1,12}$/),
    firstName: phrase,
    lastName: phrase,
    email,
    jobTitle: phrase,
    department: phrase,
    managerId: fc.option(fc.uuid().map((u) => u.toLowerCase()), { nil: null }),
    language: fc.constantFrom("nl" as const, "fr" as const, "en" as const),
    active: fc.boolean(),
    externalId: fc.option(fc.stringMatching(/^[A-Za-z0-9-]{1,36}$/), { nil: null }),
    scimUserName: fc.option(fc.stringMatching(/^[a-z0-9.]{1,30}$/), { nil: null }),
  })
  // the canonical form: a userName equal to the email is not stored apart
  .filter((p) => p.scimUserName !== p.email);

describe("SCIM User mapping", () => {
  it("reads back every person it writes: person -> resource -> person is the identity", () => {
    fc.assert(
      fc.property(person, fc.constantFrom("nl" as const, "fr" as const, "en" as const), (p, orgLanguage) => {
        const resource = JSON.parse(JSON.stringify(toScimUser(p, context)));
        const { id, ...fields } = p;
        expect(resource.id).toBe(id);
        expect(personFieldsOf(readUserResource(resource, { language: orgLanguage }))).toEqual(fields);
      }),
      { numRuns: 500 },
    );
  });

  it("writes the core and enterprise attributes with meta", () => {
    const resource = toScimUser(
      { id: "6f1d2a3b-0000-4000-8000-000000000001", employeeNumber: "E1", firstName: "Els", lastName: "Peeters", email: "els@acme.be", jobTitle: "Lead", department: "Sales", managerId: "6f1d2a3b-0000-4000-8000-000000000002", language: "fr", active: true, externalId: "x1", scimUserName: null },
      { ...context, managerName: "Jan Maes" },
    );
    expect(resource).toMatchObject({
      schemas: ["urn:ietf:params:scim:schemas:core:2.0:User", ENTERPRISE],
      userName: "els@acme.be",
      externalId: "x1",
      name: { givenName: "Els", familyName: "Peeters" },
      displayName: "Els Peeters",
      emails: [{ value: "els@acme.be", type: "work", primary: true }],
      preferredLanguage: "fr",
      [ENTERPRISE]: { employeeNumber: "E1", department: "Sales", manager: { value: "6f1d2a3b-0000-4000-8000-000000000002", displayName: "Jan Maes" } },
      meta: { resourceType: "User", created: "2026-01-01T00:00:00.000Z", lastModified: "2026-02-01T00:00:00.000Z", location: "https://sterk.example/scim/v2/Users/6f1d2a3b-0000-4000-8000-000000000001", version: `W/"${context.updatedAt.getTime()}"` },
    });
  });

  it("fills what Sterk requires: email from an address userName, employee number from externalId then userName, the organisation's language", () => {
    const a = readUserResource({ userName: "an@acme.be", externalId: "ext-1", name: { givenName: "An", familyName: "Claes" } }, { language: "en" });
    expect(a).toMatchObject({ email: "an@acme.be", employeeNumber: "ext-1", language: "en", active: true });
    const b = readUserResource({ UserName: "bob", emails: [{ value: "bob@acme.be", type: "work" }], displayName: "Bob De Smet", preferredLanguage: "nl-BE" }, { language: "en" });
    expect(b).toMatchObject({ email: "bob@acme.be", employeeNumber: "bob", givenName: "Bob", familyName: "De Smet", language: "nl" });
  });

  it("keeps the employee number, active and language on a PUT that omits them", () => {
    const put = readUserResource({ userName: "an@acme.be" }, { language: "en" }, { employeeNumber: "E7", active: false, language: "fr" });
    expect(put).toMatchObject({ employeeNumber: "E7", active: false, language: "fr", title: "", managerId: null });
  });

  it.each<[string, unknown]>([
    ["no userName", { emails: [{ value: "x@acme.be" }] }],
    ["no email and a userName that is none", { userName: "bob" }],
    ["a body that is no object", [1, 2]],
    ["active that is no boolean", { userName: "x@acme.be", active: "sometimes" }],
  ])("refuses %s", (_, body) => {
    expect(() => readUserResource(body, { language: "nl" })).toThrow(DomainError);
    try {
      readUserResource(body, { language: "nl" });
    } catch (error) {
      expect(["invalidValue", "invalidSyntax"]).toContain(scimTypeOf(error as DomainError));
    }
  });
});
