import { describe, expect, it } from "vitest";
import { canEditNote, canReadNote, validateNote } from "./notes";
import { HR, MENTEE, MENTOR, OTHER, SPONSOR, caught, engagement } from "./test-helpers";

describe("note visibility", () => {
  // visibility, author, reader → may read
  it.each([
    ["private", MENTOR, MENTOR, true],
    ["private", MENTOR, MENTEE, false],
    ["private", MENTEE, MENTEE, true],
    ["private", MENTEE, MENTOR, false],
    ["shared", MENTOR, MENTEE, true],
    ["shared", MENTEE, MENTOR, true],
    ["shared", MENTOR, SPONSOR, false],
    ["shared", MENTOR, HR, false],
    ["shared", MENTOR, OTHER, false],
    ["private", MENTOR, HR, false],
  ] as const)("a %s note by %s: %s may read it → %s", (visibility, author, reader, allowed) => {
    expect(canReadNote({ visibility, authorUserId: author }, engagement(), reader)).toBe(allowed);
  });

  it("is edited by its author only", () => {
    expect(canEditNote({ authorUserId: MENTOR }, MENTOR)).toBe(true);
    expect(canEditNote({ authorUserId: MENTOR }, MENTEE)).toBe(false);
  });

  it.each([
    [{ body: " ", visibility: "private" }, "body"],
    [{ body: "x".repeat(10_001), visibility: "private" }, "body"],
    [{ body: "ok", visibility: "hr" }, "visibility"],
  ])("rejects %j naming %s", (input, field) => {
    expect(caught(() => validateNote(input))).toMatchObject({ code: "VALIDATION", field });
  });

  it("trims the text", () => {
    expect(validateNote({ body: "  Met Anne  ", visibility: "shared" })).toEqual({ body: "Met Anne", visibility: "shared" });
  });
});
