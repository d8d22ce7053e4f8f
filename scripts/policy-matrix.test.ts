import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderPolicyMarkdown } from "../src/domain/policy/matrix";
import { AUTHORISATION_DOC } from "./policy-matrix";

describe("docs/authorisation.md", () => {
  it("is the matrix the policy module generates (run `npm run docs:policy` after changing a rule)", () => {
    expect(readFileSync(AUTHORISATION_DOC, "utf8")).toBe(renderPolicyMarkdown());
  });
});
