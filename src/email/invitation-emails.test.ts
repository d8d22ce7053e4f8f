import { describe, expect, it } from "vitest";
import { LOCALES } from "../domain/shared/locale";
import { renderAccessGranted, renderAccountInvitation } from "./invitation-emails";

const expiresAt = new Date("2026-03-09T09:00:00Z");
const link = { name: "Sophie Lambert", organisation: "Acme", inviter: "Hanne HR", url: "https://sterk.test/invitation#token=abc", expiresAt };

describe("the invitation email", () => {
  it.each([
    ["nl", "Uitnodiging voor Sterk — Acme", "Hanne HR nodigt u uit", "9 maart 2026"],
    ["fr", "Invitation à Sterk — Acme", "Hanne HR vous invite", "9 mars 2026"],
    ["en", "Your invitation to Sterk — Acme", "Hanne HR invites you", "9 March 2026"],
  ] as const)("in %s names the organisation, the inviter and the expiry", (locale, subject, invited, date) => {
    const email = renderAccountInvitation(locale, link);
    expect(email.subject).toBe(subject);
    expect(email.text).toContain(invited);
    expect(email.text).toContain(date);
    expect(email.text).toContain(link.url);
    expect(email.html).toContain('href="https://sterk.test/invitation#token=abc"');
  });

  it("keeps names on one line in the subject and escapes them in HTML", () => {
    const email = renderAccountInvitation("en", { ...link, organisation: "Acme\r\nBcc: x@evil.test", inviter: "<b>Eve</b>" });
    expect(email.subject).not.toMatch(/[\r\n]/);
    expect(email.html).not.toContain("<b>Eve</b>");
  });
});

describe("the access note to an existing account", () => {
  it.each(LOCALES)("in %s carries no link that sets anything and says how to sign in", (locale) => {
    for (const signInWay of ["password", "company_account", "choose_password"] as const) {
      const email = renderAccessGranted(locale, { name: "An", organisation: "Acme", inviter: "Hanne", url: "https://sterk.test/sign-in", signInWay });
      expect(email.subject).toContain("Acme");
      expect(email.text).not.toContain("token");
      expect(email.text).toContain("https://sterk.test/sign-in");
    }
    const password = renderAccessGranted(locale, { name: "An", organisation: "Acme", inviter: "Hanne", url: "u", signInWay: "password" });
    const company = renderAccessGranted(locale, { name: "An", organisation: "Acme", inviter: "Hanne", url: "u", signInWay: "company_account" });
    expect(password.text).not.toBe(company.text);
  });
});
