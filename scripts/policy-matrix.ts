// Writes docs/authorisation.md from the policy module (npm run docs:policy); scripts/policy-matrix.test.ts fails when it is stale.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { renderPolicyMarkdown } from "../src/domain/policy/matrix";

/** Where the matrix is written. */
export const AUTHORISATION_DOC = fileURLToPath(new URL("../docs/authorisation.md", import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(AUTHORISATION_DOC, renderPolicyMarkdown());
  console.log(`wrote ${AUTHORISATION_DOC}`);
}
