import { describe, expect, it } from "vitest";
import { openInStage } from "./session-stage";

describe("what a session that is not yet full may call", () => {
  it.each([
    ["totp", "GET", "/api/auth/session", true],
    ["totp", "POST", "/api/auth/two-factor/verify", true],
    ["totp", "POST", "/api/auth/sign-out", true],
    ["totp", "post", "/api/auth/sign-in/", true],
    ["totp", "POST", "/api/me/two-factor/setup", false],
    ["totp", "PATCH", "/api/me", false],
    ["totp", "GET", "/api/people", false],
    ["totp", "POST", "/api/auth/organisation", false],
    ["totp_enrol", "POST", "/api/me/two-factor/setup", true],
    ["totp_enrol", "POST", "/api/me/two-factor/enable", true],
    ["totp_enrol", "POST", "/api/auth/organisation", true],
    ["totp_enrol", "POST", "/api/me/two-factor/disable", false],
    ["totp_enrol", "POST", "/api/auth/two-factor/verify", false],
    ["totp_enrol", "POST", "/api/me/password", false],
    ["totp_enrol", "GET", "/api/organisations", false],
    ["full", "GET", "/api/people", true],
  ] as const)("%s: %s %s -> %s", (stage, method, path, open) => {
    expect(openInStage(stage, method, path)).toBe(open);
  });
});
