import { describe, expect, it } from "vitest";
import { PERSON_FIELDS, REQUIRED_PERSON_FIELDS } from "./fields";

describe("person fields", () => {
  it("requires only fields that exist", () => {
    for (const field of REQUIRED_PERSON_FIELDS) expect(PERSON_FIELDS).toContain(field);
  });
});
