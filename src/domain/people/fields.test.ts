import { describe, expect, it } from "vitest";
import { PERSON_FIELDS as CONTRACT_FIELDS } from "../../contracts/people";
import { PERSON_FIELDS, REQUIRED_PERSON_FIELDS } from "./fields";

describe("person fields", () => {
  it("lists the same fields, in the same order, as the import contract", () => {
    expect([...PERSON_FIELDS]).toEqual([...CONTRACT_FIELDS]);
  });

  it("requires only fields that exist", () => {
    for (const field of REQUIRED_PERSON_FIELDS) expect(PERSON_FIELDS).toContain(field);
  });
});
