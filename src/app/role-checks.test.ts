// The one authorisation policy (issue 13) is the only place that tests roles: a use case or a route asks
// authorise/can (src/domain/policy). This test reads src/app and src/http/routes and fails on a direct role check
// outside the short allow-list below, each entry with its reason; an entry that no longer matches fails too.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SCANNED = ["src/app", "src/http/routes"];

/** What a direct role check looks like: an organisation role tested, the operator flag in a condition, the old helpers. */
const ROLE_CHECKS: readonly RegExp[] = [
  /roles\.includes\(\s*"(hr_admin|manager|mentor|executive)"/,
  /\b(isHr|canAdministerOrganisation|canReadDirectory|hasRole|administers|isMemberWithRole)\(/,
  /(!|&&|\|\||\bif \(|(?<!\?)\?(?![?.]))\s*[A-Za-z_.?]*\bisOperator\b(?!\s*[:,}])/,
  /\bisOperator\s*(&&|\|\||\?(?!\?))/,
];

/** file → why its role checks stay outside the policy (not authorisation of an action on a resource). */
const ALLOWED: Record<string, string> = {
  "src/app/auth/resolve-api-token.ts": "authentication: a token of someone who is neither a member nor the operator opens nothing",
  "src/app/auth/two-factor-policy.ts": "a security setting, not an action: the operator must use two-factor when any organisation requires it",
  "src/app/scim/provision-sso-account.ts": "authentication: the operator's account is never provisioned by an organisation's identity provider",
  "src/app/sso/sso-access.ts": "authentication: the operator signs in with a password also where an organisation is SSO-only",
  "src/app/tokens/api-tokens.ts": "the CLI looks up the account a token is issued to (the operator needs no membership); token.create decides",
  "src/app/mentoring/manage-engagements.ts": "validates the mentor named in the request (another member's roles), not the actor's right",
};

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.(test|int\.test|property\.test)\.tsx?$|test-helpers/.test(entry.name) ? [path] : [];
  });
}

function roleChecks(): { file: string; line: number; text: string }[] {
  return SCANNED.flatMap(sourceFiles).flatMap((file) =>
    readFileSync(join(ROOT, file), "utf8")
      .split("\n")
      .flatMap((text, i) => (ROLE_CHECKS.some((pattern) => pattern.test(text)) ? [{ file: relative(ROOT, join(ROOT, file)), line: i + 1, text: text.trim() }] : [])),
  );
}

describe("role checks outside the policy", () => {
  it("finds none in src/app and src/http/routes but the allow-listed", () => {
    expect(roleChecks().filter((hit) => !(hit.file in ALLOWED))).toEqual([]);
  });

  it("keeps no stale allow-list entry", () => {
    const files = new Set(roleChecks().map((hit) => hit.file));
    expect(Object.keys(ALLOWED).filter((file) => !files.has(file))).toEqual([]);
  });

  it("recognises a direct role check (the patterns can fail)", () => {
    for (const text of ['if (actor.roles.includes("hr_admin")) return;', "const hr = isHr(actor);", "if (!actor.isOperator && x) throw e;", "actor.isOperator || y", "const scope = actor.isOperator ? null : id;"]) {
      expect(ROLE_CHECKS.some((pattern) => pattern.test(text))).toBe(true);
    }
    for (const text of ["{ isOperator: user.isOperator, roles }", "session?.user.isOperator ?? actor?.isOperator ?? false", "isOperator: boolean;", 'authorise(actor, "plan.read", plan);']) {
      expect(ROLE_CHECKS.some((pattern) => pattern.test(text))).toBe(false);
    }
  });
});
