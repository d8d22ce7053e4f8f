import { describe, expect, it } from "vitest";
import { blankLinkTokens, mayReadEmailedLinks } from "./emailed-links";

describe("blankLinkTokens", () => {
  it.each([
    ["https://s.test/reset-password#token=abc_DEF-123", "https://s.test/reset-password#token=…"],
    ["https://s.test/invitation#token=a%2Bb", "https://s.test/invitation#token=…"],
    ["<https://s.test/api/newsletter/unsubscribe?token=xyz>", "<https://s.test/api/newsletter/unsubscribe?token=…>"],
    ['<a href="https://s.test/x?lang=nl&token=q1">go</a>', '<a href="https://s.test/x?lang=nl&token=…">go</a>'],
    ["two: /rate#token=one and /rate#token=two.", "two: /rate#token=… and /rate#token=…"],
    ["no link here, just the word token=", "no link here, just the word token="],
  ])("blanks %s", (input, expected) => {
    expect(blankLinkTokens(input)).toBe(expected);
  });
});

describe("mayReadEmailedLinks", () => {
  const operator = { isOperator: true };
  const hr = { isOperator: false };
  it.each([
    [operator, "password_reset", false, true],
    [operator, "invitation", false, true],
    [operator, "password_reset", true, false],
    [operator, "feedback_invitation", false, false],
    [operator, "feedback_reminder", false, false],
    [hr, "invitation", false, false],
    [hr, "password_reset", false, false],
    [hr, "newsletter_confirmation", true, false],
  ] as const)("reader %o, kind %s, SMTP %s → %s", (reader, kind, smtp, expected) => {
    expect(mayReadEmailedLinks(reader, kind, smtp)).toBe(expected);
  });
});
