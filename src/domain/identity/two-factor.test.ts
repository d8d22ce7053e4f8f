import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  formatRecoveryCode,
  isAuthenticatorCode,
  mustUseTwoFactor,
  normaliseRecoveryCode,
  readSecuritySettings,
  RECOVERY_CODE_SYMBOLS,
  sessionStage,
} from "./two-factor";

describe("who must use two-factor", () => {
  const required = { requireTwoFactor: true };
  it.each([
    { roles: ["hr_admin"], isOperator: false, expected: true },
    { roles: ["mentor"], isOperator: false, expected: true },
    { roles: ["manager", "mentor"], isOperator: false, expected: true },
    { roles: ["manager"], isOperator: false, expected: false },
    { roles: ["executive"], isOperator: false, expected: false },
    { roles: [], isOperator: false, expected: false },
    { roles: [], isOperator: true, expected: true },
  ] as const)("roles $roles, operator $isOperator: required = $expected", ({ roles, isOperator, expected }) => {
    expect(mustUseTwoFactor({ roles, isOperator }, required)).toBe(expected);
  });

  it("requires nobody when the organisation did not ask for it", () => {
    expect(mustUseTwoFactor({ roles: ["hr_admin", "mentor"], isOperator: true }, { requireTwoFactor: false })).toBe(false);
  });
});

describe("the organisation's security settings", () => {
  it.each([
    [{ security: { requireTwoFactor: true } }, true],
    [{ security: { requireTwoFactor: false } }, false],
    [{ security: { requireTwoFactor: "yes" } }, false],
    [{ security: [] }, false],
    [{ mentoring: {} }, false],
    [null, false],
    ["text", false],
  ])("reads %j as required = %s", (settings, expected) => {
    expect(readSecuritySettings(settings)).toEqual({ requireTwoFactor: expected });
  });
});

describe("session stage", () => {
  const base = { storedStage: "full", method: "password", totpEnabled: false, required: false };
  it("keeps a session that waits for its code there, whatever the organisation asks", () => {
    expect(sessionStage({ ...base, storedStage: "totp", required: true })).toBe("totp");
  });
  it("sends a member without two-factor to enrolment when the organisation requires it", () => {
    expect(sessionStage({ ...base, required: true })).toBe("totp_enrol");
  });
  it("lets a member with two-factor in", () => {
    expect(sessionStage({ ...base, required: true, totpEnabled: true })).toBe("full");
  });
  it("leaves the second factor of an SSO session to the identity provider", () => {
    expect(sessionStage({ ...base, required: true, method: "sso" })).toBe("full");
  });
  it("is full when nothing is required", () => {
    expect(sessionStage(base)).toBe("full");
  });
});

describe("recovery codes", () => {
  it("formats 16 symbols in groups of four", () => {
    const code = formatRecoveryCode(Array.from({ length: 16 }, (_, i) => i * 7));
    expect(code).toMatch(/^[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}$/);
  });

  it("refuses too few random bytes", () => {
    expect(() => formatRecoveryCode([1, 2, 3])).toThrow();
  });

  it("reads back every code it formats, typed in capitals, with spaces or without dashes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: RECOVERY_CODE_SYMBOLS, maxLength: RECOVERY_CODE_SYMBOLS }), (bytes) => {
        const code = formatRecoveryCode(bytes);
        const stored = normaliseRecoveryCode(code);
        expect(stored).toBe(code.replace(/-/g, ""));
        expect(normaliseRecoveryCode(code.toUpperCase())).toBe(stored);
        expect(normaliseRecoveryCode(` ${code.replace(/-/g, " ")} `)).toBe(stored);
      }),
    );
  });

  it("maps the look-alikes o, i and l to the digits they stand for", () => {
    expect(normaliseRecoveryCode("oooo-iiii-llll-abcd")).toBe("000011111111abcd");
  });

  it.each(["", "123456", "abcd-efgh-jkmn", "abcd-efgh-jkmn-pqrs-tvwx", "abcd-efgh-jkmn-pqr!", "abcd-efgh-jkmn-pqru"])("refuses %j", (typed) => {
    expect(normaliseRecoveryCode(typed)).toBeNull();
  });

  it("tells an authenticator code from a recovery code", () => {
    expect(isAuthenticatorCode("123456")).toBe(true);
    expect(isAuthenticatorCode("123 456")).toBe(true);
    expect(isAuthenticatorCode("12345")).toBe(false);
    expect(isAuthenticatorCode("abcd-efgh-jkmn-pqrs")).toBe(false);
  });
});
