import { describe, expect, it } from "vitest";
import type { TOrgRole } from "../shared/roles";
import { showsMenteeChallenges } from "./shown-challenges";

describe("showsMenteeChallenges", () => {
  it.each([
    [["hr_admin"], true, true],
    [["hr_admin"], false, false],
    [["hr_admin", "mentor"], true, true],
    // the operator acts without a role in the organisation: never an individual report
    [[], true, false],
    [["executive"], true, false],
    [["manager"], true, false],
    [["mentor"], true, false],
  ] as [TOrgRole[], boolean, boolean][])("roles %j, shared with HR %s -> %s", (roles, hr, expected) => {
    expect(showsMenteeChallenges({ roles }, { hr })).toBe(expected);
  });
});
