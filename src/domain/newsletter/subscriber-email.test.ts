import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseSubscriberEmail } from "./subscriber-email";

describe("parseSubscriberEmail", () => {
  it.each([
    ["Anne.Peeters@Example.BE", "anne.peeters@example.be"],
    ["  jan+insights@example.com ", "jan+insights@example.com"],
    ["o'brien@example.ie", "o'brien@example.ie"],
  ])("accepts %j as %j", (raw, stored) => {
    expect(parseSubscriberEmail(raw)).toEqual({ ok: true, value: stored });
  });

  it.each([
    ["a line feed", "victim@example.com\nBcc: everyone@example.com"],
    ["a carriage return", "victim@example.com\r\nBcc: x@example.com"],
    ["a trailing line feed", "victim@example.com\n"],
    ["a line separator", "victim@example.com\u2028Bcc: x@example.com"],
    ["a paragraph separator", "victim@example.com\u2029"],
    ["a NUL", "victim@exa\u0000mple.com"],
    ["a tab", "victim@example.com\t"],
  ])("refuses an address with %s", (_, raw) => {
    expect(parseSubscriberEmail(raw)).toMatchObject({ ok: false, code: "INVALID_EMAIL", reason: expect.stringContaining("control") });
  });

  it.each([
    ["", "empty"],
    ["no-at-sign.example.com", "not an email"],
    ["two@@example.com", "not an email"],
    ["Name <x@example.com>", "not an email"],
    ["x@example", "not an email"],
    ["x@[127.0.0.1]", "not an email"],
    ["\"quoted\"@example.com", "not an email"],
    [`${"a".repeat(250)}@example.com`, "longer"],
  ])("refuses %j", (raw, reason) => {
    expect(parseSubscriberEmail(raw)).toMatchObject({ ok: false, reason: expect.stringContaining(reason) });
  });

  it("never accepts a value holding a control character or separator", () => {
    const bad = fc.constantFrom("\r", "\n", "\u2028", "\u2029", "\u0000", "\u001b", "\u0085");
    fc.assert(
      fc.property(fc.emailAddress(), bad, fc.nat(), (email, c, at) => {
        const i = at % (email.length + 1);
        return !parseSubscriberEmail(email.slice(0, i) + c + email.slice(i)).ok;
      }),
    );
  });
});
