import { describe, expect, it } from "vitest";
import type { TOrgRole } from "../../../domain/shared/roles";
import { sessionFixture } from "../../test-utils";
import { directoryScopeNote } from "./directory-scope-note";

const PERSON = "3c1d2e4f-5a6b-4c7d-8e9f-0a1b2c3d4e51";

function session(roles: TOrgRole[], personId: string | null = PERSON, isOperator = false) {
  const base = sessionFixture();
  const organisation = { ...base.organisations[0]!, roles, personId };
  return { ...base, user: { ...base.user, isOperator }, organisations: [organisation], currentOrganisation: organisation };
}

describe("directoryScopeNote", () => {
  it.each([
    [session(["hr_admin"]), "directory", null],
    [session([], null, true), "directory", null],
    [session(["manager"]), "directory", "line"],
    [session(["manager"], null), "directory", "notLinked"],
    [session(["executive"]), "directory", "line"],
    [session(["executive"]), "orgChart", null],
    [session(["manager"]), "orgChart", "line"],
    [session(["manager", "mentor"]), "directory", "lineAndMentees"],
    [session(["mentor"], null), "directory", "mentees"],
    [session(["manager", "mentor"], null), "directory", "mentees"],
    [session([]), "directory", "self"],
  ] as const)("%#: %s", (s, view, expected) => {
    expect(directoryScopeNote(s, view)).toBe(expected);
  });
});
