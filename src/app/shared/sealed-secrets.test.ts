import { describe, expect, it } from "vitest";
import { seal, unseal } from "./sealed-secrets";

const SECRET = "a-server-secret-of-at-least-32-characters";

describe("sealed secrets", () => {
  it("reads back what it sealed, and seals the same text differently each time", () => {
    const a = seal(SECRET, "totp", "JBSWY3DPEHPK3PXP");
    const b = seal(SECRET, "totp", "JBSWY3DPEHPK3PXP");
    expect(a).not.toBe(b);
    expect(a).not.toContain("JBSWY3DPEHPK3PXP");
    expect(unseal(SECRET, "totp", a)).toBe("JBSWY3DPEHPK3PXP");
  });

  it("refuses another purpose, another server secret and a tampered value", () => {
    const sealed = seal(SECRET, "totp", "x");
    expect(() => unseal(SECRET, "sso-client-secret", sealed)).toThrow();
    expect(() => unseal(`${SECRET}!`, "totp", sealed)).toThrow();
    const parts = sealed.split(".");
    parts[2] = Buffer.from("y").toString("base64url");
    expect(() => unseal(SECRET, "totp", parts.join("."))).toThrow();
    expect(() => unseal(SECRET, "totp", "garbage")).toThrow();
  });
});
