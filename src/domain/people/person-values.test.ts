import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { emailKey, isValidEmail, parseDate, parseFreeText, parseLanguage, parseLineText } from "./person-values";

describe("parseDate", () => {
  const valid: [string, string][] = [
    ["03/01/2022", "2022-01-03"],
    ["3/1/2022", "2022-01-03"],
    ["03-01-2022", "2022-01-03"],
    ["03.01.2022", "2022-01-03"],
    ["2022-01-03", "2022-01-03"],
    [" 31/12/1999 ", "1999-12-31"],
    ["29/02/2024", "2024-02-29"],
    ["29/02/2000", "2000-02-29"],
    ["30/04/2023", "2023-04-30"],
  ];
  it.each(valid)("reads %j as %s", (raw, iso) => {
    expect(parseDate(raw)).toEqual({ ok: true, value: iso });
  });

  const invalid = [
    "31/02/2023",
    "29/02/2023",
    "29/02/1900",
    "31/04/2023",
    "00/01/2022",
    "01/13/2022",
    "2023-02-29",
    "2023-13-01",
    "03/01/22",
    "03/01-2022",
    "2022/01/03",
    "January 3, 2022",
    "44564",
    "1/1/1850",
    "tomorrow",
  ];
  it.each(invalid)("refuses %j", (raw) => {
    const result = parseDate(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.code).toBe("INVALID_DATE");
  });

  it("agrees with the calendar for every day of years 1999-2025 written day first", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1999, max: 2025 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const date = new Date(Date.UTC(y, m - 1, d));
        const exists = date.getUTCMonth() === m - 1;
        const result = parseDate(`${d}/${m}/${y}`);
        expect(result.ok).toBe(exists);
        if (result.ok) expect(result.value).toBe(date.toISOString().slice(0, 10));
      }),
    );
  });
});

describe("parseLanguage", () => {
  const table: [string, "nl" | "fr" | "en" | null][] = [
    ["nl", "nl"],
    ["NL", "nl"],
    ["nl-BE", "nl"],
    ["nl_be", "nl"],
    ["Nederlands", "nl"],
    ["Dutch", "nl"],
    ["Néerlandais", "nl"],
    ["Vlaams", "nl"],
    ["fr", "fr"],
    ["fr_BE", "fr"],
    ["FR-be", "fr"],
    ["Français", "fr"],
    ["francais", "fr"],
    ["French", "fr"],
    ["Frans", "fr"],
    ["en", "en"],
    ["en-GB", "en"],
    ["English", "en"],
    ["Engels", "en"],
    ["Anglais", "en"],
    ["", null],
    ["   ", null],
  ];
  it.each(table)("reads %j as %s", (raw, locale) => {
    expect(parseLanguage(raw)).toEqual({ ok: true, value: locale });
  });

  it.each(["de", "Deutsch", "Klingon", "en français", "n", "nl-", "xx-BE"])("refuses %j as an unknown language", (raw) => {
    expect(parseLanguage(raw)).toMatchObject({ ok: false, code: "UNKNOWN_LANGUAGE" });
  });
});

describe("isValidEmail", () => {
  it.each([
    "jan@example.be",
    "Jan.Peeters@Example.BE",
    "an-sofie.de_smet+hr@mail.acme.co.uk",
    "o'brien@example.com",
    "x@a-b.io",
  ])("accepts %j", (email) => {
    expect(isValidEmail(email)).toBe(true);
  });

  it.each([
    "",
    "jan",
    "jan@",
    "@example.be",
    "jan@example",
    "jan@@example.be",
    "jan@example..be",
    ".jan@example.be",
    "jan.@example.be",
    "ja..n@example.be",
    "jan'@example.be",
    "jan peeters@example.be",
    "Jan <jan@example.be>",
    '"jan"@example.be',
    "jan@[127.0.0.1]",
    "jan@-example.be",
    "jan@example-.be",
    "jan@example.b",
    "jan@example.123",
    "jan@example.be\r\nBcc: x@evil.be",
    "jan@example.be\n",
    "jan\u2028@example.be",
    "jan@example.be\u2029",
    "jan\u0000@example.be",
    "jané@example.be",
    `${"a".repeat(65)}@example.be`,
    `a@${"b".repeat(250)}.be`,
  ])("refuses %j", (email) => {
    expect(isValidEmail(email)).toBe(false);
  });

  it("accepts only addresses the API's email schema accepts too", () => {
    const apiEmail = z.email();
    fc.assert(
      fc.property(fc.oneof(fc.emailAddress(), fc.string()), (email) => {
        if (isValidEmail(email)) expect(apiEmail.safeParse(email).success).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("never accepts a control character or line separator anywhere", () => {
    const nasty = fc.constantFrom("\r", "\n", "\t", "\u0000", "\u001f", "\u007f", "\u0085", "\u2028", "\u2029");
    fc.assert(
      fc.property(fc.emailAddress(), nasty, fc.nat(), (email, char, at) => {
        const i = at % (email.length + 1);
        expect(isValidEmail(email.slice(0, i) + char + email.slice(i))).toBe(false);
      }),
    );
  });

  it("compares emails without regard to letter case", () => {
    expect(emailKey(" Jan.Peeters@Example.BE ")).toBe(emailKey("jan.peeters@example.be"));
  });
});

describe("text values", () => {
  it("trims names and refuses line breaks and control characters in them", () => {
    expect(parseLineText("  Jan  ", 200)).toEqual({ ok: true, value: "Jan" });
    for (const bad of ["Jan\nPeeters", "Jan\rX", "Jan\u2028X", "A\u0007B", "Tab\there"]) {
      expect(parseLineText(bad, 200)).toMatchObject({ ok: false, code: "INVALID_TEXT" });
    }
  });

  it("keeps line breaks in free texts, as \\n", () => {
    expect(parseFreeText(" Head of Sales\r\nBenelux ", 200)).toEqual({ ok: true, value: "Head of Sales\nBenelux" });
    expect(parseFreeText("R&D\u0000", 200)).toMatchObject({ ok: false, code: "INVALID_TEXT" });
  });

  it("refuses texts over the limit", () => {
    expect(parseLineText("x".repeat(65), 64)).toMatchObject({ ok: false, code: "TOO_LONG" });
    expect(parseLineText("x".repeat(64), 64)).toMatchObject({ ok: true });
  });
});
