import { describe, expect, it } from "vitest";
import { renderPasswordChanged } from "./security-notices";

const base = { name: "An\r\nBcc: x@evil.test", changedAt: new Date("2026-03-01T09:30:00Z"), resetUrl: "https://sterk.test/forgot-password" };

describe("password changed notice", () => {
  it.each([
    ["nl", "Uw wachtwoord voor Sterk is gewijzigd", "API-tokens zijn ingetrokken"],
    ["fr", "Votre mot de passe Sterk a été modifié", "jetons d'API ont été révoqués"],
    ["en", "Your Sterk password was changed", "API tokens were revoked"],
  ] as const)("is written in %s and names what was revoked", (locale, subject, tokens) => {
    const email = renderPasswordChanged(locale, { ...base, via: "change", apiTokensRevoked: true });
    expect(email.subject).toBe(subject);
    expect(email.text).toContain(tokens);
    expect(email.text).toContain("https://sterk.test/forgot-password");
    expect(email.text).toContain("10:30");
  });

  it("mentions token revocation only when tokens were revoked, and a reset signs out everywhere", () => {
    const change = renderPasswordChanged("en", { ...base, via: "change", apiTokensRevoked: false });
    expect(change.text).not.toContain("API tokens");
    expect(change.text).toContain("other devices");
    const reset = renderPasswordChanged("en", { ...base, via: "reset", apiTokensRevoked: true });
    expect(reset.text).toContain("signed out everywhere");
  });

  it("keeps a name on one line", () => {
    const email = renderPasswordChanged("en", { ...base, via: "change", apiTokensRevoked: false });
    expect(email.text.split("\n")[0]).toBe("Dear An Bcc: x@evil.test,");
  });
});
